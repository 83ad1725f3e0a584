ALTER TABLE "public"."orders" DROP CONSTRAINT "orders_account_id_fkey";
