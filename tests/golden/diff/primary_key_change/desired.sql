CREATE TABLE public.tags (id integer NOT NULL, slug text NOT NULL, CONSTRAINT tags_pkey PRIMARY KEY (id, slug));
