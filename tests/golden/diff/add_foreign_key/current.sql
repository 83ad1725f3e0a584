CREATE TABLE public.accounts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL,
    balance integer NOT NULL DEFAULT 0
);
CREATE TABLE public.orders (id bigint PRIMARY KEY, account_id bigint);
