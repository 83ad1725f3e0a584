ALTER TABLE "public"."accounts" RENAME COLUMN "email_address" TO "email";
