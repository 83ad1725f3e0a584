ALTER TABLE "public"."accounts" RENAME CONSTRAINT "accounts_login_key" TO "accounts_email_key";
ALTER TABLE "public"."accounts" RENAME CONSTRAINT "accounts_login_check" TO "accounts_email_check";
ALTER TABLE "public"."accounts" RENAME COLUMN "login" TO "email";
