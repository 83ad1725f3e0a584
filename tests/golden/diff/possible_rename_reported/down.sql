ALTER TABLE "public"."accounts" DROP COLUMN "mail";
ALTER TABLE "public"."accounts" ADD COLUMN "email" text NOT NULL;
