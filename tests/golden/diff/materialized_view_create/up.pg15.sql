CREATE MATERIALIZED VIEW "public"."totals" AS
SELECT count(*) AS n,
    sum(accounts.balance) AS total
   FROM public.accounts;
