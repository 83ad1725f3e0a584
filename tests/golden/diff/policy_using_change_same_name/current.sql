CREATE TABLE public.accounts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL,
    balance integer NOT NULL DEFAULT 0
);
ALTER TABLE public.accounts ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_rows ON public.accounts FOR SELECT USING (email IS NOT NULL);
