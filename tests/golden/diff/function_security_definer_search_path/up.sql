CREATE OR REPLACE FUNCTION "public"."now_utc"()
RETURNS timestamp with time zone
LANGUAGE "sql"
STABLE
SECURITY DEFINER
SET "search_path" TO ''
AS $$ SELECT now() $$;
