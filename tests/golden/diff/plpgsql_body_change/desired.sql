CREATE FUNCTION public.score(n integer) RETURNS integer LANGUAGE plpgsql AS $$
BEGIN
    IF n < 0 THEN
        RAISE EXCEPTION 'negative score %', n;
    END IF;
    RETURN n * 3;
END;
$$;
