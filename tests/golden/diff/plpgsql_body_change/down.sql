CREATE OR REPLACE FUNCTION "public"."score"(n integer)
RETURNS integer
LANGUAGE "plpgsql"
VOLATILE
AS $$
BEGIN
    RETURN n * 2;
END;
$$;
