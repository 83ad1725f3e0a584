INSERT INTO public.accounts (email, balance) VALUES ('a@x', 1), ('b@x', 2);
