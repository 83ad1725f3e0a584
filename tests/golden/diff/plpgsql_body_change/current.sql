CREATE FUNCTION public.score(n integer) RETURNS integer LANGUAGE plpgsql AS $$
BEGIN
    RETURN n * 2;
END;
$$;
