DROP VIEW "public"."rich_accounts";
CREATE VIEW "public"."rich_accounts" AS
SELECT accounts.id,
    accounts.email
   FROM public.accounts
  WHERE accounts.balance > 100;
