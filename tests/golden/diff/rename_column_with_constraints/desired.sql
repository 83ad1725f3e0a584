CREATE TABLE public.accounts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    login text NOT NULL UNIQUE CHECK (login <> ''), -- canon:renamed-from email
    balance integer NOT NULL DEFAULT 0
);
