CREATE TABLE public.items (id bigint NOT NULL, name text);
