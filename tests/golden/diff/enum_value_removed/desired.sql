CREATE TYPE public.mood AS ENUM ('sad', 'happy');
CREATE TABLE public.people (id integer PRIMARY KEY, mood public.mood NOT NULL DEFAULT 'sad');
