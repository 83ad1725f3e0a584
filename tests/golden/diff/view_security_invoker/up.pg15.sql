DROP VIEW "public"."emails";
CREATE VIEW "public"."emails" WITH (security_invoker=true) AS
SELECT accounts.email
   FROM public.accounts;
