ALTER TABLE "public"."accounts" ALTER COLUMN "balance" DROP DEFAULT;
ALTER TABLE "public"."accounts" ALTER COLUMN "balance" SET DEFAULT 0;
