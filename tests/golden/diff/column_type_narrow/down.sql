ALTER TABLE "public"."accounts" ALTER COLUMN "email" TYPE text USING "email"::text;
