ALTER TABLE "public"."accounts" ADD COLUMN "nickname" text;
