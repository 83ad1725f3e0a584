ALTER TABLE "public"."accounts" ADD COLUMN "balance" integer DEFAULT 0 NOT NULL;
