INSERT INTO public.tags VALUES (1, 'a');
