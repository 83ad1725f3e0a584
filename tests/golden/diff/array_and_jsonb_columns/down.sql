ALTER TABLE "public"."accounts" DROP COLUMN "settings";
ALTER TABLE "public"."accounts" DROP COLUMN "tags";
