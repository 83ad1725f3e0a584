DROP VIEW "public"."emails";
CREATE VIEW "public"."emails" AS
SELECT accounts.email
   FROM public.accounts;
