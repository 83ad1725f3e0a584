CREATE PROCEDURE "public"."reset_balances"()
LANGUAGE "sql"
AS $$ UPDATE public.accounts SET balance = 0 $$;
