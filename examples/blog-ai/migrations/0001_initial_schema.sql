-- canon migration 0001_initial_schema
-- initial schema

CREATE FUNCTION "public"."is_privileged_request"()
RETURNS boolean
LANGUAGE "sql"
STABLE
SET "search_path" TO ''
AS $$
    select coalesce(auth.role() = 'service_role', false)
        or (auth.role() is null
            and current_setting('role') not in ('anon', 'authenticated'));
$$;

COMMENT ON FUNCTION "public"."is_privileged_request"() IS 'True for the service role and for server-side connections that act as no API role; false for every request of anon or authenticated.';

CREATE FUNCTION "public"."update_updated_at_column"()
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

COMMENT ON FUNCTION "public"."update_updated_at_column"() IS 'Trigger function: stamps updated_at on every update.';

CREATE TABLE "public"."brand_profiles" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "name" text NOT NULL,
    "slug" text NOT NULL,
    "tone_keywords" text[] DEFAULT '{}'::text[] NOT NULL,
    "writing_style" text DEFAULT 'balanced'::text NOT NULL,
    "example_content" text,
    "industry" text,
    "target_audience" text,
    "preferred_words" text[] DEFAULT '{}'::text[],
    "avoid_words" text[] DEFAULT '{}'::text[],
    "brand_values" text[] DEFAULT '{}'::text[],
    "content_themes" text[] DEFAULT '{}'::text[],
    "user_id" uuid DEFAULT auth.uid() NOT NULL,
    "is_active" boolean DEFAULT true NOT NULL,
    "is_default" boolean DEFAULT false NOT NULL,
    "voice_fingerprint_id" uuid,
    "training_status" text DEFAULT 'untrained'::text,
    "training_quality" double precision DEFAULT 0.0,
    "sample_count" integer DEFAULT 0,
    CONSTRAINT "brand_profiles_pkey" PRIMARY KEY (id),
    CONSTRAINT "brand_profiles_training_status_check" CHECK ((training_status = ANY (ARRAY['untrained'::text, 'training'::text, 'trained'::text, 'failed'::text]))),
    CONSTRAINT "brand_profiles_user_slug_key" UNIQUE (user_id, slug)
);

ALTER TABLE "public"."brand_profiles" ENABLE ROW LEVEL SECURITY;

CREATE FUNCTION "public"."set_default_brand_profile"(p_profile_id uuid)
RETURNS void
LANGUAGE "plpgsql"
VOLATILE
SET "search_path" TO ''
AS $$
begin
    if not exists (select 1 from public.brand_profiles as b
                   where b.id = p_profile_id and b.user_id = (select auth.uid())) then
        raise exception 'no brand profile % of yours', p_profile_id
            using errcode = 'no_data_found';
    end if;
    -- Two statements: the one-default-per-account index is checked row by row.
    update public.brand_profiles
    set is_default = false
    where user_id = (select auth.uid()) and is_default and id <> p_profile_id;
    update public.brand_profiles
    set is_default = true
    where id = p_profile_id;
end;
$$;

COMMENT ON FUNCTION "public"."set_default_brand_profile"(uuid) IS 'Makes one of the caller''s brand profiles their default (and no other).';

GRANT DELETE ON TABLE "public"."brand_profiles" TO "authenticated";

GRANT DELETE ON TABLE "public"."brand_profiles" TO "service_role";

GRANT INSERT ON TABLE "public"."brand_profiles" TO "service_role";

GRANT INSERT ("avoid_words") ON TABLE "public"."brand_profiles" TO "authenticated";

GRANT INSERT ("brand_values") ON TABLE "public"."brand_profiles" TO "authenticated";

GRANT INSERT ("content_themes") ON TABLE "public"."brand_profiles" TO "authenticated";

GRANT INSERT ("example_content") ON TABLE "public"."brand_profiles" TO "authenticated";

GRANT INSERT ("industry") ON TABLE "public"."brand_profiles" TO "authenticated";

GRANT INSERT ("is_active") ON TABLE "public"."brand_profiles" TO "authenticated";

GRANT INSERT ("name") ON TABLE "public"."brand_profiles" TO "authenticated";

GRANT INSERT ("preferred_words") ON TABLE "public"."brand_profiles" TO "authenticated";

GRANT INSERT ("slug") ON TABLE "public"."brand_profiles" TO "authenticated";

GRANT INSERT ("target_audience") ON TABLE "public"."brand_profiles" TO "authenticated";

GRANT INSERT ("tone_keywords") ON TABLE "public"."brand_profiles" TO "authenticated";

GRANT INSERT ("user_id") ON TABLE "public"."brand_profiles" TO "authenticated";

GRANT INSERT ("writing_style") ON TABLE "public"."brand_profiles" TO "authenticated";

GRANT MAINTAIN ON TABLE "public"."brand_profiles" TO "service_role";

GRANT REFERENCES ON TABLE "public"."brand_profiles" TO "service_role";

GRANT SELECT ON TABLE "public"."brand_profiles" TO "authenticated";

GRANT SELECT ON TABLE "public"."brand_profiles" TO "service_role";

GRANT TRIGGER ON TABLE "public"."brand_profiles" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."brand_profiles" TO "service_role";

GRANT UPDATE ON TABLE "public"."brand_profiles" TO "service_role";

GRANT UPDATE ("avoid_words") ON TABLE "public"."brand_profiles" TO "authenticated";

GRANT UPDATE ("brand_values") ON TABLE "public"."brand_profiles" TO "authenticated";

GRANT UPDATE ("content_themes") ON TABLE "public"."brand_profiles" TO "authenticated";

GRANT UPDATE ("example_content") ON TABLE "public"."brand_profiles" TO "authenticated";

GRANT UPDATE ("industry") ON TABLE "public"."brand_profiles" TO "authenticated";

GRANT UPDATE ("is_active") ON TABLE "public"."brand_profiles" TO "authenticated";

GRANT UPDATE ("is_default") ON TABLE "public"."brand_profiles" TO "authenticated";

GRANT UPDATE ("name") ON TABLE "public"."brand_profiles" TO "authenticated";

GRANT UPDATE ("preferred_words") ON TABLE "public"."brand_profiles" TO "authenticated";

GRANT UPDATE ("slug") ON TABLE "public"."brand_profiles" TO "authenticated";

GRANT UPDATE ("target_audience") ON TABLE "public"."brand_profiles" TO "authenticated";

GRANT UPDATE ("tone_keywords") ON TABLE "public"."brand_profiles" TO "authenticated";

GRANT UPDATE ("writing_style") ON TABLE "public"."brand_profiles" TO "authenticated";

CREATE UNIQUE INDEX brand_profiles_one_default ON public.brand_profiles USING btree (user_id) WHERE is_default;

CREATE INDEX idx_brand_profiles_tone_keywords ON public.brand_profiles USING gin (tone_keywords);

CREATE INDEX idx_brand_profiles_voice_fingerprint_id ON public.brand_profiles USING btree (voice_fingerprint_id);

CREATE POLICY "brand_profiles: owners manage" ON "public"."brand_profiles"
    AS PERMISSIVE FOR ALL
    TO "authenticated"
    USING ((user_id = ( SELECT auth.uid() AS uid)))
    WITH CHECK ((user_id = ( SELECT auth.uid() AS uid)));

COMMENT ON TABLE "public"."brand_profiles" IS 'A brand''s voice: tone, vocabulary and style the generators follow.';

CREATE TABLE "public"."conversations" (
    "id" text NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "user_id" uuid DEFAULT auth.uid() NOT NULL,
    "messages" jsonb DEFAULT '[]'::jsonb NOT NULL,
    "metadata" jsonb,
    CONSTRAINT "conversations_pkey" PRIMARY KEY (id)
);

ALTER TABLE "public"."conversations" ENABLE ROW LEVEL SECURITY;

CREATE FUNCTION "public"."add_conversation_message"(p_id text, p_message jsonb)
RETURNS public.conversations
LANGUAGE "plpgsql"
VOLATILE
SET "search_path" TO ''
AS $$
declare
    v_conversation public.conversations;
begin
    update public.conversations
    set messages = messages || jsonb_build_array(p_message)
    where id = p_id
    returning * into v_conversation;
    if not found then
        raise exception 'no conversation % of yours', p_id using errcode = 'no_data_found';
    end if;
    return v_conversation;
end;
$$;

COMMENT ON FUNCTION "public"."add_conversation_message"(text, jsonb) IS 'Appends a message to one of the caller''s conversations.';

CREATE FUNCTION "public"."upsert_conversation"(p_id text, p_messages jsonb, p_metadata jsonb DEFAULT NULL::jsonb)
RETURNS public.conversations
LANGUAGE "sql"
VOLATILE
SET "search_path" TO ''
AS $$
    insert into public.conversations (id, messages, metadata)
    values (p_id, p_messages, p_metadata)
    on conflict (id) do update
        set messages = excluded.messages,
            metadata = coalesce(excluded.metadata, public.conversations.metadata)
    returning *;
$$;

COMMENT ON FUNCTION "public"."upsert_conversation"(text, jsonb, jsonb) IS 'Creates or replaces one of the caller''s conversations.';

GRANT DELETE ON TABLE "public"."conversations" TO "authenticated";

GRANT DELETE ON TABLE "public"."conversations" TO "service_role";

GRANT INSERT ON TABLE "public"."conversations" TO "authenticated";

GRANT INSERT ON TABLE "public"."conversations" TO "service_role";

GRANT MAINTAIN ON TABLE "public"."conversations" TO "service_role";

GRANT REFERENCES ON TABLE "public"."conversations" TO "service_role";

GRANT SELECT ON TABLE "public"."conversations" TO "authenticated";

GRANT SELECT ON TABLE "public"."conversations" TO "service_role";

GRANT TRIGGER ON TABLE "public"."conversations" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."conversations" TO "service_role";

GRANT UPDATE ON TABLE "public"."conversations" TO "authenticated";

GRANT UPDATE ON TABLE "public"."conversations" TO "service_role";

CREATE INDEX idx_conversations_created_at ON public.conversations USING btree (created_at DESC);

CREATE INDEX idx_conversations_updated_at ON public.conversations USING btree (updated_at DESC);

CREATE INDEX idx_conversations_user_id ON public.conversations USING btree (user_id, updated_at DESC);

CREATE POLICY "conversations: owners manage" ON "public"."conversations"
    AS PERMISSIVE FOR ALL
    TO "authenticated"
    USING ((user_id = ( SELECT auth.uid() AS uid)))
    WITH CHECK ((user_id = ( SELECT auth.uid() AS uid)));

COMMENT ON TABLE "public"."conversations" IS 'Chat history; the id is a UUID made by the frontend.';

CREATE TABLE "public"."generated_content" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "tool_id" text NOT NULL,
    "inputs" jsonb NOT NULL,
    "output" text NOT NULL,
    "provider" text DEFAULT 'openai'::text NOT NULL,
    "execution_time_ms" integer DEFAULT 0 NOT NULL,
    "user_id" uuid DEFAULT auth.uid(),
    "is_favorite" boolean DEFAULT false NOT NULL,
    "tool_name" text,
    "title" text,
    CONSTRAINT "generated_content_pkey" PRIMARY KEY (id)
);

ALTER TABLE "public"."generated_content" ENABLE ROW LEVEL SECURITY;

CREATE FUNCTION "public"."set_favorite"(p_content_id uuid, p_is_favorite boolean)
RETURNS boolean
LANGUAGE "plpgsql"
VOLATILE
SET "search_path" TO ''
AS $$
begin
    update public.generated_content
    set is_favorite = p_is_favorite
    where id = p_content_id;
    if not found then
        raise exception 'no content % of yours', p_content_id using errcode = 'no_data_found';
    end if;
    return p_is_favorite;
end;
$$;

COMMENT ON FUNCTION "public"."set_favorite"(uuid, boolean) IS 'Sets the favorite flag of one of the caller''s generations.';

CREATE FUNCTION "public"."toggle_favorite"(p_content_id uuid)
RETURNS boolean
LANGUAGE "plpgsql"
VOLATILE
SET "search_path" TO ''
AS $$
declare
    v_favorite boolean;
begin
    update public.generated_content
    set is_favorite = not is_favorite
    where id = p_content_id
    returning is_favorite into v_favorite;
    if not found then
        raise exception 'no content % of yours', p_content_id using errcode = 'no_data_found';
    end if;
    return v_favorite;
end;
$$;

COMMENT ON FUNCTION "public"."toggle_favorite"(uuid) IS 'Flips the favorite flag of one of the caller''s generations; returns the new value.';

GRANT DELETE ON TABLE "public"."generated_content" TO "authenticated";

GRANT DELETE ON TABLE "public"."generated_content" TO "service_role";

GRANT INSERT ON TABLE "public"."generated_content" TO "service_role";

GRANT INSERT ("execution_time_ms") ON TABLE "public"."generated_content" TO "authenticated";

GRANT INSERT ("inputs") ON TABLE "public"."generated_content" TO "authenticated";

GRANT INSERT ("output") ON TABLE "public"."generated_content" TO "authenticated";

GRANT INSERT ("provider") ON TABLE "public"."generated_content" TO "authenticated";

GRANT INSERT ("title") ON TABLE "public"."generated_content" TO "authenticated";

GRANT INSERT ("tool_id") ON TABLE "public"."generated_content" TO "authenticated";

GRANT INSERT ("tool_name") ON TABLE "public"."generated_content" TO "authenticated";

GRANT INSERT ("user_id") ON TABLE "public"."generated_content" TO "authenticated";

GRANT MAINTAIN ON TABLE "public"."generated_content" TO "service_role";

GRANT REFERENCES ON TABLE "public"."generated_content" TO "service_role";

GRANT SELECT ON TABLE "public"."generated_content" TO "authenticated";

GRANT SELECT ON TABLE "public"."generated_content" TO "service_role";

GRANT TRIGGER ON TABLE "public"."generated_content" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."generated_content" TO "service_role";

GRANT UPDATE ON TABLE "public"."generated_content" TO "service_role";

GRANT UPDATE ("is_favorite") ON TABLE "public"."generated_content" TO "authenticated";

GRANT UPDATE ("title") ON TABLE "public"."generated_content" TO "authenticated";

CREATE INDEX idx_generated_content_created_at ON public.generated_content USING btree (created_at DESC);

CREATE INDEX idx_generated_content_is_favorite ON public.generated_content USING btree (is_favorite) WHERE is_favorite;

CREATE INDEX idx_generated_content_title ON public.generated_content USING gin (to_tsvector('english'::regconfig, COALESCE(title, ''::text)));

CREATE INDEX idx_generated_content_tool_id ON public.generated_content USING btree (tool_id);

CREATE INDEX idx_generated_content_user_favorites ON public.generated_content USING btree (user_id, created_at DESC) WHERE is_favorite;

CREATE INDEX idx_generated_content_user_id ON public.generated_content USING btree (user_id);

CREATE POLICY "generated_content: owners create" ON "public"."generated_content"
    AS PERMISSIVE FOR INSERT
    TO "authenticated"
    WITH CHECK ((user_id = ( SELECT auth.uid() AS uid)));

CREATE POLICY "generated_content: owners delete" ON "public"."generated_content"
    AS PERMISSIVE FOR DELETE
    TO "authenticated"
    USING ((user_id = ( SELECT auth.uid() AS uid)));

CREATE POLICY "generated_content: owners read" ON "public"."generated_content"
    AS PERMISSIVE FOR SELECT
    TO "authenticated"
    USING ((user_id = ( SELECT auth.uid() AS uid)));

CREATE POLICY "generated_content: owners update" ON "public"."generated_content"
    AS PERMISSIVE FOR UPDATE
    TO "authenticated"
    USING ((user_id = ( SELECT auth.uid() AS uid)))
    WITH CHECK ((user_id = ( SELECT auth.uid() AS uid)));

COMMENT ON TABLE "public"."generated_content" IS 'Every AI generation, for history and analytics.';

CREATE TABLE "public"."payment_failures" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "user_id" uuid NOT NULL,
    "subscription_id" text,
    "invoice_id" text,
    "attempt_count" integer DEFAULT 1 NOT NULL,
    "failure_reason" text,
    "failed_at" timestamp with time zone DEFAULT now() NOT NULL,
    "resolved_at" timestamp with time zone,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "payment_failures_pkey" PRIMARY KEY (id)
);

ALTER TABLE "public"."payment_failures" ENABLE ROW LEVEL SECURITY;

GRANT DELETE ON TABLE "public"."payment_failures" TO "service_role";

GRANT INSERT ON TABLE "public"."payment_failures" TO "service_role";

GRANT MAINTAIN ON TABLE "public"."payment_failures" TO "service_role";

GRANT REFERENCES ON TABLE "public"."payment_failures" TO "service_role";

GRANT SELECT ON TABLE "public"."payment_failures" TO "authenticated";

GRANT SELECT ON TABLE "public"."payment_failures" TO "service_role";

GRANT TRIGGER ON TABLE "public"."payment_failures" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."payment_failures" TO "service_role";

GRANT UPDATE ON TABLE "public"."payment_failures" TO "service_role";

CREATE INDEX idx_payment_failures_unresolved ON public.payment_failures USING btree (failed_at) WHERE (resolved_at IS NULL);

CREATE INDEX idx_payment_failures_user_id ON public.payment_failures USING btree (user_id);

CREATE POLICY "payment_failures: owners read" ON "public"."payment_failures"
    AS PERMISSIVE FOR SELECT
    TO "authenticated"
    USING ((user_id = ( SELECT auth.uid() AS uid)));

COMMENT ON TABLE "public"."payment_failures" IS 'Failed payment attempts, until resolved.';

CREATE TABLE "public"."payments" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "user_id" uuid NOT NULL,
    "subscription_id" text,
    "invoice_id" text,
    "amount_cents" integer NOT NULL,
    "currency" text DEFAULT 'usd'::text,
    "status" text DEFAULT 'paid'::text NOT NULL,
    "paid_at" timestamp with time zone DEFAULT now() NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "payments_amount_cents_check" CHECK ((amount_cents >= 0)),
    CONSTRAINT "payments_pkey" PRIMARY KEY (id),
    CONSTRAINT "payments_status_check" CHECK ((status = ANY (ARRAY['paid'::text, 'refunded'::text, 'partially_refunded'::text])))
);

ALTER TABLE "public"."payments" ENABLE ROW LEVEL SECURITY;

GRANT DELETE ON TABLE "public"."payments" TO "service_role";

GRANT INSERT ON TABLE "public"."payments" TO "service_role";

GRANT MAINTAIN ON TABLE "public"."payments" TO "service_role";

GRANT REFERENCES ON TABLE "public"."payments" TO "service_role";

GRANT SELECT ON TABLE "public"."payments" TO "authenticated";

GRANT SELECT ON TABLE "public"."payments" TO "service_role";

GRANT TRIGGER ON TABLE "public"."payments" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."payments" TO "service_role";

GRANT UPDATE ON TABLE "public"."payments" TO "service_role";

CREATE INDEX idx_payments_user_id ON public.payments USING btree (user_id, paid_at DESC);

CREATE POLICY "payments: owners read" ON "public"."payments"
    AS PERMISSIVE FOR SELECT
    TO "authenticated"
    USING ((user_id = ( SELECT auth.uid() AS uid)));

COMMENT ON TABLE "public"."payments" IS 'Successful Stripe payments.';

CREATE TABLE "public"."stripe_customers" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "user_id" uuid NOT NULL,
    "customer_id" text NOT NULL,
    "email" text,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "stripe_customers_customer_id_key" UNIQUE (customer_id),
    CONSTRAINT "stripe_customers_pkey" PRIMARY KEY (id),
    CONSTRAINT "stripe_customers_user_id_key" UNIQUE (user_id)
);

ALTER TABLE "public"."stripe_customers" ENABLE ROW LEVEL SECURITY;

GRANT DELETE ON TABLE "public"."stripe_customers" TO "service_role";

GRANT INSERT ON TABLE "public"."stripe_customers" TO "service_role";

GRANT MAINTAIN ON TABLE "public"."stripe_customers" TO "service_role";

GRANT REFERENCES ON TABLE "public"."stripe_customers" TO "service_role";

GRANT SELECT ON TABLE "public"."stripe_customers" TO "authenticated";

GRANT SELECT ON TABLE "public"."stripe_customers" TO "service_role";

GRANT TRIGGER ON TABLE "public"."stripe_customers" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."stripe_customers" TO "service_role";

GRANT UPDATE ON TABLE "public"."stripe_customers" TO "service_role";

CREATE POLICY "stripe_customers: owners read" ON "public"."stripe_customers"
    AS PERMISSIVE FOR SELECT
    TO "authenticated"
    USING ((user_id = ( SELECT auth.uid() AS uid)));

COMMENT ON TABLE "public"."stripe_customers" IS 'Which Stripe customer an account is.';

CREATE TABLE "public"."stripe_subscriptions" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "subscription_id" text NOT NULL,
    "user_id" uuid NOT NULL,
    "customer_id" text,
    "tier" text NOT NULL,
    "status" text DEFAULT 'active'::text NOT NULL,
    "current_period_start" timestamp with time zone,
    "current_period_end" timestamp with time zone,
    "cancel_at_period_end" boolean DEFAULT false,
    "cancelled_at" timestamp with time zone,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "stripe_subscriptions_pkey" PRIMARY KEY (id),
    CONSTRAINT "stripe_subscriptions_status_check" CHECK ((status = ANY (ARRAY['active'::text, 'trialing'::text, 'past_due'::text, 'cancelled'::text, 'incomplete'::text]))),
    CONSTRAINT "stripe_subscriptions_subscription_id_key" UNIQUE (subscription_id),
    CONSTRAINT "stripe_subscriptions_tier_check" CHECK ((tier = ANY (ARRAY['free'::text, 'starter'::text, 'pro'::text, 'business'::text])))
);

ALTER TABLE "public"."stripe_subscriptions" ENABLE ROW LEVEL SECURITY;

GRANT DELETE ON TABLE "public"."stripe_subscriptions" TO "service_role";

GRANT INSERT ON TABLE "public"."stripe_subscriptions" TO "service_role";

GRANT MAINTAIN ON TABLE "public"."stripe_subscriptions" TO "service_role";

GRANT REFERENCES ON TABLE "public"."stripe_subscriptions" TO "service_role";

GRANT SELECT ON TABLE "public"."stripe_subscriptions" TO "authenticated";

GRANT SELECT ON TABLE "public"."stripe_subscriptions" TO "service_role";

GRANT TRIGGER ON TABLE "public"."stripe_subscriptions" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."stripe_subscriptions" TO "service_role";

GRANT UPDATE ON TABLE "public"."stripe_subscriptions" TO "service_role";

CREATE INDEX idx_stripe_subscriptions_user_id ON public.stripe_subscriptions USING btree (user_id);

CREATE POLICY "stripe_subscriptions: owners read" ON "public"."stripe_subscriptions"
    AS PERMISSIVE FOR SELECT
    TO "authenticated"
    USING ((user_id = ( SELECT auth.uid() AS uid)));

COMMENT ON TABLE "public"."stripe_subscriptions" IS 'Stripe subscriptions; a change of tier or status updates the account''s tier.';

CREATE TABLE "public"."templates" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "name" text NOT NULL,
    "description" text,
    "slug" text NOT NULL,
    "tool_id" text NOT NULL,
    "preset_inputs" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "category" text NOT NULL,
    "tags" text[] DEFAULT '{}'::text[],
    "is_public" boolean DEFAULT true NOT NULL,
    "user_id" uuid DEFAULT auth.uid(),
    "use_count" integer DEFAULT 0 NOT NULL,
    CONSTRAINT "templates_pkey" PRIMARY KEY (id),
    CONSTRAINT "templates_slug_key" UNIQUE (slug)
);

ALTER TABLE "public"."templates" ENABLE ROW LEVEL SECURITY;

CREATE FUNCTION "public"."increment_template_use_count"(p_template_id uuid)
RETURNS void
LANGUAGE "plpgsql"
VOLATILE
SECURITY DEFINER
SET "search_path" TO ''
AS $$
begin
    update public.templates
    set use_count = use_count + 1
    where id = p_template_id
      and (is_public or user_id = (select auth.uid()));
    if not found then
        raise exception 'no template % visible to you', p_template_id
            using errcode = 'no_data_found';
    end if;
end;
$$;

REVOKE EXECUTE ON FUNCTION "public"."increment_template_use_count"(uuid) FROM PUBLIC;

COMMENT ON FUNCTION "public"."increment_template_use_count"(uuid) IS 'Counts a use of a template the caller can see (public or their own).';

GRANT DELETE ON TABLE "public"."templates" TO "authenticated";

GRANT DELETE ON TABLE "public"."templates" TO "service_role";

GRANT EXECUTE ON FUNCTION "public"."increment_template_use_count"(uuid) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."increment_template_use_count"(uuid) TO "service_role";

GRANT INSERT ON TABLE "public"."templates" TO "service_role";

GRANT INSERT ("category") ON TABLE "public"."templates" TO "authenticated";

GRANT INSERT ("description") ON TABLE "public"."templates" TO "authenticated";

GRANT INSERT ("is_public") ON TABLE "public"."templates" TO "authenticated";

GRANT INSERT ("name") ON TABLE "public"."templates" TO "authenticated";

GRANT INSERT ("preset_inputs") ON TABLE "public"."templates" TO "authenticated";

GRANT INSERT ("slug") ON TABLE "public"."templates" TO "authenticated";

GRANT INSERT ("tags") ON TABLE "public"."templates" TO "authenticated";

GRANT INSERT ("tool_id") ON TABLE "public"."templates" TO "authenticated";

GRANT INSERT ("user_id") ON TABLE "public"."templates" TO "authenticated";

GRANT MAINTAIN ON TABLE "public"."templates" TO "service_role";

GRANT REFERENCES ON TABLE "public"."templates" TO "service_role";

GRANT SELECT ON TABLE "public"."templates" TO "anon";

GRANT SELECT ON TABLE "public"."templates" TO "authenticated";

GRANT SELECT ON TABLE "public"."templates" TO "service_role";

GRANT TRIGGER ON TABLE "public"."templates" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."templates" TO "service_role";

GRANT UPDATE ON TABLE "public"."templates" TO "service_role";

GRANT UPDATE ("category") ON TABLE "public"."templates" TO "authenticated";

GRANT UPDATE ("description") ON TABLE "public"."templates" TO "authenticated";

GRANT UPDATE ("is_public") ON TABLE "public"."templates" TO "authenticated";

GRANT UPDATE ("name") ON TABLE "public"."templates" TO "authenticated";

GRANT UPDATE ("preset_inputs") ON TABLE "public"."templates" TO "authenticated";

GRANT UPDATE ("slug") ON TABLE "public"."templates" TO "authenticated";

GRANT UPDATE ("tags") ON TABLE "public"."templates" TO "authenticated";

GRANT UPDATE ("tool_id") ON TABLE "public"."templates" TO "authenticated";

CREATE INDEX idx_templates_category ON public.templates USING btree (category);

CREATE INDEX idx_templates_tags ON public.templates USING gin (tags);

CREATE INDEX idx_templates_tool_id ON public.templates USING btree (tool_id);

CREATE INDEX idx_templates_use_count ON public.templates USING btree (use_count DESC);

CREATE INDEX idx_templates_user_id ON public.templates USING btree (user_id);

CREATE POLICY "templates: owners create" ON "public"."templates"
    AS PERMISSIVE FOR INSERT
    TO "authenticated"
    WITH CHECK ((user_id = ( SELECT auth.uid() AS uid)));

CREATE POLICY "templates: owners delete" ON "public"."templates"
    AS PERMISSIVE FOR DELETE
    TO "authenticated"
    USING ((user_id = ( SELECT auth.uid() AS uid)));

CREATE POLICY "templates: owners update" ON "public"."templates"
    AS PERMISSIVE FOR UPDATE
    TO "authenticated"
    USING ((user_id = ( SELECT auth.uid() AS uid)))
    WITH CHECK ((user_id = ( SELECT auth.uid() AS uid)));

CREATE POLICY "templates: public templates and own" ON "public"."templates"
    AS PERMISSIVE FOR SELECT
    TO "authenticated"
    USING ((is_public OR (user_id = ( SELECT auth.uid() AS uid))));

CREATE POLICY "templates: public templates" ON "public"."templates"
    AS PERMISSIVE FOR SELECT
    TO "anon"
    USING (is_public);

COMMENT ON TABLE "public"."templates" IS 'Reusable presets of a tool''s inputs.';

CREATE TABLE "public"."tier_limits" (
    "tier" text NOT NULL,
    "monthly_limit" integer NOT NULL,
    "daily_limit" integer DEFAULT '-1'::integer NOT NULL,
    "features" text[] DEFAULT '{}'::text[] NOT NULL,
    "price_monthly" numeric(10,2) DEFAULT 0 NOT NULL,
    "price_yearly" numeric(10,2) DEFAULT 0 NOT NULL,
    "description" text,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "tier_limits_pkey" PRIMARY KEY (tier),
    CONSTRAINT "tier_limits_tier_check" CHECK ((tier = ANY (ARRAY['free'::text, 'starter'::text, 'pro'::text, 'business'::text])))
);

ALTER TABLE "public"."tier_limits" ENABLE ROW LEVEL SECURITY;

GRANT DELETE ON TABLE "public"."tier_limits" TO "service_role";

GRANT INSERT ON TABLE "public"."tier_limits" TO "service_role";

GRANT MAINTAIN ON TABLE "public"."tier_limits" TO "service_role";

GRANT REFERENCES ON TABLE "public"."tier_limits" TO "service_role";

GRANT SELECT ON TABLE "public"."tier_limits" TO "anon";

GRANT SELECT ON TABLE "public"."tier_limits" TO "authenticated";

GRANT SELECT ON TABLE "public"."tier_limits" TO "service_role";

GRANT TRIGGER ON TABLE "public"."tier_limits" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."tier_limits" TO "service_role";

GRANT UPDATE ON TABLE "public"."tier_limits" TO "service_role";

CREATE POLICY "tier_limits: anyone can read" ON "public"."tier_limits"
    AS PERMISSIVE FOR SELECT
    TO "anon", "authenticated"
    USING (true);

COMMENT ON TABLE "public"."tier_limits" IS 'Limits and prices per tier: the source of truth for quota enforcement.';

COMMENT ON COLUMN "public"."tier_limits"."daily_limit" IS 'Generations per day; -1 means unlimited.';

CREATE TABLE "public"."tool_usage" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "tool_id" text NOT NULL,
    "count" integer DEFAULT 0 NOT NULL,
    "last_used_at" timestamp with time zone DEFAULT now() NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "tool_usage_pkey" PRIMARY KEY (id),
    CONSTRAINT "tool_usage_tool_id_key" UNIQUE (tool_id)
);

ALTER TABLE "public"."tool_usage" ENABLE ROW LEVEL SECURITY;

CREATE FUNCTION "public"."get_tool_stats"()
RETURNS TABLE(tool_id text, count integer, last_used_at timestamp with time zone)
LANGUAGE "sql"
STABLE
SET "search_path" TO ''
AS $$
    select t.tool_id, t.count, t.last_used_at
    from public.tool_usage as t
    order by t.count desc, t.tool_id;
$$;

COMMENT ON FUNCTION "public"."get_tool_stats"() IS 'Tools by popularity.';

CREATE FUNCTION "public"."increment_tool_usage"(p_tool_id text)
RETURNS void
LANGUAGE "sql"
VOLATILE
SECURITY DEFINER
SET "search_path" TO ''
AS $$
    insert into public.tool_usage (tool_id, count, last_used_at)
    values (p_tool_id, 1, now())
    on conflict (tool_id) do update
        set count = public.tool_usage.count + 1,
            last_used_at = excluded.last_used_at;
$$;

REVOKE EXECUTE ON FUNCTION "public"."increment_tool_usage"(text) FROM PUBLIC;

COMMENT ON FUNCTION "public"."increment_tool_usage"(text) IS 'Counts one run of a tool, atomically.';

GRANT DELETE ON TABLE "public"."tool_usage" TO "service_role";

GRANT EXECUTE ON FUNCTION "public"."increment_tool_usage"(text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."increment_tool_usage"(text) TO "service_role";

GRANT INSERT ON TABLE "public"."tool_usage" TO "service_role";

GRANT MAINTAIN ON TABLE "public"."tool_usage" TO "service_role";

GRANT REFERENCES ON TABLE "public"."tool_usage" TO "service_role";

GRANT SELECT ON TABLE "public"."tool_usage" TO "anon";

GRANT SELECT ON TABLE "public"."tool_usage" TO "authenticated";

GRANT SELECT ON TABLE "public"."tool_usage" TO "service_role";

GRANT TRIGGER ON TABLE "public"."tool_usage" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."tool_usage" TO "service_role";

GRANT UPDATE ON TABLE "public"."tool_usage" TO "service_role";

CREATE POLICY "tool_usage: anyone can read" ON "public"."tool_usage"
    AS PERMISSIVE FOR SELECT
    TO "anon", "authenticated"
    USING (true);

COMMENT ON TABLE "public"."tool_usage" IS 'How often each tool ran (see increment_tool_usage).';

CREATE TABLE "public"."usage_records" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "user_id" uuid NOT NULL,
    "operation_type" text NOT NULL,
    "tokens_used" integer DEFAULT 0 NOT NULL,
    "timestamp" timestamp with time zone DEFAULT now() NOT NULL,
    "metadata" jsonb,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "usage_records_operation_type_check" CHECK ((operation_type = ANY (ARRAY['blog'::text, 'book'::text, 'batch'::text, 'remix'::text, 'tool'::text, 'other'::text]))),
    CONSTRAINT "usage_records_pkey" PRIMARY KEY (id)
);

ALTER TABLE "public"."usage_records" ENABLE ROW LEVEL SECURITY;

CREATE FUNCTION "public"."get_daily_usage"(p_user_id uuid)
RETURNS bigint
LANGUAGE "sql"
STABLE
SET "search_path" TO ''
AS $$
    select count(*)
    from public.usage_records as r
    where r.user_id = p_user_id
      and r.timestamp >= date_trunc('day', now());
$$;

COMMENT ON FUNCTION "public"."get_daily_usage"(uuid) IS 'Generations of an account today.';

CREATE FUNCTION "public"."get_usage_breakdown"(p_user_id uuid, p_start timestamp with time zone, p_end timestamp with time zone)
RETURNS TABLE(operation_type text, operations bigint, tokens_used bigint)
LANGUAGE "sql"
STABLE
SET "search_path" TO ''
AS $$
    select r.operation_type, count(*), coalesce(sum(r.tokens_used), 0)::bigint
    from public.usage_records as r
    where r.user_id = p_user_id and r.timestamp >= p_start and r.timestamp < p_end
    group by r.operation_type
    order by 2 desc, 1;
$$;

COMMENT ON FUNCTION "public"."get_usage_breakdown"(uuid, timestamp with time zone, timestamp with time zone) IS 'Usage of an account per operation type in [p_start, p_end).';

GRANT DELETE ON TABLE "public"."usage_records" TO "service_role";

GRANT INSERT ON TABLE "public"."usage_records" TO "service_role";

GRANT MAINTAIN ON TABLE "public"."usage_records" TO "service_role";

GRANT REFERENCES ON TABLE "public"."usage_records" TO "service_role";

GRANT SELECT ON TABLE "public"."usage_records" TO "authenticated";

GRANT SELECT ON TABLE "public"."usage_records" TO "service_role";

GRANT TRIGGER ON TABLE "public"."usage_records" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."usage_records" TO "service_role";

GRANT UPDATE ON TABLE "public"."usage_records" TO "service_role";

CREATE INDEX idx_usage_records_user_time ON public.usage_records USING btree (user_id, "timestamp" DESC);

CREATE POLICY "usage_records: owners read" ON "public"."usage_records"
    AS PERMISSIVE FOR SELECT
    TO "authenticated"
    USING ((user_id = ( SELECT auth.uid() AS uid)));

COMMENT ON TABLE "public"."usage_records" IS 'One row per generation counted against a quota.';

CREATE TABLE "public"."user_quotas" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "user_id" uuid NOT NULL,
    "tier" text DEFAULT 'free'::text NOT NULL,
    "period_start" timestamp with time zone DEFAULT date_trunc('month'::text, now()) NOT NULL,
    "period_end" timestamp with time zone DEFAULT (date_trunc('month'::text, now()) + '1 mon'::interval) NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "user_quotas_period_check" CHECK ((period_end > period_start)),
    CONSTRAINT "user_quotas_pkey" PRIMARY KEY (id),
    CONSTRAINT "user_quotas_tier_check" CHECK ((tier = ANY (ARRAY['free'::text, 'starter'::text, 'pro'::text, 'business'::text]))),
    CONSTRAINT "user_quotas_user_id_key" UNIQUE (user_id)
);

ALTER TABLE "public"."user_quotas" ENABLE ROW LEVEL SECURITY;

CREATE FUNCTION "public"."check_quota_available"(p_user_id uuid)
RETURNS TABLE(has_quota boolean, tier text, current_usage bigint, monthly_limit integer, daily_usage bigint, daily_limit integer, remaining integer)
LANGUAGE "plpgsql"
STABLE
SET "search_path" TO ''
AS $$
declare
    v_tier text;
    v_start timestamptz;
    v_end timestamptz;
    v_monthly integer;
    v_daily integer;
    v_used bigint;
    v_today bigint;
begin
    select q.tier, q.period_start, q.period_end into v_tier, v_start, v_end
    from public.user_quotas as q
    where q.user_id = p_user_id;
    if v_tier is null then
        v_tier := 'free';
        v_start := date_trunc('month', now());
        v_end := v_start + interval '1 month';
    end if;
    select l.monthly_limit, l.daily_limit into v_monthly, v_daily
    from public.tier_limits as l
    where l.tier = v_tier;
    if v_monthly is null then
        raise exception 'tier % has no limits in tier_limits', v_tier
            using errcode = 'no_data_found';
    end if;
    select count(*) into v_used
    from public.usage_records as r
    where r.user_id = p_user_id and r.timestamp >= v_start and r.timestamp < v_end;
    v_today := public.get_daily_usage(p_user_id);
    return query select
        v_used < v_monthly and (v_daily < 0 or v_today < v_daily),
        v_tier, v_used, v_monthly, v_today, v_daily,
        greatest(v_monthly - v_used, 0)::integer;
end;
$$;

COMMENT ON FUNCTION "public"."check_quota_available"(uuid) IS 'Whether an account may generate now, with its usage against its tier''s limits.';

CREATE FUNCTION "public"."get_current_month_usage"(p_user_id uuid)
RETURNS TABLE(tier text, period_start timestamp with time zone, period_end timestamp with time zone, generations bigint, tokens_used bigint)
LANGUAGE "sql"
STABLE
SET "search_path" TO ''
AS $$
    select q.tier, q.period_start, q.period_end, count(r.id),
           coalesce(sum(r.tokens_used), 0)::bigint
    from public.user_quotas as q
    left join public.usage_records as r
        on r.user_id = q.user_id
       and r.timestamp >= q.period_start and r.timestamp < q.period_end
    where q.user_id = p_user_id
    group by q.tier, q.period_start, q.period_end;
$$;

COMMENT ON FUNCTION "public"."get_current_month_usage"(uuid) IS 'Generations and tokens of an account in its current billing period.';

CREATE FUNCTION "public"."increment_user_usage"(p_user_id uuid, p_operation_type text, p_tokens integer DEFAULT 0, p_metadata jsonb DEFAULT NULL::jsonb)
RETURNS TABLE(success boolean, remaining integer, message text)
LANGUAGE "plpgsql"
VOLATILE
SECURITY DEFINER
SET "search_path" TO ''
AS $$
declare
    v_quota record;
begin
    if not public.is_privileged_request() and p_user_id is distinct from (select auth.uid())
    then
        raise exception 'usage is recorded for the requesting account only'
            using errcode = 'insufficient_privilege';
    end if;

    insert into public.user_quotas (user_id)
    values (p_user_id)
    on conflict (user_id) do nothing;
    -- The quota row lock serialises concurrent generations of one account.
    perform 1 from public.user_quotas as q where q.user_id = p_user_id for update;

    select * into v_quota from public.check_quota_available(p_user_id);
    if not v_quota.has_quota then
        return query select false, v_quota.remaining,
            format('quota exhausted: %s of %s this period, %s today (limit %s)',
                   v_quota.current_usage, v_quota.monthly_limit, v_quota.daily_usage,
                   v_quota.daily_limit);
        return;
    end if;

    insert into public.usage_records (user_id, operation_type, tokens_used, metadata)
    values (p_user_id, p_operation_type, coalesce(p_tokens, 0), p_metadata);
    return query select true, v_quota.remaining - 1, 'recorded'::text;
end;
$$;

REVOKE EXECUTE ON FUNCTION "public"."increment_user_usage"(uuid, text, integer, jsonb) FROM PUBLIC;

COMMENT ON FUNCTION "public"."increment_user_usage"(uuid, text, integer, jsonb) IS 'Records one generation if the account has quota left; never exceeds the quota under concurrent calls.';

CREATE FUNCTION "public"."reset_expired_quotas"()
RETURNS integer
LANGUAGE "plpgsql"
VOLATILE
SECURITY DEFINER
SET "search_path" TO ''
AS $$
declare
    v_count integer;
begin
    if not public.is_privileged_request() then
        raise exception 'only the service role resets quotas'
            using errcode = 'insufficient_privilege';
    end if;
    update public.user_quotas
    set period_start = date_trunc('month', now()),
        period_end = date_trunc('month', now()) + interval '1 month'
    where period_end <= now();
    get diagnostics v_count = row_count;
    return v_count;
end;
$$;

REVOKE EXECUTE ON FUNCTION "public"."reset_expired_quotas"() FROM PUBLIC;

COMMENT ON FUNCTION "public"."reset_expired_quotas"() IS 'Starts a new billing period for every quota whose period ended; run daily.';

GRANT DELETE ON TABLE "public"."user_quotas" TO "service_role";

GRANT EXECUTE ON FUNCTION "public"."increment_user_usage"(uuid, text, integer, jsonb) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."reset_expired_quotas"() TO "service_role";

GRANT EXECUTE ON FUNCTION "public"."increment_user_usage"(uuid, text, integer, jsonb) TO "service_role";

GRANT INSERT ON TABLE "public"."user_quotas" TO "service_role";

GRANT MAINTAIN ON TABLE "public"."user_quotas" TO "service_role";

GRANT REFERENCES ON TABLE "public"."user_quotas" TO "service_role";

GRANT SELECT ON TABLE "public"."user_quotas" TO "authenticated";

GRANT SELECT ON TABLE "public"."user_quotas" TO "service_role";

GRANT TRIGGER ON TABLE "public"."user_quotas" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."user_quotas" TO "service_role";

GRANT UPDATE ON TABLE "public"."user_quotas" TO "service_role";

CREATE POLICY "user_quotas: owners read" ON "public"."user_quotas"
    AS PERMISSIVE FOR SELECT
    TO "authenticated"
    USING ((user_id = ( SELECT auth.uid() AS uid)));

COMMENT ON TABLE "public"."user_quotas" IS 'The tier and billing period quotas are counted in.';

CREATE TABLE "public"."users" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "user_id" uuid NOT NULL,
    "email" text,
    "name" text,
    "stripe_customer_id" text,
    "tier" text DEFAULT 'free'::text,
    "is_active" boolean DEFAULT true,
    "last_login_at" timestamp with time zone,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "users_pkey" PRIMARY KEY (id),
    CONSTRAINT "users_tier_check" CHECK ((tier = ANY (ARRAY['free'::text, 'starter'::text, 'pro'::text, 'business'::text]))),
    CONSTRAINT "users_user_id_key" UNIQUE (user_id)
);

ALTER TABLE "public"."users" ENABLE ROW LEVEL SECURITY;

ALTER TABLE "public"."brand_profiles" ADD CONSTRAINT "brand_profiles_user_id_fkey" FOREIGN KEY (user_id) REFERENCES public.users(user_id) ON DELETE CASCADE;

ALTER TABLE "public"."conversations" ADD CONSTRAINT "conversations_user_id_fkey" FOREIGN KEY (user_id) REFERENCES public.users(user_id) ON DELETE CASCADE;

ALTER TABLE "public"."generated_content" ADD CONSTRAINT "generated_content_user_id_fkey" FOREIGN KEY (user_id) REFERENCES public.users(user_id) ON DELETE CASCADE;

ALTER TABLE "public"."payment_failures" ADD CONSTRAINT "payment_failures_user_id_fkey" FOREIGN KEY (user_id) REFERENCES public.users(user_id) ON DELETE CASCADE;

ALTER TABLE "public"."payments" ADD CONSTRAINT "payments_user_id_fkey" FOREIGN KEY (user_id) REFERENCES public.users(user_id) ON DELETE CASCADE;

ALTER TABLE "public"."stripe_customers" ADD CONSTRAINT "stripe_customers_user_id_fkey" FOREIGN KEY (user_id) REFERENCES public.users(user_id) ON DELETE CASCADE;

ALTER TABLE "public"."stripe_subscriptions" ADD CONSTRAINT "stripe_subscriptions_user_id_fkey" FOREIGN KEY (user_id) REFERENCES public.users(user_id) ON DELETE CASCADE;

ALTER TABLE "public"."templates" ADD CONSTRAINT "templates_user_id_fkey" FOREIGN KEY (user_id) REFERENCES public.users(user_id) ON DELETE CASCADE;

ALTER TABLE "public"."usage_records" ADD CONSTRAINT "usage_records_user_id_fkey" FOREIGN KEY (user_id) REFERENCES public.users(user_id) ON DELETE CASCADE;

ALTER TABLE "public"."user_quotas" ADD CONSTRAINT "user_quotas_user_id_fkey" FOREIGN KEY (user_id) REFERENCES public.users(user_id) ON DELETE CASCADE;

ALTER TABLE "public"."users" ADD CONSTRAINT "users_user_id_fkey" FOREIGN KEY (user_id) REFERENCES auth.users(id) ON DELETE CASCADE;

CREATE FUNCTION "public"."get_subscription_status"(p_user_id uuid)
RETURNS TABLE(tier text, status text, current_period_end timestamp with time zone, cancel_at_period_end boolean, monthly_limit integer, price_monthly numeric)
LANGUAGE "sql"
STABLE
SET "search_path" TO ''
AS $$
    select u.tier, s.status, s.current_period_end, coalesce(s.cancel_at_period_end, false),
           l.monthly_limit, l.price_monthly
    from public.users as u
    left join lateral (
        select * from public.stripe_subscriptions as s
        where s.user_id = u.user_id
        order by s.created_at desc
        limit 1
    ) as s on true
    left join public.tier_limits as l on l.tier = u.tier
    where u.user_id = p_user_id;
$$;

COMMENT ON FUNCTION "public"."get_subscription_status"(uuid) IS 'The account''s tier with its latest subscription and the tier''s limits.';

CREATE FUNCTION "public"."sync_user_tier_from_subscription"()
RETURNS trigger
LANGUAGE "plpgsql"
VOLATILE
SECURITY DEFINER
SET "search_path" TO ''
AS $$
declare
    v_tier text := case when new.status in ('active', 'trialing') then new.tier else 'free' end;
begin
    update public.users set tier = v_tier where user_id = new.user_id;
    update public.user_quotas set tier = v_tier where user_id = new.user_id;
    return null;
end;
$$;

REVOKE EXECUTE ON FUNCTION "public"."sync_user_tier_from_subscription"() FROM PUBLIC;

COMMENT ON FUNCTION "public"."sync_user_tier_from_subscription"() IS 'Trigger function: an active or trialing subscription sets the account''s tier; any other status puts it back on free.';

GRANT DELETE ON TABLE "public"."users" TO "service_role";

GRANT INSERT ON TABLE "public"."users" TO "service_role";

GRANT MAINTAIN ON TABLE "public"."users" TO "service_role";

GRANT REFERENCES ON TABLE "public"."users" TO "service_role";

GRANT SELECT ON TABLE "public"."users" TO "authenticated";

GRANT SELECT ON TABLE "public"."users" TO "service_role";

GRANT TRIGGER ON TABLE "public"."users" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."users" TO "service_role";

GRANT UPDATE ON TABLE "public"."users" TO "service_role";

GRANT UPDATE ("name") ON TABLE "public"."users" TO "authenticated";

CREATE POLICY "users: owners read" ON "public"."users"
    AS PERMISSIVE FOR SELECT
    TO "authenticated"
    USING ((user_id = ( SELECT auth.uid() AS uid)));

CREATE POLICY "users: owners update" ON "public"."users"
    AS PERMISSIVE FOR UPDATE
    TO "authenticated"
    USING ((user_id = ( SELECT auth.uid() AS uid)))
    WITH CHECK ((user_id = ( SELECT auth.uid() AS uid)));

COMMENT ON TABLE "public"."users" IS 'Accounts and their current tier; user_id is the auth user.';

CREATE TABLE "public"."voice_fingerprints" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "profile_id" uuid NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    "vocabulary_profile" jsonb DEFAULT '{}'::jsonb,
    "sentence_patterns" jsonb DEFAULT '{}'::jsonb,
    "tone_distribution" jsonb DEFAULT '{}'::jsonb,
    "style_metrics" jsonb DEFAULT '{}'::jsonb,
    "voice_summary" text,
    "embedding_vector" double precision[] DEFAULT '{}'::double precision[],
    "embedding_model" text,
    "sample_count" integer DEFAULT 0,
    "last_trained_at" timestamp with time zone,
    "training_quality" double precision DEFAULT 0.0,
    CONSTRAINT "voice_fingerprints_pkey" PRIMARY KEY (id),
    CONSTRAINT "voice_fingerprints_profile_id_key" UNIQUE (profile_id)
);

ALTER TABLE "public"."voice_fingerprints" ENABLE ROW LEVEL SECURITY;

ALTER TABLE "public"."brand_profiles" ADD CONSTRAINT "brand_profiles_voice_fingerprint_id_fkey" FOREIGN KEY (voice_fingerprint_id) REFERENCES public.voice_fingerprints(id) ON DELETE SET NULL;

ALTER TABLE "public"."voice_fingerprints" ADD CONSTRAINT "voice_fingerprints_profile_id_fkey" FOREIGN KEY (profile_id) REFERENCES public.brand_profiles(id) ON DELETE CASCADE;

GRANT DELETE ON TABLE "public"."voice_fingerprints" TO "service_role";

GRANT INSERT ON TABLE "public"."voice_fingerprints" TO "service_role";

GRANT MAINTAIN ON TABLE "public"."voice_fingerprints" TO "service_role";

GRANT REFERENCES ON TABLE "public"."voice_fingerprints" TO "service_role";

GRANT SELECT ON TABLE "public"."voice_fingerprints" TO "authenticated";

GRANT SELECT ON TABLE "public"."voice_fingerprints" TO "service_role";

GRANT TRIGGER ON TABLE "public"."voice_fingerprints" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."voice_fingerprints" TO "service_role";

GRANT UPDATE ON TABLE "public"."voice_fingerprints" TO "service_role";

CREATE POLICY "voice_fingerprints: profile owners read" ON "public"."voice_fingerprints"
    AS PERMISSIVE FOR SELECT
    TO "authenticated"
    USING ((EXISTS ( SELECT 1
   FROM public.brand_profiles b
  WHERE ((b.id = voice_fingerprints.profile_id) AND (b.user_id = ( SELECT auth.uid() AS uid))))));

COMMENT ON TABLE "public"."voice_fingerprints" IS 'Voice characteristics aggregated from a profile''s samples; one per profile.';

CREATE TABLE "public"."voice_samples" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "profile_id" uuid NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "title" text,
    "content" text NOT NULL,
    "content_type" text DEFAULT 'text'::text NOT NULL,
    "word_count" integer DEFAULT 0 NOT NULL,
    "source_url" text,
    "source_platform" text,
    "is_analyzed" boolean DEFAULT false NOT NULL,
    "analysis_result" jsonb DEFAULT '{}'::jsonb,
    "quality_score" double precision DEFAULT 0.0,
    "is_primary_example" boolean DEFAULT false,
    CONSTRAINT "voice_samples_content_type_check" CHECK ((content_type = ANY (ARRAY['text'::text, 'blog'::text, 'email'::text, 'social'::text]))),
    CONSTRAINT "voice_samples_pkey" PRIMARY KEY (id)
);

ALTER TABLE "public"."voice_samples" ENABLE ROW LEVEL SECURITY;

ALTER TABLE "public"."voice_samples" ADD CONSTRAINT "voice_samples_profile_id_fkey" FOREIGN KEY (profile_id) REFERENCES public.brand_profiles(id) ON DELETE CASCADE;

GRANT DELETE ON TABLE "public"."voice_samples" TO "authenticated";

GRANT DELETE ON TABLE "public"."voice_samples" TO "service_role";

GRANT INSERT ON TABLE "public"."voice_samples" TO "service_role";

GRANT INSERT ("content") ON TABLE "public"."voice_samples" TO "authenticated";

GRANT INSERT ("content_type") ON TABLE "public"."voice_samples" TO "authenticated";

GRANT INSERT ("is_primary_example") ON TABLE "public"."voice_samples" TO "authenticated";

GRANT INSERT ("profile_id") ON TABLE "public"."voice_samples" TO "authenticated";

GRANT INSERT ("source_platform") ON TABLE "public"."voice_samples" TO "authenticated";

GRANT INSERT ("source_url") ON TABLE "public"."voice_samples" TO "authenticated";

GRANT INSERT ("title") ON TABLE "public"."voice_samples" TO "authenticated";

GRANT INSERT ("word_count") ON TABLE "public"."voice_samples" TO "authenticated";

GRANT MAINTAIN ON TABLE "public"."voice_samples" TO "service_role";

GRANT REFERENCES ON TABLE "public"."voice_samples" TO "service_role";

GRANT SELECT ON TABLE "public"."voice_samples" TO "authenticated";

GRANT SELECT ON TABLE "public"."voice_samples" TO "service_role";

GRANT TRIGGER ON TABLE "public"."voice_samples" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."voice_samples" TO "service_role";

GRANT UPDATE ON TABLE "public"."voice_samples" TO "service_role";

GRANT UPDATE ("content") ON TABLE "public"."voice_samples" TO "authenticated";

GRANT UPDATE ("content_type") ON TABLE "public"."voice_samples" TO "authenticated";

GRANT UPDATE ("is_primary_example") ON TABLE "public"."voice_samples" TO "authenticated";

GRANT UPDATE ("source_platform") ON TABLE "public"."voice_samples" TO "authenticated";

GRANT UPDATE ("source_url") ON TABLE "public"."voice_samples" TO "authenticated";

GRANT UPDATE ("title") ON TABLE "public"."voice_samples" TO "authenticated";

GRANT UPDATE ("word_count") ON TABLE "public"."voice_samples" TO "authenticated";

CREATE INDEX idx_voice_samples_analyzed ON public.voice_samples USING btree (profile_id) WHERE (NOT is_analyzed);

CREATE INDEX idx_voice_samples_profile ON public.voice_samples USING btree (profile_id);

CREATE POLICY "voice_samples: profile owners manage" ON "public"."voice_samples"
    AS PERMISSIVE FOR ALL
    TO "authenticated"
    USING ((EXISTS ( SELECT 1
   FROM public.brand_profiles b
  WHERE ((b.id = voice_samples.profile_id) AND (b.user_id = ( SELECT auth.uid() AS uid))))))
    WITH CHECK ((EXISTS ( SELECT 1
   FROM public.brand_profiles b
  WHERE ((b.id = voice_samples.profile_id) AND (b.user_id = ( SELECT auth.uid() AS uid))))));

COMMENT ON TABLE "public"."voice_samples" IS 'Writing samples a brand voice is trained on.';

CREATE TABLE "public"."voice_scores" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "profile_id" uuid NOT NULL,
    "content_id" text NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "overall_score" double precision NOT NULL,
    "tone_match" double precision NOT NULL,
    "vocabulary_match" double precision NOT NULL,
    "style_match" double precision NOT NULL,
    "feedback" jsonb DEFAULT '{}'::jsonb,
    "deviations" jsonb DEFAULT '{}'::jsonb,
    CONSTRAINT "voice_scores_pkey" PRIMARY KEY (id)
);

ALTER TABLE "public"."voice_scores" ENABLE ROW LEVEL SECURITY;

ALTER TABLE "public"."voice_scores" ADD CONSTRAINT "voice_scores_profile_id_fkey" FOREIGN KEY (profile_id) REFERENCES public.brand_profiles(id) ON DELETE CASCADE;

GRANT DELETE ON TABLE "public"."voice_scores" TO "service_role";

GRANT INSERT ON TABLE "public"."voice_scores" TO "service_role";

GRANT MAINTAIN ON TABLE "public"."voice_scores" TO "service_role";

GRANT REFERENCES ON TABLE "public"."voice_scores" TO "service_role";

GRANT SELECT ON TABLE "public"."voice_scores" TO "authenticated";

GRANT SELECT ON TABLE "public"."voice_scores" TO "service_role";

GRANT TRIGGER ON TABLE "public"."voice_scores" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."voice_scores" TO "service_role";

GRANT UPDATE ON TABLE "public"."voice_scores" TO "service_role";

CREATE INDEX idx_voice_scores_content ON public.voice_scores USING btree (content_id);

CREATE INDEX idx_voice_scores_profile ON public.voice_scores USING btree (profile_id);

CREATE POLICY "voice_scores: profile owners read" ON "public"."voice_scores"
    AS PERMISSIVE FOR SELECT
    TO "authenticated"
    USING ((EXISTS ( SELECT 1
   FROM public.brand_profiles b
  WHERE ((b.id = voice_scores.profile_id) AND (b.user_id = ( SELECT auth.uid() AS uid))))));

COMMENT ON TABLE "public"."voice_scores" IS 'How closely a piece of generated content matches a brand voice.';

CREATE TRIGGER sync_user_tier AFTER INSERT OR UPDATE OF tier, status ON public.stripe_subscriptions FOR EACH ROW EXECUTE FUNCTION public.sync_user_tier_from_subscription();

CREATE TRIGGER update_brand_profiles_updated_at BEFORE UPDATE ON public.brand_profiles FOR EACH ROW EXECUTE FUNCTION public.update_updated_at_column();

CREATE TRIGGER update_conversations_updated_at BEFORE UPDATE ON public.conversations FOR EACH ROW EXECUTE FUNCTION public.update_updated_at_column();

CREATE TRIGGER update_generated_content_updated_at BEFORE UPDATE ON public.generated_content FOR EACH ROW EXECUTE FUNCTION public.update_updated_at_column();

CREATE TRIGGER update_stripe_customers_updated_at BEFORE UPDATE ON public.stripe_customers FOR EACH ROW EXECUTE FUNCTION public.update_updated_at_column();

CREATE TRIGGER update_stripe_subscriptions_updated_at BEFORE UPDATE ON public.stripe_subscriptions FOR EACH ROW EXECUTE FUNCTION public.update_updated_at_column();

CREATE TRIGGER update_templates_updated_at BEFORE UPDATE ON public.templates FOR EACH ROW EXECUTE FUNCTION public.update_updated_at_column();

CREATE TRIGGER update_tier_limits_updated_at BEFORE UPDATE ON public.tier_limits FOR EACH ROW EXECUTE FUNCTION public.update_updated_at_column();

CREATE TRIGGER update_user_quotas_updated_at BEFORE UPDATE ON public.user_quotas FOR EACH ROW EXECUTE FUNCTION public.update_updated_at_column();

CREATE TRIGGER update_users_updated_at BEFORE UPDATE ON public.users FOR EACH ROW EXECUTE FUNCTION public.update_updated_at_column();

CREATE TRIGGER update_voice_fingerprints_updated_at BEFORE UPDATE ON public.voice_fingerprints FOR EACH ROW EXECUTE FUNCTION public.update_updated_at_column();
