CREATE TABLE public.accounts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email_address text NOT NULL, -- canon:renamed-from email
    balance integer NOT NULL DEFAULT 0
);
