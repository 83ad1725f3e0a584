-- canon rollback of 0001_initial_schema
-- initial schema
-- this rollback cannot restore:
--   rows written to public.brand_profiles after this migration
--   rows written to public.conversations after this migration
--   rows written to public.generated_content after this migration
--   rows written to public.payment_failures after this migration
--   rows written to public.payments after this migration
--   rows written to public.stripe_customers after this migration
--   rows written to public.stripe_subscriptions after this migration
--   rows written to public.templates after this migration
--   rows written to public.tier_limits after this migration
--   rows written to public.tool_usage after this migration
--   rows written to public.usage_records after this migration
--   rows written to public.user_quotas after this migration
--   rows written to public.users after this migration
--   rows written to public.voice_fingerprints after this migration
--   rows written to public.voice_samples after this migration
--   rows written to public.voice_scores after this migration

DROP TRIGGER "update_voice_fingerprints_updated_at" ON "public"."voice_fingerprints";

DROP TRIGGER "update_users_updated_at" ON "public"."users";

DROP TRIGGER "update_user_quotas_updated_at" ON "public"."user_quotas";

DROP TRIGGER "update_tier_limits_updated_at" ON "public"."tier_limits";

DROP TRIGGER "update_templates_updated_at" ON "public"."templates";

DROP TRIGGER "update_stripe_subscriptions_updated_at" ON "public"."stripe_subscriptions";

DROP TRIGGER "update_stripe_customers_updated_at" ON "public"."stripe_customers";

DROP TRIGGER "update_generated_content_updated_at" ON "public"."generated_content";

DROP TRIGGER "update_conversations_updated_at" ON "public"."conversations";

DROP TRIGGER "update_brand_profiles_updated_at" ON "public"."brand_profiles";

DROP TRIGGER "sync_user_tier" ON "public"."stripe_subscriptions";

COMMENT ON TABLE "public"."voice_scores" IS NULL;

DROP POLICY "voice_scores: profile owners read" ON "public"."voice_scores";

DROP INDEX "public"."idx_voice_scores_profile";

DROP INDEX "public"."idx_voice_scores_content";

REVOKE UPDATE ON TABLE "public"."voice_scores" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."voice_scores" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."voice_scores" FROM "service_role";

REVOKE SELECT ON TABLE "public"."voice_scores" FROM "service_role";

REVOKE SELECT ON TABLE "public"."voice_scores" FROM "authenticated";

REVOKE REFERENCES ON TABLE "public"."voice_scores" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."voice_scores" FROM "service_role";

REVOKE INSERT ON TABLE "public"."voice_scores" FROM "service_role";

REVOKE DELETE ON TABLE "public"."voice_scores" FROM "service_role";

ALTER TABLE "public"."voice_scores" DROP CONSTRAINT "voice_scores_profile_id_fkey";

DROP TABLE "public"."voice_scores";

COMMENT ON TABLE "public"."voice_samples" IS NULL;

DROP POLICY "voice_samples: profile owners manage" ON "public"."voice_samples";

DROP INDEX "public"."idx_voice_samples_profile";

DROP INDEX "public"."idx_voice_samples_analyzed";

REVOKE UPDATE ("word_count") ON TABLE "public"."voice_samples" FROM "authenticated";

REVOKE UPDATE ("title") ON TABLE "public"."voice_samples" FROM "authenticated";

REVOKE UPDATE ("source_url") ON TABLE "public"."voice_samples" FROM "authenticated";

REVOKE UPDATE ("source_platform") ON TABLE "public"."voice_samples" FROM "authenticated";

REVOKE UPDATE ("is_primary_example") ON TABLE "public"."voice_samples" FROM "authenticated";

REVOKE UPDATE ("content_type") ON TABLE "public"."voice_samples" FROM "authenticated";

REVOKE UPDATE ("content") ON TABLE "public"."voice_samples" FROM "authenticated";

REVOKE UPDATE ON TABLE "public"."voice_samples" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."voice_samples" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."voice_samples" FROM "service_role";

REVOKE SELECT ON TABLE "public"."voice_samples" FROM "service_role";

REVOKE SELECT ON TABLE "public"."voice_samples" FROM "authenticated";

REVOKE REFERENCES ON TABLE "public"."voice_samples" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."voice_samples" FROM "service_role";

REVOKE INSERT ("word_count") ON TABLE "public"."voice_samples" FROM "authenticated";

REVOKE INSERT ("title") ON TABLE "public"."voice_samples" FROM "authenticated";

REVOKE INSERT ("source_url") ON TABLE "public"."voice_samples" FROM "authenticated";

REVOKE INSERT ("source_platform") ON TABLE "public"."voice_samples" FROM "authenticated";

REVOKE INSERT ("profile_id") ON TABLE "public"."voice_samples" FROM "authenticated";

REVOKE INSERT ("is_primary_example") ON TABLE "public"."voice_samples" FROM "authenticated";

REVOKE INSERT ("content_type") ON TABLE "public"."voice_samples" FROM "authenticated";

REVOKE INSERT ("content") ON TABLE "public"."voice_samples" FROM "authenticated";

REVOKE INSERT ON TABLE "public"."voice_samples" FROM "service_role";

REVOKE DELETE ON TABLE "public"."voice_samples" FROM "service_role";

REVOKE DELETE ON TABLE "public"."voice_samples" FROM "authenticated";

ALTER TABLE "public"."voice_samples" DROP CONSTRAINT "voice_samples_profile_id_fkey";

DROP TABLE "public"."voice_samples";

COMMENT ON TABLE "public"."voice_fingerprints" IS NULL;

DROP POLICY "voice_fingerprints: profile owners read" ON "public"."voice_fingerprints";

REVOKE UPDATE ON TABLE "public"."voice_fingerprints" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."voice_fingerprints" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."voice_fingerprints" FROM "service_role";

REVOKE SELECT ON TABLE "public"."voice_fingerprints" FROM "service_role";

REVOKE SELECT ON TABLE "public"."voice_fingerprints" FROM "authenticated";

REVOKE REFERENCES ON TABLE "public"."voice_fingerprints" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."voice_fingerprints" FROM "service_role";

REVOKE INSERT ON TABLE "public"."voice_fingerprints" FROM "service_role";

REVOKE DELETE ON TABLE "public"."voice_fingerprints" FROM "service_role";

ALTER TABLE "public"."voice_fingerprints" DROP CONSTRAINT "voice_fingerprints_profile_id_fkey";

ALTER TABLE "public"."brand_profiles" DROP CONSTRAINT "brand_profiles_voice_fingerprint_id_fkey";

DROP TABLE "public"."voice_fingerprints";

COMMENT ON TABLE "public"."users" IS NULL;

DROP POLICY "users: owners update" ON "public"."users";

DROP POLICY "users: owners read" ON "public"."users";

REVOKE UPDATE ("name") ON TABLE "public"."users" FROM "authenticated";

REVOKE UPDATE ON TABLE "public"."users" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."users" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."users" FROM "service_role";

REVOKE SELECT ON TABLE "public"."users" FROM "service_role";

REVOKE SELECT ON TABLE "public"."users" FROM "authenticated";

REVOKE REFERENCES ON TABLE "public"."users" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."users" FROM "service_role";

REVOKE INSERT ON TABLE "public"."users" FROM "service_role";

REVOKE DELETE ON TABLE "public"."users" FROM "service_role";

COMMENT ON FUNCTION "public"."sync_user_tier_from_subscription"() IS NULL;

GRANT EXECUTE ON FUNCTION "public"."sync_user_tier_from_subscription"() TO PUBLIC;

DROP FUNCTION "public"."sync_user_tier_from_subscription"();

COMMENT ON FUNCTION "public"."get_subscription_status"(uuid) IS NULL;

DROP FUNCTION "public"."get_subscription_status"(uuid);

ALTER TABLE "public"."users" DROP CONSTRAINT "users_user_id_fkey";

ALTER TABLE "public"."user_quotas" DROP CONSTRAINT "user_quotas_user_id_fkey";

ALTER TABLE "public"."usage_records" DROP CONSTRAINT "usage_records_user_id_fkey";

ALTER TABLE "public"."templates" DROP CONSTRAINT "templates_user_id_fkey";

ALTER TABLE "public"."stripe_subscriptions" DROP CONSTRAINT "stripe_subscriptions_user_id_fkey";

ALTER TABLE "public"."stripe_customers" DROP CONSTRAINT "stripe_customers_user_id_fkey";

ALTER TABLE "public"."payments" DROP CONSTRAINT "payments_user_id_fkey";

ALTER TABLE "public"."payment_failures" DROP CONSTRAINT "payment_failures_user_id_fkey";

ALTER TABLE "public"."generated_content" DROP CONSTRAINT "generated_content_user_id_fkey";

ALTER TABLE "public"."conversations" DROP CONSTRAINT "conversations_user_id_fkey";

ALTER TABLE "public"."brand_profiles" DROP CONSTRAINT "brand_profiles_user_id_fkey";

DROP TABLE "public"."users";

COMMENT ON TABLE "public"."user_quotas" IS NULL;

DROP POLICY "user_quotas: owners read" ON "public"."user_quotas";

REVOKE UPDATE ON TABLE "public"."user_quotas" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."user_quotas" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."user_quotas" FROM "service_role";

REVOKE SELECT ON TABLE "public"."user_quotas" FROM "service_role";

REVOKE SELECT ON TABLE "public"."user_quotas" FROM "authenticated";

REVOKE REFERENCES ON TABLE "public"."user_quotas" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."user_quotas" FROM "service_role";

REVOKE INSERT ON TABLE "public"."user_quotas" FROM "service_role";

REVOKE EXECUTE ON FUNCTION "public"."increment_user_usage"(uuid, text, integer, jsonb) FROM "service_role";

REVOKE EXECUTE ON FUNCTION "public"."reset_expired_quotas"() FROM "service_role";

REVOKE EXECUTE ON FUNCTION "public"."increment_user_usage"(uuid, text, integer, jsonb) FROM "authenticated";

REVOKE DELETE ON TABLE "public"."user_quotas" FROM "service_role";

COMMENT ON FUNCTION "public"."reset_expired_quotas"() IS NULL;

GRANT EXECUTE ON FUNCTION "public"."reset_expired_quotas"() TO PUBLIC;

DROP FUNCTION "public"."reset_expired_quotas"();

COMMENT ON FUNCTION "public"."increment_user_usage"(uuid, text, integer, jsonb) IS NULL;

GRANT EXECUTE ON FUNCTION "public"."increment_user_usage"(uuid, text, integer, jsonb) TO PUBLIC;

DROP FUNCTION "public"."increment_user_usage"(uuid, text, integer, jsonb);

COMMENT ON FUNCTION "public"."get_current_month_usage"(uuid) IS NULL;

DROP FUNCTION "public"."get_current_month_usage"(uuid);

COMMENT ON FUNCTION "public"."check_quota_available"(uuid) IS NULL;

DROP FUNCTION "public"."check_quota_available"(uuid);

DROP TABLE "public"."user_quotas";

COMMENT ON TABLE "public"."usage_records" IS NULL;

DROP POLICY "usage_records: owners read" ON "public"."usage_records";

DROP INDEX "public"."idx_usage_records_user_time";

REVOKE UPDATE ON TABLE "public"."usage_records" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."usage_records" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."usage_records" FROM "service_role";

REVOKE SELECT ON TABLE "public"."usage_records" FROM "service_role";

REVOKE SELECT ON TABLE "public"."usage_records" FROM "authenticated";

REVOKE REFERENCES ON TABLE "public"."usage_records" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."usage_records" FROM "service_role";

REVOKE INSERT ON TABLE "public"."usage_records" FROM "service_role";

REVOKE DELETE ON TABLE "public"."usage_records" FROM "service_role";

COMMENT ON FUNCTION "public"."get_usage_breakdown"(uuid, timestamp with time zone, timestamp with time zone) IS NULL;

DROP FUNCTION "public"."get_usage_breakdown"(uuid, timestamp with time zone, timestamp with time zone);

COMMENT ON FUNCTION "public"."get_daily_usage"(uuid) IS NULL;

DROP FUNCTION "public"."get_daily_usage"(uuid);

DROP TABLE "public"."usage_records";

COMMENT ON TABLE "public"."tool_usage" IS NULL;

DROP POLICY "tool_usage: anyone can read" ON "public"."tool_usage";

REVOKE UPDATE ON TABLE "public"."tool_usage" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."tool_usage" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."tool_usage" FROM "service_role";

REVOKE SELECT ON TABLE "public"."tool_usage" FROM "service_role";

REVOKE SELECT ON TABLE "public"."tool_usage" FROM "authenticated";

REVOKE SELECT ON TABLE "public"."tool_usage" FROM "anon";

REVOKE REFERENCES ON TABLE "public"."tool_usage" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."tool_usage" FROM "service_role";

REVOKE INSERT ON TABLE "public"."tool_usage" FROM "service_role";

REVOKE EXECUTE ON FUNCTION "public"."increment_tool_usage"(text) FROM "service_role";

REVOKE EXECUTE ON FUNCTION "public"."increment_tool_usage"(text) FROM "authenticated";

REVOKE DELETE ON TABLE "public"."tool_usage" FROM "service_role";

COMMENT ON FUNCTION "public"."increment_tool_usage"(text) IS NULL;

GRANT EXECUTE ON FUNCTION "public"."increment_tool_usage"(text) TO PUBLIC;

DROP FUNCTION "public"."increment_tool_usage"(text);

COMMENT ON FUNCTION "public"."get_tool_stats"() IS NULL;

DROP FUNCTION "public"."get_tool_stats"();

DROP TABLE "public"."tool_usage";

COMMENT ON COLUMN "public"."tier_limits"."daily_limit" IS NULL;

COMMENT ON TABLE "public"."tier_limits" IS NULL;

DROP POLICY "tier_limits: anyone can read" ON "public"."tier_limits";

REVOKE UPDATE ON TABLE "public"."tier_limits" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."tier_limits" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."tier_limits" FROM "service_role";

REVOKE SELECT ON TABLE "public"."tier_limits" FROM "service_role";

REVOKE SELECT ON TABLE "public"."tier_limits" FROM "authenticated";

REVOKE SELECT ON TABLE "public"."tier_limits" FROM "anon";

REVOKE REFERENCES ON TABLE "public"."tier_limits" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."tier_limits" FROM "service_role";

REVOKE INSERT ON TABLE "public"."tier_limits" FROM "service_role";

REVOKE DELETE ON TABLE "public"."tier_limits" FROM "service_role";

DROP TABLE "public"."tier_limits";

COMMENT ON TABLE "public"."templates" IS NULL;

DROP POLICY "templates: public templates" ON "public"."templates";

DROP POLICY "templates: public templates and own" ON "public"."templates";

DROP POLICY "templates: owners update" ON "public"."templates";

DROP POLICY "templates: owners delete" ON "public"."templates";

DROP POLICY "templates: owners create" ON "public"."templates";

DROP INDEX "public"."idx_templates_user_id";

DROP INDEX "public"."idx_templates_use_count";

DROP INDEX "public"."idx_templates_tool_id";

DROP INDEX "public"."idx_templates_tags";

DROP INDEX "public"."idx_templates_category";

REVOKE UPDATE ("tool_id") ON TABLE "public"."templates" FROM "authenticated";

REVOKE UPDATE ("tags") ON TABLE "public"."templates" FROM "authenticated";

REVOKE UPDATE ("slug") ON TABLE "public"."templates" FROM "authenticated";

REVOKE UPDATE ("preset_inputs") ON TABLE "public"."templates" FROM "authenticated";

REVOKE UPDATE ("name") ON TABLE "public"."templates" FROM "authenticated";

REVOKE UPDATE ("is_public") ON TABLE "public"."templates" FROM "authenticated";

REVOKE UPDATE ("description") ON TABLE "public"."templates" FROM "authenticated";

REVOKE UPDATE ("category") ON TABLE "public"."templates" FROM "authenticated";

REVOKE UPDATE ON TABLE "public"."templates" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."templates" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."templates" FROM "service_role";

REVOKE SELECT ON TABLE "public"."templates" FROM "service_role";

REVOKE SELECT ON TABLE "public"."templates" FROM "authenticated";

REVOKE SELECT ON TABLE "public"."templates" FROM "anon";

REVOKE REFERENCES ON TABLE "public"."templates" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."templates" FROM "service_role";

REVOKE INSERT ("user_id") ON TABLE "public"."templates" FROM "authenticated";

REVOKE INSERT ("tool_id") ON TABLE "public"."templates" FROM "authenticated";

REVOKE INSERT ("tags") ON TABLE "public"."templates" FROM "authenticated";

REVOKE INSERT ("slug") ON TABLE "public"."templates" FROM "authenticated";

REVOKE INSERT ("preset_inputs") ON TABLE "public"."templates" FROM "authenticated";

REVOKE INSERT ("name") ON TABLE "public"."templates" FROM "authenticated";

REVOKE INSERT ("is_public") ON TABLE "public"."templates" FROM "authenticated";

REVOKE INSERT ("description") ON TABLE "public"."templates" FROM "authenticated";

REVOKE INSERT ("category") ON TABLE "public"."templates" FROM "authenticated";

REVOKE INSERT ON TABLE "public"."templates" FROM "service_role";

REVOKE EXECUTE ON FUNCTION "public"."increment_template_use_count"(uuid) FROM "service_role";

REVOKE EXECUTE ON FUNCTION "public"."increment_template_use_count"(uuid) FROM "authenticated";

REVOKE DELETE ON TABLE "public"."templates" FROM "service_role";

REVOKE DELETE ON TABLE "public"."templates" FROM "authenticated";

COMMENT ON FUNCTION "public"."increment_template_use_count"(uuid) IS NULL;

GRANT EXECUTE ON FUNCTION "public"."increment_template_use_count"(uuid) TO PUBLIC;

DROP FUNCTION "public"."increment_template_use_count"(uuid);

DROP TABLE "public"."templates";

COMMENT ON TABLE "public"."stripe_subscriptions" IS NULL;

DROP POLICY "stripe_subscriptions: owners read" ON "public"."stripe_subscriptions";

DROP INDEX "public"."idx_stripe_subscriptions_user_id";

REVOKE UPDATE ON TABLE "public"."stripe_subscriptions" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."stripe_subscriptions" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."stripe_subscriptions" FROM "service_role";

REVOKE SELECT ON TABLE "public"."stripe_subscriptions" FROM "service_role";

REVOKE SELECT ON TABLE "public"."stripe_subscriptions" FROM "authenticated";

REVOKE REFERENCES ON TABLE "public"."stripe_subscriptions" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."stripe_subscriptions" FROM "service_role";

REVOKE INSERT ON TABLE "public"."stripe_subscriptions" FROM "service_role";

REVOKE DELETE ON TABLE "public"."stripe_subscriptions" FROM "service_role";

DROP TABLE "public"."stripe_subscriptions";

COMMENT ON TABLE "public"."stripe_customers" IS NULL;

DROP POLICY "stripe_customers: owners read" ON "public"."stripe_customers";

REVOKE UPDATE ON TABLE "public"."stripe_customers" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."stripe_customers" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."stripe_customers" FROM "service_role";

REVOKE SELECT ON TABLE "public"."stripe_customers" FROM "service_role";

REVOKE SELECT ON TABLE "public"."stripe_customers" FROM "authenticated";

REVOKE REFERENCES ON TABLE "public"."stripe_customers" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."stripe_customers" FROM "service_role";

REVOKE INSERT ON TABLE "public"."stripe_customers" FROM "service_role";

REVOKE DELETE ON TABLE "public"."stripe_customers" FROM "service_role";

DROP TABLE "public"."stripe_customers";

COMMENT ON TABLE "public"."payments" IS NULL;

DROP POLICY "payments: owners read" ON "public"."payments";

DROP INDEX "public"."idx_payments_user_id";

REVOKE UPDATE ON TABLE "public"."payments" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."payments" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."payments" FROM "service_role";

REVOKE SELECT ON TABLE "public"."payments" FROM "service_role";

REVOKE SELECT ON TABLE "public"."payments" FROM "authenticated";

REVOKE REFERENCES ON TABLE "public"."payments" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."payments" FROM "service_role";

REVOKE INSERT ON TABLE "public"."payments" FROM "service_role";

REVOKE DELETE ON TABLE "public"."payments" FROM "service_role";

DROP TABLE "public"."payments";

COMMENT ON TABLE "public"."payment_failures" IS NULL;

DROP POLICY "payment_failures: owners read" ON "public"."payment_failures";

DROP INDEX "public"."idx_payment_failures_user_id";

DROP INDEX "public"."idx_payment_failures_unresolved";

REVOKE UPDATE ON TABLE "public"."payment_failures" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."payment_failures" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."payment_failures" FROM "service_role";

REVOKE SELECT ON TABLE "public"."payment_failures" FROM "service_role";

REVOKE SELECT ON TABLE "public"."payment_failures" FROM "authenticated";

REVOKE REFERENCES ON TABLE "public"."payment_failures" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."payment_failures" FROM "service_role";

REVOKE INSERT ON TABLE "public"."payment_failures" FROM "service_role";

REVOKE DELETE ON TABLE "public"."payment_failures" FROM "service_role";

DROP TABLE "public"."payment_failures";

COMMENT ON TABLE "public"."generated_content" IS NULL;

DROP POLICY "generated_content: owners update" ON "public"."generated_content";

DROP POLICY "generated_content: owners read" ON "public"."generated_content";

DROP POLICY "generated_content: owners delete" ON "public"."generated_content";

DROP POLICY "generated_content: owners create" ON "public"."generated_content";

DROP INDEX "public"."idx_generated_content_user_id";

DROP INDEX "public"."idx_generated_content_user_favorites";

DROP INDEX "public"."idx_generated_content_tool_id";

DROP INDEX "public"."idx_generated_content_title";

DROP INDEX "public"."idx_generated_content_is_favorite";

DROP INDEX "public"."idx_generated_content_created_at";

REVOKE UPDATE ("title") ON TABLE "public"."generated_content" FROM "authenticated";

REVOKE UPDATE ("is_favorite") ON TABLE "public"."generated_content" FROM "authenticated";

REVOKE UPDATE ON TABLE "public"."generated_content" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."generated_content" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."generated_content" FROM "service_role";

REVOKE SELECT ON TABLE "public"."generated_content" FROM "service_role";

REVOKE SELECT ON TABLE "public"."generated_content" FROM "authenticated";

REVOKE REFERENCES ON TABLE "public"."generated_content" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."generated_content" FROM "service_role";

REVOKE INSERT ("user_id") ON TABLE "public"."generated_content" FROM "authenticated";

REVOKE INSERT ("tool_name") ON TABLE "public"."generated_content" FROM "authenticated";

REVOKE INSERT ("tool_id") ON TABLE "public"."generated_content" FROM "authenticated";

REVOKE INSERT ("title") ON TABLE "public"."generated_content" FROM "authenticated";

REVOKE INSERT ("provider") ON TABLE "public"."generated_content" FROM "authenticated";

REVOKE INSERT ("output") ON TABLE "public"."generated_content" FROM "authenticated";

REVOKE INSERT ("inputs") ON TABLE "public"."generated_content" FROM "authenticated";

REVOKE INSERT ("execution_time_ms") ON TABLE "public"."generated_content" FROM "authenticated";

REVOKE INSERT ON TABLE "public"."generated_content" FROM "service_role";

REVOKE DELETE ON TABLE "public"."generated_content" FROM "service_role";

REVOKE DELETE ON TABLE "public"."generated_content" FROM "authenticated";

COMMENT ON FUNCTION "public"."toggle_favorite"(uuid) IS NULL;

DROP FUNCTION "public"."toggle_favorite"(uuid);

COMMENT ON FUNCTION "public"."set_favorite"(uuid, boolean) IS NULL;

DROP FUNCTION "public"."set_favorite"(uuid, boolean);

DROP TABLE "public"."generated_content";

COMMENT ON TABLE "public"."conversations" IS NULL;

DROP POLICY "conversations: owners manage" ON "public"."conversations";

DROP INDEX "public"."idx_conversations_user_id";

DROP INDEX "public"."idx_conversations_updated_at";

DROP INDEX "public"."idx_conversations_created_at";

REVOKE UPDATE ON TABLE "public"."conversations" FROM "service_role";

REVOKE UPDATE ON TABLE "public"."conversations" FROM "authenticated";

REVOKE TRUNCATE ON TABLE "public"."conversations" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."conversations" FROM "service_role";

REVOKE SELECT ON TABLE "public"."conversations" FROM "service_role";

REVOKE SELECT ON TABLE "public"."conversations" FROM "authenticated";

REVOKE REFERENCES ON TABLE "public"."conversations" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."conversations" FROM "service_role";

REVOKE INSERT ON TABLE "public"."conversations" FROM "service_role";

REVOKE INSERT ON TABLE "public"."conversations" FROM "authenticated";

REVOKE DELETE ON TABLE "public"."conversations" FROM "service_role";

REVOKE DELETE ON TABLE "public"."conversations" FROM "authenticated";

COMMENT ON FUNCTION "public"."upsert_conversation"(text, jsonb, jsonb) IS NULL;

DROP FUNCTION "public"."upsert_conversation"(text, jsonb, jsonb);

COMMENT ON FUNCTION "public"."add_conversation_message"(text, jsonb) IS NULL;

DROP FUNCTION "public"."add_conversation_message"(text, jsonb);

DROP TABLE "public"."conversations";

COMMENT ON TABLE "public"."brand_profiles" IS NULL;

DROP POLICY "brand_profiles: owners manage" ON "public"."brand_profiles";

DROP INDEX "public"."idx_brand_profiles_voice_fingerprint_id";

DROP INDEX "public"."idx_brand_profiles_tone_keywords";

DROP INDEX "public"."brand_profiles_one_default";

REVOKE UPDATE ("writing_style") ON TABLE "public"."brand_profiles" FROM "authenticated";

REVOKE UPDATE ("tone_keywords") ON TABLE "public"."brand_profiles" FROM "authenticated";

REVOKE UPDATE ("target_audience") ON TABLE "public"."brand_profiles" FROM "authenticated";

REVOKE UPDATE ("slug") ON TABLE "public"."brand_profiles" FROM "authenticated";

REVOKE UPDATE ("preferred_words") ON TABLE "public"."brand_profiles" FROM "authenticated";

REVOKE UPDATE ("name") ON TABLE "public"."brand_profiles" FROM "authenticated";

REVOKE UPDATE ("is_default") ON TABLE "public"."brand_profiles" FROM "authenticated";

REVOKE UPDATE ("is_active") ON TABLE "public"."brand_profiles" FROM "authenticated";

REVOKE UPDATE ("industry") ON TABLE "public"."brand_profiles" FROM "authenticated";

REVOKE UPDATE ("example_content") ON TABLE "public"."brand_profiles" FROM "authenticated";

REVOKE UPDATE ("content_themes") ON TABLE "public"."brand_profiles" FROM "authenticated";

REVOKE UPDATE ("brand_values") ON TABLE "public"."brand_profiles" FROM "authenticated";

REVOKE UPDATE ("avoid_words") ON TABLE "public"."brand_profiles" FROM "authenticated";

REVOKE UPDATE ON TABLE "public"."brand_profiles" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."brand_profiles" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."brand_profiles" FROM "service_role";

REVOKE SELECT ON TABLE "public"."brand_profiles" FROM "service_role";

REVOKE SELECT ON TABLE "public"."brand_profiles" FROM "authenticated";

REVOKE REFERENCES ON TABLE "public"."brand_profiles" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."brand_profiles" FROM "service_role";

REVOKE INSERT ("writing_style") ON TABLE "public"."brand_profiles" FROM "authenticated";

REVOKE INSERT ("user_id") ON TABLE "public"."brand_profiles" FROM "authenticated";

REVOKE INSERT ("tone_keywords") ON TABLE "public"."brand_profiles" FROM "authenticated";

REVOKE INSERT ("target_audience") ON TABLE "public"."brand_profiles" FROM "authenticated";

REVOKE INSERT ("slug") ON TABLE "public"."brand_profiles" FROM "authenticated";

REVOKE INSERT ("preferred_words") ON TABLE "public"."brand_profiles" FROM "authenticated";

REVOKE INSERT ("name") ON TABLE "public"."brand_profiles" FROM "authenticated";

REVOKE INSERT ("is_active") ON TABLE "public"."brand_profiles" FROM "authenticated";

REVOKE INSERT ("industry") ON TABLE "public"."brand_profiles" FROM "authenticated";

REVOKE INSERT ("example_content") ON TABLE "public"."brand_profiles" FROM "authenticated";

REVOKE INSERT ("content_themes") ON TABLE "public"."brand_profiles" FROM "authenticated";

REVOKE INSERT ("brand_values") ON TABLE "public"."brand_profiles" FROM "authenticated";

REVOKE INSERT ("avoid_words") ON TABLE "public"."brand_profiles" FROM "authenticated";

REVOKE INSERT ON TABLE "public"."brand_profiles" FROM "service_role";

REVOKE DELETE ON TABLE "public"."brand_profiles" FROM "service_role";

REVOKE DELETE ON TABLE "public"."brand_profiles" FROM "authenticated";

COMMENT ON FUNCTION "public"."set_default_brand_profile"(uuid) IS NULL;

DROP FUNCTION "public"."set_default_brand_profile"(uuid);

DROP TABLE "public"."brand_profiles";

COMMENT ON FUNCTION "public"."update_updated_at_column"() IS NULL;

DROP FUNCTION "public"."update_updated_at_column"();

COMMENT ON FUNCTION "public"."is_privileged_request"() IS NULL;

DROP FUNCTION "public"."is_privileged_request"();
