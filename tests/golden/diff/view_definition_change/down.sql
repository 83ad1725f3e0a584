DROP VIEW "public"."rich_accounts";
CREATE VIEW "public"."rich_accounts" AS
SELECT id,
    email
   FROM public.accounts
  WHERE balance > 100;
