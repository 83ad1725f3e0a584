DROP VIEW "public"."rich_accounts";
CREATE VIEW "public"."rich_accounts" AS
SELECT accounts.id,
    accounts.email,
    accounts.balance
   FROM public.accounts
  WHERE accounts.balance > 1000;
