ALTER TABLE "public"."accounts" ADD COLUMN "tier" text DEFAULT 'free'::text NOT NULL;
