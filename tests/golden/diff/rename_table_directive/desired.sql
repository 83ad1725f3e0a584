-- canon:renamed-from accounts
CREATE TABLE public.customers (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL,
    balance integer NOT NULL DEFAULT 0
);
