CREATE FUNCTION public.now_utc() RETURNS timestamptz LANGUAGE sql STABLE AS $$ SELECT now() $$;
