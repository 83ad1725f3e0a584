-- canon rollback of 0001_initial_schema
-- initial schema
-- this rollback cannot restore:
--   rows written to public.ai_usage_logs after this migration
--   rows written to public.cache_rewards after this migration
--   rows written to public.chapters after this migration
--   rows written to public.cover_generation_queue after this migration
--   rows written to public.creator_earnings after this migration
--   rows written to public.creator_earnings_accumulation after this migration
--   rows written to public.credit_packages after this migration
--   rows written to public.credit_transactions after this migration
--   rows written to public.exports after this migration
--   rows written to public.generation_logs after this migration
--   rows written to public.individual_payouts after this migration
--   rows written to public.infinite_pages_cache after this migration
--   rows written to public.monthly_payout_batches after this migration
--   rows written to public.payments after this migration
--   rows written to public.payouts after this migration
--   rows written to public.profiles after this migration
--   rows written to public.reading_progress after this migration
--   rows written to public.stories after this migration
--   rows written to public.story_covers after this migration
--   rows written to public.story_pricing after this migration
--   rows written to public.story_purchases after this migration
--   rows written to public.subscription_usage after this migration
--   rows written to public.user_library after this migration

COMMENT ON VIEW "public"."credit_balances" IS NULL;

REVOKE SELECT ON TABLE "public"."credit_balances" FROM "service_role";

REVOKE SELECT ON TABLE "public"."credit_balances" FROM "authenticated";

DROP VIEW "public"."credit_balances";

DROP TRIGGER "subscription_usage_updated_at" ON "public"."subscription_usage";

DROP TRIGGER "story_pricing_updated_at" ON "public"."story_pricing";

DROP TRIGGER "stories_updated_at" ON "public"."stories";

DROP TRIGGER "reading_progress_updated_at" ON "public"."reading_progress";

DROP TRIGGER "profiles_updated_at" ON "public"."profiles";

DROP TRIGGER "payouts_updated_at" ON "public"."payouts";

DROP TRIGGER "payments_updated_at" ON "public"."payments";

DROP TRIGGER "individual_payouts_updated_at" ON "public"."individual_payouts";

DROP TRIGGER "credit_packages_updated_at" ON "public"."credit_packages";

DROP TRIGGER "creator_earnings_accumulation_updated_at" ON "public"."creator_earnings_accumulation";

DROP TRIGGER "cover_generation_queue_updated_at" ON "public"."cover_generation_queue";

DROP TRIGGER "chapters_updated_at" ON "public"."chapters";

DROP TRIGGER "chapters_story_metrics" ON "public"."chapters";

DROP TRIGGER "cache_rewards_updated_at" ON "public"."cache_rewards";

COMMENT ON TABLE "public"."user_library" IS NULL;

DROP POLICY "user_library: owners manage" ON "public"."user_library";

DROP INDEX "public"."idx_user_library_story_id";

REVOKE UPDATE ON TABLE "public"."user_library" FROM "service_role";

REVOKE UPDATE ON TABLE "public"."user_library" FROM "authenticated";

REVOKE TRUNCATE ON TABLE "public"."user_library" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."user_library" FROM "service_role";

REVOKE SELECT ON TABLE "public"."user_library" FROM "service_role";

REVOKE SELECT ON TABLE "public"."user_library" FROM "authenticated";

REVOKE REFERENCES ON TABLE "public"."user_library" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."user_library" FROM "service_role";

REVOKE INSERT ON TABLE "public"."user_library" FROM "service_role";

REVOKE INSERT ON TABLE "public"."user_library" FROM "authenticated";

REVOKE DELETE ON TABLE "public"."user_library" FROM "service_role";

REVOKE DELETE ON TABLE "public"."user_library" FROM "authenticated";

ALTER TABLE "public"."user_library" DROP CONSTRAINT "user_library_user_id_fkey";

ALTER TABLE "public"."user_library" DROP CONSTRAINT "user_library_story_id_fkey";

DROP TABLE "public"."user_library";

COMMENT ON TABLE "public"."subscription_usage" IS NULL;

DROP POLICY "subscription_usage: owners read" ON "public"."subscription_usage";

REVOKE UPDATE ON TABLE "public"."subscription_usage" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."subscription_usage" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."subscription_usage" FROM "service_role";

REVOKE SELECT ON TABLE "public"."subscription_usage" FROM "service_role";

REVOKE SELECT ON TABLE "public"."subscription_usage" FROM "authenticated";

REVOKE REFERENCES ON TABLE "public"."subscription_usage" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."subscription_usage" FROM "service_role";

REVOKE INSERT ON TABLE "public"."subscription_usage" FROM "service_role";

REVOKE DELETE ON TABLE "public"."subscription_usage" FROM "service_role";

ALTER TABLE "public"."subscription_usage" DROP CONSTRAINT "subscription_usage_user_id_fkey";

DROP TABLE "public"."subscription_usage";

COMMENT ON TABLE "public"."story_purchases" IS NULL;

DROP POLICY "story_purchases: readers and creators read theirs" ON "public"."story_purchases";

DROP INDEX "public"."idx_story_purchases_user_story";

DROP INDEX "public"."idx_story_purchases_story_id";

DROP INDEX "public"."idx_story_purchases_creator_id";

REVOKE UPDATE ON TABLE "public"."story_purchases" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."story_purchases" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."story_purchases" FROM "service_role";

REVOKE SELECT ON TABLE "public"."story_purchases" FROM "service_role";

REVOKE SELECT ON TABLE "public"."story_purchases" FROM "authenticated";

REVOKE REFERENCES ON TABLE "public"."story_purchases" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."story_purchases" FROM "service_role";

REVOKE INSERT ON TABLE "public"."story_purchases" FROM "service_role";

REVOKE DELETE ON TABLE "public"."story_purchases" FROM "service_role";

ALTER TABLE "public"."story_purchases" DROP CONSTRAINT "story_purchases_user_id_fkey";

ALTER TABLE "public"."story_purchases" DROP CONSTRAINT "story_purchases_story_id_fkey";

ALTER TABLE "public"."story_purchases" DROP CONSTRAINT "story_purchases_creator_id_fkey";

DROP TABLE "public"."story_purchases";

COMMENT ON COLUMN "public"."story_pricing"."bundle_discount" IS NULL;

COMMENT ON TABLE "public"."story_pricing" IS NULL;

DROP POLICY "story_pricing: readable with their story" ON "public"."story_pricing";

DROP POLICY "story_pricing: creators reprice" ON "public"."story_pricing";

DROP POLICY "story_pricing: creators remove prices" ON "public"."story_pricing";

DROP POLICY "story_pricing: creators price their stories" ON "public"."story_pricing";

DROP INDEX "public"."idx_story_pricing_creator_id";

REVOKE UPDATE ON TABLE "public"."story_pricing" FROM "service_role";

REVOKE UPDATE ON TABLE "public"."story_pricing" FROM "authenticated";

REVOKE TRUNCATE ON TABLE "public"."story_pricing" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."story_pricing" FROM "service_role";

REVOKE SELECT ON TABLE "public"."story_pricing" FROM "service_role";

REVOKE SELECT ON TABLE "public"."story_pricing" FROM "authenticated";

REVOKE SELECT ON TABLE "public"."story_pricing" FROM "anon";

REVOKE REFERENCES ON TABLE "public"."story_pricing" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."story_pricing" FROM "service_role";

REVOKE INSERT ON TABLE "public"."story_pricing" FROM "service_role";

REVOKE INSERT ON TABLE "public"."story_pricing" FROM "authenticated";

REVOKE DELETE ON TABLE "public"."story_pricing" FROM "service_role";

REVOKE DELETE ON TABLE "public"."story_pricing" FROM "authenticated";

ALTER TABLE "public"."story_pricing" DROP CONSTRAINT "story_pricing_story_id_fkey";

ALTER TABLE "public"."story_pricing" DROP CONSTRAINT "story_pricing_creator_id_fkey";

DROP TABLE "public"."story_pricing";

COMMENT ON TABLE "public"."story_covers" IS NULL;

DROP POLICY "story_covers: story owners delete" ON "public"."story_covers";

DROP POLICY "story_covers: story owners choose the primary cover" ON "public"."story_covers";

DROP POLICY "story_covers: readable with their story" ON "public"."story_covers";

DROP INDEX "public"."story_covers_one_primary";

DROP INDEX "public"."idx_story_covers_story_id";

REVOKE UPDATE ("is_primary") ON TABLE "public"."story_covers" FROM "authenticated";

REVOKE UPDATE ON TABLE "public"."story_covers" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."story_covers" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."story_covers" FROM "service_role";

REVOKE SELECT ON TABLE "public"."story_covers" FROM "service_role";

REVOKE SELECT ON TABLE "public"."story_covers" FROM "authenticated";

REVOKE SELECT ON TABLE "public"."story_covers" FROM "anon";

REVOKE REFERENCES ON TABLE "public"."story_covers" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."story_covers" FROM "service_role";

REVOKE INSERT ON TABLE "public"."story_covers" FROM "service_role";

REVOKE DELETE ON TABLE "public"."story_covers" FROM "service_role";

REVOKE DELETE ON TABLE "public"."story_covers" FROM "authenticated";

ALTER TABLE "public"."story_covers" DROP CONSTRAINT "story_covers_story_id_fkey";

DROP TABLE "public"."story_covers";

COMMENT ON COLUMN "public"."stories"."total_tokens_used" IS NULL;

COMMENT ON COLUMN "public"."stories"."chapter_count" IS NULL;

COMMENT ON COLUMN "public"."stories"."word_count" IS NULL;

COMMENT ON TABLE "public"."stories" IS NULL;

DROP POLICY "stories: published are public, owners read theirs" ON "public"."stories";

DROP POLICY "stories: owners update" ON "public"."stories";

DROP POLICY "stories: owners delete" ON "public"."stories";

DROP POLICY "stories: owners create" ON "public"."stories";

DROP POLICY "exports: owners export readable stories" ON "public"."exports";

DROP POLICY "cover_generation_queue: owners request covers of their stories" ON "public"."cover_generation_queue";

DROP POLICY "chapters: story owners update" ON "public"."chapters";

DROP POLICY "chapters: story owners delete" ON "public"."chapters";

DROP POLICY "chapters: story owners create" ON "public"."chapters";

DROP POLICY "chapters: readable with their story" ON "public"."chapters";

DROP INDEX "public"."idx_stories_user_id";

DROP INDEX "public"."idx_stories_published";

DROP INDEX "public"."idx_stories_genre";

REVOKE UPDATE ("title") ON TABLE "public"."stories" FROM "authenticated";

REVOKE UPDATE ("status") ON TABLE "public"."stories" FROM "authenticated";

REVOKE UPDATE ("published_at") ON TABLE "public"."stories" FROM "authenticated";

REVOKE UPDATE ("premise") ON TABLE "public"."stories" FROM "authenticated";

REVOKE UPDATE ("outline") ON TABLE "public"."stories" FROM "authenticated";

REVOKE UPDATE ("genre") ON TABLE "public"."stories" FROM "authenticated";

REVOKE UPDATE ("foundation") ON TABLE "public"."stories" FROM "authenticated";

REVOKE UPDATE ON TABLE "public"."stories" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."stories" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."stories" FROM "service_role";

REVOKE SELECT ON TABLE "public"."stories" FROM "service_role";

REVOKE SELECT ON TABLE "public"."stories" FROM "authenticated";

REVOKE SELECT ON TABLE "public"."stories" FROM "anon";

REVOKE REFERENCES ON TABLE "public"."stories" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."stories" FROM "service_role";

REVOKE INSERT ("user_id") ON TABLE "public"."stories" FROM "authenticated";

REVOKE INSERT ("title") ON TABLE "public"."stories" FROM "authenticated";

REVOKE INSERT ("status") ON TABLE "public"."stories" FROM "authenticated";

REVOKE INSERT ("published_at") ON TABLE "public"."stories" FROM "authenticated";

REVOKE INSERT ("premise") ON TABLE "public"."stories" FROM "authenticated";

REVOKE INSERT ("outline") ON TABLE "public"."stories" FROM "authenticated";

REVOKE INSERT ("genre") ON TABLE "public"."stories" FROM "authenticated";

REVOKE INSERT ("foundation") ON TABLE "public"."stories" FROM "authenticated";

REVOKE INSERT ON TABLE "public"."stories" FROM "service_role";

REVOKE EXECUTE ON FUNCTION "public"."allocate_creator_earnings"(uuid, uuid, uuid, integer, numeric) FROM "service_role";

REVOKE EXECUTE ON FUNCTION "public"."allocate_creator_earnings"(uuid, uuid, uuid, integer, numeric) FROM "authenticated";

REVOKE DELETE ON TABLE "public"."stories" FROM "service_role";

REVOKE DELETE ON TABLE "public"."stories" FROM "authenticated";

COMMENT ON FUNCTION "public"."chapters_story_metrics"() IS NULL;

GRANT EXECUTE ON FUNCTION "public"."chapters_story_metrics"() TO PUBLIC;

DROP FUNCTION "public"."chapters_story_metrics"();

COMMENT ON FUNCTION "public"."allocate_creator_earnings"(uuid, uuid, uuid, integer, numeric) IS NULL;

GRANT EXECUTE ON FUNCTION "public"."allocate_creator_earnings"(uuid, uuid, uuid, integer, numeric) TO PUBLIC;

DROP FUNCTION "public"."allocate_creator_earnings"(uuid, uuid, uuid, integer, numeric);

ALTER TABLE "public"."stories" DROP CONSTRAINT "stories_user_id_fkey";

ALTER TABLE "public"."reading_progress" DROP CONSTRAINT "reading_progress_story_id_fkey";

ALTER TABLE "public"."infinite_pages_cache" DROP CONSTRAINT "infinite_pages_cache_story_id_fkey";

ALTER TABLE "public"."generation_logs" DROP CONSTRAINT "generation_logs_story_id_fkey";

ALTER TABLE "public"."exports" DROP CONSTRAINT "exports_story_id_fkey";

ALTER TABLE "public"."creator_earnings" DROP CONSTRAINT "creator_earnings_story_id_fkey";

ALTER TABLE "public"."cover_generation_queue" DROP CONSTRAINT "cover_generation_queue_story_id_fkey";

ALTER TABLE "public"."chapters" DROP CONSTRAINT "chapters_story_id_fkey";

ALTER TABLE "public"."cache_rewards" DROP CONSTRAINT "cache_rewards_story_id_fkey";

ALTER TABLE "public"."ai_usage_logs" DROP CONSTRAINT "ai_usage_logs_story_id_fkey";

DROP TABLE "public"."stories";

COMMENT ON TABLE "public"."reading_progress" IS NULL;

DROP POLICY "reading_progress: owners manage" ON "public"."reading_progress";

DROP INDEX "public"."idx_reading_progress_story_id";

DROP INDEX "public"."idx_reading_progress_chapter_id";

REVOKE UPDATE ON TABLE "public"."reading_progress" FROM "service_role";

REVOKE UPDATE ON TABLE "public"."reading_progress" FROM "authenticated";

REVOKE TRUNCATE ON TABLE "public"."reading_progress" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."reading_progress" FROM "service_role";

REVOKE SELECT ON TABLE "public"."reading_progress" FROM "service_role";

REVOKE SELECT ON TABLE "public"."reading_progress" FROM "authenticated";

REVOKE REFERENCES ON TABLE "public"."reading_progress" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."reading_progress" FROM "service_role";

REVOKE INSERT ON TABLE "public"."reading_progress" FROM "service_role";

REVOKE INSERT ON TABLE "public"."reading_progress" FROM "authenticated";

REVOKE DELETE ON TABLE "public"."reading_progress" FROM "service_role";

REVOKE DELETE ON TABLE "public"."reading_progress" FROM "authenticated";

ALTER TABLE "public"."reading_progress" DROP CONSTRAINT "reading_progress_user_id_fkey";

ALTER TABLE "public"."reading_progress" DROP CONSTRAINT "reading_progress_chapter_id_fkey";

DROP TABLE "public"."reading_progress";

COMMENT ON COLUMN "public"."profiles"."pending_payout_usd" IS NULL;

COMMENT ON COLUMN "public"."profiles"."total_earnings_usd" IS NULL;

COMMENT ON COLUMN "public"."profiles"."tokens_remaining" IS NULL;

COMMENT ON TABLE "public"."profiles" IS NULL;

DROP POLICY "profiles: owners update" ON "public"."profiles";

DROP POLICY "profiles: owners read" ON "public"."profiles";

DROP POLICY "profiles: owners create their own" ON "public"."profiles";

REVOKE UPDATE ("writing_goals") ON TABLE "public"."profiles" FROM "authenticated";

REVOKE UPDATE ("writing_frequency") ON TABLE "public"."profiles" FROM "authenticated";

REVOKE UPDATE ("preferred_genres") ON TABLE "public"."profiles" FROM "authenticated";

REVOKE UPDATE ("onboarding_complete") ON TABLE "public"."profiles" FROM "authenticated";

REVOKE UPDATE ("full_name") ON TABLE "public"."profiles" FROM "authenticated";

REVOKE UPDATE ("experience_level") ON TABLE "public"."profiles" FROM "authenticated";

REVOKE UPDATE ("display_name") ON TABLE "public"."profiles" FROM "authenticated";

REVOKE UPDATE ON TABLE "public"."profiles" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."profiles" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."profiles" FROM "service_role";

REVOKE SELECT ON TABLE "public"."profiles" FROM "service_role";

REVOKE SELECT ON TABLE "public"."profiles" FROM "authenticated";

REVOKE REFERENCES ON TABLE "public"."profiles" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."profiles" FROM "service_role";

REVOKE INSERT ("id") ON TABLE "public"."profiles" FROM "authenticated";

REVOKE INSERT ("full_name") ON TABLE "public"."profiles" FROM "authenticated";

REVOKE INSERT ("email") ON TABLE "public"."profiles" FROM "authenticated";

REVOKE INSERT ("display_name") ON TABLE "public"."profiles" FROM "authenticated";

REVOKE INSERT ON TABLE "public"."profiles" FROM "service_role";

REVOKE EXECUTE ON FUNCTION "public"."calculate_cache_reward"(uuid, text, numeric, uuid, uuid) FROM "service_role";

REVOKE EXECUTE ON FUNCTION "public"."process_monthly_payouts"(date, numeric) FROM "service_role";

REVOKE EXECUTE ON FUNCTION "public"."calculate_cache_reward"(uuid, text, numeric, uuid, uuid) FROM "authenticated";

REVOKE DELETE ON TABLE "public"."profiles" FROM "service_role";

COMMENT ON FUNCTION "public"."process_monthly_payouts"(date, numeric) IS NULL;

GRANT EXECUTE ON FUNCTION "public"."process_monthly_payouts"(date, numeric) TO PUBLIC;

DROP FUNCTION "public"."process_monthly_payouts"(date, numeric);

COMMENT ON FUNCTION "public"."calculate_cache_reward"(uuid, text, numeric, uuid, uuid) IS NULL;

GRANT EXECUTE ON FUNCTION "public"."calculate_cache_reward"(uuid, text, numeric, uuid, uuid) TO PUBLIC;

DROP FUNCTION "public"."calculate_cache_reward"(uuid, text, numeric, uuid, uuid);

ALTER TABLE "public"."profiles" DROP CONSTRAINT "profiles_id_fkey";

ALTER TABLE "public"."payouts" DROP CONSTRAINT "payouts_creator_id_fkey";

ALTER TABLE "public"."payments" DROP CONSTRAINT "payments_user_id_fkey";

ALTER TABLE "public"."infinite_pages_cache" DROP CONSTRAINT "infinite_pages_cache_user_id_fkey";

ALTER TABLE "public"."individual_payouts" DROP CONSTRAINT "individual_payouts_creator_id_fkey";

ALTER TABLE "public"."generation_logs" DROP CONSTRAINT "generation_logs_user_id_fkey";

ALTER TABLE "public"."exports" DROP CONSTRAINT "exports_user_id_fkey";

ALTER TABLE "public"."credit_transactions" DROP CONSTRAINT "credit_transactions_user_id_fkey";

ALTER TABLE "public"."creator_earnings" DROP CONSTRAINT "creator_earnings_reader_id_fkey";

ALTER TABLE "public"."creator_earnings" DROP CONSTRAINT "creator_earnings_creator_id_fkey";

ALTER TABLE "public"."creator_earnings_accumulation" DROP CONSTRAINT "creator_earnings_accumulation_creator_id_fkey";

ALTER TABLE "public"."cover_generation_queue" DROP CONSTRAINT "cover_generation_queue_user_id_fkey";

ALTER TABLE "public"."cache_rewards" DROP CONSTRAINT "cache_rewards_user_id_fkey";

ALTER TABLE "public"."ai_usage_logs" DROP CONSTRAINT "ai_usage_logs_user_id_fkey";

DROP TABLE "public"."profiles";

COMMENT ON TABLE "public"."payouts" IS NULL;

DROP POLICY "payouts: service role only" ON "public"."payouts";

DROP INDEX "public"."idx_payouts_creator_status";

REVOKE UPDATE ON TABLE "public"."payouts" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."payouts" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."payouts" FROM "service_role";

REVOKE SELECT ON TABLE "public"."payouts" FROM "service_role";

REVOKE REFERENCES ON TABLE "public"."payouts" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."payouts" FROM "service_role";

REVOKE INSERT ON TABLE "public"."payouts" FROM "service_role";

REVOKE DELETE ON TABLE "public"."payouts" FROM "service_role";

DROP TABLE "public"."payouts";

COMMENT ON TABLE "public"."payments" IS NULL;

DROP POLICY "payments: owners read" ON "public"."payments";

DROP INDEX "public"."idx_payments_user_id";

DROP INDEX "public"."idx_payments_package_id";

REVOKE UPDATE ON TABLE "public"."payments" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."payments" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."payments" FROM "service_role";

REVOKE SELECT ON TABLE "public"."payments" FROM "service_role";

REVOKE SELECT ON TABLE "public"."payments" FROM "authenticated";

REVOKE REFERENCES ON TABLE "public"."payments" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."payments" FROM "service_role";

REVOKE INSERT ON TABLE "public"."payments" FROM "service_role";

REVOKE DELETE ON TABLE "public"."payments" FROM "service_role";

ALTER TABLE "public"."payments" DROP CONSTRAINT "payments_package_id_fkey";

DROP TABLE "public"."payments";

COMMENT ON TABLE "public"."monthly_payout_batches" IS NULL;

DROP POLICY "monthly_payout_batches: service role only" ON "public"."monthly_payout_batches";

REVOKE UPDATE ON TABLE "public"."monthly_payout_batches" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."monthly_payout_batches" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."monthly_payout_batches" FROM "service_role";

REVOKE SELECT ON TABLE "public"."monthly_payout_batches" FROM "service_role";

REVOKE REFERENCES ON TABLE "public"."monthly_payout_batches" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."monthly_payout_batches" FROM "service_role";

REVOKE INSERT ON TABLE "public"."monthly_payout_batches" FROM "service_role";

REVOKE DELETE ON TABLE "public"."monthly_payout_batches" FROM "service_role";

ALTER TABLE "public"."individual_payouts" DROP CONSTRAINT "individual_payouts_batch_id_fkey";

DROP TABLE "public"."monthly_payout_batches";

COMMENT ON TABLE "public"."infinite_pages_cache" IS NULL;

DROP POLICY "infinite_pages_cache: owners read" ON "public"."infinite_pages_cache";

DROP INDEX "public"."idx_infinite_pages_cache_user_id";

DROP INDEX "public"."idx_infinite_pages_cache_story_id";

DROP INDEX "public"."idx_infinite_pages_cache_semantic";

DROP INDEX "public"."idx_infinite_pages_cache_expires_at";

REVOKE UPDATE ON TABLE "public"."infinite_pages_cache" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."infinite_pages_cache" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."infinite_pages_cache" FROM "service_role";

REVOKE SELECT ON TABLE "public"."infinite_pages_cache" FROM "service_role";

REVOKE SELECT ON TABLE "public"."infinite_pages_cache" FROM "authenticated";

REVOKE REFERENCES ON TABLE "public"."infinite_pages_cache" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."infinite_pages_cache" FROM "service_role";

REVOKE INSERT ON TABLE "public"."infinite_pages_cache" FROM "service_role";

REVOKE DELETE ON TABLE "public"."infinite_pages_cache" FROM "service_role";

DROP TABLE "public"."infinite_pages_cache";

COMMENT ON TABLE "public"."individual_payouts" IS NULL;

DROP POLICY "individual_payouts: service role only" ON "public"."individual_payouts";

DROP INDEX "public"."idx_individual_payouts_creator_id";

REVOKE UPDATE ON TABLE "public"."individual_payouts" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."individual_payouts" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."individual_payouts" FROM "service_role";

REVOKE SELECT ON TABLE "public"."individual_payouts" FROM "service_role";

REVOKE REFERENCES ON TABLE "public"."individual_payouts" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."individual_payouts" FROM "service_role";

REVOKE INSERT ON TABLE "public"."individual_payouts" FROM "service_role";

REVOKE DELETE ON TABLE "public"."individual_payouts" FROM "service_role";

DROP TABLE "public"."individual_payouts";

COMMENT ON TABLE "public"."generation_logs" IS NULL;

DROP POLICY "generation_logs: owners read" ON "public"."generation_logs";

DROP INDEX "public"."idx_generation_logs_user_created";

DROP INDEX "public"."idx_generation_logs_story_id";

DROP INDEX "public"."idx_generation_logs_chapter_id";

REVOKE UPDATE ON TABLE "public"."generation_logs" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."generation_logs" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."generation_logs" FROM "service_role";

REVOKE SELECT ON TABLE "public"."generation_logs" FROM "service_role";

REVOKE SELECT ON TABLE "public"."generation_logs" FROM "authenticated";

REVOKE REFERENCES ON TABLE "public"."generation_logs" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."generation_logs" FROM "service_role";

REVOKE INSERT ON TABLE "public"."generation_logs" FROM "service_role";

REVOKE DELETE ON TABLE "public"."generation_logs" FROM "service_role";

ALTER TABLE "public"."generation_logs" DROP CONSTRAINT "generation_logs_chapter_id_fkey";

DROP TABLE "public"."generation_logs";

COMMENT ON TABLE "public"."exports" IS NULL;

DROP POLICY "exports: owners read" ON "public"."exports";

DROP POLICY "exports: owners delete" ON "public"."exports";

DROP INDEX "public"."idx_exports_user_id";

DROP INDEX "public"."idx_exports_story_id";

REVOKE UPDATE ON TABLE "public"."exports" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."exports" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."exports" FROM "service_role";

REVOKE SELECT ON TABLE "public"."exports" FROM "service_role";

REVOKE SELECT ON TABLE "public"."exports" FROM "authenticated";

REVOKE REFERENCES ON TABLE "public"."exports" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."exports" FROM "service_role";

REVOKE INSERT ("user_id") ON TABLE "public"."exports" FROM "authenticated";

REVOKE INSERT ("story_id") ON TABLE "public"."exports" FROM "authenticated";

REVOKE INSERT ("export_format") ON TABLE "public"."exports" FROM "authenticated";

REVOKE INSERT ON TABLE "public"."exports" FROM "service_role";

REVOKE DELETE ON TABLE "public"."exports" FROM "service_role";

REVOKE DELETE ON TABLE "public"."exports" FROM "authenticated";

DROP TABLE "public"."exports";

COMMENT ON COLUMN "public"."credit_transactions"."amount" IS NULL;

COMMENT ON TABLE "public"."credit_transactions" IS NULL;

DROP POLICY "credit_transactions: owners read" ON "public"."credit_transactions";

DROP INDEX "public"."idx_credit_transactions_user_created";

DROP INDEX "public"."idx_credit_transactions_reference";

REVOKE UPDATE ON TABLE "public"."credit_transactions" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."credit_transactions" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."credit_transactions" FROM "service_role";

REVOKE SELECT ON TABLE "public"."credit_transactions" FROM "service_role";

REVOKE SELECT ON TABLE "public"."credit_transactions" FROM "authenticated";

REVOKE REFERENCES ON TABLE "public"."credit_transactions" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."credit_transactions" FROM "service_role";

REVOKE INSERT ON TABLE "public"."credit_transactions" FROM "service_role";

REVOKE EXECUTE ON FUNCTION "public"."credit_balance"(uuid) FROM "service_role";

REVOKE EXECUTE ON FUNCTION "public"."credit_balance"(uuid) FROM "authenticated";

REVOKE DELETE ON TABLE "public"."credit_transactions" FROM "service_role";

COMMENT ON FUNCTION "public"."credit_balance"(uuid) IS NULL;

DROP FUNCTION "public"."credit_balance"(uuid);

ALTER TABLE "public"."creator_earnings" DROP CONSTRAINT "creator_earnings_transaction_id_fkey";

DROP TABLE "public"."credit_transactions";

COMMENT ON TABLE "public"."credit_packages" IS NULL;

DROP POLICY "credit_packages: active packages are public" ON "public"."credit_packages";

DROP INDEX "public"."idx_credit_packages_active";

REVOKE UPDATE ON TABLE "public"."credit_packages" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."credit_packages" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."credit_packages" FROM "service_role";

REVOKE SELECT ON TABLE "public"."credit_packages" FROM "service_role";

REVOKE SELECT ON TABLE "public"."credit_packages" FROM "authenticated";

REVOKE SELECT ON TABLE "public"."credit_packages" FROM "anon";

REVOKE REFERENCES ON TABLE "public"."credit_packages" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."credit_packages" FROM "service_role";

REVOKE INSERT ON TABLE "public"."credit_packages" FROM "service_role";

REVOKE DELETE ON TABLE "public"."credit_packages" FROM "service_role";

DROP TABLE "public"."credit_packages";

COMMENT ON TABLE "public"."creator_earnings_accumulation" IS NULL;

DROP POLICY "creator_earnings_accumulation: creators read theirs" ON "public"."creator_earnings_accumulation";

REVOKE UPDATE ON TABLE "public"."creator_earnings_accumulation" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."creator_earnings_accumulation" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."creator_earnings_accumulation" FROM "service_role";

REVOKE SELECT ON TABLE "public"."creator_earnings_accumulation" FROM "service_role";

REVOKE SELECT ON TABLE "public"."creator_earnings_accumulation" FROM "authenticated";

REVOKE REFERENCES ON TABLE "public"."creator_earnings_accumulation" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."creator_earnings_accumulation" FROM "service_role";

REVOKE INSERT ON TABLE "public"."creator_earnings_accumulation" FROM "service_role";

REVOKE DELETE ON TABLE "public"."creator_earnings_accumulation" FROM "service_role";

DROP TABLE "public"."creator_earnings_accumulation";

COMMENT ON TABLE "public"."creator_earnings" IS NULL;

DROP POLICY "creator_earnings: creators read theirs" ON "public"."creator_earnings";

DROP INDEX "public"."idx_creator_earnings_transaction_id";

DROP INDEX "public"."idx_creator_earnings_story_id";

DROP INDEX "public"."idx_creator_earnings_reader_id";

DROP INDEX "public"."idx_creator_earnings_creator_id";

DROP INDEX "public"."idx_creator_earnings_created_at";

REVOKE UPDATE ON TABLE "public"."creator_earnings" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."creator_earnings" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."creator_earnings" FROM "service_role";

REVOKE SELECT ON TABLE "public"."creator_earnings" FROM "service_role";

REVOKE SELECT ON TABLE "public"."creator_earnings" FROM "authenticated";

REVOKE REFERENCES ON TABLE "public"."creator_earnings" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."creator_earnings" FROM "service_role";

REVOKE INSERT ON TABLE "public"."creator_earnings" FROM "service_role";

REVOKE DELETE ON TABLE "public"."creator_earnings" FROM "service_role";

DROP TABLE "public"."creator_earnings";

COMMENT ON TABLE "public"."cover_generation_queue" IS NULL;

DROP POLICY "cover_generation_queue: owners read" ON "public"."cover_generation_queue";

DROP POLICY "cover_generation_queue: owners cancel" ON "public"."cover_generation_queue";

DROP INDEX "public"."idx_cover_generation_queue_user_id";

DROP INDEX "public"."idx_cover_generation_queue_story_id";

DROP INDEX "public"."idx_cover_generation_queue_pending";

REVOKE UPDATE ON TABLE "public"."cover_generation_queue" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."cover_generation_queue" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."cover_generation_queue" FROM "service_role";

REVOKE SELECT ON TABLE "public"."cover_generation_queue" FROM "service_role";

REVOKE SELECT ON TABLE "public"."cover_generation_queue" FROM "authenticated";

REVOKE REFERENCES ON TABLE "public"."cover_generation_queue" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."cover_generation_queue" FROM "service_role";

REVOKE INSERT ("user_id") ON TABLE "public"."cover_generation_queue" FROM "authenticated";

REVOKE INSERT ("story_id") ON TABLE "public"."cover_generation_queue" FROM "authenticated";

REVOKE INSERT ("generation_prompt") ON TABLE "public"."cover_generation_queue" FROM "authenticated";

REVOKE INSERT ("cover_style") ON TABLE "public"."cover_generation_queue" FROM "authenticated";

REVOKE INSERT ON TABLE "public"."cover_generation_queue" FROM "service_role";

REVOKE DELETE ON TABLE "public"."cover_generation_queue" FROM "service_role";

REVOKE DELETE ON TABLE "public"."cover_generation_queue" FROM "authenticated";

DROP TABLE "public"."cover_generation_queue";

COMMENT ON TABLE "public"."chapters" IS NULL;

REVOKE UPDATE ("word_count") ON TABLE "public"."chapters" FROM "authenticated";

REVOKE UPDATE ("title") ON TABLE "public"."chapters" FROM "authenticated";

REVOKE UPDATE ("summary") ON TABLE "public"."chapters" FROM "authenticated";

REVOKE UPDATE ("content") ON TABLE "public"."chapters" FROM "authenticated";

REVOKE UPDATE ("chapter_number") ON TABLE "public"."chapters" FROM "authenticated";

REVOKE UPDATE ON TABLE "public"."chapters" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."chapters" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."chapters" FROM "service_role";

REVOKE SELECT ON TABLE "public"."chapters" FROM "service_role";

REVOKE SELECT ON TABLE "public"."chapters" FROM "authenticated";

REVOKE SELECT ON TABLE "public"."chapters" FROM "anon";

REVOKE REFERENCES ON TABLE "public"."chapters" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."chapters" FROM "service_role";

REVOKE INSERT ("word_count") ON TABLE "public"."chapters" FROM "authenticated";

REVOKE INSERT ("title") ON TABLE "public"."chapters" FROM "authenticated";

REVOKE INSERT ("summary") ON TABLE "public"."chapters" FROM "authenticated";

REVOKE INSERT ("story_id") ON TABLE "public"."chapters" FROM "authenticated";

REVOKE INSERT ("content") ON TABLE "public"."chapters" FROM "authenticated";

REVOKE INSERT ("chapter_number") ON TABLE "public"."chapters" FROM "authenticated";

REVOKE INSERT ON TABLE "public"."chapters" FROM "service_role";

REVOKE DELETE ON TABLE "public"."chapters" FROM "service_role";

REVOKE DELETE ON TABLE "public"."chapters" FROM "authenticated";

ALTER TABLE "public"."cache_rewards" DROP CONSTRAINT "cache_rewards_chapter_id_fkey";

ALTER TABLE "public"."ai_usage_logs" DROP CONSTRAINT "ai_usage_logs_chapter_id_fkey";

DROP TABLE "public"."chapters";

COMMENT ON TABLE "public"."cache_rewards" IS NULL;

DROP POLICY "cache_rewards: owners read" ON "public"."cache_rewards";

DROP INDEX "public"."idx_cache_rewards_story_id";

DROP INDEX "public"."idx_cache_rewards_chapter_id";

REVOKE UPDATE ON TABLE "public"."cache_rewards" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."cache_rewards" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."cache_rewards" FROM "service_role";

REVOKE SELECT ON TABLE "public"."cache_rewards" FROM "service_role";

REVOKE SELECT ON TABLE "public"."cache_rewards" FROM "authenticated";

REVOKE REFERENCES ON TABLE "public"."cache_rewards" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."cache_rewards" FROM "service_role";

REVOKE INSERT ON TABLE "public"."cache_rewards" FROM "service_role";

REVOKE DELETE ON TABLE "public"."cache_rewards" FROM "service_role";

DROP TABLE "public"."cache_rewards";

COMMENT ON TABLE "public"."ai_usage_logs" IS NULL;

DROP POLICY "ai_usage_logs: owners read" ON "public"."ai_usage_logs";

DROP INDEX "public"."idx_ai_usage_logs_user_created";

DROP INDEX "public"."idx_ai_usage_logs_story_id";

DROP INDEX "public"."idx_ai_usage_logs_chapter_id";

REVOKE UPDATE ON TABLE "public"."ai_usage_logs" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."ai_usage_logs" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."ai_usage_logs" FROM "service_role";

REVOKE SELECT ON TABLE "public"."ai_usage_logs" FROM "service_role";

REVOKE SELECT ON TABLE "public"."ai_usage_logs" FROM "authenticated";

REVOKE REFERENCES ON TABLE "public"."ai_usage_logs" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."ai_usage_logs" FROM "service_role";

REVOKE INSERT ON TABLE "public"."ai_usage_logs" FROM "service_role";

REVOKE DELETE ON TABLE "public"."ai_usage_logs" FROM "service_role";

DROP TABLE "public"."ai_usage_logs";

REVOKE EXECUTE ON FUNCTION "public"."is_privileged_request"() FROM "service_role";

REVOKE EXECUTE ON FUNCTION "public"."is_privileged_request"() FROM "authenticated";

REVOKE EXECUTE ON FUNCTION "public"."is_privileged_request"() FROM "anon";

COMMENT ON FUNCTION "public"."set_updated_at"() IS NULL;

DROP FUNCTION "public"."set_updated_at"();

COMMENT ON FUNCTION "public"."is_privileged_request"() IS NULL;

DROP FUNCTION "public"."is_privileged_request"();
