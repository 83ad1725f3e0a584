-- canon rollback of 0001_initial_schema
-- initial schema
-- this rollback cannot restore:
--   rows written to public.api_credit_configs after this migration
--   rows written to public.character_ratings after this migration
--   rows written to public.characters after this migration
--   rows written to public.collection_characters after this migration
--   rows written to public.collections after this migration
--   rows written to public.credit_packages after this migration
--   rows written to public.credit_transactions after this migration
--   rows written to public.generation_jobs after this migration
--   rows written to public.user_activity_logs after this migration
--   rows written to public.user_credits after this migration
--   rows written to public.user_profiles after this migration
--   rows written to public.users after this migration

DROP TRIGGER "users_updated_at" ON "public"."users";

DROP TRIGGER "user_profiles_updated_at" ON "public"."user_profiles";

DROP TRIGGER "user_credits_updated_at" ON "public"."user_credits";

DROP TRIGGER "generation_jobs_updated_at" ON "public"."generation_jobs";

DROP TRIGGER "credit_packages_updated_at" ON "public"."credit_packages";

DROP TRIGGER "collections_updated_at" ON "public"."collections";

DROP TRIGGER "characters_updated_at" ON "public"."characters";

DROP TRIGGER "character_ratings_updated_at" ON "public"."character_ratings";

DROP TRIGGER "api_credit_configs_updated_at" ON "public"."api_credit_configs";

COMMENT ON TABLE "public"."users" IS NULL;

DROP POLICY "users: update own account" ON "public"."users";

DROP POLICY "users: read own account" ON "public"."users";

DROP POLICY "user_profiles: owners manage" ON "public"."user_profiles";

DROP POLICY "user_credits: owners read" ON "public"."user_credits";

DROP POLICY "generation_jobs: owners read" ON "public"."generation_jobs";

DROP POLICY "credit_transactions: owners read" ON "public"."credit_transactions";

DROP POLICY "collections: public collections and own" ON "public"."collections";

DROP POLICY "collections: owners update" ON "public"."collections";

DROP POLICY "collections: owners delete" ON "public"."collections";

DROP POLICY "collections: owners create" ON "public"."collections";

DROP POLICY "collection_characters: collection owners reorder" ON "public"."collection_characters";

DROP POLICY "collection_characters: collection owners remove" ON "public"."collection_characters";

DROP POLICY "collection_characters: collection owners add own characters" ON "public"."collection_characters";

DROP POLICY "characters: public characters and own" ON "public"."characters";

DROP POLICY "characters: owners update" ON "public"."characters";

DROP POLICY "characters: owners delete" ON "public"."characters";

DROP POLICY "characters: owners create" ON "public"."characters";

DROP POLICY "character_ratings: raters update" ON "public"."character_ratings";

DROP POLICY "character_ratings: raters rate visible characters" ON "public"."character_ratings";

DROP POLICY "character_ratings: raters delete" ON "public"."character_ratings";

DROP INDEX "public"."idx_users_subscription_tier";

DROP INDEX "public"."idx_users_last_login";

DROP INDEX "public"."idx_users_created_at";

DROP INDEX "public"."idx_users_account_status";

REVOKE UPDATE ("timezone") ON TABLE "public"."users" FROM "authenticated";

REVOKE UPDATE ("profile_visibility") ON TABLE "public"."users" FROM "authenticated";

REVOKE UPDATE ("preferred_language") ON TABLE "public"."users" FROM "authenticated";

REVOKE UPDATE ("notification_settings") ON TABLE "public"."users" FROM "authenticated";

REVOKE UPDATE ("display_name") ON TABLE "public"."users" FROM "authenticated";

REVOKE UPDATE ("content_filter_level") ON TABLE "public"."users" FROM "authenticated";

REVOKE UPDATE ("avatar_url") ON TABLE "public"."users" FROM "authenticated";

REVOKE UPDATE ("allow_gallery_showcase") ON TABLE "public"."users" FROM "authenticated";

REVOKE UPDATE ON TABLE "public"."users" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."users" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."users" FROM "service_role";

REVOKE SELECT ON TABLE "public"."users" FROM "service_role";

REVOKE SELECT ON TABLE "public"."users" FROM "authenticated";

REVOKE REFERENCES ON TABLE "public"."users" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."users" FROM "service_role";

REVOKE INSERT ON TABLE "public"."users" FROM "service_role";

REVOKE EXECUTE ON FUNCTION "public"."current_app_user_id"() FROM "service_role";

REVOKE EXECUTE ON FUNCTION "public"."current_app_user_id"() FROM "authenticated";

REVOKE DELETE ON TABLE "public"."users" FROM "service_role";

COMMENT ON FUNCTION "public"."current_app_user_id"() IS NULL;

GRANT EXECUTE ON FUNCTION "public"."current_app_user_id"() TO PUBLIC;

DROP FUNCTION "public"."current_app_user_id"();

ALTER TABLE "public"."user_profiles" DROP CONSTRAINT "user_profiles_user_id_fkey";

ALTER TABLE "public"."user_credits" DROP CONSTRAINT "user_credits_user_id_fkey";

ALTER TABLE "public"."user_activity_logs" DROP CONSTRAINT "user_activity_logs_user_id_fkey";

ALTER TABLE "public"."generation_jobs" DROP CONSTRAINT "generation_jobs_user_id_fkey";

ALTER TABLE "public"."credit_transactions" DROP CONSTRAINT "credit_transactions_user_id_fkey";

ALTER TABLE "public"."collections" DROP CONSTRAINT "collections_user_id_fkey";

ALTER TABLE "public"."characters" DROP CONSTRAINT "characters_user_id_fkey";

ALTER TABLE "public"."character_ratings" DROP CONSTRAINT "character_ratings_user_id_fkey";

DROP TABLE "public"."users";

COMMENT ON COLUMN "public"."user_profiles"."badges" IS NULL;

COMMENT ON COLUMN "public"."user_profiles"."social_links" IS NULL;

COMMENT ON TABLE "public"."user_profiles" IS NULL;

DROP INDEX "public"."idx_user_profiles_profession";

DROP INDEX "public"."idx_user_profiles_industry";

REVOKE UPDATE ON TABLE "public"."user_profiles" FROM "service_role";

REVOKE UPDATE ON TABLE "public"."user_profiles" FROM "authenticated";

REVOKE TRUNCATE ON TABLE "public"."user_profiles" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."user_profiles" FROM "service_role";

REVOKE SELECT ON TABLE "public"."user_profiles" FROM "service_role";

REVOKE SELECT ON TABLE "public"."user_profiles" FROM "authenticated";

REVOKE REFERENCES ON TABLE "public"."user_profiles" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."user_profiles" FROM "service_role";

REVOKE INSERT ON TABLE "public"."user_profiles" FROM "service_role";

REVOKE INSERT ON TABLE "public"."user_profiles" FROM "authenticated";

REVOKE DELETE ON TABLE "public"."user_profiles" FROM "service_role";

REVOKE DELETE ON TABLE "public"."user_profiles" FROM "authenticated";

DROP TABLE "public"."user_profiles";

COMMENT ON COLUMN "public"."user_credits"."reserved_balance" IS NULL;

COMMENT ON TABLE "public"."user_credits" IS NULL;

DROP INDEX "public"."idx_user_credits_daily_reset";

REVOKE UPDATE ON TABLE "public"."user_credits" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."user_credits" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."user_credits" FROM "service_role";

REVOKE SELECT ON TABLE "public"."user_credits" FROM "service_role";

REVOKE SELECT ON TABLE "public"."user_credits" FROM "authenticated";

REVOKE REFERENCES ON TABLE "public"."user_credits" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."user_credits" FROM "service_role";

REVOKE INSERT ON TABLE "public"."user_credits" FROM "service_role";

REVOKE EXECUTE ON FUNCTION "public"."spend_credits"(integer, text, uuid) FROM "authenticated";

REVOKE DELETE ON TABLE "public"."user_credits" FROM "service_role";

COMMENT ON FUNCTION "public"."spend_credits"(integer, text, uuid) IS NULL;

GRANT EXECUTE ON FUNCTION "public"."spend_credits"(integer, text, uuid) TO PUBLIC;

DROP FUNCTION "public"."spend_credits"(integer, text, uuid);

DROP TABLE "public"."user_credits";

COMMENT ON TABLE "public"."user_activity_logs" IS NULL;

DROP POLICY "user_activity_logs: service role only" ON "public"."user_activity_logs";

DROP INDEX "public"."idx_user_activity_logs_user_id";

DROP INDEX "public"."idx_user_activity_logs_type";

REVOKE UPDATE ON TABLE "public"."user_activity_logs" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."user_activity_logs" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."user_activity_logs" FROM "service_role";

REVOKE SELECT ON TABLE "public"."user_activity_logs" FROM "service_role";

REVOKE REFERENCES ON TABLE "public"."user_activity_logs" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."user_activity_logs" FROM "service_role";

REVOKE INSERT ON TABLE "public"."user_activity_logs" FROM "service_role";

REVOKE DELETE ON TABLE "public"."user_activity_logs" FROM "service_role";

DROP TABLE "public"."user_activity_logs";

COMMENT ON TABLE "public"."generation_jobs" IS NULL;

DROP INDEX "public"."idx_generation_jobs_user_id";

DROP INDEX "public"."idx_generation_jobs_status";

DROP INDEX "public"."idx_generation_jobs_queued_at";

DROP INDEX "public"."idx_generation_jobs_priority_status";

DROP INDEX "public"."idx_generation_jobs_job_type";

DROP INDEX "public"."idx_generation_jobs_character_id";

REVOKE UPDATE ON TABLE "public"."generation_jobs" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."generation_jobs" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."generation_jobs" FROM "service_role";

REVOKE SELECT ON TABLE "public"."generation_jobs" FROM "service_role";

REVOKE SELECT ON TABLE "public"."generation_jobs" FROM "authenticated";

REVOKE REFERENCES ON TABLE "public"."generation_jobs" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."generation_jobs" FROM "service_role";

REVOKE INSERT ON TABLE "public"."generation_jobs" FROM "service_role";

REVOKE DELETE ON TABLE "public"."generation_jobs" FROM "service_role";

ALTER TABLE "public"."generation_jobs" DROP CONSTRAINT "generation_jobs_character_id_fkey";

DROP TABLE "public"."generation_jobs";

COMMENT ON COLUMN "public"."credit_transactions"."related_entity_id" IS NULL;

COMMENT ON TABLE "public"."credit_transactions" IS NULL;

DROP INDEX "public"."idx_credit_transactions_user_id";

DROP INDEX "public"."idx_credit_transactions_type";

DROP INDEX "public"."idx_credit_transactions_status";

DROP INDEX "public"."idx_credit_transactions_related_entity";

DROP INDEX "public"."idx_credit_transactions_created_at";

DROP INDEX "public"."idx_credit_transactions_api_endpoint";

REVOKE UPDATE ON TABLE "public"."credit_transactions" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."credit_transactions" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."credit_transactions" FROM "service_role";

REVOKE SELECT ON TABLE "public"."credit_transactions" FROM "service_role";

REVOKE SELECT ON TABLE "public"."credit_transactions" FROM "authenticated";

REVOKE REFERENCES ON TABLE "public"."credit_transactions" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."credit_transactions" FROM "service_role";

REVOKE INSERT ON TABLE "public"."credit_transactions" FROM "service_role";

REVOKE DELETE ON TABLE "public"."credit_transactions" FROM "service_role";

DROP TABLE "public"."credit_transactions";

COMMENT ON TABLE "public"."credit_packages" IS NULL;

DROP POLICY "credit_packages: available packages are public" ON "public"."credit_packages";

DROP INDEX "public"."idx_credit_packages_promotion";

DROP INDEX "public"."idx_credit_packages_available";

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

COMMENT ON TABLE "public"."collections" IS NULL;

DROP POLICY "collections: public collections" ON "public"."collections";

DROP POLICY "collection_characters: readable with the collection" ON "public"."collection_characters";

DROP INDEX "public"."idx_collections_user_id";

DROP INDEX "public"."idx_collections_is_public";

REVOKE UPDATE ("theme") ON TABLE "public"."collections" FROM "authenticated";

REVOKE UPDATE ("tags") ON TABLE "public"."collections" FROM "authenticated";

REVOKE UPDATE ("name") ON TABLE "public"."collections" FROM "authenticated";

REVOKE UPDATE ("is_public") ON TABLE "public"."collections" FROM "authenticated";

REVOKE UPDATE ("description") ON TABLE "public"."collections" FROM "authenticated";

REVOKE UPDATE ("cover_image_url") ON TABLE "public"."collections" FROM "authenticated";

REVOKE UPDATE ("collaboration_settings") ON TABLE "public"."collections" FROM "authenticated";

REVOKE UPDATE ("category") ON TABLE "public"."collections" FROM "authenticated";

REVOKE UPDATE ("allow_collaboration") ON TABLE "public"."collections" FROM "authenticated";

REVOKE UPDATE ON TABLE "public"."collections" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."collections" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."collections" FROM "service_role";

REVOKE SELECT ON TABLE "public"."collections" FROM "service_role";

REVOKE SELECT ON TABLE "public"."collections" FROM "authenticated";

REVOKE SELECT ON TABLE "public"."collections" FROM "anon";

REVOKE REFERENCES ON TABLE "public"."collections" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."collections" FROM "service_role";

REVOKE INSERT ("user_id") ON TABLE "public"."collections" FROM "authenticated";

REVOKE INSERT ("theme") ON TABLE "public"."collections" FROM "authenticated";

REVOKE INSERT ("tags") ON TABLE "public"."collections" FROM "authenticated";

REVOKE INSERT ("name") ON TABLE "public"."collections" FROM "authenticated";

REVOKE INSERT ("is_public") ON TABLE "public"."collections" FROM "authenticated";

REVOKE INSERT ("description") ON TABLE "public"."collections" FROM "authenticated";

REVOKE INSERT ("cover_image_url") ON TABLE "public"."collections" FROM "authenticated";

REVOKE INSERT ("collaboration_settings") ON TABLE "public"."collections" FROM "authenticated";

REVOKE INSERT ("category") ON TABLE "public"."collections" FROM "authenticated";

REVOKE INSERT ("allow_collaboration") ON TABLE "public"."collections" FROM "authenticated";

REVOKE INSERT ON TABLE "public"."collections" FROM "service_role";

REVOKE DELETE ON TABLE "public"."collections" FROM "service_role";

REVOKE DELETE ON TABLE "public"."collections" FROM "authenticated";

ALTER TABLE "public"."collection_characters" DROP CONSTRAINT "collection_characters_collection_id_fkey";

ALTER TABLE "public"."characters" DROP CONSTRAINT "characters_collection_id_fkey";

DROP TABLE "public"."collections";

COMMENT ON TABLE "public"."collection_characters" IS NULL;

DROP INDEX "public"."idx_collection_characters_character_id";

REVOKE UPDATE ("display_order") ON TABLE "public"."collection_characters" FROM "authenticated";

REVOKE UPDATE ON TABLE "public"."collection_characters" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."collection_characters" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."collection_characters" FROM "service_role";

REVOKE SELECT ON TABLE "public"."collection_characters" FROM "service_role";

REVOKE SELECT ON TABLE "public"."collection_characters" FROM "authenticated";

REVOKE SELECT ON TABLE "public"."collection_characters" FROM "anon";

REVOKE REFERENCES ON TABLE "public"."collection_characters" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."collection_characters" FROM "service_role";

REVOKE INSERT ON TABLE "public"."collection_characters" FROM "service_role";

REVOKE INSERT ON TABLE "public"."collection_characters" FROM "authenticated";

REVOKE DELETE ON TABLE "public"."collection_characters" FROM "service_role";

REVOKE DELETE ON TABLE "public"."collection_characters" FROM "authenticated";

ALTER TABLE "public"."collection_characters" DROP CONSTRAINT "collection_characters_character_id_fkey";

DROP TABLE "public"."collection_characters";

COMMENT ON COLUMN "public"."characters"."parent_character_id" IS NULL;

COMMENT ON TABLE "public"."characters" IS NULL;

DROP POLICY "characters: public characters" ON "public"."characters";

DROP POLICY "character_ratings: ratings of visible characters" ON "public"."character_ratings";

DROP INDEX "public"."idx_characters_view_count";

DROP INDEX "public"."idx_characters_user_id";

DROP INDEX "public"."idx_characters_tags";

DROP INDEX "public"."idx_characters_style_type";

DROP INDEX "public"."idx_characters_parent_id";

DROP INDEX "public"."idx_characters_is_public";

DROP INDEX "public"."idx_characters_is_featured";

DROP INDEX "public"."idx_characters_generation_status";

DROP INDEX "public"."idx_characters_created_at";

DROP INDEX "public"."idx_characters_collection_id";

REVOKE UPDATE ("tags") ON TABLE "public"."characters" FROM "authenticated";

REVOKE UPDATE ("name") ON TABLE "public"."characters" FROM "authenticated";

REVOKE UPDATE ("license_type") ON TABLE "public"."characters" FROM "authenticated";

REVOKE UPDATE ("is_public") ON TABLE "public"."characters" FROM "authenticated";

REVOKE UPDATE ("description") ON TABLE "public"."characters" FROM "authenticated";

REVOKE UPDATE ("collection_id") ON TABLE "public"."characters" FROM "authenticated";

REVOKE UPDATE ("allow_commercial_use") ON TABLE "public"."characters" FROM "authenticated";

REVOKE UPDATE ON TABLE "public"."characters" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."characters" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."characters" FROM "service_role";

REVOKE SELECT ON TABLE "public"."characters" FROM "service_role";

REVOKE SELECT ON TABLE "public"."characters" FROM "authenticated";

REVOKE SELECT ON TABLE "public"."characters" FROM "anon";

REVOKE REFERENCES ON TABLE "public"."characters" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."characters" FROM "service_role";

REVOKE INSERT ("variant_type") ON TABLE "public"."characters" FROM "authenticated";

REVOKE INSERT ("user_id") ON TABLE "public"."characters" FROM "authenticated";

REVOKE INSERT ("tags") ON TABLE "public"."characters" FROM "authenticated";

REVOKE INSERT ("style_type") ON TABLE "public"."characters" FROM "authenticated";

REVOKE INSERT ("steps") ON TABLE "public"."characters" FROM "authenticated";

REVOKE INSERT ("sampler") ON TABLE "public"."characters" FROM "authenticated";

REVOKE INSERT ("prompt") ON TABLE "public"."characters" FROM "authenticated";

REVOKE INSERT ("parent_character_id") ON TABLE "public"."characters" FROM "authenticated";

REVOKE INSERT ("negative_prompt") ON TABLE "public"."characters" FROM "authenticated";

REVOKE INSERT ("name") ON TABLE "public"."characters" FROM "authenticated";

REVOKE INSERT ("mood") ON TABLE "public"."characters" FROM "authenticated";

REVOKE INSERT ("model_version") ON TABLE "public"."characters" FROM "authenticated";

REVOKE INSERT ("license_type") ON TABLE "public"."characters" FROM "authenticated";

REVOKE INSERT ("is_public") ON TABLE "public"."characters" FROM "authenticated";

REVOKE INSERT ("generation_seed") ON TABLE "public"."characters" FROM "authenticated";

REVOKE INSERT ("description") ON TABLE "public"."characters" FROM "authenticated";

REVOKE INSERT ("color_palette") ON TABLE "public"."characters" FROM "authenticated";

REVOKE INSERT ("collection_id") ON TABLE "public"."characters" FROM "authenticated";

REVOKE INSERT ("cfg_scale") ON TABLE "public"."characters" FROM "authenticated";

REVOKE INSERT ("art_style") ON TABLE "public"."characters" FROM "authenticated";

REVOKE INSERT ("allow_commercial_use") ON TABLE "public"."characters" FROM "authenticated";

REVOKE INSERT ON TABLE "public"."characters" FROM "service_role";

REVOKE DELETE ON TABLE "public"."characters" FROM "service_role";

REVOKE DELETE ON TABLE "public"."characters" FROM "authenticated";

ALTER TABLE "public"."characters" DROP CONSTRAINT "characters_parent_character_id_fkey";

ALTER TABLE "public"."character_ratings" DROP CONSTRAINT "character_ratings_character_id_fkey";

DROP TABLE "public"."characters";

COMMENT ON TABLE "public"."character_ratings" IS NULL;

DROP INDEX "public"."idx_character_ratings_user_id";

DROP INDEX "public"."idx_character_ratings_rating";

REVOKE UPDATE ("review_text") ON TABLE "public"."character_ratings" FROM "authenticated";

REVOKE UPDATE ("rating") ON TABLE "public"."character_ratings" FROM "authenticated";

REVOKE UPDATE ON TABLE "public"."character_ratings" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."character_ratings" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."character_ratings" FROM "service_role";

REVOKE SELECT ON TABLE "public"."character_ratings" FROM "service_role";

REVOKE SELECT ON TABLE "public"."character_ratings" FROM "authenticated";

REVOKE SELECT ON TABLE "public"."character_ratings" FROM "anon";

REVOKE REFERENCES ON TABLE "public"."character_ratings" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."character_ratings" FROM "service_role";

REVOKE INSERT ("user_id") ON TABLE "public"."character_ratings" FROM "authenticated";

REVOKE INSERT ("review_text") ON TABLE "public"."character_ratings" FROM "authenticated";

REVOKE INSERT ("rating") ON TABLE "public"."character_ratings" FROM "authenticated";

REVOKE INSERT ("character_id") ON TABLE "public"."character_ratings" FROM "authenticated";

REVOKE INSERT ON TABLE "public"."character_ratings" FROM "service_role";

REVOKE DELETE ON TABLE "public"."character_ratings" FROM "service_role";

REVOKE DELETE ON TABLE "public"."character_ratings" FROM "authenticated";

DROP TABLE "public"."character_ratings";

COMMENT ON COLUMN "public"."api_credit_configs"."endpoint_pattern" IS NULL;

COMMENT ON TABLE "public"."api_credit_configs" IS NULL;

DROP POLICY "api_credit_configs: enabled prices are public" ON "public"."api_credit_configs";

DROP INDEX "public"."idx_api_credit_configs_enabled";

DROP INDEX "public"."idx_api_credit_configs_category";

REVOKE UPDATE ON TABLE "public"."api_credit_configs" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."api_credit_configs" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."api_credit_configs" FROM "service_role";

REVOKE SELECT ON TABLE "public"."api_credit_configs" FROM "service_role";

REVOKE SELECT ON TABLE "public"."api_credit_configs" FROM "authenticated";

REVOKE SELECT ON TABLE "public"."api_credit_configs" FROM "anon";

REVOKE REFERENCES ON TABLE "public"."api_credit_configs" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."api_credit_configs" FROM "service_role";

REVOKE INSERT ON TABLE "public"."api_credit_configs" FROM "service_role";

REVOKE DELETE ON TABLE "public"."api_credit_configs" FROM "service_role";

DROP TABLE "public"."api_credit_configs";

COMMENT ON FUNCTION "public"."set_updated_at"() IS NULL;

DROP FUNCTION "public"."set_updated_at"();
