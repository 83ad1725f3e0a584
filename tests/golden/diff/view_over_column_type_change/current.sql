CREATE TABLE public.accounts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL,
    balance integer NOT NULL DEFAULT 0
);
CREATE VIEW public.balances AS SELECT id, balance FROM public.accounts;
CREATE VIEW public.top_balances AS SELECT id FROM public.balances WHERE balance > 10;
