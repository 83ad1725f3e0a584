-- canon migration 0001_initial_schema
-- initial schema

CREATE FUNCTION "public"."set_updated_at"()
RETURNS trigger
LANGUAGE "plpgsql"
VOLATILE
SET "search_path" TO ''
AS $$
begin
    new.updated_at := now();
    return new;
end;
$$;

COMMENT ON FUNCTION "public"."set_updated_at"() IS 'Trigger function: stamps updated_at on every update.';

CREATE TABLE "public"."api_credit_configs" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "endpoint_pattern" text NOT NULL,
    "http_method" text NOT NULL,
    "base_cost" integer DEFAULT 0 NOT NULL,
    "cost_formula" jsonb,
    "tier_multipliers" jsonb DEFAULT '{"PRO": 0.6, "FREE": 1.0, "PREMIUM": 0.8, "ENTERPRISE": 0.4}'::jsonb,
    "daily_limit" integer,
    "rate_limit_per_minute" integer,
    "requires_subscription" boolean DEFAULT false,
    "minimum_tier" text,
    "is_enabled" boolean DEFAULT true,
    "description" text,
    "category" text,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "api_credit_configs_endpoint_pattern_http_method_key" UNIQUE (endpoint_pattern, http_method),
    CONSTRAINT "api_credit_configs_http_method_check" CHECK ((http_method = ANY (ARRAY['GET'::text, 'POST'::text, 'PUT'::text, 'PATCH'::text, 'DELETE'::text]))),
    CONSTRAINT "api_credit_configs_minimum_tier_check" CHECK ((minimum_tier = ANY (ARRAY['FREE'::text, 'PREMIUM'::text, 'PRO'::text, 'ENTERPRISE'::text]))),
    CONSTRAINT "api_credit_configs_pkey" PRIMARY KEY (id)
);

ALTER TABLE "public"."api_credit_configs" ENABLE ROW LEVEL SECURITY;

GRANT DELETE ON TABLE "public"."api_credit_configs" TO "service_role";

GRANT INSERT ON TABLE "public"."api_credit_configs" TO "service_role";

GRANT MAINTAIN ON TABLE "public"."api_credit_configs" TO "service_role";

GRANT REFERENCES ON TABLE "public"."api_credit_configs" TO "service_role";

GRANT SELECT ON TABLE "public"."api_credit_configs" TO "anon";

GRANT SELECT ON TABLE "public"."api_credit_configs" TO "authenticated";

GRANT SELECT ON TABLE "public"."api_credit_configs" TO "service_role";

GRANT TRIGGER ON TABLE "public"."api_credit_configs" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."api_credit_configs" TO "service_role";

GRANT UPDATE ON TABLE "public"."api_credit_configs" TO "service_role";

CREATE INDEX idx_api_credit_configs_category ON public.api_credit_configs USING btree (category);

CREATE INDEX idx_api_credit_configs_enabled ON public.api_credit_configs USING btree (is_enabled) WHERE (is_enabled = true);

CREATE POLICY "api_credit_configs: enabled prices are public" ON "public"."api_credit_configs"
    AS PERMISSIVE FOR SELECT
    TO "anon", "authenticated"
    USING (is_enabled);

COMMENT ON TABLE "public"."api_credit_configs" IS 'What each API endpoint costs in credits, per subscription tier.';

COMMENT ON COLUMN "public"."api_credit_configs"."endpoint_pattern" IS 'Route pattern such as /api/v1/characters/:id/generate.';

CREATE TABLE "public"."character_ratings" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "character_id" uuid NOT NULL,
    "user_id" uuid NOT NULL,
    "rating" integer NOT NULL,
    "review_text" text,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "character_ratings_character_id_user_id_key" UNIQUE (character_id, user_id),
    CONSTRAINT "character_ratings_pkey" PRIMARY KEY (id),
    CONSTRAINT "character_ratings_rating_check" CHECK (((rating >= 1) AND (rating <= 5)))
);

ALTER TABLE "public"."character_ratings" ENABLE ROW LEVEL SECURITY;

GRANT DELETE ON TABLE "public"."character_ratings" TO "authenticated";

GRANT DELETE ON TABLE "public"."character_ratings" TO "service_role";

GRANT INSERT ON TABLE "public"."character_ratings" TO "service_role";

GRANT INSERT ("character_id") ON TABLE "public"."character_ratings" TO "authenticated";

GRANT INSERT ("rating") ON TABLE "public"."character_ratings" TO "authenticated";

GRANT INSERT ("review_text") ON TABLE "public"."character_ratings" TO "authenticated";

GRANT INSERT ("user_id") ON TABLE "public"."character_ratings" TO "authenticated";

GRANT MAINTAIN ON TABLE "public"."character_ratings" TO "service_role";

GRANT REFERENCES ON TABLE "public"."character_ratings" TO "service_role";

GRANT SELECT ON TABLE "public"."character_ratings" TO "anon";

GRANT SELECT ON TABLE "public"."character_ratings" TO "authenticated";

GRANT SELECT ON TABLE "public"."character_ratings" TO "service_role";

GRANT TRIGGER ON TABLE "public"."character_ratings" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."character_ratings" TO "service_role";

GRANT UPDATE ON TABLE "public"."character_ratings" TO "service_role";

GRANT UPDATE ("rating") ON TABLE "public"."character_ratings" TO "authenticated";

GRANT UPDATE ("review_text") ON TABLE "public"."character_ratings" TO "authenticated";

CREATE INDEX idx_character_ratings_rating ON public.character_ratings USING btree (rating);

CREATE INDEX idx_character_ratings_user_id ON public.character_ratings USING btree (user_id);

COMMENT ON TABLE "public"."character_ratings" IS 'One rating (1-5) per account and character.';

CREATE TABLE "public"."characters" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "user_id" uuid NOT NULL,
    "name" text NOT NULL,
    "description" text,
    "prompt" text NOT NULL,
    "negative_prompt" text,
    "style_type" text NOT NULL,
    "art_style" text,
    "mood" text,
    "color_palette" text[],
    "model_version" text DEFAULT 'v1.0'::text,
    "generation_seed" integer,
    "cfg_scale" numeric(3,1) DEFAULT 7.5,
    "steps" integer DEFAULT 20,
    "sampler" text DEFAULT 'DPM++ 2M Karras'::text,
    "primary_image_url" text,
    "thumbnail_url" text,
    "additional_images" jsonb DEFAULT '[]'::jsonb,
    "image_metadata" jsonb DEFAULT '{}'::jsonb,
    "generation_status" text DEFAULT 'pending'::text,
    "processing_started_at" timestamp with time zone,
    "processing_completed_at" timestamp with time zone,
    "processing_time_seconds" integer,
    "error_message" text,
    "retry_count" integer DEFAULT 0,
    "collection_id" uuid,
    "tags" text[] DEFAULT '{}'::text[],
    "is_public" boolean DEFAULT false,
    "is_featured" boolean DEFAULT false,
    "allow_commercial_use" boolean DEFAULT false,
    "license_type" text DEFAULT 'standard'::text,
    "view_count" integer DEFAULT 0,
    "like_count" integer DEFAULT 0,
    "download_count" integer DEFAULT 0,
    "share_count" integer DEFAULT 0,
    "parent_character_id" uuid,
    "version_number" integer DEFAULT 1,
    "variant_type" text,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "published_at" timestamp with time zone,
    CONSTRAINT "characters_generation_status_check" CHECK ((generation_status = ANY (ARRAY['pending'::text, 'processing'::text, 'completed'::text, 'failed'::text, 'cancelled'::text]))),
    CONSTRAINT "characters_license_type_check" CHECK ((license_type = ANY (ARRAY['standard'::text, 'commercial'::text, 'creative_commons'::text]))),
    CONSTRAINT "characters_pkey" PRIMARY KEY (id),
    CONSTRAINT "characters_style_type_check" CHECK ((style_type = ANY (ARRAY['anime'::text, 'realistic'::text, 'cartoon'::text, 'fantasy'::text, 'cyberpunk'::text, 'steampunk'::text, 'minimalist'::text, 'comic'::text, 'portrait'::text, 'artistic'::text]))),
    CONSTRAINT "characters_variant_type_check" CHECK ((variant_type = ANY (ARRAY['original'::text, 'style_transfer'::text, 'pose_change'::text, 'outfit_change'::text, 'expression_change'::text])))
);

ALTER TABLE "public"."characters" ENABLE ROW LEVEL SECURITY;

ALTER TABLE "public"."character_ratings" ADD CONSTRAINT "character_ratings_character_id_fkey" FOREIGN KEY (character_id) REFERENCES public.characters(id) ON DELETE CASCADE;

ALTER TABLE "public"."characters" ADD CONSTRAINT "characters_parent_character_id_fkey" FOREIGN KEY (parent_character_id) REFERENCES public.characters(id);

GRANT DELETE ON TABLE "public"."characters" TO "authenticated";

GRANT DELETE ON TABLE "public"."characters" TO "service_role";

GRANT INSERT ON TABLE "public"."characters" TO "service_role";

GRANT INSERT ("allow_commercial_use") ON TABLE "public"."characters" TO "authenticated";

GRANT INSERT ("art_style") ON TABLE "public"."characters" TO "authenticated";

GRANT INSERT ("cfg_scale") ON TABLE "public"."characters" TO "authenticated";

GRANT INSERT ("collection_id") ON TABLE "public"."characters" TO "authenticated";

GRANT INSERT ("color_palette") ON TABLE "public"."characters" TO "authenticated";

GRANT INSERT ("description") ON TABLE "public"."characters" TO "authenticated";

GRANT INSERT ("generation_seed") ON TABLE "public"."characters" TO "authenticated";

GRANT INSERT ("is_public") ON TABLE "public"."characters" TO "authenticated";

GRANT INSERT ("license_type") ON TABLE "public"."characters" TO "authenticated";

GRANT INSERT ("model_version") ON TABLE "public"."characters" TO "authenticated";

GRANT INSERT ("mood") ON TABLE "public"."characters" TO "authenticated";

GRANT INSERT ("name") ON TABLE "public"."characters" TO "authenticated";

GRANT INSERT ("negative_prompt") ON TABLE "public"."characters" TO "authenticated";

GRANT INSERT ("parent_character_id") ON TABLE "public"."characters" TO "authenticated";

GRANT INSERT ("prompt") ON TABLE "public"."characters" TO "authenticated";

GRANT INSERT ("sampler") ON TABLE "public"."characters" TO "authenticated";

GRANT INSERT ("steps") ON TABLE "public"."characters" TO "authenticated";

GRANT INSERT ("style_type") ON TABLE "public"."characters" TO "authenticated";

GRANT INSERT ("tags") ON TABLE "public"."characters" TO "authenticated";

GRANT INSERT ("user_id") ON TABLE "public"."characters" TO "authenticated";

GRANT INSERT ("variant_type") ON TABLE "public"."characters" TO "authenticated";

GRANT MAINTAIN ON TABLE "public"."characters" TO "service_role";

GRANT REFERENCES ON TABLE "public"."characters" TO "service_role";

GRANT SELECT ON TABLE "public"."characters" TO "anon";

GRANT SELECT ON TABLE "public"."characters" TO "authenticated";

GRANT SELECT ON TABLE "public"."characters" TO "service_role";

GRANT TRIGGER ON TABLE "public"."characters" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."characters" TO "service_role";

GRANT UPDATE ON TABLE "public"."characters" TO "service_role";

GRANT UPDATE ("allow_commercial_use") ON TABLE "public"."characters" TO "authenticated";

GRANT UPDATE ("collection_id") ON TABLE "public"."characters" TO "authenticated";

GRANT UPDATE ("description") ON TABLE "public"."characters" TO "authenticated";

GRANT UPDATE ("is_public") ON TABLE "public"."characters" TO "authenticated";

GRANT UPDATE ("license_type") ON TABLE "public"."characters" TO "authenticated";

GRANT UPDATE ("name") ON TABLE "public"."characters" TO "authenticated";

GRANT UPDATE ("tags") ON TABLE "public"."characters" TO "authenticated";

CREATE INDEX idx_characters_collection_id ON public.characters USING btree (collection_id);

CREATE INDEX idx_characters_created_at ON public.characters USING btree (created_at);

CREATE INDEX idx_characters_generation_status ON public.characters USING btree (generation_status);

CREATE INDEX idx_characters_is_featured ON public.characters USING btree (is_featured) WHERE (is_featured = true);

CREATE INDEX idx_characters_is_public ON public.characters USING btree (is_public) WHERE (is_public = true);

CREATE INDEX idx_characters_parent_id ON public.characters USING btree (parent_character_id);

CREATE INDEX idx_characters_style_type ON public.characters USING btree (style_type);

CREATE INDEX idx_characters_tags ON public.characters USING gin (tags);

CREATE INDEX idx_characters_user_id ON public.characters USING btree (user_id);

CREATE INDEX idx_characters_view_count ON public.characters USING btree (view_count) WHERE (is_public = true);

CREATE POLICY "character_ratings: ratings of visible characters" ON "public"."character_ratings"
    AS PERMISSIVE FOR SELECT
    TO "anon", "authenticated"
    USING ((EXISTS ( SELECT 1
   FROM public.characters ch
  WHERE (ch.id = character_ratings.character_id))));

CREATE POLICY "characters: public characters" ON "public"."characters"
    AS PERMISSIVE FOR SELECT
    TO "anon"
    USING (is_public);

COMMENT ON TABLE "public"."characters" IS 'A generated character: prompt, parameters, images, sharing.';

COMMENT ON COLUMN "public"."characters"."parent_character_id" IS 'The character this one is a variant of.';

CREATE TABLE "public"."collection_characters" (
    "collection_id" uuid NOT NULL,
    "character_id" uuid NOT NULL,
    "added_at" timestamp with time zone DEFAULT now() NOT NULL,
    "display_order" integer,
    CONSTRAINT "collection_characters_pkey" PRIMARY KEY (collection_id, character_id)
);

ALTER TABLE "public"."collection_characters" ENABLE ROW LEVEL SECURITY;

ALTER TABLE "public"."collection_characters" ADD CONSTRAINT "collection_characters_character_id_fkey" FOREIGN KEY (character_id) REFERENCES public.characters(id) ON DELETE CASCADE;

GRANT DELETE ON TABLE "public"."collection_characters" TO "authenticated";

GRANT DELETE ON TABLE "public"."collection_characters" TO "service_role";

GRANT INSERT ON TABLE "public"."collection_characters" TO "authenticated";

GRANT INSERT ON TABLE "public"."collection_characters" TO "service_role";

GRANT MAINTAIN ON TABLE "public"."collection_characters" TO "service_role";

GRANT REFERENCES ON TABLE "public"."collection_characters" TO "service_role";

GRANT SELECT ON TABLE "public"."collection_characters" TO "anon";

GRANT SELECT ON TABLE "public"."collection_characters" TO "authenticated";

GRANT SELECT ON TABLE "public"."collection_characters" TO "service_role";

GRANT TRIGGER ON TABLE "public"."collection_characters" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."collection_characters" TO "service_role";

GRANT UPDATE ON TABLE "public"."collection_characters" TO "service_role";

GRANT UPDATE ("display_order") ON TABLE "public"."collection_characters" TO "authenticated";

CREATE INDEX idx_collection_characters_character_id ON public.collection_characters USING btree (character_id);

COMMENT ON TABLE "public"."collection_characters" IS 'Which characters a collection holds, in order.';

CREATE TABLE "public"."collections" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "user_id" uuid NOT NULL,
    "name" text NOT NULL,
    "description" text,
    "cover_image_url" text,
    "tags" text[] DEFAULT '{}'::text[],
    "category" text,
    "theme" text,
    "is_public" boolean DEFAULT false,
    "allow_collaboration" boolean DEFAULT false,
    "collaboration_settings" jsonb DEFAULT '{}'::jsonb,
    "character_count" integer DEFAULT 0,
    "total_views" integer DEFAULT 0,
    "total_likes" integer DEFAULT 0,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "collections_pkey" PRIMARY KEY (id)
);

ALTER TABLE "public"."collections" ENABLE ROW LEVEL SECURITY;

ALTER TABLE "public"."characters" ADD CONSTRAINT "characters_collection_id_fkey" FOREIGN KEY (collection_id) REFERENCES public.collections(id) ON DELETE SET NULL;

ALTER TABLE "public"."collection_characters" ADD CONSTRAINT "collection_characters_collection_id_fkey" FOREIGN KEY (collection_id) REFERENCES public.collections(id) ON DELETE CASCADE;

GRANT DELETE ON TABLE "public"."collections" TO "authenticated";

GRANT DELETE ON TABLE "public"."collections" TO "service_role";

GRANT INSERT ON TABLE "public"."collections" TO "service_role";

GRANT INSERT ("allow_collaboration") ON TABLE "public"."collections" TO "authenticated";

GRANT INSERT ("category") ON TABLE "public"."collections" TO "authenticated";

GRANT INSERT ("collaboration_settings") ON TABLE "public"."collections" TO "authenticated";

GRANT INSERT ("cover_image_url") ON TABLE "public"."collections" TO "authenticated";

GRANT INSERT ("description") ON TABLE "public"."collections" TO "authenticated";

GRANT INSERT ("is_public") ON TABLE "public"."collections" TO "authenticated";

GRANT INSERT ("name") ON TABLE "public"."collections" TO "authenticated";

GRANT INSERT ("tags") ON TABLE "public"."collections" TO "authenticated";

GRANT INSERT ("theme") ON TABLE "public"."collections" TO "authenticated";

GRANT INSERT ("user_id") ON TABLE "public"."collections" TO "authenticated";

GRANT MAINTAIN ON TABLE "public"."collections" TO "service_role";

GRANT REFERENCES ON TABLE "public"."collections" TO "service_role";

GRANT SELECT ON TABLE "public"."collections" TO "anon";

GRANT SELECT ON TABLE "public"."collections" TO "authenticated";

GRANT SELECT ON TABLE "public"."collections" TO "service_role";

GRANT TRIGGER ON TABLE "public"."collections" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."collections" TO "service_role";

GRANT UPDATE ON TABLE "public"."collections" TO "service_role";

GRANT UPDATE ("allow_collaboration") ON TABLE "public"."collections" TO "authenticated";

GRANT UPDATE ("category") ON TABLE "public"."collections" TO "authenticated";

GRANT UPDATE ("collaboration_settings") ON TABLE "public"."collections" TO "authenticated";

GRANT UPDATE ("cover_image_url") ON TABLE "public"."collections" TO "authenticated";

GRANT UPDATE ("description") ON TABLE "public"."collections" TO "authenticated";

GRANT UPDATE ("is_public") ON TABLE "public"."collections" TO "authenticated";

GRANT UPDATE ("name") ON TABLE "public"."collections" TO "authenticated";

GRANT UPDATE ("tags") ON TABLE "public"."collections" TO "authenticated";

GRANT UPDATE ("theme") ON TABLE "public"."collections" TO "authenticated";

CREATE INDEX idx_collections_is_public ON public.collections USING btree (is_public) WHERE (is_public = true);

CREATE INDEX idx_collections_user_id ON public.collections USING btree (user_id);

CREATE POLICY "collection_characters: readable with the collection" ON "public"."collection_characters"
    AS PERMISSIVE FOR SELECT
    TO "anon", "authenticated"
    USING ((EXISTS ( SELECT 1
   FROM public.collections c
  WHERE (c.id = collection_characters.collection_id))));

CREATE POLICY "collections: public collections" ON "public"."collections"
    AS PERMISSIVE FOR SELECT
    TO "anon"
    USING (is_public);

COMMENT ON TABLE "public"."collections" IS 'A named, optionally public set of characters.';

CREATE TABLE "public"."credit_packages" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "name" text NOT NULL,
    "description" text,
    "credit_amount" integer NOT NULL,
    "bonus_credits" integer DEFAULT 0,
    "price_usd" numeric(10,2) NOT NULL,
    "price_currency" text DEFAULT 'USD'::text,
    "discount_percentage" integer DEFAULT 0,
    "is_available" boolean DEFAULT true,
    "target_tiers" text[] DEFAULT '{FREE,PREMIUM,PRO,ENTERPRISE}'::text[],
    "promotion_start_date" timestamp with time zone,
    "promotion_end_date" timestamp with time zone,
    "package_type" text DEFAULT 'one_time'::text,
    "display_order" integer DEFAULT 0,
    "highlight_color" text,
    "badge_text" text,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "credit_packages_package_type_check" CHECK ((package_type = ANY (ARRAY['one_time'::text, 'subscription_bonus'::text, 'promotional'::text]))),
    CONSTRAINT "credit_packages_pkey" PRIMARY KEY (id)
);

ALTER TABLE "public"."credit_packages" ENABLE ROW LEVEL SECURITY;

GRANT DELETE ON TABLE "public"."credit_packages" TO "service_role";

GRANT INSERT ON TABLE "public"."credit_packages" TO "service_role";

GRANT MAINTAIN ON TABLE "public"."credit_packages" TO "service_role";

GRANT REFERENCES ON TABLE "public"."credit_packages" TO "service_role";

GRANT SELECT ON TABLE "public"."credit_packages" TO "anon";

GRANT SELECT ON TABLE "public"."credit_packages" TO "authenticated";

GRANT SELECT ON TABLE "public"."credit_packages" TO "service_role";

GRANT TRIGGER ON TABLE "public"."credit_packages" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."credit_packages" TO "service_role";

GRANT UPDATE ON TABLE "public"."credit_packages" TO "service_role";

CREATE INDEX idx_credit_packages_available ON public.credit_packages USING btree (is_available) WHERE (is_available = true);

CREATE INDEX idx_credit_packages_promotion ON public.credit_packages USING btree (promotion_start_date, promotion_end_date);

CREATE POLICY "credit_packages: available packages are public" ON "public"."credit_packages"
    AS PERMISSIVE FOR SELECT
    TO "anon", "authenticated"
    USING (is_available);

COMMENT ON TABLE "public"."credit_packages" IS 'Credit packages on sale.';

CREATE TABLE "public"."credit_transactions" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "user_id" uuid NOT NULL,
    "transaction_type" text NOT NULL,
    "amount" integer NOT NULL,
    "balance_after" integer NOT NULL,
    "related_entity_type" text,
    "related_entity_id" text,
    "description" text NOT NULL,
    "metadata" jsonb DEFAULT '{}'::jsonb,
    "status" text DEFAULT 'completed'::text,
    "processed_at" timestamp with time zone DEFAULT now(),
    "api_endpoint" text,
    "operation_details" jsonb,
    "cost_calculation" jsonb,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "credit_transactions_pkey" PRIMARY KEY (id),
    CONSTRAINT "credit_transactions_related_entity_type_check" CHECK ((related_entity_type = ANY (ARRAY['generation_job'::text, 'purchase_order'::text, 'gift_transfer'::text, 'achievement'::text, 'referral'::text]))),
    CONSTRAINT "credit_transactions_status_check" CHECK ((status = ANY (ARRAY['pending'::text, 'completed'::text, 'failed'::text, 'cancelled'::text]))),
    CONSTRAINT "credit_transactions_transaction_type_check" CHECK ((transaction_type = ANY (ARRAY['purchase'::text, 'usage'::text, 'refund'::text, 'gift_sent'::text, 'gift_received'::text, 'daily_allowance'::text, 'bonus'::text, 'referral'::text, 'achievement'::text, 'admin_adjustment'::text])))
);

ALTER TABLE "public"."credit_transactions" ENABLE ROW LEVEL SECURITY;

GRANT DELETE ON TABLE "public"."credit_transactions" TO "service_role";

GRANT INSERT ON TABLE "public"."credit_transactions" TO "service_role";

GRANT MAINTAIN ON TABLE "public"."credit_transactions" TO "service_role";

GRANT REFERENCES ON TABLE "public"."credit_transactions" TO "service_role";

GRANT SELECT ON TABLE "public"."credit_transactions" TO "authenticated";

GRANT SELECT ON TABLE "public"."credit_transactions" TO "service_role";

GRANT TRIGGER ON TABLE "public"."credit_transactions" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."credit_transactions" TO "service_role";

GRANT UPDATE ON TABLE "public"."credit_transactions" TO "service_role";

CREATE INDEX idx_credit_transactions_api_endpoint ON public.credit_transactions USING btree (api_endpoint);

CREATE INDEX idx_credit_transactions_created_at ON public.credit_transactions USING btree (created_at);

CREATE INDEX idx_credit_transactions_related_entity ON public.credit_transactions USING btree (related_entity_type, related_entity_id);

CREATE INDEX idx_credit_transactions_status ON public.credit_transactions USING btree (status);

CREATE INDEX idx_credit_transactions_type ON public.credit_transactions USING btree (transaction_type);

CREATE INDEX idx_credit_transactions_user_id ON public.credit_transactions USING btree (user_id);

COMMENT ON TABLE "public"."credit_transactions" IS 'Credit ledger; amount is negative for usage and gifts sent.';

COMMENT ON COLUMN "public"."credit_transactions"."related_entity_id" IS 'Id of the row named by related_entity_type (not a foreign key: it spans tables).';

CREATE TABLE "public"."generation_jobs" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "user_id" uuid NOT NULL,
    "character_id" uuid,
    "job_type" text NOT NULL,
    "input_parameters" jsonb NOT NULL,
    "generation_provider" text DEFAULT 'primary'::text,
    "status" text DEFAULT 'queued'::text,
    "priority" integer DEFAULT 5,
    "queued_at" timestamp with time zone DEFAULT now() NOT NULL,
    "started_at" timestamp with time zone,
    "completed_at" timestamp with time zone,
    "timeout_at" timestamp with time zone,
    "output_urls" jsonb DEFAULT '[]'::jsonb,
    "processing_metadata" jsonb DEFAULT '{}'::jsonb,
    "error_details" jsonb,
    "gpu_time_seconds" integer,
    "memory_used_mb" integer,
    "cost_credits" integer,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "generation_jobs_generation_provider_check" CHECK ((generation_provider = ANY (ARRAY['primary'::text, 'secondary'::text, 'fallback'::text]))),
    CONSTRAINT "generation_jobs_job_type_check" CHECK ((job_type = ANY (ARRAY['character_generation'::text, 'style_transfer'::text, 'upscale'::text, 'variation'::text, 'background_removal'::text]))),
    CONSTRAINT "generation_jobs_pkey" PRIMARY KEY (id),
    CONSTRAINT "generation_jobs_priority_check" CHECK (((priority >= 1) AND (priority <= 10))),
    CONSTRAINT "generation_jobs_status_check" CHECK ((status = ANY (ARRAY['queued'::text, 'processing'::text, 'completed'::text, 'failed'::text, 'cancelled'::text, 'timeout'::text])))
);

ALTER TABLE "public"."generation_jobs" ENABLE ROW LEVEL SECURITY;

ALTER TABLE "public"."generation_jobs" ADD CONSTRAINT "generation_jobs_character_id_fkey" FOREIGN KEY (character_id) REFERENCES public.characters(id) ON DELETE SET NULL;

GRANT DELETE ON TABLE "public"."generation_jobs" TO "service_role";

GRANT INSERT ON TABLE "public"."generation_jobs" TO "service_role";

GRANT MAINTAIN ON TABLE "public"."generation_jobs" TO "service_role";

GRANT REFERENCES ON TABLE "public"."generation_jobs" TO "service_role";

GRANT SELECT ON TABLE "public"."generation_jobs" TO "authenticated";

GRANT SELECT ON TABLE "public"."generation_jobs" TO "service_role";

GRANT TRIGGER ON TABLE "public"."generation_jobs" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."generation_jobs" TO "service_role";

GRANT UPDATE ON TABLE "public"."generation_jobs" TO "service_role";

CREATE INDEX idx_generation_jobs_character_id ON public.generation_jobs USING btree (character_id);

CREATE INDEX idx_generation_jobs_job_type ON public.generation_jobs USING btree (job_type);

CREATE INDEX idx_generation_jobs_priority_status ON public.generation_jobs USING btree (priority, status) WHERE (status = ANY (ARRAY['queued'::text, 'processing'::text]));

CREATE INDEX idx_generation_jobs_queued_at ON public.generation_jobs USING btree (queued_at);

CREATE INDEX idx_generation_jobs_status ON public.generation_jobs USING btree (status);

CREATE INDEX idx_generation_jobs_user_id ON public.generation_jobs USING btree (user_id);

COMMENT ON TABLE "public"."generation_jobs" IS 'Image generation work queued for the GPU workers.';

CREATE TABLE "public"."user_activity_logs" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "user_id" uuid,
    "activity_type" text NOT NULL,
    "entity_type" text,
    "entity_id" text,
    "session_id" text,
    "ip_address" inet,
    "user_agent" text,
    "referrer" text,
    "metadata" jsonb DEFAULT '{}'::jsonb,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "user_activity_logs_pkey" PRIMARY KEY (id)
);

ALTER TABLE "public"."user_activity_logs" ENABLE ROW LEVEL SECURITY;

GRANT DELETE ON TABLE "public"."user_activity_logs" TO "service_role";

GRANT INSERT ON TABLE "public"."user_activity_logs" TO "service_role";

GRANT MAINTAIN ON TABLE "public"."user_activity_logs" TO "service_role";

GRANT REFERENCES ON TABLE "public"."user_activity_logs" TO "service_role";

GRANT SELECT ON TABLE "public"."user_activity_logs" TO "service_role";

GRANT TRIGGER ON TABLE "public"."user_activity_logs" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."user_activity_logs" TO "service_role";

GRANT UPDATE ON TABLE "public"."user_activity_logs" TO "service_role";

CREATE INDEX idx_user_activity_logs_type ON public.user_activity_logs USING btree (activity_type, created_at);

CREATE INDEX idx_user_activity_logs_user_id ON public.user_activity_logs USING btree (user_id, created_at);

CREATE POLICY "user_activity_logs: service role only" ON "public"."user_activity_logs"
    AS PERMISSIVE FOR ALL
    TO "service_role"
    USING (true)
    WITH CHECK (true);

COMMENT ON TABLE "public"."user_activity_logs" IS 'What accounts did (login, character_created, image_generated, ...); kept after the account is deleted, without the link to it.';

CREATE TABLE "public"."user_credits" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "user_id" uuid NOT NULL,
    "current_balance" integer DEFAULT 0 NOT NULL,
    "reserved_balance" integer DEFAULT 0 NOT NULL,
    "daily_allowance" integer DEFAULT 0 NOT NULL,
    "daily_used" integer DEFAULT 0 NOT NULL,
    "daily_reset_date" date DEFAULT CURRENT_DATE NOT NULL,
    "total_earned" integer DEFAULT 0 NOT NULL,
    "total_spent" integer DEFAULT 0 NOT NULL,
    "total_purchased" integer DEFAULT 0 NOT NULL,
    "total_gifted_received" integer DEFAULT 0 NOT NULL,
    "total_gifted_sent" integer DEFAULT 0 NOT NULL,
    "referral_bonus" integer DEFAULT 0 NOT NULL,
    "achievement_bonus" integer DEFAULT 0 NOT NULL,
    "daily_login_streak" integer DEFAULT 0 NOT NULL,
    "last_daily_bonus_date" date,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "user_credits_balance_positive" CHECK ((current_balance >= 0)),
    CONSTRAINT "user_credits_daily_allowance_positive" CHECK ((daily_allowance >= 0)),
    CONSTRAINT "user_credits_daily_used_positive" CHECK ((daily_used >= 0)),
    CONSTRAINT "user_credits_pkey" PRIMARY KEY (id),
    CONSTRAINT "user_credits_reserved_positive" CHECK ((reserved_balance >= 0)),
    CONSTRAINT "user_credits_user_id_key" UNIQUE (user_id)
);

ALTER TABLE "public"."user_credits" ENABLE ROW LEVEL SECURITY;

CREATE FUNCTION "public"."spend_credits"(p_amount integer, p_description text, p_job_id uuid DEFAULT NULL::uuid)
RETURNS integer
LANGUAGE "plpgsql"
VOLATILE
SECURITY DEFINER
SET "search_path" TO ''
AS $$
declare
    v_user_id uuid := public.current_app_user_id();
    v_balance integer;
begin
    if v_user_id is null then
        raise exception 'no account for this session' using errcode = 'insufficient_privilege';
    end if;
    if p_amount is null or p_amount <= 0 then
        raise exception 'credits to spend must be positive, got %', p_amount
            using errcode = 'invalid_parameter_value';
    end if;

    -- The row lock serialises spending per account, so the check below cannot race.
    select c.current_balance into v_balance
    from public.user_credits as c
    where c.user_id = v_user_id
    for update;
    if v_balance is null or v_balance < p_amount then
        raise exception 'insufficient credits: balance %, needed %', coalesce(v_balance, 0),
            p_amount using errcode = 'check_violation';
    end if;

    update public.user_credits
    set current_balance = current_balance - p_amount,
        total_spent = total_spent + p_amount
    where user_id = v_user_id;

    insert into public.credit_transactions
        (user_id, transaction_type, amount, balance_after, related_entity_type,
         related_entity_id, description)
    values
        (v_user_id, 'usage', -p_amount, v_balance - p_amount,
         case when p_job_id is not null then 'generation_job' end, p_job_id::text,
         p_description);

    return v_balance - p_amount;
end;
$$;

REVOKE EXECUTE ON FUNCTION "public"."spend_credits"(integer, text, uuid) FROM PUBLIC;

COMMENT ON FUNCTION "public"."spend_credits"(integer, text, uuid) IS 'Debits the caller''s credits and records the usage in the ledger, in one transaction; raises check_violation when the balance is too low. Returns the new balance.';

GRANT DELETE ON TABLE "public"."user_credits" TO "service_role";

GRANT EXECUTE ON FUNCTION "public"."spend_credits"(integer, text, uuid) TO "authenticated";

GRANT INSERT ON TABLE "public"."user_credits" TO "service_role";

GRANT MAINTAIN ON TABLE "public"."user_credits" TO "service_role";

GRANT REFERENCES ON TABLE "public"."user_credits" TO "service_role";

GRANT SELECT ON TABLE "public"."user_credits" TO "authenticated";

GRANT SELECT ON TABLE "public"."user_credits" TO "service_role";

GRANT TRIGGER ON TABLE "public"."user_credits" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."user_credits" TO "service_role";

GRANT UPDATE ON TABLE "public"."user_credits" TO "service_role";

CREATE INDEX idx_user_credits_daily_reset ON public.user_credits USING btree (daily_reset_date);

COMMENT ON TABLE "public"."user_credits" IS 'Credit balance and lifetime credit statistics per account.';

COMMENT ON COLUMN "public"."user_credits"."reserved_balance" IS 'Credits held for generation jobs still running.';

CREATE TABLE "public"."user_profiles" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "user_id" uuid NOT NULL,
    "first_name" text,
    "last_name" text,
    "bio" text,
    "website_url" text,
    "social_links" jsonb DEFAULT '{}'::jsonb,
    "profession" text,
    "company" text,
    "industry" text,
    "experience_level" text,
    "primary_use_case" text[],
    "favorite_art_styles" text[],
    "badges" jsonb DEFAULT '[]'::jsonb,
    "total_likes_received" integer DEFAULT 0,
    "total_downloads" integer DEFAULT 0,
    "featured_character_count" integer DEFAULT 0,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "user_profiles_experience_level_check" CHECK ((experience_level = ANY (ARRAY['beginner'::text, 'intermediate'::text, 'advanced'::text, 'professional'::text]))),
    CONSTRAINT "user_profiles_pkey" PRIMARY KEY (id),
    CONSTRAINT "user_profiles_user_id_key" UNIQUE (user_id)
);

ALTER TABLE "public"."user_profiles" ENABLE ROW LEVEL SECURITY;

GRANT DELETE ON TABLE "public"."user_profiles" TO "authenticated";

GRANT DELETE ON TABLE "public"."user_profiles" TO "service_role";

GRANT INSERT ON TABLE "public"."user_profiles" TO "authenticated";

GRANT INSERT ON TABLE "public"."user_profiles" TO "service_role";

GRANT MAINTAIN ON TABLE "public"."user_profiles" TO "service_role";

GRANT REFERENCES ON TABLE "public"."user_profiles" TO "service_role";

GRANT SELECT ON TABLE "public"."user_profiles" TO "authenticated";

GRANT SELECT ON TABLE "public"."user_profiles" TO "service_role";

GRANT TRIGGER ON TABLE "public"."user_profiles" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."user_profiles" TO "service_role";

GRANT UPDATE ON TABLE "public"."user_profiles" TO "authenticated";

GRANT UPDATE ON TABLE "public"."user_profiles" TO "service_role";

CREATE INDEX idx_user_profiles_industry ON public.user_profiles USING btree (industry);

CREATE INDEX idx_user_profiles_profession ON public.user_profiles USING btree (profession);

COMMENT ON TABLE "public"."user_profiles" IS 'Extended, optional profile of an account.';

COMMENT ON COLUMN "public"."user_profiles"."social_links" IS 'Handles per network, e.g. {"twitter": "username", "instagram": "username"}.';

COMMENT ON COLUMN "public"."user_profiles"."badges" IS 'Earned badges, e.g. [{"type": "early_adopter", "earned_at": "2024-01-01"}].';

CREATE TABLE "public"."users" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "email" text NOT NULL,
    "auth0_id" text,
    "username" text,
    "display_name" text,
    "avatar_url" text,
    "subscription_tier" text DEFAULT 'FREE'::text,
    "subscription_start_date" timestamp with time zone,
    "subscription_end_date" timestamp with time zone,
    "daily_quota" integer DEFAULT 3 NOT NULL,
    "daily_used" integer DEFAULT 0 NOT NULL,
    "last_reset_date" timestamp with time zone DEFAULT now() NOT NULL,
    "preferred_language" text DEFAULT 'en'::text,
    "timezone" text DEFAULT 'UTC'::text,
    "notification_settings" jsonb DEFAULT '{"push": false, "email": true}'::jsonb,
    "profile_visibility" text DEFAULT 'private'::text,
    "allow_gallery_showcase" boolean DEFAULT false,
    "content_filter_level" text DEFAULT 'moderate'::text,
    "total_characters_created" integer DEFAULT 0 NOT NULL,
    "total_images_generated" integer DEFAULT 0 NOT NULL,
    "account_status" text DEFAULT 'active'::text,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "last_login_at" timestamp with time zone,
    "email_verified_at" timestamp with time zone,
    CONSTRAINT "users_account_status_check" CHECK ((account_status = ANY (ARRAY['active'::text, 'suspended'::text, 'banned'::text, 'deleted'::text]))),
    CONSTRAINT "users_auth0_id_key" UNIQUE (auth0_id),
    CONSTRAINT "users_content_filter_level_check" CHECK ((content_filter_level = ANY (ARRAY['strict'::text, 'moderate'::text, 'relaxed'::text]))),
    CONSTRAINT "users_daily_quota_positive" CHECK ((daily_quota >= 0)),
    CONSTRAINT "users_daily_used_positive" CHECK ((daily_used >= 0)),
    CONSTRAINT "users_email_format" CHECK ((email ~ '^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$'::text)),
    CONSTRAINT "users_email_key" UNIQUE (email),
    CONSTRAINT "users_pkey" PRIMARY KEY (id),
    CONSTRAINT "users_preferred_language_check" CHECK ((preferred_language = ANY (ARRAY['en'::text, 'zh'::text, 'ja'::text, 'ko'::text]))),
    CONSTRAINT "users_profile_visibility_check" CHECK ((profile_visibility = ANY (ARRAY['public'::text, 'friends'::text, 'private'::text]))),
    CONSTRAINT "users_subscription_tier_check" CHECK ((subscription_tier = ANY (ARRAY['FREE'::text, 'PREMIUM'::text, 'PRO'::text, 'ENTERPRISE'::text]))),
    CONSTRAINT "users_username_format" CHECK ((username ~ '^[a-zA-Z0-9_]{3,30}$'::text)),
    CONSTRAINT "users_username_key" UNIQUE (username)
);

ALTER TABLE "public"."users" ENABLE ROW LEVEL SECURITY;

ALTER TABLE "public"."character_ratings" ADD CONSTRAINT "character_ratings_user_id_fkey" FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;

ALTER TABLE "public"."characters" ADD CONSTRAINT "characters_user_id_fkey" FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;

ALTER TABLE "public"."collections" ADD CONSTRAINT "collections_user_id_fkey" FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;

ALTER TABLE "public"."credit_transactions" ADD CONSTRAINT "credit_transactions_user_id_fkey" FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;

ALTER TABLE "public"."generation_jobs" ADD CONSTRAINT "generation_jobs_user_id_fkey" FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;

ALTER TABLE "public"."user_activity_logs" ADD CONSTRAINT "user_activity_logs_user_id_fkey" FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE SET NULL;

ALTER TABLE "public"."user_credits" ADD CONSTRAINT "user_credits_user_id_fkey" FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;

ALTER TABLE "public"."user_profiles" ADD CONSTRAINT "user_profiles_user_id_fkey" FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;

CREATE FUNCTION "public"."current_app_user_id"()
RETURNS uuid
LANGUAGE "sql"
STABLE
SECURITY DEFINER
SET "search_path" TO ''
AS $$
    select u.id
    from public.users as u
    where u.auth0_id = (select auth.jwt() ->> 'sub');
$$;

REVOKE EXECUTE ON FUNCTION "public"."current_app_user_id"() FROM PUBLIC;

COMMENT ON FUNCTION "public"."current_app_user_id"() IS 'The users.id of the caller: the account whose auth0_id is the JWT subject. Runs as its owner so that policies on users can use it without recursing into themselves.';

GRANT DELETE ON TABLE "public"."users" TO "service_role";

GRANT EXECUTE ON FUNCTION "public"."current_app_user_id"() TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."current_app_user_id"() TO "service_role";

GRANT INSERT ON TABLE "public"."users" TO "service_role";

GRANT MAINTAIN ON TABLE "public"."users" TO "service_role";

GRANT REFERENCES ON TABLE "public"."users" TO "service_role";

GRANT SELECT ON TABLE "public"."users" TO "authenticated";

GRANT SELECT ON TABLE "public"."users" TO "service_role";

GRANT TRIGGER ON TABLE "public"."users" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."users" TO "service_role";

GRANT UPDATE ON TABLE "public"."users" TO "service_role";

GRANT UPDATE ("allow_gallery_showcase") ON TABLE "public"."users" TO "authenticated";

GRANT UPDATE ("avatar_url") ON TABLE "public"."users" TO "authenticated";

GRANT UPDATE ("content_filter_level") ON TABLE "public"."users" TO "authenticated";

GRANT UPDATE ("display_name") ON TABLE "public"."users" TO "authenticated";

GRANT UPDATE ("notification_settings") ON TABLE "public"."users" TO "authenticated";

GRANT UPDATE ("preferred_language") ON TABLE "public"."users" TO "authenticated";

GRANT UPDATE ("profile_visibility") ON TABLE "public"."users" TO "authenticated";

GRANT UPDATE ("timezone") ON TABLE "public"."users" TO "authenticated";

CREATE INDEX idx_users_account_status ON public.users USING btree (account_status);

CREATE INDEX idx_users_created_at ON public.users USING btree (created_at);

CREATE INDEX idx_users_last_login ON public.users USING btree (last_login_at);

CREATE INDEX idx_users_subscription_tier ON public.users USING btree (subscription_tier);

CREATE POLICY "character_ratings: raters delete" ON "public"."character_ratings"
    AS PERMISSIVE FOR DELETE
    TO "authenticated"
    USING ((user_id = ( SELECT public.current_app_user_id() AS current_app_user_id)));

CREATE POLICY "character_ratings: raters rate visible characters" ON "public"."character_ratings"
    AS PERMISSIVE FOR INSERT
    TO "authenticated"
    WITH CHECK (((user_id = ( SELECT public.current_app_user_id() AS current_app_user_id)) AND (EXISTS ( SELECT 1
   FROM public.characters ch
  WHERE (ch.id = character_ratings.character_id)))));

CREATE POLICY "character_ratings: raters update" ON "public"."character_ratings"
    AS PERMISSIVE FOR UPDATE
    TO "authenticated"
    USING ((user_id = ( SELECT public.current_app_user_id() AS current_app_user_id)))
    WITH CHECK ((user_id = ( SELECT public.current_app_user_id() AS current_app_user_id)));

CREATE POLICY "characters: owners create" ON "public"."characters"
    AS PERMISSIVE FOR INSERT
    TO "authenticated"
    WITH CHECK ((user_id = ( SELECT public.current_app_user_id() AS current_app_user_id)));

CREATE POLICY "characters: owners delete" ON "public"."characters"
    AS PERMISSIVE FOR DELETE
    TO "authenticated"
    USING ((user_id = ( SELECT public.current_app_user_id() AS current_app_user_id)));

CREATE POLICY "characters: owners update" ON "public"."characters"
    AS PERMISSIVE FOR UPDATE
    TO "authenticated"
    USING ((user_id = ( SELECT public.current_app_user_id() AS current_app_user_id)))
    WITH CHECK ((user_id = ( SELECT public.current_app_user_id() AS current_app_user_id)));

CREATE POLICY "characters: public characters and own" ON "public"."characters"
    AS PERMISSIVE FOR SELECT
    TO "authenticated"
    USING ((is_public OR (user_id = ( SELECT public.current_app_user_id() AS current_app_user_id))));

CREATE POLICY "collection_characters: collection owners add own characters" ON "public"."collection_characters"
    AS PERMISSIVE FOR INSERT
    TO "authenticated"
    WITH CHECK (((EXISTS ( SELECT 1
   FROM public.collections c
  WHERE ((c.id = collection_characters.collection_id) AND (c.user_id = ( SELECT public.current_app_user_id() AS current_app_user_id))))) AND (EXISTS ( SELECT 1
   FROM public.characters ch
  WHERE ((ch.id = collection_characters.character_id) AND (ch.user_id = ( SELECT public.current_app_user_id() AS current_app_user_id)))))));

CREATE POLICY "collection_characters: collection owners remove" ON "public"."collection_characters"
    AS PERMISSIVE FOR DELETE
    TO "authenticated"
    USING ((EXISTS ( SELECT 1
   FROM public.collections c
  WHERE ((c.id = collection_characters.collection_id) AND (c.user_id = ( SELECT public.current_app_user_id() AS current_app_user_id))))));

CREATE POLICY "collection_characters: collection owners reorder" ON "public"."collection_characters"
    AS PERMISSIVE FOR UPDATE
    TO "authenticated"
    USING ((EXISTS ( SELECT 1
   FROM public.collections c
  WHERE ((c.id = collection_characters.collection_id) AND (c.user_id = ( SELECT public.current_app_user_id() AS current_app_user_id))))));

CREATE POLICY "collections: owners create" ON "public"."collections"
    AS PERMISSIVE FOR INSERT
    TO "authenticated"
    WITH CHECK ((user_id = ( SELECT public.current_app_user_id() AS current_app_user_id)));

CREATE POLICY "collections: owners delete" ON "public"."collections"
    AS PERMISSIVE FOR DELETE
    TO "authenticated"
    USING ((user_id = ( SELECT public.current_app_user_id() AS current_app_user_id)));

CREATE POLICY "collections: owners update" ON "public"."collections"
    AS PERMISSIVE FOR UPDATE
    TO "authenticated"
    USING ((user_id = ( SELECT public.current_app_user_id() AS current_app_user_id)))
    WITH CHECK ((user_id = ( SELECT public.current_app_user_id() AS current_app_user_id)));

CREATE POLICY "collections: public collections and own" ON "public"."collections"
    AS PERMISSIVE FOR SELECT
    TO "authenticated"
    USING ((is_public OR (user_id = ( SELECT public.current_app_user_id() AS current_app_user_id))));

CREATE POLICY "credit_transactions: owners read" ON "public"."credit_transactions"
    AS PERMISSIVE FOR SELECT
    TO "authenticated"
    USING ((user_id = ( SELECT public.current_app_user_id() AS current_app_user_id)));

CREATE POLICY "generation_jobs: owners read" ON "public"."generation_jobs"
    AS PERMISSIVE FOR SELECT
    TO "authenticated"
    USING ((user_id = ( SELECT public.current_app_user_id() AS current_app_user_id)));

CREATE POLICY "user_credits: owners read" ON "public"."user_credits"
    AS PERMISSIVE FOR SELECT
    TO "authenticated"
    USING ((user_id = ( SELECT public.current_app_user_id() AS current_app_user_id)));

CREATE POLICY "user_profiles: owners manage" ON "public"."user_profiles"
    AS PERMISSIVE FOR ALL
    TO "authenticated"
    USING ((user_id = ( SELECT public.current_app_user_id() AS current_app_user_id)))
    WITH CHECK ((user_id = ( SELECT public.current_app_user_id() AS current_app_user_id)));

CREATE POLICY "users: read own account" ON "public"."users"
    AS PERMISSIVE FOR SELECT
    TO "authenticated"
    USING ((auth0_id = ( SELECT (auth.jwt() ->> 'sub'::text))));

CREATE POLICY "users: update own account" ON "public"."users"
    AS PERMISSIVE FOR UPDATE
    TO "authenticated"
    USING ((auth0_id = ( SELECT (auth.jwt() ->> 'sub'::text))))
    WITH CHECK ((auth0_id = ( SELECT (auth.jwt() ->> 'sub'::text))));

COMMENT ON TABLE "public"."users" IS 'Accounts, signed in through Auth0: auth0_id is the JWT subject.';

CREATE TRIGGER api_credit_configs_updated_at BEFORE UPDATE ON public.api_credit_configs FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

CREATE TRIGGER character_ratings_updated_at BEFORE UPDATE ON public.character_ratings FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

CREATE TRIGGER characters_updated_at BEFORE UPDATE ON public.characters FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

CREATE TRIGGER collections_updated_at BEFORE UPDATE ON public.collections FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

CREATE TRIGGER credit_packages_updated_at BEFORE UPDATE ON public.credit_packages FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

CREATE TRIGGER generation_jobs_updated_at BEFORE UPDATE ON public.generation_jobs FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

CREATE TRIGGER user_credits_updated_at BEFORE UPDATE ON public.user_credits FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

CREATE TRIGGER user_profiles_updated_at BEFORE UPDATE ON public.user_profiles FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

CREATE TRIGGER users_updated_at BEFORE UPDATE ON public.users FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
