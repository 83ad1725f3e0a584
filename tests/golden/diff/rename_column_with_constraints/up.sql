ALTER TABLE "public"."accounts" RENAME COLUMN "email" TO "login";
ALTER TABLE "public"."accounts" RENAME CONSTRAINT "accounts_email_check" TO "accounts_login_check";
ALTER TABLE "public"."accounts" RENAME CONSTRAINT "accounts_email_key" TO "accounts_login_key";
