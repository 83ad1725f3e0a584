ALTER TABLE "public"."accounts" ALTER COLUMN "email" DROP NOT NULL;
