ALTER TABLE "public"."accounts" DROP CONSTRAINT "balance_positive";
