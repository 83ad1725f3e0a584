ALTER TABLE "public"."orders" DROP CONSTRAINT "orders_account_id_fkey";
ALTER TABLE "public"."orders" ADD CONSTRAINT "orders_account_id_fkey" FOREIGN KEY (account_id) REFERENCES public.accounts(id);
