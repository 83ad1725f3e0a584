ALTER TABLE "public"."accounts" DROP COLUMN "email";
ALTER TABLE "public"."accounts" ADD COLUMN "mail" text NOT NULL;
