DROP VIEW "public"."rich_accounts";
CREATE VIEW "public"."rich_accounts" AS
SELECT id,
    email,
    balance
   FROM public.accounts
  WHERE balance > 1000;
