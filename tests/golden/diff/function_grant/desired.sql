CREATE FUNCTION public.add(a integer, b integer) RETURNS integer LANGUAGE sql AS $$ SELECT a + b $$;
REVOKE EXECUTE ON FUNCTION public.add(integer, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.add(integer, integer) TO canon_golden_reader;
