DROP VIEW "public"."doubled";
DROP FUNCTION "public"."twice"(bigint);
CREATE FUNCTION "public"."twice"(n integer)
RETURNS integer
LANGUAGE "sql"
IMMUTABLE
AS $$ SELECT n * 2 $$;
CREATE VIEW "public"."doubled" AS
SELECT public.twice(2) AS value;
