CREATE DOMAIN public.email AS text CHECK (VALUE LIKE '%@%');
CREATE TABLE public.contacts (id integer PRIMARY KEY, address public.email);
