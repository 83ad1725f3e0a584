CREATE DOMAIN public.percent AS integer CHECK (VALUE >= 0);
