CREATE OR REPLACE FUNCTION "public"."now_utc"()
RETURNS timestamp with time zone
LANGUAGE "sql"
STABLE
AS $$ SELECT now() $$;
