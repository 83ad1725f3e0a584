ALTER TABLE "public"."accounts" ADD CONSTRAINT "accounts_balance_check" CHECK ((balance >= 0));
