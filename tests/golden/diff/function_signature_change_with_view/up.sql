DROP VIEW "public"."doubled";
DROP FUNCTION "public"."twice"(integer);
CREATE FUNCTION "public"."twice"(n bigint)
RETURNS bigint
LANGUAGE "sql"
IMMUTABLE
AS $$ SELECT n * 2 $$;
CREATE VIEW "public"."doubled" AS
SELECT public.twice(2::bigint) AS value;
