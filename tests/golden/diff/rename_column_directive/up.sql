ALTER TABLE "public"."accounts" RENAME COLUMN "email" TO "email_address";
