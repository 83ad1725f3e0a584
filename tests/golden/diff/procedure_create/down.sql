DROP PROCEDURE "public"."reset_balances"();
