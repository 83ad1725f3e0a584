ALTER TABLE "public"."accounts" DROP CONSTRAINT "accounts_balance_check";
