DROP MATERIALIZED VIEW "public"."totals";
