ALTER TABLE "public"."accounts" RENAME TO "customers";
ALTER TABLE "public"."customers" RENAME CONSTRAINT "accounts_pkey" TO "customers_pkey";
