DROP INDEX "public"."accounts_lower_email_idx";
