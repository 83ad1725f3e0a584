CREATE MATERIALIZED VIEW "public"."totals" AS
SELECT count(*) AS n,
    sum(balance) AS total
   FROM public.accounts;
