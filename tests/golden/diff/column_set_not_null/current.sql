CREATE TABLE public.accounts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text,
    balance integer NOT NULL DEFAULT 0
);
