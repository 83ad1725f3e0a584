ALTER TABLE "public"."accounts" ADD COLUMN "tags" text[] DEFAULT '{}'::text[] NOT NULL;
ALTER TABLE "public"."accounts" ADD COLUMN "settings" jsonb;
