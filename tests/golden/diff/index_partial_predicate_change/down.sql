DROP INDEX "public"."accounts_rich_idx";
CREATE INDEX accounts_rich_idx ON public.accounts USING btree (balance) WHERE (balance > 100);
