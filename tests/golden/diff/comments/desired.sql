CREATE TABLE public.accounts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL,
    balance integer NOT NULL DEFAULT 0
);
COMMENT ON TABLE public.accounts IS 'Customer accounts';
COMMENT ON COLUMN public.accounts.email IS 'Login e-mail';
