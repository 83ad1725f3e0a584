ALTER TABLE "public"."accounts" DROP COLUMN "balance_cents";
