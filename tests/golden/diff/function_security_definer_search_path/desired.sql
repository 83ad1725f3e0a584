CREATE FUNCTION public.now_utc() RETURNS timestamptz LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$ SELECT now() $$;
