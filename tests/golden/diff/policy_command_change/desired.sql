CREATE TABLE public.accounts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL,
    balance integer NOT NULL DEFAULT 0
);
ALTER TABLE public.accounts ENABLE ROW LEVEL SECURITY;
CREATE POLICY reads ON public.accounts AS RESTRICTIVE FOR ALL USING (balance >= 0);
