CREATE UNIQUE INDEX accounts_lower_email_idx ON public.accounts USING btree (lower(email)) INCLUDE (balance);
