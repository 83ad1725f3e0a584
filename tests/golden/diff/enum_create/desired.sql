CREATE TYPE public.mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE public.people (id integer PRIMARY KEY, mood public.mood NOT NULL DEFAULT 'ok');
