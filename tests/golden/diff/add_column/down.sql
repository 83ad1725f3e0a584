ALTER TABLE "public"."accounts" DROP COLUMN "nickname";
