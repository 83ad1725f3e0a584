DROP FUNCTION "public"."answer"();
CREATE FUNCTION "public"."answer"()
RETURNS integer
LANGUAGE "sql"
VOLATILE
AS $$ SELECT 42 $$;
