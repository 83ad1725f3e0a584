ALTER TABLE "public"."accounts" DROP COLUMN "tier";
