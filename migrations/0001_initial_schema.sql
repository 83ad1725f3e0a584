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

COMMENT ON FUNCTION "public"."is_privileged_request"() IS 'True for the service role and for server-side connections that act as no API role (jobs, the migration runner); false for every request of anon or authenticated.';

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

GRANT EXECUTE ON FUNCTION "public"."is_privileged_request"() TO "anon";

GRANT EXECUTE ON FUNCTION "public"."is_privileged_request"() TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."is_privileged_request"() TO "service_role";

CREATE TABLE "public"."ai_usage_logs" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "user_id" uuid NOT NULL,
    "story_id" uuid,
    "chapter_id" uuid,
    "operation_type" text NOT NULL,
    "tokens_input" integer DEFAULT 0 NOT NULL,
    "tokens_output" integer DEFAULT 0 NOT NULL,
    "actual_cost_usd" numeric(14,6) DEFAULT 0 NOT NULL,
    "charged_amount_usd" numeric(14,6) DEFAULT 0 NOT NULL,
    "markup_percentage" numeric(6,2) DEFAULT 0 NOT NULL,
    "ai_model_used" text,
    "generation_time_seconds" numeric(10,3),
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "ai_usage_logs_cost_check" CHECK (((actual_cost_usd >= (0)::numeric) AND (charged_amount_usd >= (0)::numeric))),
    CONSTRAINT "ai_usage_logs_operation_type_check" CHECK ((operation_type = ANY (ARRAY['foundation'::text, 'character'::text, 'cover'::text, 'chapter'::text, 'improvement'::text]))),
    CONSTRAINT "ai_usage_logs_pkey" PRIMARY KEY (id),
    CONSTRAINT "ai_usage_logs_tokens_check" CHECK (((tokens_input >= 0) AND (tokens_output >= 0)))
);

ALTER TABLE "public"."ai_usage_logs" ENABLE ROW LEVEL SECURITY;

GRANT DELETE ON TABLE "public"."ai_usage_logs" TO "service_role";

GRANT INSERT ON TABLE "public"."ai_usage_logs" TO "service_role";

GRANT MAINTAIN ON TABLE "public"."ai_usage_logs" TO "service_role";

GRANT REFERENCES ON TABLE "public"."ai_usage_logs" TO "service_role";

GRANT SELECT ON TABLE "public"."ai_usage_logs" TO "authenticated";

GRANT SELECT ON TABLE "public"."ai_usage_logs" TO "service_role";

GRANT TRIGGER ON TABLE "public"."ai_usage_logs" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."ai_usage_logs" TO "service_role";

GRANT UPDATE ON TABLE "public"."ai_usage_logs" TO "service_role";

CREATE INDEX idx_ai_usage_logs_chapter_id ON public.ai_usage_logs USING btree (chapter_id);

CREATE INDEX idx_ai_usage_logs_story_id ON public.ai_usage_logs USING btree (story_id);

CREATE INDEX idx_ai_usage_logs_user_created ON public.ai_usage_logs USING btree (user_id, created_at DESC);

CREATE POLICY "ai_usage_logs: owners read" ON "public"."ai_usage_logs"
    AS PERMISSIVE FOR SELECT
    TO "authenticated"
    USING ((user_id = ( SELECT auth.uid() AS uid)));

COMMENT ON TABLE "public"."ai_usage_logs" IS 'Every AI operation with its real cost and what the account was charged.';

CREATE TABLE "public"."cache_rewards" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "user_id" uuid NOT NULL,
    "story_id" uuid,
    "chapter_id" uuid,
    "cache_key" text NOT NULL,
    "credits_saved" numeric(14,4) DEFAULT 0 NOT NULL,
    "original_cost" numeric(14,4) DEFAULT 0 NOT NULL,
    "discounted_cost" numeric(14,4) DEFAULT 0 NOT NULL,
    "hit_count" integer DEFAULT 0 NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "cache_rewards_costs_check" CHECK (((credits_saved >= (0)::numeric) AND (original_cost >= (0)::numeric) AND ((discounted_cost >= (0)::numeric) AND (discounted_cost <= original_cost)))),
    CONSTRAINT "cache_rewards_pkey" PRIMARY KEY (id),
    CONSTRAINT "cache_rewards_user_cache_key_key" UNIQUE (user_id, cache_key)
);

ALTER TABLE "public"."cache_rewards" ENABLE ROW LEVEL SECURITY;

GRANT DELETE ON TABLE "public"."cache_rewards" TO "service_role";

GRANT INSERT ON TABLE "public"."cache_rewards" TO "service_role";

GRANT MAINTAIN ON TABLE "public"."cache_rewards" TO "service_role";

GRANT REFERENCES ON TABLE "public"."cache_rewards" TO "service_role";

GRANT SELECT ON TABLE "public"."cache_rewards" TO "authenticated";

GRANT SELECT ON TABLE "public"."cache_rewards" TO "service_role";

GRANT TRIGGER ON TABLE "public"."cache_rewards" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."cache_rewards" TO "service_role";

GRANT UPDATE ON TABLE "public"."cache_rewards" TO "service_role";

CREATE INDEX idx_cache_rewards_chapter_id ON public.cache_rewards USING btree (chapter_id);

CREATE INDEX idx_cache_rewards_story_id ON public.cache_rewards USING btree (story_id);

CREATE POLICY "cache_rewards: owners read" ON "public"."cache_rewards"
    AS PERMISSIVE FOR SELECT
    TO "authenticated"
    USING ((user_id = ( SELECT auth.uid() AS uid)));

COMMENT ON TABLE "public"."cache_rewards" IS 'Credits an account saved through cache hits, computed by calculate_cache_reward.';

CREATE TABLE "public"."chapters" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "story_id" uuid NOT NULL,
    "chapter_number" integer NOT NULL,
    "title" text,
    "content" text DEFAULT ''::text NOT NULL,
    "summary" text,
    "word_count" integer DEFAULT 0 NOT NULL,
    "tokens_used_input" integer DEFAULT 0 NOT NULL,
    "tokens_used_output" integer DEFAULT 0 NOT NULL,
    "generation_cost_usd" numeric(14,6) DEFAULT 0 NOT NULL,
    "prompt_type" text,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "chapters_chapter_number_check" CHECK ((chapter_number > 0)),
    CONSTRAINT "chapters_metrics_check" CHECK (((word_count >= 0) AND (tokens_used_input >= 0) AND (tokens_used_output >= 0) AND (generation_cost_usd >= (0)::numeric))),
    CONSTRAINT "chapters_pkey" PRIMARY KEY (id),
    CONSTRAINT "chapters_story_number_key" UNIQUE (story_id, chapter_number)
);

ALTER TABLE "public"."chapters" ENABLE ROW LEVEL SECURITY;

ALTER TABLE "public"."ai_usage_logs" ADD CONSTRAINT "ai_usage_logs_chapter_id_fkey" FOREIGN KEY (chapter_id) REFERENCES public.chapters(id) ON DELETE SET NULL;

ALTER TABLE "public"."cache_rewards" ADD CONSTRAINT "cache_rewards_chapter_id_fkey" FOREIGN KEY (chapter_id) REFERENCES public.chapters(id) ON DELETE SET NULL;

GRANT DELETE ON TABLE "public"."chapters" TO "authenticated";

GRANT DELETE ON TABLE "public"."chapters" TO "service_role";

GRANT INSERT ON TABLE "public"."chapters" TO "service_role";

GRANT INSERT ("chapter_number") ON TABLE "public"."chapters" TO "authenticated";

GRANT INSERT ("content") ON TABLE "public"."chapters" TO "authenticated";

GRANT INSERT ("story_id") ON TABLE "public"."chapters" TO "authenticated";

GRANT INSERT ("summary") ON TABLE "public"."chapters" TO "authenticated";

GRANT INSERT ("title") ON TABLE "public"."chapters" TO "authenticated";

GRANT INSERT ("word_count") ON TABLE "public"."chapters" TO "authenticated";

GRANT MAINTAIN ON TABLE "public"."chapters" TO "service_role";

GRANT REFERENCES ON TABLE "public"."chapters" TO "service_role";

GRANT SELECT ON TABLE "public"."chapters" TO "anon";

GRANT SELECT ON TABLE "public"."chapters" TO "authenticated";

GRANT SELECT ON TABLE "public"."chapters" TO "service_role";

GRANT TRIGGER ON TABLE "public"."chapters" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."chapters" TO "service_role";

GRANT UPDATE ON TABLE "public"."chapters" TO "service_role";

GRANT UPDATE ("chapter_number") ON TABLE "public"."chapters" TO "authenticated";

GRANT UPDATE ("content") ON TABLE "public"."chapters" TO "authenticated";

GRANT UPDATE ("summary") ON TABLE "public"."chapters" TO "authenticated";

GRANT UPDATE ("title") ON TABLE "public"."chapters" TO "authenticated";

GRANT UPDATE ("word_count") ON TABLE "public"."chapters" TO "authenticated";

COMMENT ON TABLE "public"."chapters" IS 'A chapter of a story, with its generation cost.';

CREATE TABLE "public"."cover_generation_queue" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "story_id" uuid NOT NULL,
    "user_id" uuid NOT NULL,
    "generation_prompt" text NOT NULL,
    "cover_style" text DEFAULT 'artistic'::text NOT NULL,
    "status" text DEFAULT 'pending'::text NOT NULL,
    "priority" integer DEFAULT 5 NOT NULL,
    "retry_count" integer DEFAULT 0 NOT NULL,
    "error_message" text,
    "webui_task_id" text,
    "estimated_completion" timestamp with time zone,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "cover_generation_queue_cover_style_check" CHECK ((cover_style = ANY (ARRAY['realistic'::text, 'artistic'::text, 'fantasy'::text, 'minimalist'::text, 'vintage'::text]))),
    CONSTRAINT "cover_generation_queue_pkey" PRIMARY KEY (id),
    CONSTRAINT "cover_generation_queue_priority_check" CHECK (((priority >= 1) AND (priority <= 10))),
    CONSTRAINT "cover_generation_queue_retry_count_check" CHECK ((retry_count >= 0)),
    CONSTRAINT "cover_generation_queue_status_check" CHECK ((status = ANY (ARRAY['pending'::text, 'generating'::text, 'completed'::text, 'failed'::text])))
);

ALTER TABLE "public"."cover_generation_queue" ENABLE ROW LEVEL SECURITY;

GRANT DELETE ON TABLE "public"."cover_generation_queue" TO "authenticated";

GRANT DELETE ON TABLE "public"."cover_generation_queue" TO "service_role";

GRANT INSERT ON TABLE "public"."cover_generation_queue" TO "service_role";

GRANT INSERT ("cover_style") ON TABLE "public"."cover_generation_queue" TO "authenticated";

GRANT INSERT ("generation_prompt") ON TABLE "public"."cover_generation_queue" TO "authenticated";

GRANT INSERT ("story_id") ON TABLE "public"."cover_generation_queue" TO "authenticated";

GRANT INSERT ("user_id") ON TABLE "public"."cover_generation_queue" TO "authenticated";

GRANT MAINTAIN ON TABLE "public"."cover_generation_queue" TO "service_role";

GRANT REFERENCES ON TABLE "public"."cover_generation_queue" TO "service_role";

GRANT SELECT ON TABLE "public"."cover_generation_queue" TO "authenticated";

GRANT SELECT ON TABLE "public"."cover_generation_queue" TO "service_role";

GRANT TRIGGER ON TABLE "public"."cover_generation_queue" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."cover_generation_queue" TO "service_role";

GRANT UPDATE ON TABLE "public"."cover_generation_queue" TO "service_role";

CREATE INDEX idx_cover_generation_queue_pending ON public.cover_generation_queue USING btree (priority DESC, created_at) WHERE (status = 'pending'::text);

CREATE INDEX idx_cover_generation_queue_story_id ON public.cover_generation_queue USING btree (story_id);

CREATE INDEX idx_cover_generation_queue_user_id ON public.cover_generation_queue USING btree (user_id);

CREATE POLICY "cover_generation_queue: owners cancel" ON "public"."cover_generation_queue"
    AS PERMISSIVE FOR DELETE
    TO "authenticated"
    USING (((user_id = ( SELECT auth.uid() AS uid)) AND (status = 'pending'::text)));

CREATE POLICY "cover_generation_queue: owners read" ON "public"."cover_generation_queue"
    AS PERMISSIVE FOR SELECT
    TO "authenticated"
    USING ((user_id = ( SELECT auth.uid() AS uid)));

COMMENT ON TABLE "public"."cover_generation_queue" IS 'Cover generation requests, taken in priority order by the image workers.';

CREATE TABLE "public"."creator_earnings" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "creator_id" uuid NOT NULL,
    "story_id" uuid,
    "reader_id" uuid,
    "credits_earned" integer NOT NULL,
    "usd_equivalent" numeric(14,4) NOT NULL,
    "transaction_id" uuid,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "creator_earnings_credits_earned_check" CHECK ((credits_earned > 0)),
    CONSTRAINT "creator_earnings_pkey" PRIMARY KEY (id),
    CONSTRAINT "creator_earnings_usd_equivalent_check" CHECK ((usd_equivalent >= (0)::numeric))
);

ALTER TABLE "public"."creator_earnings" ENABLE ROW LEVEL SECURITY;

GRANT DELETE ON TABLE "public"."creator_earnings" TO "service_role";

GRANT INSERT ON TABLE "public"."creator_earnings" TO "service_role";

GRANT MAINTAIN ON TABLE "public"."creator_earnings" TO "service_role";

GRANT REFERENCES ON TABLE "public"."creator_earnings" TO "service_role";

GRANT SELECT ON TABLE "public"."creator_earnings" TO "authenticated";

GRANT SELECT ON TABLE "public"."creator_earnings" TO "service_role";

GRANT TRIGGER ON TABLE "public"."creator_earnings" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."creator_earnings" TO "service_role";

GRANT UPDATE ON TABLE "public"."creator_earnings" TO "service_role";

CREATE INDEX idx_creator_earnings_created_at ON public.creator_earnings USING btree (created_at DESC);

CREATE INDEX idx_creator_earnings_creator_id ON public.creator_earnings USING btree (creator_id);

CREATE INDEX idx_creator_earnings_reader_id ON public.creator_earnings USING btree (reader_id);

CREATE INDEX idx_creator_earnings_story_id ON public.creator_earnings USING btree (story_id);

CREATE INDEX idx_creator_earnings_transaction_id ON public.creator_earnings USING btree (transaction_id);

CREATE POLICY "creator_earnings: creators read theirs" ON "public"."creator_earnings"
    AS PERMISSIVE FOR SELECT
    TO "authenticated"
    USING ((creator_id = ( SELECT auth.uid() AS uid)));

COMMENT ON TABLE "public"."creator_earnings" IS 'One row per earning event (a reader spending credits on a creator''s story), written only by allocate_creator_earnings.';

CREATE TABLE "public"."creator_earnings_accumulation" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "creator_id" uuid NOT NULL,
    "total_accumulated_usd" numeric(14,4) DEFAULT 0 NOT NULL,
    "last_payout_date" date,
    "last_payout_amount" numeric(12,2),
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "creator_earnings_accumulation_creator_id_key" UNIQUE (creator_id),
    CONSTRAINT "creator_earnings_accumulation_pkey" PRIMARY KEY (id),
    CONSTRAINT "creator_earnings_accumulation_total_check" CHECK ((total_accumulated_usd >= (0)::numeric))
);

ALTER TABLE "public"."creator_earnings_accumulation" ENABLE ROW LEVEL SECURITY;

GRANT DELETE ON TABLE "public"."creator_earnings_accumulation" TO "service_role";

GRANT INSERT ON TABLE "public"."creator_earnings_accumulation" TO "service_role";

GRANT MAINTAIN ON TABLE "public"."creator_earnings_accumulation" TO "service_role";

GRANT REFERENCES ON TABLE "public"."creator_earnings_accumulation" TO "service_role";

GRANT SELECT ON TABLE "public"."creator_earnings_accumulation" TO "authenticated";

GRANT SELECT ON TABLE "public"."creator_earnings_accumulation" TO "service_role";

GRANT TRIGGER ON TABLE "public"."creator_earnings_accumulation" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."creator_earnings_accumulation" TO "service_role";

GRANT UPDATE ON TABLE "public"."creator_earnings_accumulation" TO "service_role";

CREATE POLICY "creator_earnings_accumulation: creators read theirs" ON "public"."creator_earnings_accumulation"
    AS PERMISSIVE FOR SELECT
    TO "authenticated"
    USING ((creator_id = ( SELECT auth.uid() AS uid)));

COMMENT ON TABLE "public"."creator_earnings_accumulation" IS 'Earnings accumulated since the last payout, per creator.';

CREATE TABLE "public"."credit_packages" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "name" text NOT NULL,
    "description" text,
    "credits_amount" integer NOT NULL,
    "price_usd" numeric(10,2) NOT NULL,
    "bonus_credits" integer DEFAULT 0 NOT NULL,
    "stripe_price_id" text,
    "is_active" boolean DEFAULT true NOT NULL,
    "sort_order" integer DEFAULT 0 NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "credit_packages_bonus_credits_check" CHECK ((bonus_credits >= 0)),
    CONSTRAINT "credit_packages_credits_amount_check" CHECK ((credits_amount > 0)),
    CONSTRAINT "credit_packages_pkey" PRIMARY KEY (id),
    CONSTRAINT "credit_packages_price_usd_check" CHECK ((price_usd >= (0)::numeric)),
    CONSTRAINT "credit_packages_stripe_price_id_key" UNIQUE (stripe_price_id)
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

CREATE INDEX idx_credit_packages_active ON public.credit_packages USING btree (sort_order) WHERE is_active;

CREATE POLICY "credit_packages: active packages are public" ON "public"."credit_packages"
    AS PERMISSIVE FOR SELECT
    TO "anon", "authenticated"
    USING (is_active);

COMMENT ON TABLE "public"."credit_packages" IS 'Credit packages on sale.';

CREATE TABLE "public"."credit_transactions" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "user_id" uuid NOT NULL,
    "transaction_type" text NOT NULL,
    "amount" integer NOT NULL,
    "balance_after" bigint NOT NULL,
    "description" text,
    "reference_id" uuid,
    "reference_type" text,
    "metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "credit_transactions_amount_sign_check" CHECK (
CASE
    WHEN (transaction_type = 'spend'::text) THEN (amount < 0)
    ELSE (amount > 0)
END),
    CONSTRAINT "credit_transactions_balance_after_check" CHECK ((balance_after >= 0)),
    CONSTRAINT "credit_transactions_pkey" PRIMARY KEY (id),
    CONSTRAINT "credit_transactions_transaction_type_check" CHECK ((transaction_type = ANY (ARRAY['purchase'::text, 'spend'::text, 'earn'::text, 'bonus'::text, 'refund'::text])))
);

ALTER TABLE "public"."credit_transactions" ENABLE ROW LEVEL SECURITY;

ALTER TABLE "public"."creator_earnings" ADD CONSTRAINT "creator_earnings_transaction_id_fkey" FOREIGN KEY (transaction_id) REFERENCES public.credit_transactions(id) ON DELETE SET NULL;

CREATE FUNCTION "public"."credit_balance"(p_user_id uuid)
RETURNS bigint
LANGUAGE "sql"
STABLE
SET "search_path" TO ''
AS $$
    select coalesce(sum(t.amount), 0)::bigint
    from public.credit_transactions as t
    where t.user_id = p_user_id;
$$;

COMMENT ON FUNCTION "public"."credit_balance"(uuid) IS 'The credit balance of an account: the sum of its ledger. Runs with the caller''s rights, so an account sees only its own balance.';

GRANT DELETE ON TABLE "public"."credit_transactions" TO "service_role";

GRANT EXECUTE ON FUNCTION "public"."credit_balance"(uuid) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."credit_balance"(uuid) TO "service_role";

GRANT INSERT ON TABLE "public"."credit_transactions" TO "service_role";

GRANT MAINTAIN ON TABLE "public"."credit_transactions" TO "service_role";

GRANT REFERENCES ON TABLE "public"."credit_transactions" TO "service_role";

GRANT SELECT ON TABLE "public"."credit_transactions" TO "authenticated";

GRANT SELECT ON TABLE "public"."credit_transactions" TO "service_role";

GRANT TRIGGER ON TABLE "public"."credit_transactions" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."credit_transactions" TO "service_role";

GRANT UPDATE ON TABLE "public"."credit_transactions" TO "service_role";

CREATE INDEX idx_credit_transactions_reference ON public.credit_transactions USING btree (reference_type, reference_id);

CREATE INDEX idx_credit_transactions_user_created ON public.credit_transactions USING btree (user_id, created_at DESC);

CREATE POLICY "credit_transactions: owners read" ON "public"."credit_transactions"
    AS PERMISSIVE FOR SELECT
    TO "authenticated"
    USING ((user_id = ( SELECT auth.uid() AS uid)));

COMMENT ON TABLE "public"."credit_transactions" IS 'The credit ledger: every credit movement of an account. The balance is the sum of amount (see credit_balances); balance_after records it after each movement.';

COMMENT ON COLUMN "public"."credit_transactions"."amount" IS 'Signed: negative for spend, positive otherwise.';

CREATE TABLE "public"."exports" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "user_id" uuid NOT NULL,
    "story_id" uuid NOT NULL,
    "export_format" text NOT NULL,
    "status" text DEFAULT 'pending'::text NOT NULL,
    "file_url" text,
    "file_size_bytes" bigint,
    "error_message" text,
    "expires_at" timestamp with time zone,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "completed_at" timestamp with time zone,
    CONSTRAINT "exports_export_format_check" CHECK ((export_format = ANY (ARRAY['pdf'::text, 'epub'::text, 'docx'::text, 'txt'::text]))),
    CONSTRAINT "exports_file_size_bytes_check" CHECK ((file_size_bytes >= 0)),
    CONSTRAINT "exports_pkey" PRIMARY KEY (id),
    CONSTRAINT "exports_status_check" CHECK ((status = ANY (ARRAY['pending'::text, 'processing'::text, 'completed'::text, 'failed'::text])))
);

ALTER TABLE "public"."exports" ENABLE ROW LEVEL SECURITY;

GRANT DELETE ON TABLE "public"."exports" TO "authenticated";

GRANT DELETE ON TABLE "public"."exports" TO "service_role";

GRANT INSERT ON TABLE "public"."exports" TO "service_role";

GRANT INSERT ("export_format") ON TABLE "public"."exports" TO "authenticated";

GRANT INSERT ("story_id") ON TABLE "public"."exports" TO "authenticated";

GRANT INSERT ("user_id") ON TABLE "public"."exports" TO "authenticated";

GRANT MAINTAIN ON TABLE "public"."exports" TO "service_role";

GRANT REFERENCES ON TABLE "public"."exports" TO "service_role";

GRANT SELECT ON TABLE "public"."exports" TO "authenticated";

GRANT SELECT ON TABLE "public"."exports" TO "service_role";

GRANT TRIGGER ON TABLE "public"."exports" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."exports" TO "service_role";

GRANT UPDATE ON TABLE "public"."exports" TO "service_role";

CREATE INDEX idx_exports_story_id ON public.exports USING btree (story_id);

CREATE INDEX idx_exports_user_id ON public.exports USING btree (user_id, created_at DESC);

CREATE POLICY "exports: owners delete" ON "public"."exports"
    AS PERMISSIVE FOR DELETE
    TO "authenticated"
    USING ((user_id = ( SELECT auth.uid() AS uid)));

CREATE POLICY "exports: owners read" ON "public"."exports"
    AS PERMISSIVE FOR SELECT
    TO "authenticated"
    USING ((user_id = ( SELECT auth.uid() AS uid)));

COMMENT ON TABLE "public"."exports" IS 'Export requests of a story to a file, and the file once made.';

CREATE TABLE "public"."generation_logs" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "user_id" uuid NOT NULL,
    "story_id" uuid,
    "chapter_id" uuid,
    "operation_type" text NOT NULL,
    "tokens_input" integer DEFAULT 0 NOT NULL,
    "tokens_output" integer DEFAULT 0 NOT NULL,
    "cost_usd" numeric(14,6) DEFAULT 0 NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "generation_logs_pkey" PRIMARY KEY (id),
    CONSTRAINT "generation_logs_tokens_check" CHECK (((tokens_input >= 0) AND (tokens_output >= 0)))
);

ALTER TABLE "public"."generation_logs" ENABLE ROW LEVEL SECURITY;

ALTER TABLE "public"."generation_logs" ADD CONSTRAINT "generation_logs_chapter_id_fkey" FOREIGN KEY (chapter_id) REFERENCES public.chapters(id) ON DELETE SET NULL;

GRANT DELETE ON TABLE "public"."generation_logs" TO "service_role";

GRANT INSERT ON TABLE "public"."generation_logs" TO "service_role";

GRANT MAINTAIN ON TABLE "public"."generation_logs" TO "service_role";

GRANT REFERENCES ON TABLE "public"."generation_logs" TO "service_role";

GRANT SELECT ON TABLE "public"."generation_logs" TO "authenticated";

GRANT SELECT ON TABLE "public"."generation_logs" TO "service_role";

GRANT TRIGGER ON TABLE "public"."generation_logs" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."generation_logs" TO "service_role";

GRANT UPDATE ON TABLE "public"."generation_logs" TO "service_role";

CREATE INDEX idx_generation_logs_chapter_id ON public.generation_logs USING btree (chapter_id);

CREATE INDEX idx_generation_logs_story_id ON public.generation_logs USING btree (story_id);

CREATE INDEX idx_generation_logs_user_created ON public.generation_logs USING btree (user_id, created_at DESC);

CREATE POLICY "generation_logs: owners read" ON "public"."generation_logs"
    AS PERMISSIVE FOR SELECT
    TO "authenticated"
    USING ((user_id = ( SELECT auth.uid() AS uid)));

COMMENT ON TABLE "public"."generation_logs" IS 'Legacy token accounting per generation; new code writes ai_usage_logs.';

CREATE TABLE "public"."individual_payouts" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "batch_id" uuid NOT NULL,
    "creator_id" uuid NOT NULL,
    "amount_usd" numeric(12,2) NOT NULL,
    "stripe_transfer_id" text,
    "status" text DEFAULT 'pending'::text NOT NULL,
    "error_message" text,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "individual_payouts_amount_usd_check" CHECK ((amount_usd > (0)::numeric)),
    CONSTRAINT "individual_payouts_batch_creator_key" UNIQUE (batch_id, creator_id),
    CONSTRAINT "individual_payouts_pkey" PRIMARY KEY (id),
    CONSTRAINT "individual_payouts_status_check" CHECK ((status = ANY (ARRAY['pending'::text, 'processing'::text, 'completed'::text, 'failed'::text]))),
    CONSTRAINT "individual_payouts_stripe_transfer_id_key" UNIQUE (stripe_transfer_id)
);

ALTER TABLE "public"."individual_payouts" ENABLE ROW LEVEL SECURITY;

GRANT DELETE ON TABLE "public"."individual_payouts" TO "service_role";

GRANT INSERT ON TABLE "public"."individual_payouts" TO "service_role";

GRANT MAINTAIN ON TABLE "public"."individual_payouts" TO "service_role";

GRANT REFERENCES ON TABLE "public"."individual_payouts" TO "service_role";

GRANT SELECT ON TABLE "public"."individual_payouts" TO "service_role";

GRANT TRIGGER ON TABLE "public"."individual_payouts" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."individual_payouts" TO "service_role";

GRANT UPDATE ON TABLE "public"."individual_payouts" TO "service_role";

CREATE INDEX idx_individual_payouts_creator_id ON public.individual_payouts USING btree (creator_id);

CREATE POLICY "individual_payouts: service role only" ON "public"."individual_payouts"
    AS PERMISSIVE FOR ALL
    TO "service_role"
    USING (true)
    WITH CHECK (true);

COMMENT ON TABLE "public"."individual_payouts" IS 'The payout of one creator within a monthly batch.';

CREATE TABLE "public"."infinite_pages_cache" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "cache_key" text NOT NULL,
    "content_type" text NOT NULL,
    "user_id" uuid NOT NULL,
    "story_id" uuid,
    "genre" text,
    "semantic_fingerprint" text,
    "prompt_hash" text NOT NULL,
    "content" jsonb NOT NULL,
    "generation_tokens" integer DEFAULT 0 NOT NULL,
    "hit_count" integer DEFAULT 0 NOT NULL,
    "expires_at" timestamp with time zone,
    "last_accessed_at" timestamp with time zone DEFAULT now() NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "infinite_pages_cache_cache_key_key" UNIQUE (cache_key),
    CONSTRAINT "infinite_pages_cache_content_type_check" CHECK ((content_type = ANY (ARRAY['foundation'::text, 'character'::text, 'outline'::text, 'chapter'::text, 'cover'::text]))),
    CONSTRAINT "infinite_pages_cache_counts_check" CHECK (((generation_tokens >= 0) AND (hit_count >= 0))),
    CONSTRAINT "infinite_pages_cache_pkey" PRIMARY KEY (id)
);

ALTER TABLE "public"."infinite_pages_cache" ENABLE ROW LEVEL SECURITY;

GRANT DELETE ON TABLE "public"."infinite_pages_cache" TO "service_role";

GRANT INSERT ON TABLE "public"."infinite_pages_cache" TO "service_role";

GRANT MAINTAIN ON TABLE "public"."infinite_pages_cache" TO "service_role";

GRANT REFERENCES ON TABLE "public"."infinite_pages_cache" TO "service_role";

GRANT SELECT ON TABLE "public"."infinite_pages_cache" TO "authenticated";

GRANT SELECT ON TABLE "public"."infinite_pages_cache" TO "service_role";

GRANT TRIGGER ON TABLE "public"."infinite_pages_cache" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."infinite_pages_cache" TO "service_role";

GRANT UPDATE ON TABLE "public"."infinite_pages_cache" TO "service_role";

CREATE INDEX idx_infinite_pages_cache_expires_at ON public.infinite_pages_cache USING btree (expires_at);

CREATE INDEX idx_infinite_pages_cache_semantic ON public.infinite_pages_cache USING btree (content_type, genre, semantic_fingerprint);

CREATE INDEX idx_infinite_pages_cache_story_id ON public.infinite_pages_cache USING btree (story_id);

CREATE INDEX idx_infinite_pages_cache_user_id ON public.infinite_pages_cache USING btree (user_id);

CREATE POLICY "infinite_pages_cache: owners read" ON "public"."infinite_pages_cache"
    AS PERMISSIVE FOR SELECT
    TO "authenticated"
    USING ((user_id = ( SELECT auth.uid() AS uid)));

COMMENT ON TABLE "public"."infinite_pages_cache" IS 'Generated content reused across requests with the same or a semantically close prompt.';

CREATE TABLE "public"."monthly_payout_batches" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "batch_date" date NOT NULL,
    "total_creators_paid" integer DEFAULT 0 NOT NULL,
    "total_amount_usd" numeric(14,2) DEFAULT 0 NOT NULL,
    "stripe_batch_id" text,
    "processing_status" text DEFAULT 'pending'::text NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "completed_at" timestamp with time zone,
    CONSTRAINT "monthly_payout_batches_batch_date_key" UNIQUE (batch_date),
    CONSTRAINT "monthly_payout_batches_pkey" PRIMARY KEY (id),
    CONSTRAINT "monthly_payout_batches_processing_status_check" CHECK ((processing_status = ANY (ARRAY['pending'::text, 'processing'::text, 'completed'::text, 'failed'::text])))
);

ALTER TABLE "public"."monthly_payout_batches" ENABLE ROW LEVEL SECURITY;

ALTER TABLE "public"."individual_payouts" ADD CONSTRAINT "individual_payouts_batch_id_fkey" FOREIGN KEY (batch_id) REFERENCES public.monthly_payout_batches(id) ON DELETE CASCADE;

GRANT DELETE ON TABLE "public"."monthly_payout_batches" TO "service_role";

GRANT INSERT ON TABLE "public"."monthly_payout_batches" TO "service_role";

GRANT MAINTAIN ON TABLE "public"."monthly_payout_batches" TO "service_role";

GRANT REFERENCES ON TABLE "public"."monthly_payout_batches" TO "service_role";

GRANT SELECT ON TABLE "public"."monthly_payout_batches" TO "service_role";

GRANT TRIGGER ON TABLE "public"."monthly_payout_batches" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."monthly_payout_batches" TO "service_role";

GRANT UPDATE ON TABLE "public"."monthly_payout_batches" TO "service_role";

CREATE POLICY "monthly_payout_batches: service role only" ON "public"."monthly_payout_batches"
    AS PERMISSIVE FOR ALL
    TO "service_role"
    USING (true)
    WITH CHECK (true);

COMMENT ON TABLE "public"."monthly_payout_batches" IS 'One batch per month, created by process_monthly_payouts.';

CREATE TABLE "public"."payments" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "user_id" uuid NOT NULL,
    "package_id" uuid,
    "stripe_payment_intent_id" text,
    "stripe_customer_id" text,
    "amount_usd" numeric(10,2) NOT NULL,
    "credits_purchased" integer DEFAULT 0 NOT NULL,
    "bonus_credits" integer DEFAULT 0 NOT NULL,
    "status" text DEFAULT 'pending'::text NOT NULL,
    "payment_method" text,
    "failure_reason" text,
    "processed_at" timestamp with time zone,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "payments_amount_usd_check" CHECK ((amount_usd >= (0)::numeric)),
    CONSTRAINT "payments_credits_check" CHECK (((credits_purchased >= 0) AND (bonus_credits >= 0))),
    CONSTRAINT "payments_pkey" PRIMARY KEY (id),
    CONSTRAINT "payments_status_check" CHECK ((status = ANY (ARRAY['pending'::text, 'succeeded'::text, 'failed'::text, 'canceled'::text]))),
    CONSTRAINT "payments_stripe_payment_intent_id_key" UNIQUE (stripe_payment_intent_id)
);

ALTER TABLE "public"."payments" ENABLE ROW LEVEL SECURITY;

ALTER TABLE "public"."payments" ADD CONSTRAINT "payments_package_id_fkey" FOREIGN KEY (package_id) REFERENCES public.credit_packages(id) ON DELETE SET NULL;

GRANT DELETE ON TABLE "public"."payments" TO "service_role";

GRANT INSERT ON TABLE "public"."payments" TO "service_role";

GRANT MAINTAIN ON TABLE "public"."payments" TO "service_role";

GRANT REFERENCES ON TABLE "public"."payments" TO "service_role";

GRANT SELECT ON TABLE "public"."payments" TO "authenticated";

GRANT SELECT ON TABLE "public"."payments" TO "service_role";

GRANT TRIGGER ON TABLE "public"."payments" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."payments" TO "service_role";

GRANT UPDATE ON TABLE "public"."payments" TO "service_role";

CREATE INDEX idx_payments_package_id ON public.payments USING btree (package_id);

CREATE INDEX idx_payments_user_id ON public.payments USING btree (user_id);

CREATE POLICY "payments: owners read" ON "public"."payments"
    AS PERMISSIVE FOR SELECT
    TO "authenticated"
    USING ((user_id = ( SELECT auth.uid() AS uid)));

COMMENT ON TABLE "public"."payments" IS 'Stripe payments for credit packages.';

CREATE TABLE "public"."payouts" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "creator_id" uuid NOT NULL,
    "amount_usd" numeric(12,2) NOT NULL,
    "stripe_transfer_id" text,
    "status" text DEFAULT 'pending'::text NOT NULL,
    "period_start" date,
    "period_end" date,
    "earnings_count" integer DEFAULT 0 NOT NULL,
    "failure_reason" text,
    "processed_at" timestamp with time zone,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "payouts_amount_usd_check" CHECK ((amount_usd > (0)::numeric)),
    CONSTRAINT "payouts_period_check" CHECK ((period_end >= period_start)),
    CONSTRAINT "payouts_pkey" PRIMARY KEY (id),
    CONSTRAINT "payouts_status_check" CHECK ((status = ANY (ARRAY['pending'::text, 'processing'::text, 'paid'::text, 'failed'::text]))),
    CONSTRAINT "payouts_stripe_transfer_id_key" UNIQUE (stripe_transfer_id)
);

ALTER TABLE "public"."payouts" ENABLE ROW LEVEL SECURITY;

GRANT DELETE ON TABLE "public"."payouts" TO "service_role";

GRANT INSERT ON TABLE "public"."payouts" TO "service_role";

GRANT MAINTAIN ON TABLE "public"."payouts" TO "service_role";

GRANT REFERENCES ON TABLE "public"."payouts" TO "service_role";

GRANT SELECT ON TABLE "public"."payouts" TO "service_role";

GRANT TRIGGER ON TABLE "public"."payouts" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."payouts" TO "service_role";

GRANT UPDATE ON TABLE "public"."payouts" TO "service_role";

CREATE INDEX idx_payouts_creator_status ON public.payouts USING btree (creator_id, status);

CREATE POLICY "payouts: service role only" ON "public"."payouts"
    AS PERMISSIVE FOR ALL
    TO "service_role"
    USING (true)
    WITH CHECK (true);

COMMENT ON TABLE "public"."payouts" IS 'Payout requests of creators, processed by the service.';

CREATE TABLE "public"."profiles" (
    "id" uuid NOT NULL,
    "email" text NOT NULL,
    "full_name" text,
    "display_name" text,
    "subscription_tier" text DEFAULT 'free'::text NOT NULL,
    "subscription_status" text DEFAULT 'inactive'::text NOT NULL,
    "stripe_customer_id" text,
    "current_period_end" timestamp with time zone,
    "tokens_remaining" integer DEFAULT 1332 NOT NULL,
    "tokens_used_total" bigint DEFAULT 0 NOT NULL,
    "stories_created" integer DEFAULT 0 NOT NULL,
    "words_generated" bigint DEFAULT 0 NOT NULL,
    "onboarding_complete" boolean DEFAULT false NOT NULL,
    "writing_goals" text[] DEFAULT '{}'::text[] NOT NULL,
    "preferred_genres" text[] DEFAULT '{}'::text[] NOT NULL,
    "experience_level" text,
    "writing_frequency" text,
    "cache_hits" integer DEFAULT 0 NOT NULL,
    "cache_discount_earned" numeric(14,4) DEFAULT 0 NOT NULL,
    "is_creator" boolean DEFAULT false NOT NULL,
    "creator_tier" text,
    "total_earnings_usd" numeric(14,4) DEFAULT 0 NOT NULL,
    "pending_payout_usd" numeric(14,4) DEFAULT 0 NOT NULL,
    "stripe_connect_account_id" text,
    "stripe_account_status" text,
    "stripe_charges_enabled" boolean DEFAULT false NOT NULL,
    "stripe_payouts_enabled" boolean DEFAULT false NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "profiles_creator_tier_check" CHECK ((creator_tier = ANY (ARRAY['bronze'::text, 'silver'::text, 'gold'::text, 'platinum'::text]))),
    CONSTRAINT "profiles_earnings_check" CHECK (((total_earnings_usd >= (0)::numeric) AND (pending_payout_usd >= (0)::numeric) AND (pending_payout_usd <= total_earnings_usd))),
    CONSTRAINT "profiles_experience_level_check" CHECK ((experience_level = ANY (ARRAY['beginner'::text, 'intermediate'::text, 'advanced'::text, 'professional'::text]))),
    CONSTRAINT "profiles_pkey" PRIMARY KEY (id),
    CONSTRAINT "profiles_stripe_account_status_check" CHECK ((stripe_account_status = ANY (ARRAY['pending'::text, 'active'::text, 'restricted'::text, 'rejected'::text]))),
    CONSTRAINT "profiles_stripe_connect_account_id_key" UNIQUE (stripe_connect_account_id),
    CONSTRAINT "profiles_stripe_customer_id_key" UNIQUE (stripe_customer_id),
    CONSTRAINT "profiles_subscription_status_check" CHECK ((subscription_status = ANY (ARRAY['inactive'::text, 'trialing'::text, 'active'::text, 'past_due'::text, 'canceled'::text]))),
    CONSTRAINT "profiles_subscription_tier_check" CHECK ((subscription_tier = ANY (ARRAY['free'::text, 'basic'::text, 'premium'::text]))),
    CONSTRAINT "profiles_tokens_remaining_check" CHECK ((tokens_remaining >= 0)),
    CONSTRAINT "profiles_writing_frequency_check" CHECK ((writing_frequency = ANY (ARRAY['daily'::text, 'weekly'::text, 'monthly'::text, 'occasionally'::text])))
);

ALTER TABLE "public"."profiles" ENABLE ROW LEVEL SECURITY;

ALTER TABLE "public"."ai_usage_logs" ADD CONSTRAINT "ai_usage_logs_user_id_fkey" FOREIGN KEY (user_id) REFERENCES public.profiles(id) ON DELETE CASCADE;

ALTER TABLE "public"."cache_rewards" ADD CONSTRAINT "cache_rewards_user_id_fkey" FOREIGN KEY (user_id) REFERENCES public.profiles(id) ON DELETE CASCADE;

ALTER TABLE "public"."cover_generation_queue" ADD CONSTRAINT "cover_generation_queue_user_id_fkey" FOREIGN KEY (user_id) REFERENCES public.profiles(id) ON DELETE CASCADE;

ALTER TABLE "public"."creator_earnings_accumulation" ADD CONSTRAINT "creator_earnings_accumulation_creator_id_fkey" FOREIGN KEY (creator_id) REFERENCES public.profiles(id) ON DELETE CASCADE;

ALTER TABLE "public"."creator_earnings" ADD CONSTRAINT "creator_earnings_creator_id_fkey" FOREIGN KEY (creator_id) REFERENCES public.profiles(id) ON DELETE CASCADE;

ALTER TABLE "public"."creator_earnings" ADD CONSTRAINT "creator_earnings_reader_id_fkey" FOREIGN KEY (reader_id) REFERENCES public.profiles(id) ON DELETE SET NULL;

ALTER TABLE "public"."credit_transactions" ADD CONSTRAINT "credit_transactions_user_id_fkey" FOREIGN KEY (user_id) REFERENCES public.profiles(id) ON DELETE CASCADE;

ALTER TABLE "public"."exports" ADD CONSTRAINT "exports_user_id_fkey" FOREIGN KEY (user_id) REFERENCES public.profiles(id) ON DELETE CASCADE;

ALTER TABLE "public"."generation_logs" ADD CONSTRAINT "generation_logs_user_id_fkey" FOREIGN KEY (user_id) REFERENCES public.profiles(id) ON DELETE CASCADE;

ALTER TABLE "public"."individual_payouts" ADD CONSTRAINT "individual_payouts_creator_id_fkey" FOREIGN KEY (creator_id) REFERENCES public.profiles(id) ON DELETE CASCADE;

ALTER TABLE "public"."infinite_pages_cache" ADD CONSTRAINT "infinite_pages_cache_user_id_fkey" FOREIGN KEY (user_id) REFERENCES public.profiles(id) ON DELETE CASCADE;

ALTER TABLE "public"."payments" ADD CONSTRAINT "payments_user_id_fkey" FOREIGN KEY (user_id) REFERENCES public.profiles(id) ON DELETE CASCADE;

ALTER TABLE "public"."payouts" ADD CONSTRAINT "payouts_creator_id_fkey" FOREIGN KEY (creator_id) REFERENCES public.profiles(id) ON DELETE CASCADE;

ALTER TABLE "public"."profiles" ADD CONSTRAINT "profiles_id_fkey" FOREIGN KEY (id) REFERENCES auth.users(id) ON DELETE CASCADE;

CREATE FUNCTION "public"."calculate_cache_reward"(p_user_id uuid, p_cache_key text, p_original_cost numeric, p_story_id uuid DEFAULT NULL::uuid, p_chapter_id uuid DEFAULT NULL::uuid)
RETURNS public.cache_rewards
LANGUAGE "plpgsql"
VOLATILE
SECURITY DEFINER
SET "search_path" TO ''
AS $$
declare
    v_reward public.cache_rewards;
    v_rate numeric;
    v_discounted numeric(14, 4);
begin
    if p_original_cost is null or p_original_cost < 0 then
        raise exception 'original cost must not be negative, got %', p_original_cost
            using errcode = 'invalid_parameter_value';
    end if;
    if not public.is_privileged_request()
       and p_user_id is distinct from (select auth.uid()) then
        raise exception 'cache rewards are credited to the requesting account only'
            using errcode = 'insufficient_privilege';
    end if;

    insert into public.cache_rewards (user_id, story_id, chapter_id, cache_key, hit_count)
    values (p_user_id, p_story_id, p_chapter_id, p_cache_key, 1)
    on conflict (user_id, cache_key) do update
        set hit_count = public.cache_rewards.hit_count + 1
    returning * into v_reward;

    -- 10% off the first hit, 10 points more per repeat hit, at most 50% off.
    v_rate := least(0.10 * v_reward.hit_count, 0.50);
    v_discounted := round(p_original_cost * (1 - v_rate), 4);

    update public.cache_rewards
    set original_cost = p_original_cost,
        discounted_cost = v_discounted,
        credits_saved = credits_saved + (p_original_cost - v_discounted)
    where id = v_reward.id
    returning * into v_reward;

    update public.profiles
    set cache_hits = cache_hits + 1,
        cache_discount_earned = cache_discount_earned + (p_original_cost - v_discounted)
    where id = p_user_id;

    update public.infinite_pages_cache
    set hit_count = hit_count + 1,
        last_accessed_at = now()
    where cache_key = p_cache_key;

    return v_reward;
end;
$$;

REVOKE EXECUTE ON FUNCTION "public"."calculate_cache_reward"(uuid, text, numeric, uuid, uuid) FROM PUBLIC;

COMMENT ON FUNCTION "public"."calculate_cache_reward"(uuid, text, numeric, uuid, uuid) IS 'Records a cache hit of an account and returns its reward: the discount grows by ten points per repeat hit of the same key up to half the original cost; the saving is added to the reward and to the profile''s cache totals.';

CREATE FUNCTION "public"."process_monthly_payouts"(p_batch_date date, p_minimum_usd numeric DEFAULT 25.00)
RETURNS uuid
LANGUAGE "plpgsql"
VOLATILE
SECURITY DEFINER
SET "search_path" TO ''
AS $$
declare
    v_batch_id uuid;
    v_creators integer := 0;
    v_total numeric(14, 2) := 0;
    v_amount numeric(12, 2);
    r record;
begin
    if not public.is_privileged_request() then
        raise exception 'only the service role processes payouts'
            using errcode = 'insufficient_privilege';
    end if;
    if p_minimum_usd is null or p_minimum_usd < 0.01 then
        raise exception 'minimum payout must be at least 0.01, got %', p_minimum_usd
            using errcode = 'invalid_parameter_value';
    end if;

    insert into public.monthly_payout_batches (batch_date, processing_status)
    values (date_trunc('month', p_batch_date)::date, 'processing')
    on conflict (batch_date) do nothing
    returning id into v_batch_id;
    if v_batch_id is null then
        raise exception 'a payout batch for % already exists',
            date_trunc('month', p_batch_date)::date
            using errcode = 'unique_violation';
    end if;

    for r in
        select a.creator_id, a.total_accumulated_usd
        from public.creator_earnings_accumulation as a
        join public.profiles as p on p.id = a.creator_id
        where a.total_accumulated_usd >= p_minimum_usd
          and p.stripe_payouts_enabled
        order by a.creator_id
        for update of a
    loop
        -- Pay whole cents; the fraction stays accumulated for the next month.
        v_amount := trunc(r.total_accumulated_usd, 2);

        insert into public.individual_payouts (batch_id, creator_id, amount_usd, status)
        values (v_batch_id, r.creator_id, v_amount, 'pending');

        update public.creator_earnings_accumulation
        set total_accumulated_usd = total_accumulated_usd - v_amount,
            last_payout_date = p_batch_date,
            last_payout_amount = v_amount
        where creator_id = r.creator_id;

        update public.profiles
        set pending_payout_usd = greatest(pending_payout_usd - v_amount, 0)
        where id = r.creator_id;

        v_creators := v_creators + 1;
        v_total := v_total + v_amount;
    end loop;

    update public.monthly_payout_batches
    set total_creators_paid = v_creators,
        total_amount_usd = v_total
    where id = v_batch_id;

    return v_batch_id;
end;
$$;

REVOKE EXECUTE ON FUNCTION "public"."process_monthly_payouts"(date, numeric) FROM PUBLIC;

COMMENT ON FUNCTION "public"."process_monthly_payouts"(date, numeric) IS 'Creates the month''s payout batch: one individual payout per creator with payouts enabled and at least p_minimum_usd accumulated, moving that amount out of the accumulation and the pending total. The batch stays processing until the Stripe transfers complete.';

GRANT DELETE ON TABLE "public"."profiles" TO "service_role";

GRANT EXECUTE ON FUNCTION "public"."calculate_cache_reward"(uuid, text, numeric, uuid, uuid) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."process_monthly_payouts"(date, numeric) TO "service_role";

GRANT EXECUTE ON FUNCTION "public"."calculate_cache_reward"(uuid, text, numeric, uuid, uuid) TO "service_role";

GRANT INSERT ON TABLE "public"."profiles" TO "service_role";

GRANT INSERT ("display_name") ON TABLE "public"."profiles" TO "authenticated";

GRANT INSERT ("email") ON TABLE "public"."profiles" TO "authenticated";

GRANT INSERT ("full_name") ON TABLE "public"."profiles" TO "authenticated";

GRANT INSERT ("id") ON TABLE "public"."profiles" TO "authenticated";

GRANT MAINTAIN ON TABLE "public"."profiles" TO "service_role";

GRANT REFERENCES ON TABLE "public"."profiles" TO "service_role";

GRANT SELECT ON TABLE "public"."profiles" TO "authenticated";

GRANT SELECT ON TABLE "public"."profiles" TO "service_role";

GRANT TRIGGER ON TABLE "public"."profiles" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."profiles" TO "service_role";

GRANT UPDATE ON TABLE "public"."profiles" TO "service_role";

GRANT UPDATE ("display_name") ON TABLE "public"."profiles" TO "authenticated";

GRANT UPDATE ("experience_level") ON TABLE "public"."profiles" TO "authenticated";

GRANT UPDATE ("full_name") ON TABLE "public"."profiles" TO "authenticated";

GRANT UPDATE ("onboarding_complete") ON TABLE "public"."profiles" TO "authenticated";

GRANT UPDATE ("preferred_genres") ON TABLE "public"."profiles" TO "authenticated";

GRANT UPDATE ("writing_frequency") ON TABLE "public"."profiles" TO "authenticated";

GRANT UPDATE ("writing_goals") ON TABLE "public"."profiles" TO "authenticated";

CREATE POLICY "profiles: owners create their own" ON "public"."profiles"
    AS PERMISSIVE FOR INSERT
    TO "authenticated"
    WITH CHECK ((id = ( SELECT auth.uid() AS uid)));

CREATE POLICY "profiles: owners read" ON "public"."profiles"
    AS PERMISSIVE FOR SELECT
    TO "authenticated"
    USING ((id = ( SELECT auth.uid() AS uid)));

CREATE POLICY "profiles: owners update" ON "public"."profiles"
    AS PERMISSIVE FOR UPDATE
    TO "authenticated"
    USING ((id = ( SELECT auth.uid() AS uid)))
    WITH CHECK ((id = ( SELECT auth.uid() AS uid)));

COMMENT ON TABLE "public"."profiles" IS 'One row per account (auth.users): subscription, token allowance, creator status and earnings totals. The credit balance is not stored here: see credit_balances.';

COMMENT ON COLUMN "public"."profiles"."tokens_remaining" IS 'Generation tokens left in the current subscription period.';

COMMENT ON COLUMN "public"."profiles"."total_earnings_usd" IS 'Lifetime creator earnings, maintained by allocate_creator_earnings.';

COMMENT ON COLUMN "public"."profiles"."pending_payout_usd" IS 'Earnings not yet paid out, maintained by allocate_creator_earnings and process_monthly_payouts.';

CREATE TABLE "public"."reading_progress" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "user_id" uuid NOT NULL,
    "story_id" uuid NOT NULL,
    "chapter_id" uuid,
    "progress_percentage" numeric(5,2) DEFAULT 0 NOT NULL,
    "reading_time_minutes" integer DEFAULT 0 NOT NULL,
    "last_read_at" timestamp with time zone DEFAULT now() NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "reading_progress_percentage_check" CHECK (((progress_percentage >= (0)::numeric) AND (progress_percentage <= (100)::numeric))),
    CONSTRAINT "reading_progress_pkey" PRIMARY KEY (id),
    CONSTRAINT "reading_progress_reading_time_check" CHECK ((reading_time_minutes >= 0)),
    CONSTRAINT "reading_progress_user_story_key" UNIQUE (user_id, story_id)
);

ALTER TABLE "public"."reading_progress" ENABLE ROW LEVEL SECURITY;

ALTER TABLE "public"."reading_progress" ADD CONSTRAINT "reading_progress_chapter_id_fkey" FOREIGN KEY (chapter_id) REFERENCES public.chapters(id) ON DELETE SET NULL;

ALTER TABLE "public"."reading_progress" ADD CONSTRAINT "reading_progress_user_id_fkey" FOREIGN KEY (user_id) REFERENCES public.profiles(id) ON DELETE CASCADE;

GRANT DELETE ON TABLE "public"."reading_progress" TO "authenticated";

GRANT DELETE ON TABLE "public"."reading_progress" TO "service_role";

GRANT INSERT ON TABLE "public"."reading_progress" TO "authenticated";

GRANT INSERT ON TABLE "public"."reading_progress" TO "service_role";

GRANT MAINTAIN ON TABLE "public"."reading_progress" TO "service_role";

GRANT REFERENCES ON TABLE "public"."reading_progress" TO "service_role";

GRANT SELECT ON TABLE "public"."reading_progress" TO "authenticated";

GRANT SELECT ON TABLE "public"."reading_progress" TO "service_role";

GRANT TRIGGER ON TABLE "public"."reading_progress" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."reading_progress" TO "service_role";

GRANT UPDATE ON TABLE "public"."reading_progress" TO "authenticated";

GRANT UPDATE ON TABLE "public"."reading_progress" TO "service_role";

CREATE INDEX idx_reading_progress_chapter_id ON public.reading_progress USING btree (chapter_id);

CREATE INDEX idx_reading_progress_story_id ON public.reading_progress USING btree (story_id);

CREATE POLICY "reading_progress: owners manage" ON "public"."reading_progress"
    AS PERMISSIVE FOR ALL
    TO "authenticated"
    USING ((user_id = ( SELECT auth.uid() AS uid)))
    WITH CHECK ((user_id = ( SELECT auth.uid() AS uid)));

COMMENT ON TABLE "public"."reading_progress" IS 'Where a reader is in a story, synced across devices.';

CREATE TABLE "public"."stories" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "user_id" uuid NOT NULL,
    "title" text NOT NULL,
    "genre" text,
    "premise" text,
    "foundation" jsonb,
    "outline" jsonb,
    "status" text DEFAULT 'draft'::text NOT NULL,
    "word_count" integer DEFAULT 0 NOT NULL,
    "chapter_count" integer DEFAULT 0 NOT NULL,
    "total_tokens_used" bigint DEFAULT 0 NOT NULL,
    "total_cost_usd" numeric(14,6) DEFAULT 0 NOT NULL,
    "published_at" timestamp with time zone,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "stories_pkey" PRIMARY KEY (id),
    CONSTRAINT "stories_status_check" CHECK ((status = ANY (ARRAY['draft'::text, 'in_progress'::text, 'completed'::text, 'published'::text]))),
    CONSTRAINT "stories_title_check" CHECK (((length(title) >= 1) AND (length(title) <= 300)))
);

ALTER TABLE "public"."stories" ENABLE ROW LEVEL SECURITY;

ALTER TABLE "public"."ai_usage_logs" ADD CONSTRAINT "ai_usage_logs_story_id_fkey" FOREIGN KEY (story_id) REFERENCES public.stories(id) ON DELETE SET NULL;

ALTER TABLE "public"."cache_rewards" ADD CONSTRAINT "cache_rewards_story_id_fkey" FOREIGN KEY (story_id) REFERENCES public.stories(id) ON DELETE SET NULL;

ALTER TABLE "public"."chapters" ADD CONSTRAINT "chapters_story_id_fkey" FOREIGN KEY (story_id) REFERENCES public.stories(id) ON DELETE CASCADE;

ALTER TABLE "public"."cover_generation_queue" ADD CONSTRAINT "cover_generation_queue_story_id_fkey" FOREIGN KEY (story_id) REFERENCES public.stories(id) ON DELETE CASCADE;

ALTER TABLE "public"."creator_earnings" ADD CONSTRAINT "creator_earnings_story_id_fkey" FOREIGN KEY (story_id) REFERENCES public.stories(id) ON DELETE SET NULL;

ALTER TABLE "public"."exports" ADD CONSTRAINT "exports_story_id_fkey" FOREIGN KEY (story_id) REFERENCES public.stories(id) ON DELETE CASCADE;

ALTER TABLE "public"."generation_logs" ADD CONSTRAINT "generation_logs_story_id_fkey" FOREIGN KEY (story_id) REFERENCES public.stories(id) ON DELETE SET NULL;

ALTER TABLE "public"."infinite_pages_cache" ADD CONSTRAINT "infinite_pages_cache_story_id_fkey" FOREIGN KEY (story_id) REFERENCES public.stories(id) ON DELETE SET NULL;

ALTER TABLE "public"."reading_progress" ADD CONSTRAINT "reading_progress_story_id_fkey" FOREIGN KEY (story_id) REFERENCES public.stories(id) ON DELETE CASCADE;

ALTER TABLE "public"."stories" ADD CONSTRAINT "stories_user_id_fkey" FOREIGN KEY (user_id) REFERENCES public.profiles(id) ON DELETE CASCADE;

CREATE FUNCTION "public"."allocate_creator_earnings"(p_reader_id uuid, p_creator_id uuid, p_story_id uuid, p_credits integer, p_usd_equivalent numeric)
RETURNS uuid
LANGUAGE "plpgsql"
VOLATILE
SECURITY DEFINER
SET "search_path" TO ''
AS $$
declare
    v_locked integer;
    v_story_owner uuid;
    v_story_status text;
    v_balance bigint;
    v_transaction_id uuid;
    v_earning_id uuid;
begin
    if p_credits is null or p_credits <= 0 then
        raise exception 'credits to allocate must be positive, got %', p_credits
            using errcode = 'invalid_parameter_value';
    end if;
    if p_usd_equivalent is null or p_usd_equivalent < 0 then
        raise exception 'usd equivalent must not be negative, got %', p_usd_equivalent
            using errcode = 'invalid_parameter_value';
    end if;
    if p_reader_id = p_creator_id then
        raise exception 'a creator cannot pay for their own story'
            using errcode = 'invalid_parameter_value';
    end if;
    if not public.is_privileged_request()
       and p_reader_id is distinct from (select auth.uid()) then
        raise exception 'only the reader can spend their credits'
            using errcode = 'insufficient_privilege';
    end if;

    -- Lock both accounts in id order: concurrent allocations for the same reader queue
    -- here, and opposite pairs (A pays B while B pays A) cannot deadlock.
    select count(*) into v_locked
    from (
        select p.id
        from public.profiles as p
        where p.id in (p_reader_id, p_creator_id)
        order by p.id
        for update
    ) as locked;
    if v_locked <> 2 then
        raise exception 'reader % or creator % has no profile', p_reader_id, p_creator_id
            using errcode = 'foreign_key_violation';
    end if;

    select s.user_id, s.status into v_story_owner, v_story_status
    from public.stories as s
    where s.id = p_story_id;
    if v_story_owner is distinct from p_creator_id then
        raise exception 'story % does not belong to creator %', p_story_id, p_creator_id
            using errcode = 'invalid_parameter_value';
    end if;
    if v_story_status <> 'published' then
        raise exception 'story % is not published', p_story_id
            using errcode = 'invalid_parameter_value';
    end if;

    -- Read after taking the lock: this statement's snapshot includes every allocation
    -- that committed while we waited.
    v_balance := public.credit_balance(p_reader_id);
    if v_balance < p_credits then
        raise exception 'insufficient credits: balance %, needed %', v_balance, p_credits
            using errcode = 'check_violation',
                  hint = 'buy a credit package or spend fewer credits';
    end if;

    insert into public.credit_transactions
        (user_id, transaction_type, amount, balance_after, description,
         reference_id, reference_type)
    values
        (p_reader_id, 'spend', -p_credits, v_balance - p_credits, 'story purchase',
         p_story_id, 'story')
    returning id into v_transaction_id;

    insert into public.creator_earnings
        (creator_id, story_id, reader_id, credits_earned, usd_equivalent, transaction_id)
    values
        (p_creator_id, p_story_id, p_reader_id, p_credits, p_usd_equivalent, v_transaction_id)
    returning id into v_earning_id;

    insert into public.creator_earnings_accumulation (creator_id, total_accumulated_usd)
    values (p_creator_id, p_usd_equivalent)
    on conflict (creator_id) do update
        set total_accumulated_usd =
            public.creator_earnings_accumulation.total_accumulated_usd
            + excluded.total_accumulated_usd;

    update public.profiles
    set total_earnings_usd = total_earnings_usd + p_usd_equivalent,
        pending_payout_usd = pending_payout_usd + p_usd_equivalent
    where id = p_creator_id;

    return v_earning_id;
end;
$$;

REVOKE EXECUTE ON FUNCTION "public"."allocate_creator_earnings"(uuid, uuid, uuid, integer, numeric) FROM PUBLIC;

COMMENT ON FUNCTION "public"."allocate_creator_earnings"(uuid, uuid, uuid, integer, numeric) IS 'Atomically: debits the reader through a spend credit transaction, records the creator''s earning, adds it to the accumulation and to the profile totals. Raises check_violation on insufficient credits. The reader''s profile row is locked first, so concurrent calls for one reader never overdraw.';

CREATE FUNCTION "public"."chapters_story_metrics"()
RETURNS trigger
LANGUAGE "plpgsql"
VOLATILE
SECURITY DEFINER
SET "search_path" TO ''
AS $$
begin
    -- Deltas rather than recounts: concurrent chapter writes to one story then add up
    -- under the story row's lock instead of overwriting each other's totals.
    if tg_op in ('UPDATE', 'DELETE') then
        update public.stories
        set word_count = word_count - old.word_count,
            chapter_count = chapter_count - 1,
            total_tokens_used = total_tokens_used
                - old.tokens_used_input - old.tokens_used_output,
            total_cost_usd = total_cost_usd - old.generation_cost_usd
        where id = old.story_id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        update public.stories
        set word_count = word_count + new.word_count,
            chapter_count = chapter_count + 1,
            total_tokens_used = total_tokens_used
                + new.tokens_used_input + new.tokens_used_output,
            total_cost_usd = total_cost_usd + new.generation_cost_usd
        where id = new.story_id;
    end if;
    return null;
end;
$$;

REVOKE EXECUTE ON FUNCTION "public"."chapters_story_metrics"() FROM PUBLIC;

COMMENT ON FUNCTION "public"."chapters_story_metrics"() IS 'Trigger function: keeps stories.word_count, chapter_count, total_tokens_used and total_cost_usd equal to the sums over the story''s chapters.';

GRANT DELETE ON TABLE "public"."stories" TO "authenticated";

GRANT DELETE ON TABLE "public"."stories" TO "service_role";

GRANT EXECUTE ON FUNCTION "public"."allocate_creator_earnings"(uuid, uuid, uuid, integer, numeric) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."allocate_creator_earnings"(uuid, uuid, uuid, integer, numeric) TO "service_role";

GRANT INSERT ON TABLE "public"."stories" TO "service_role";

GRANT INSERT ("foundation") ON TABLE "public"."stories" TO "authenticated";

GRANT INSERT ("genre") ON TABLE "public"."stories" TO "authenticated";

GRANT INSERT ("outline") ON TABLE "public"."stories" TO "authenticated";

GRANT INSERT ("premise") ON TABLE "public"."stories" TO "authenticated";

GRANT INSERT ("published_at") ON TABLE "public"."stories" TO "authenticated";

GRANT INSERT ("status") ON TABLE "public"."stories" TO "authenticated";

GRANT INSERT ("title") ON TABLE "public"."stories" TO "authenticated";

GRANT INSERT ("user_id") ON TABLE "public"."stories" TO "authenticated";

GRANT MAINTAIN ON TABLE "public"."stories" TO "service_role";

GRANT REFERENCES ON TABLE "public"."stories" TO "service_role";

GRANT SELECT ON TABLE "public"."stories" TO "anon";

GRANT SELECT ON TABLE "public"."stories" TO "authenticated";

GRANT SELECT ON TABLE "public"."stories" TO "service_role";

GRANT TRIGGER ON TABLE "public"."stories" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."stories" TO "service_role";

GRANT UPDATE ON TABLE "public"."stories" TO "service_role";

GRANT UPDATE ("foundation") ON TABLE "public"."stories" TO "authenticated";

GRANT UPDATE ("genre") ON TABLE "public"."stories" TO "authenticated";

GRANT UPDATE ("outline") ON TABLE "public"."stories" TO "authenticated";

GRANT UPDATE ("premise") ON TABLE "public"."stories" TO "authenticated";

GRANT UPDATE ("published_at") ON TABLE "public"."stories" TO "authenticated";

GRANT UPDATE ("status") ON TABLE "public"."stories" TO "authenticated";

GRANT UPDATE ("title") ON TABLE "public"."stories" TO "authenticated";

CREATE INDEX idx_stories_genre ON public.stories USING btree (genre);

CREATE INDEX idx_stories_published ON public.stories USING btree (published_at DESC) WHERE (status = 'published'::text);

CREATE INDEX idx_stories_user_id ON public.stories USING btree (user_id);

CREATE POLICY "chapters: readable with their story" ON "public"."chapters"
    AS PERMISSIVE FOR SELECT
    TO "anon", "authenticated"
    USING ((EXISTS ( SELECT 1
   FROM public.stories s
  WHERE ((s.id = chapters.story_id) AND ((s.status = 'published'::text) OR (s.user_id = ( SELECT auth.uid() AS uid)))))));

CREATE POLICY "chapters: story owners create" ON "public"."chapters"
    AS PERMISSIVE FOR INSERT
    TO "authenticated"
    WITH CHECK ((EXISTS ( SELECT 1
   FROM public.stories s
  WHERE ((s.id = chapters.story_id) AND (s.user_id = ( SELECT auth.uid() AS uid))))));

CREATE POLICY "chapters: story owners delete" ON "public"."chapters"
    AS PERMISSIVE FOR DELETE
    TO "authenticated"
    USING ((EXISTS ( SELECT 1
   FROM public.stories s
  WHERE ((s.id = chapters.story_id) AND (s.user_id = ( SELECT auth.uid() AS uid))))));

CREATE POLICY "chapters: story owners update" ON "public"."chapters"
    AS PERMISSIVE FOR UPDATE
    TO "authenticated"
    USING ((EXISTS ( SELECT 1
   FROM public.stories s
  WHERE ((s.id = chapters.story_id) AND (s.user_id = ( SELECT auth.uid() AS uid))))))
    WITH CHECK ((EXISTS ( SELECT 1
   FROM public.stories s
  WHERE ((s.id = chapters.story_id) AND (s.user_id = ( SELECT auth.uid() AS uid))))));

CREATE POLICY "cover_generation_queue: owners request covers of their stories" ON "public"."cover_generation_queue"
    AS PERMISSIVE FOR INSERT
    TO "authenticated"
    WITH CHECK (((user_id = ( SELECT auth.uid() AS uid)) AND (EXISTS ( SELECT 1
   FROM public.stories s
  WHERE ((s.id = cover_generation_queue.story_id) AND (s.user_id = ( SELECT auth.uid() AS uid)))))));

CREATE POLICY "exports: owners export readable stories" ON "public"."exports"
    AS PERMISSIVE FOR INSERT
    TO "authenticated"
    WITH CHECK (((user_id = ( SELECT auth.uid() AS uid)) AND (EXISTS ( SELECT 1
   FROM public.stories s
  WHERE (s.id = exports.story_id)))));

CREATE POLICY "stories: owners create" ON "public"."stories"
    AS PERMISSIVE FOR INSERT
    TO "authenticated"
    WITH CHECK ((user_id = ( SELECT auth.uid() AS uid)));

CREATE POLICY "stories: owners delete" ON "public"."stories"
    AS PERMISSIVE FOR DELETE
    TO "authenticated"
    USING ((user_id = ( SELECT auth.uid() AS uid)));

CREATE POLICY "stories: owners update" ON "public"."stories"
    AS PERMISSIVE FOR UPDATE
    TO "authenticated"
    USING ((user_id = ( SELECT auth.uid() AS uid)))
    WITH CHECK ((user_id = ( SELECT auth.uid() AS uid)));

CREATE POLICY "stories: published are public, owners read theirs" ON "public"."stories"
    AS PERMISSIVE FOR SELECT
    TO "anon", "authenticated"
    USING (((status = 'published'::text) OR (user_id = ( SELECT auth.uid() AS uid))));

COMMENT ON TABLE "public"."stories" IS 'A story: its metadata, generation state and metrics.';

COMMENT ON COLUMN "public"."stories"."word_count" IS 'Sum of the chapters'' word counts, kept by the chapters_story_metrics trigger.';

COMMENT ON COLUMN "public"."stories"."chapter_count" IS 'Number of chapters, kept by the chapters_story_metrics trigger.';

COMMENT ON COLUMN "public"."stories"."total_tokens_used" IS 'Input plus output tokens of every chapter, kept by the chapters_story_metrics trigger.';

CREATE TABLE "public"."story_covers" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "story_id" uuid NOT NULL,
    "cover_url" text NOT NULL,
    "cover_style" text DEFAULT 'artistic'::text NOT NULL,
    "generation_prompt" text,
    "is_primary" boolean DEFAULT false NOT NULL,
    "generation_cost" numeric(14,6) DEFAULT 0 NOT NULL,
    "sd_model_used" text,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "story_covers_cover_style_check" CHECK ((cover_style = ANY (ARRAY['realistic'::text, 'artistic'::text, 'fantasy'::text, 'minimalist'::text, 'vintage'::text]))),
    CONSTRAINT "story_covers_pkey" PRIMARY KEY (id)
);

ALTER TABLE "public"."story_covers" ENABLE ROW LEVEL SECURITY;

ALTER TABLE "public"."story_covers" ADD CONSTRAINT "story_covers_story_id_fkey" FOREIGN KEY (story_id) REFERENCES public.stories(id) ON DELETE CASCADE;

GRANT DELETE ON TABLE "public"."story_covers" TO "authenticated";

GRANT DELETE ON TABLE "public"."story_covers" TO "service_role";

GRANT INSERT ON TABLE "public"."story_covers" TO "service_role";

GRANT MAINTAIN ON TABLE "public"."story_covers" TO "service_role";

GRANT REFERENCES ON TABLE "public"."story_covers" TO "service_role";

GRANT SELECT ON TABLE "public"."story_covers" TO "anon";

GRANT SELECT ON TABLE "public"."story_covers" TO "authenticated";

GRANT SELECT ON TABLE "public"."story_covers" TO "service_role";

GRANT TRIGGER ON TABLE "public"."story_covers" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."story_covers" TO "service_role";

GRANT UPDATE ON TABLE "public"."story_covers" TO "service_role";

GRANT UPDATE ("is_primary") ON TABLE "public"."story_covers" TO "authenticated";

CREATE INDEX idx_story_covers_story_id ON public.story_covers USING btree (story_id);

CREATE UNIQUE INDEX story_covers_one_primary ON public.story_covers USING btree (story_id) WHERE is_primary;

CREATE POLICY "story_covers: readable with their story" ON "public"."story_covers"
    AS PERMISSIVE FOR SELECT
    TO "anon", "authenticated"
    USING ((EXISTS ( SELECT 1
   FROM public.stories s
  WHERE ((s.id = story_covers.story_id) AND ((s.status = 'published'::text) OR (s.user_id = ( SELECT auth.uid() AS uid)))))));

CREATE POLICY "story_covers: story owners choose the primary cover" ON "public"."story_covers"
    AS PERMISSIVE FOR UPDATE
    TO "authenticated"
    USING ((EXISTS ( SELECT 1
   FROM public.stories s
  WHERE ((s.id = story_covers.story_id) AND (s.user_id = ( SELECT auth.uid() AS uid))))))
    WITH CHECK ((EXISTS ( SELECT 1
   FROM public.stories s
  WHERE ((s.id = story_covers.story_id) AND (s.user_id = ( SELECT auth.uid() AS uid))))));

CREATE POLICY "story_covers: story owners delete" ON "public"."story_covers"
    AS PERMISSIVE FOR DELETE
    TO "authenticated"
    USING ((EXISTS ( SELECT 1
   FROM public.stories s
  WHERE ((s.id = story_covers.story_id) AND (s.user_id = ( SELECT auth.uid() AS uid))))));

COMMENT ON TABLE "public"."story_covers" IS 'Generated cover images; at most one primary per story.';

CREATE TABLE "public"."story_pricing" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "story_id" uuid NOT NULL,
    "creator_id" uuid NOT NULL,
    "price_per_chapter" integer DEFAULT 0 NOT NULL,
    "bundle_discount" numeric(5,2) DEFAULT 0 NOT NULL,
    "is_free_sample" boolean DEFAULT false NOT NULL,
    "free_chapters" integer DEFAULT 0 NOT NULL,
    "premium_unlock_price" integer,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "story_pricing_bundle_discount_check" CHECK (((bundle_discount >= (0)::numeric) AND (bundle_discount <= (100)::numeric))),
    CONSTRAINT "story_pricing_free_chapters_check" CHECK ((free_chapters >= 0)),
    CONSTRAINT "story_pricing_pkey" PRIMARY KEY (id),
    CONSTRAINT "story_pricing_premium_unlock_price_check" CHECK ((premium_unlock_price > 0)),
    CONSTRAINT "story_pricing_price_per_chapter_check" CHECK ((price_per_chapter >= 0)),
    CONSTRAINT "story_pricing_story_id_key" UNIQUE (story_id)
);

ALTER TABLE "public"."story_pricing" ENABLE ROW LEVEL SECURITY;

ALTER TABLE "public"."story_pricing" ADD CONSTRAINT "story_pricing_creator_id_fkey" FOREIGN KEY (creator_id) REFERENCES public.profiles(id) ON DELETE CASCADE;

ALTER TABLE "public"."story_pricing" ADD CONSTRAINT "story_pricing_story_id_fkey" FOREIGN KEY (story_id) REFERENCES public.stories(id) ON DELETE CASCADE;

GRANT DELETE ON TABLE "public"."story_pricing" TO "authenticated";

GRANT DELETE ON TABLE "public"."story_pricing" TO "service_role";

GRANT INSERT ON TABLE "public"."story_pricing" TO "authenticated";

GRANT INSERT ON TABLE "public"."story_pricing" TO "service_role";

GRANT MAINTAIN ON TABLE "public"."story_pricing" TO "service_role";

GRANT REFERENCES ON TABLE "public"."story_pricing" TO "service_role";

GRANT SELECT ON TABLE "public"."story_pricing" TO "anon";

GRANT SELECT ON TABLE "public"."story_pricing" TO "authenticated";

GRANT SELECT ON TABLE "public"."story_pricing" TO "service_role";

GRANT TRIGGER ON TABLE "public"."story_pricing" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."story_pricing" TO "service_role";

GRANT UPDATE ON TABLE "public"."story_pricing" TO "authenticated";

GRANT UPDATE ON TABLE "public"."story_pricing" TO "service_role";

CREATE INDEX idx_story_pricing_creator_id ON public.story_pricing USING btree (creator_id);

CREATE POLICY "story_pricing: creators price their stories" ON "public"."story_pricing"
    AS PERMISSIVE FOR INSERT
    TO "authenticated"
    WITH CHECK (((creator_id = ( SELECT auth.uid() AS uid)) AND (EXISTS ( SELECT 1
   FROM public.stories s
  WHERE ((s.id = story_pricing.story_id) AND (s.user_id = ( SELECT auth.uid() AS uid)))))));

CREATE POLICY "story_pricing: creators remove prices" ON "public"."story_pricing"
    AS PERMISSIVE FOR DELETE
    TO "authenticated"
    USING ((creator_id = ( SELECT auth.uid() AS uid)));

CREATE POLICY "story_pricing: creators reprice" ON "public"."story_pricing"
    AS PERMISSIVE FOR UPDATE
    TO "authenticated"
    USING ((creator_id = ( SELECT auth.uid() AS uid)))
    WITH CHECK (((creator_id = ( SELECT auth.uid() AS uid)) AND (EXISTS ( SELECT 1
   FROM public.stories s
  WHERE ((s.id = story_pricing.story_id) AND (s.user_id = ( SELECT auth.uid() AS uid)))))));

CREATE POLICY "story_pricing: readable with their story" ON "public"."story_pricing"
    AS PERMISSIVE FOR SELECT
    TO "anon", "authenticated"
    USING (((creator_id = ( SELECT auth.uid() AS uid)) OR (EXISTS ( SELECT 1
   FROM public.stories s
  WHERE ((s.id = story_pricing.story_id) AND (s.status = 'published'::text))))));

COMMENT ON TABLE "public"."story_pricing" IS 'Price of a story''s chapters in credits, set by its creator.';

COMMENT ON COLUMN "public"."story_pricing"."bundle_discount" IS 'Percentage off when all chapters are bought at once.';

CREATE TABLE "public"."story_purchases" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "user_id" uuid NOT NULL,
    "story_id" uuid NOT NULL,
    "creator_id" uuid NOT NULL,
    "purchase_type" text NOT NULL,
    "chapters_unlocked" integer[] DEFAULT '{}'::integer[] NOT NULL,
    "credits_spent" integer NOT NULL,
    "creator_earnings" numeric(14,4) DEFAULT 0 NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "story_purchases_credits_spent_check" CHECK ((credits_spent >= 0)),
    CONSTRAINT "story_purchases_pkey" PRIMARY KEY (id),
    CONSTRAINT "story_purchases_purchase_type_check" CHECK ((purchase_type = ANY (ARRAY['chapter'::text, 'bundle'::text, 'premium_unlock'::text])))
);

ALTER TABLE "public"."story_purchases" ENABLE ROW LEVEL SECURITY;

ALTER TABLE "public"."story_purchases" ADD CONSTRAINT "story_purchases_creator_id_fkey" FOREIGN KEY (creator_id) REFERENCES public.profiles(id) ON DELETE CASCADE;

ALTER TABLE "public"."story_purchases" ADD CONSTRAINT "story_purchases_story_id_fkey" FOREIGN KEY (story_id) REFERENCES public.stories(id) ON DELETE CASCADE;

ALTER TABLE "public"."story_purchases" ADD CONSTRAINT "story_purchases_user_id_fkey" FOREIGN KEY (user_id) REFERENCES public.profiles(id) ON DELETE CASCADE;

GRANT DELETE ON TABLE "public"."story_purchases" TO "service_role";

GRANT INSERT ON TABLE "public"."story_purchases" TO "service_role";

GRANT MAINTAIN ON TABLE "public"."story_purchases" TO "service_role";

GRANT REFERENCES ON TABLE "public"."story_purchases" TO "service_role";

GRANT SELECT ON TABLE "public"."story_purchases" TO "authenticated";

GRANT SELECT ON TABLE "public"."story_purchases" TO "service_role";

GRANT TRIGGER ON TABLE "public"."story_purchases" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."story_purchases" TO "service_role";

GRANT UPDATE ON TABLE "public"."story_purchases" TO "service_role";

CREATE INDEX idx_story_purchases_creator_id ON public.story_purchases USING btree (creator_id);

CREATE INDEX idx_story_purchases_story_id ON public.story_purchases USING btree (story_id);

CREATE INDEX idx_story_purchases_user_story ON public.story_purchases USING btree (user_id, story_id);

CREATE POLICY "story_purchases: readers and creators read theirs" ON "public"."story_purchases"
    AS PERMISSIVE FOR SELECT
    TO "authenticated"
    USING (((user_id = ( SELECT auth.uid() AS uid)) OR (creator_id = ( SELECT auth.uid() AS uid))));

COMMENT ON TABLE "public"."story_purchases" IS 'What a reader unlocked of a story, and for how much.';

CREATE TABLE "public"."subscription_usage" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "user_id" uuid NOT NULL,
    "subscription_tier" text NOT NULL,
    "credits_used_this_month" integer DEFAULT 0 NOT NULL,
    "stories_read_this_month" integer DEFAULT 0 NOT NULL,
    "downloads_this_month" integer DEFAULT 0 NOT NULL,
    "period_start" date NOT NULL,
    "period_end" date NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "subscription_usage_counts_check" CHECK (((credits_used_this_month >= 0) AND (stories_read_this_month >= 0) AND (downloads_this_month >= 0))),
    CONSTRAINT "subscription_usage_period_check" CHECK ((period_end > period_start)),
    CONSTRAINT "subscription_usage_pkey" PRIMARY KEY (id),
    CONSTRAINT "subscription_usage_user_period_key" UNIQUE (user_id, period_start)
);

ALTER TABLE "public"."subscription_usage" ENABLE ROW LEVEL SECURITY;

ALTER TABLE "public"."subscription_usage" ADD CONSTRAINT "subscription_usage_user_id_fkey" FOREIGN KEY (user_id) REFERENCES public.profiles(id) ON DELETE CASCADE;

GRANT DELETE ON TABLE "public"."subscription_usage" TO "service_role";

GRANT INSERT ON TABLE "public"."subscription_usage" TO "service_role";

GRANT MAINTAIN ON TABLE "public"."subscription_usage" TO "service_role";

GRANT REFERENCES ON TABLE "public"."subscription_usage" TO "service_role";

GRANT SELECT ON TABLE "public"."subscription_usage" TO "authenticated";

GRANT SELECT ON TABLE "public"."subscription_usage" TO "service_role";

GRANT TRIGGER ON TABLE "public"."subscription_usage" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."subscription_usage" TO "service_role";

GRANT UPDATE ON TABLE "public"."subscription_usage" TO "service_role";

CREATE POLICY "subscription_usage: owners read" ON "public"."subscription_usage"
    AS PERMISSIVE FOR SELECT
    TO "authenticated"
    USING ((user_id = ( SELECT auth.uid() AS uid)));

COMMENT ON TABLE "public"."subscription_usage" IS 'Usage per account and billing period, for limits by subscription tier.';

CREATE TABLE "public"."user_library" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "user_id" uuid NOT NULL,
    "story_id" uuid NOT NULL,
    "added_at" timestamp with time zone DEFAULT now() NOT NULL,
    "is_favorite" boolean DEFAULT false NOT NULL,
    "reading_status" text DEFAULT 'want_to_read'::text NOT NULL,
    "personal_rating" smallint,
    "personal_notes" text,
    CONSTRAINT "user_library_personal_rating_check" CHECK (((personal_rating >= 1) AND (personal_rating <= 5))),
    CONSTRAINT "user_library_pkey" PRIMARY KEY (id),
    CONSTRAINT "user_library_reading_status_check" CHECK ((reading_status = ANY (ARRAY['want_to_read'::text, 'reading'::text, 'completed'::text, 'dropped'::text]))),
    CONSTRAINT "user_library_user_story_key" UNIQUE (user_id, story_id)
);

ALTER TABLE "public"."user_library" ENABLE ROW LEVEL SECURITY;

ALTER TABLE "public"."user_library" ADD CONSTRAINT "user_library_story_id_fkey" FOREIGN KEY (story_id) REFERENCES public.stories(id) ON DELETE CASCADE;

ALTER TABLE "public"."user_library" ADD CONSTRAINT "user_library_user_id_fkey" FOREIGN KEY (user_id) REFERENCES public.profiles(id) ON DELETE CASCADE;

GRANT DELETE ON TABLE "public"."user_library" TO "authenticated";

GRANT DELETE ON TABLE "public"."user_library" TO "service_role";

GRANT INSERT ON TABLE "public"."user_library" TO "authenticated";

GRANT INSERT ON TABLE "public"."user_library" TO "service_role";

GRANT MAINTAIN ON TABLE "public"."user_library" TO "service_role";

GRANT REFERENCES ON TABLE "public"."user_library" TO "service_role";

GRANT SELECT ON TABLE "public"."user_library" TO "authenticated";

GRANT SELECT ON TABLE "public"."user_library" TO "service_role";

GRANT TRIGGER ON TABLE "public"."user_library" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."user_library" TO "service_role";

GRANT UPDATE ON TABLE "public"."user_library" TO "authenticated";

GRANT UPDATE ON TABLE "public"."user_library" TO "service_role";

CREATE INDEX idx_user_library_story_id ON public.user_library USING btree (story_id);

CREATE POLICY "user_library: owners manage" ON "public"."user_library"
    AS PERMISSIVE FOR ALL
    TO "authenticated"
    USING ((user_id = ( SELECT auth.uid() AS uid)))
    WITH CHECK ((user_id = ( SELECT auth.uid() AS uid)));

COMMENT ON TABLE "public"."user_library" IS 'Stories a reader saved, with their own status and rating.';

CREATE TRIGGER cache_rewards_updated_at BEFORE UPDATE ON public.cache_rewards FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

CREATE TRIGGER chapters_story_metrics AFTER INSERT OR DELETE OR UPDATE OF story_id, word_count, tokens_used_input, tokens_used_output, generation_cost_usd ON public.chapters FOR EACH ROW EXECUTE FUNCTION public.chapters_story_metrics();

CREATE TRIGGER chapters_updated_at BEFORE UPDATE ON public.chapters FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

CREATE TRIGGER cover_generation_queue_updated_at BEFORE UPDATE ON public.cover_generation_queue FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

CREATE TRIGGER creator_earnings_accumulation_updated_at BEFORE UPDATE ON public.creator_earnings_accumulation FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

CREATE TRIGGER credit_packages_updated_at BEFORE UPDATE ON public.credit_packages FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

CREATE TRIGGER individual_payouts_updated_at BEFORE UPDATE ON public.individual_payouts FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

CREATE TRIGGER payments_updated_at BEFORE UPDATE ON public.payments FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

CREATE TRIGGER payouts_updated_at BEFORE UPDATE ON public.payouts FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

CREATE TRIGGER profiles_updated_at BEFORE UPDATE ON public.profiles FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

CREATE TRIGGER reading_progress_updated_at BEFORE UPDATE ON public.reading_progress FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

CREATE TRIGGER stories_updated_at BEFORE UPDATE ON public.stories FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

CREATE TRIGGER story_pricing_updated_at BEFORE UPDATE ON public.story_pricing FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

CREATE TRIGGER subscription_usage_updated_at BEFORE UPDATE ON public.subscription_usage FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

CREATE VIEW "public"."credit_balances" WITH (security_invoker=true) AS
SELECT p.id AS user_id,
    COALESCE(sum(t.amount), 0::bigint) AS credits_balance,
    COALESCE(sum(t.amount) FILTER (WHERE t.amount > 0), 0::bigint) AS credits_earned_total,
    COALESCE(- sum(t.amount) FILTER (WHERE t.amount < 0), 0::bigint) AS credits_spent_total
   FROM public.profiles p
     LEFT JOIN public.credit_transactions t ON t.user_id = p.id
  GROUP BY p.id;

GRANT SELECT ON TABLE "public"."credit_balances" TO "authenticated";

GRANT SELECT ON TABLE "public"."credit_balances" TO "service_role";

COMMENT ON VIEW "public"."credit_balances" IS 'Credit balance and lifetime totals per account, derived from the ledger. Runs with the caller''s rights, so row level security shows each account only its own row.';
