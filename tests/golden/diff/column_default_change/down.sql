ALTER TABLE "public"."accounts" ALTER COLUMN "balance" SET DEFAULT 0;
