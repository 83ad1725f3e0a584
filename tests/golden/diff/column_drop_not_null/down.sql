ALTER TABLE "public"."accounts" ALTER COLUMN "email" SET NOT NULL;
