ALTER TABLE "public"."accounts" DROP CONSTRAINT "accounts_email_key";
