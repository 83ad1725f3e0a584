ALTER TABLE "public"."accounts" ALTER COLUMN "balance" DROP DEFAULT;
