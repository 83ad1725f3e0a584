DROP VIEW "public"."emails";
CREATE VIEW "public"."emails" AS
SELECT email
   FROM public.accounts;
