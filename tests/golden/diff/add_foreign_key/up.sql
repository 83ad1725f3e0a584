ALTER TABLE "public"."orders" ADD CONSTRAINT "orders_account_id_fkey" FOREIGN KEY (account_id) REFERENCES public.accounts(id) ON DELETE CASCADE NOT VALID;
ALTER TABLE "public"."orders" VALIDATE CONSTRAINT "orders_account_id_fkey";
