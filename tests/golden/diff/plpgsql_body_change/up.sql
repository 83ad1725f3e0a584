CREATE OR REPLACE FUNCTION "public"."score"(n integer)
RETURNS integer
LANGUAGE "plpgsql"
VOLATILE
AS $$
BEGIN
    IF n < 0 THEN
        RAISE EXCEPTION 'negative score %', n;
    END IF;
    RETURN n * 3;
END;
$$;
