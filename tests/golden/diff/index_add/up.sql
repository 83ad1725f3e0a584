CREATE INDEX accounts_email_idx ON public.accounts USING btree (email);
