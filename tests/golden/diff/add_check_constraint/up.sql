ALTER TABLE "public"."accounts" ADD CONSTRAINT "balance_positive" CHECK ((balance >= 0)) NOT VALID;
ALTER TABLE "public"."accounts" VALIDATE CONSTRAINT "balance_positive";
