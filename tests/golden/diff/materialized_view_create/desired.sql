CREATE TABLE public.accounts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL,
    balance integer NOT NULL DEFAULT 0
);
CREATE MATERIALIZED VIEW public.totals AS SELECT count(*) AS n, sum(balance) AS total FROM public.accounts;
