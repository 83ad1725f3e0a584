ALTER TABLE "public"."customers" RENAME CONSTRAINT "customers_pkey" TO "accounts_pkey";
ALTER TABLE "public"."customers" RENAME TO "accounts";
