-- canon rollback of 0001_initial_schema
-- initial schema
-- this rollback cannot restore:
--   rows written to public.audit_logs after this migration
--   rows written to public.comments after this migration
--   rows written to public.content after this migration
--   rows written to public.content_analytics after this migration
--   rows written to public.content_moderation_actions after this migration
--   rows written to public.content_reports after this migration
--   rows written to public.conversations after this migration
--   rows written to public.follows after this migration
--   rows written to public.likes after this migration
--   rows written to public.live_streams after this migration
--   rows written to public.messages after this migration
--   rows written to public.notifications after this migration
--   rows written to public.revenue_analytics after this migration
--   rows written to public.stream_access after this migration
--   rows written to public.subscriptions after this migration
--   rows written to public.system_logs after this migration
--   rows written to public.tips after this migration
--   rows written to public.transactions after this migration
--   rows written to public.user_analytics after this migration
--   rows written to public.user_profiles after this migration
--   rows written to public.user_violations after this migration
--   rows written to public.users after this migration

DROP TRIGGER "users_updated_at" ON "public"."users";

DROP TRIGGER "user_profiles_updated_at" ON "public"."user_profiles";

DROP TRIGGER "subscriptions_updated_at" ON "public"."subscriptions";

DROP TRIGGER "messages_update_conversation" ON "public"."messages";

DROP TRIGGER "live_streams_updated_at" ON "public"."live_streams";

DROP TRIGGER "likes_count" ON "public"."likes";

DROP TRIGGER "content_updated_at" ON "public"."content";

DROP TRIGGER "content_reports_updated_at" ON "public"."content_reports";

DROP TRIGGER "comments_count" ON "public"."comments";

COMMENT ON COLUMN "public"."users"."age_verified" IS NULL;

COMMENT ON COLUMN "public"."users"."subscription_price" IS NULL;

COMMENT ON TABLE "public"."users" IS NULL;

DROP POLICY "users: sign up as yourself" ON "public"."users";

DROP POLICY "users: owners update" ON "public"."users";

DROP POLICY "users: active accounts are public, owners see their own" ON "public"."users";

DROP POLICY "user_violations: the account and staff read" ON "public"."user_violations";

DROP POLICY "user_violations: staff resolve" ON "public"."user_violations";

DROP POLICY "user_violations: staff issue as themselves" ON "public"."user_violations";

DROP POLICY "live_streams: creators schedule" ON "public"."live_streams";

DROP POLICY "conversations: participants start one" ON "public"."conversations";

DROP POLICY "content_reports: staff work the queue" ON "public"."content_reports";

DROP POLICY "content_reports: reporters and staff read" ON "public"."content_reports";

DROP POLICY "content_moderation_actions: staff review" ON "public"."content_moderation_actions";

DROP POLICY "content_moderation_actions: staff and the creator read" ON "public"."content_moderation_actions";

DROP POLICY "content_moderation_actions: staff act as themselves" ON "public"."content_moderation_actions";

DROP POLICY "content: creators post" ON "public"."content";

DROP POLICY "audit_logs: staff read" ON "public"."audit_logs";

DROP INDEX "public"."idx_users_active_creators";

DROP INDEX "public"."idx_users_account_type";

REVOKE UPDATE ("username") ON TABLE "public"."users" FROM "authenticated";

REVOKE UPDATE ("subscription_price") ON TABLE "public"."users" FROM "authenticated";

REVOKE UPDATE ("last_seen_at") ON TABLE "public"."users" FROM "authenticated";

REVOKE UPDATE ("display_name") ON TABLE "public"."users" FROM "authenticated";

REVOKE UPDATE ON TABLE "public"."users" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."users" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."users" FROM "service_role";

REVOKE SELECT ("username") ON TABLE "public"."users" FROM "authenticated";

REVOKE SELECT ("username") ON TABLE "public"."users" FROM "anon";

REVOKE SELECT ("subscription_price") ON TABLE "public"."users" FROM "authenticated";

REVOKE SELECT ("subscription_price") ON TABLE "public"."users" FROM "anon";

REVOKE SELECT ("id") ON TABLE "public"."users" FROM "authenticated";

REVOKE SELECT ("id") ON TABLE "public"."users" FROM "anon";

REVOKE SELECT ("display_name") ON TABLE "public"."users" FROM "authenticated";

REVOKE SELECT ("display_name") ON TABLE "public"."users" FROM "anon";

REVOKE SELECT ("deleted_at") ON TABLE "public"."users" FROM "authenticated";

REVOKE SELECT ("deleted_at") ON TABLE "public"."users" FROM "anon";

REVOKE SELECT ("created_at") ON TABLE "public"."users" FROM "authenticated";

REVOKE SELECT ("created_at") ON TABLE "public"."users" FROM "anon";

REVOKE SELECT ("age_verified") ON TABLE "public"."users" FROM "authenticated";

REVOKE SELECT ("age_verified") ON TABLE "public"."users" FROM "anon";

REVOKE SELECT ("account_type") ON TABLE "public"."users" FROM "authenticated";

REVOKE SELECT ("account_type") ON TABLE "public"."users" FROM "anon";

REVOKE SELECT ("account_status") ON TABLE "public"."users" FROM "authenticated";

REVOKE SELECT ("account_status") ON TABLE "public"."users" FROM "anon";

REVOKE SELECT ON TABLE "public"."users" FROM "service_role";

REVOKE REFERENCES ON TABLE "public"."users" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."users" FROM "service_role";

REVOKE INSERT ("username") ON TABLE "public"."users" FROM "authenticated";

REVOKE INSERT ("id") ON TABLE "public"."users" FROM "authenticated";

REVOKE INSERT ("email") ON TABLE "public"."users" FROM "authenticated";

REVOKE INSERT ("display_name") ON TABLE "public"."users" FROM "authenticated";

REVOKE INSERT ("date_of_birth") ON TABLE "public"."users" FROM "authenticated";

REVOKE INSERT ON TABLE "public"."users" FROM "service_role";

REVOKE EXECUTE ON FUNCTION "public"."is_staff"() FROM "service_role";

REVOKE EXECUTE ON FUNCTION "public"."is_staff"() FROM "authenticated";

REVOKE DELETE ON TABLE "public"."users" FROM "service_role";

COMMENT ON FUNCTION "public"."is_staff"() IS NULL;

DROP FUNCTION "public"."is_staff"();

ALTER TABLE "public"."users" DROP CONSTRAINT "users_id_fkey";

ALTER TABLE "public"."user_violations" DROP CONSTRAINT "user_violations_user_id_fkey";

ALTER TABLE "public"."user_violations" DROP CONSTRAINT "user_violations_issued_by_fkey";

ALTER TABLE "public"."user_profiles" DROP CONSTRAINT "user_profiles_user_id_fkey";

ALTER TABLE "public"."user_analytics" DROP CONSTRAINT "user_analytics_user_id_fkey";

ALTER TABLE "public"."user_analytics" DROP CONSTRAINT "user_analytics_target_user_id_fkey";

ALTER TABLE "public"."transactions" DROP CONSTRAINT "transactions_user_id_fkey";

ALTER TABLE "public"."transactions" DROP CONSTRAINT "transactions_recipient_id_fkey";

ALTER TABLE "public"."tips" DROP CONSTRAINT "tips_sender_id_fkey";

ALTER TABLE "public"."tips" DROP CONSTRAINT "tips_creator_id_fkey";

ALTER TABLE "public"."system_logs" DROP CONSTRAINT "system_logs_user_id_fkey";

ALTER TABLE "public"."subscriptions" DROP CONSTRAINT "subscriptions_subscriber_id_fkey";

ALTER TABLE "public"."subscriptions" DROP CONSTRAINT "subscriptions_creator_id_fkey";

ALTER TABLE "public"."stream_access" DROP CONSTRAINT "stream_access_user_id_fkey";

ALTER TABLE "public"."revenue_analytics" DROP CONSTRAINT "revenue_analytics_creator_id_fkey";

ALTER TABLE "public"."notifications" DROP CONSTRAINT "notifications_user_id_fkey";

ALTER TABLE "public"."notifications" DROP CONSTRAINT "notifications_actor_id_fkey";

ALTER TABLE "public"."messages" DROP CONSTRAINT "messages_sender_id_fkey";

ALTER TABLE "public"."live_streams" DROP CONSTRAINT "live_streams_creator_id_fkey";

ALTER TABLE "public"."likes" DROP CONSTRAINT "likes_user_id_fkey";

ALTER TABLE "public"."follows" DROP CONSTRAINT "follows_following_id_fkey";

ALTER TABLE "public"."follows" DROP CONSTRAINT "follows_follower_id_fkey";

ALTER TABLE "public"."conversations" DROP CONSTRAINT "conversations_fan_id_fkey";

ALTER TABLE "public"."conversations" DROP CONSTRAINT "conversations_creator_id_fkey";

ALTER TABLE "public"."content_reports" DROP CONSTRAINT "content_reports_reporter_id_fkey";

ALTER TABLE "public"."content_reports" DROP CONSTRAINT "content_reports_reported_user_id_fkey";

ALTER TABLE "public"."content_reports" DROP CONSTRAINT "content_reports_assigned_moderator_id_fkey";

ALTER TABLE "public"."content_moderation_actions" DROP CONSTRAINT "content_moderation_actions_reviewed_by_fkey";

ALTER TABLE "public"."content_moderation_actions" DROP CONSTRAINT "content_moderation_actions_moderator_id_fkey";

ALTER TABLE "public"."content" DROP CONSTRAINT "content_creator_id_fkey";

ALTER TABLE "public"."content_analytics" DROP CONSTRAINT "content_analytics_user_id_fkey";

ALTER TABLE "public"."comments" DROP CONSTRAINT "comments_user_id_fkey";

ALTER TABLE "public"."audit_logs" DROP CONSTRAINT "audit_logs_admin_id_fkey";

ALTER TABLE "public"."audit_logs" DROP CONSTRAINT "audit_logs_actor_id_fkey";

DROP TABLE "public"."users";

COMMENT ON TABLE "public"."user_violations" IS NULL;

DROP INDEX "public"."idx_user_violations_user";

DROP INDEX "public"."idx_user_violations_report";

DROP INDEX "public"."idx_user_violations_issuer";

REVOKE UPDATE ("resolved_at") ON TABLE "public"."user_violations" FROM "authenticated";

REVOKE UPDATE ON TABLE "public"."user_violations" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."user_violations" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."user_violations" FROM "service_role";

REVOKE SELECT ON TABLE "public"."user_violations" FROM "service_role";

REVOKE SELECT ON TABLE "public"."user_violations" FROM "authenticated";

REVOKE REFERENCES ON TABLE "public"."user_violations" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."user_violations" FROM "service_role";

REVOKE INSERT ("violation_type") ON TABLE "public"."user_violations" FROM "authenticated";

REVOKE INSERT ("user_id") ON TABLE "public"."user_violations" FROM "authenticated";

REVOKE INSERT ("severity") ON TABLE "public"."user_violations" FROM "authenticated";

REVOKE INSERT ("report_id") ON TABLE "public"."user_violations" FROM "authenticated";

REVOKE INSERT ("issued_by") ON TABLE "public"."user_violations" FROM "authenticated";

REVOKE INSERT ("evidence") ON TABLE "public"."user_violations" FROM "authenticated";

REVOKE INSERT ("description") ON TABLE "public"."user_violations" FROM "authenticated";

REVOKE INSERT ("action_taken") ON TABLE "public"."user_violations" FROM "authenticated";

REVOKE INSERT ("action_expires_at") ON TABLE "public"."user_violations" FROM "authenticated";

REVOKE INSERT ON TABLE "public"."user_violations" FROM "service_role";

REVOKE DELETE ON TABLE "public"."user_violations" FROM "service_role";

ALTER TABLE "public"."user_violations" DROP CONSTRAINT "user_violations_report_id_fkey";

DROP TABLE "public"."user_violations";

COMMENT ON TABLE "public"."user_profiles" IS NULL;

DROP POLICY "user_profiles: public" ON "public"."user_profiles";

DROP POLICY "user_profiles: owners update" ON "public"."user_profiles";

DROP POLICY "user_profiles: owners create" ON "public"."user_profiles";

DROP INDEX "public"."idx_user_profiles_categories";

REVOKE UPDATE ON TABLE "public"."user_profiles" FROM "service_role";

REVOKE UPDATE ON TABLE "public"."user_profiles" FROM "authenticated";

REVOKE TRUNCATE ON TABLE "public"."user_profiles" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."user_profiles" FROM "service_role";

REVOKE SELECT ON TABLE "public"."user_profiles" FROM "service_role";

REVOKE SELECT ON TABLE "public"."user_profiles" FROM "authenticated";

REVOKE SELECT ON TABLE "public"."user_profiles" FROM "anon";

REVOKE REFERENCES ON TABLE "public"."user_profiles" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."user_profiles" FROM "service_role";

REVOKE INSERT ON TABLE "public"."user_profiles" FROM "service_role";

REVOKE INSERT ON TABLE "public"."user_profiles" FROM "authenticated";

REVOKE DELETE ON TABLE "public"."user_profiles" FROM "service_role";

DROP TABLE "public"."user_profiles";

COMMENT ON TABLE "public"."user_analytics" IS NULL;

DROP POLICY "user_analytics: owners read" ON "public"."user_analytics";

DROP INDEX "public"."idx_user_analytics_user";

DROP INDEX "public"."idx_user_analytics_target";

REVOKE UPDATE ON TABLE "public"."user_analytics" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."user_analytics" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."user_analytics" FROM "service_role";

REVOKE SELECT ON TABLE "public"."user_analytics" FROM "service_role";

REVOKE SELECT ON TABLE "public"."user_analytics" FROM "authenticated";

REVOKE REFERENCES ON TABLE "public"."user_analytics" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."user_analytics" FROM "service_role";

REVOKE INSERT ON TABLE "public"."user_analytics" FROM "service_role";

REVOKE DELETE ON TABLE "public"."user_analytics" FROM "service_role";

DROP TABLE "public"."user_analytics";

COMMENT ON TABLE "public"."transactions" IS NULL;

DROP POLICY "transactions: the payer and the recipient see it" ON "public"."transactions";

DROP POLICY "content: posts the caller may see" ON "public"."content";

DROP INDEX "public"."idx_transactions_user";

DROP INDEX "public"."idx_transactions_subscription";

DROP INDEX "public"."idx_transactions_stream";

DROP INDEX "public"."idx_transactions_recipient";

DROP INDEX "public"."idx_transactions_pending";

DROP INDEX "public"."idx_transactions_message";

DROP INDEX "public"."idx_transactions_content";

REVOKE UPDATE ON TABLE "public"."transactions" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."transactions" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."transactions" FROM "service_role";

REVOKE SELECT ON TABLE "public"."transactions" FROM "service_role";

REVOKE SELECT ON TABLE "public"."transactions" FROM "authenticated";

REVOKE REFERENCES ON TABLE "public"."transactions" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."transactions" FROM "service_role";

REVOKE INSERT ON TABLE "public"."transactions" FROM "service_role";

REVOKE DELETE ON TABLE "public"."transactions" FROM "service_role";

ALTER TABLE "public"."transactions" DROP CONSTRAINT "transactions_subscription_id_fkey";

ALTER TABLE "public"."transactions" DROP CONSTRAINT "transactions_stream_id_fkey";

ALTER TABLE "public"."transactions" DROP CONSTRAINT "transactions_message_id_fkey";

ALTER TABLE "public"."transactions" DROP CONSTRAINT "transactions_content_id_fkey";

ALTER TABLE "public"."tips" DROP CONSTRAINT "tips_transaction_id_fkey";

ALTER TABLE "public"."stream_access" DROP CONSTRAINT "stream_access_transaction_id_fkey";

DROP TABLE "public"."transactions";

COMMENT ON TABLE "public"."tips" IS NULL;

DROP POLICY "tips: the sender and the creator see it" ON "public"."tips";

DROP INDEX "public"."idx_tips_transaction";

DROP INDEX "public"."idx_tips_sender";

DROP INDEX "public"."idx_tips_message";

DROP INDEX "public"."idx_tips_creator";

DROP INDEX "public"."idx_tips_content";

REVOKE UPDATE ON TABLE "public"."tips" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."tips" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."tips" FROM "service_role";

REVOKE SELECT ON TABLE "public"."tips" FROM "service_role";

REVOKE SELECT ON TABLE "public"."tips" FROM "authenticated";

REVOKE REFERENCES ON TABLE "public"."tips" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."tips" FROM "service_role";

REVOKE INSERT ON TABLE "public"."tips" FROM "service_role";

REVOKE DELETE ON TABLE "public"."tips" FROM "service_role";

ALTER TABLE "public"."tips" DROP CONSTRAINT "tips_message_id_fkey";

ALTER TABLE "public"."tips" DROP CONSTRAINT "tips_content_id_fkey";

DROP TABLE "public"."tips";

COMMENT ON TABLE "public"."system_logs" IS NULL;

DROP POLICY "system_logs: service role only" ON "public"."system_logs";

DROP INDEX "public"."idx_system_logs_user";

DROP INDEX "public"."idx_system_logs_request";

DROP INDEX "public"."idx_system_logs_level";

REVOKE UPDATE ON TABLE "public"."system_logs" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."system_logs" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."system_logs" FROM "service_role";

REVOKE SELECT ON TABLE "public"."system_logs" FROM "service_role";

REVOKE REFERENCES ON TABLE "public"."system_logs" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."system_logs" FROM "service_role";

REVOKE INSERT ON TABLE "public"."system_logs" FROM "service_role";

REVOKE DELETE ON TABLE "public"."system_logs" FROM "service_role";

DROP TABLE "public"."system_logs";

COMMENT ON TABLE "public"."subscriptions" IS NULL;

DROP POLICY "subscriptions: the fan and the creator see it" ON "public"."subscriptions";

DROP INDEX "public"."subscriptions_one_live";

DROP INDEX "public"."idx_subscriptions_subscriber";

DROP INDEX "public"."idx_subscriptions_creator_status";

REVOKE UPDATE ON TABLE "public"."subscriptions" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."subscriptions" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."subscriptions" FROM "service_role";

REVOKE SELECT ON TABLE "public"."subscriptions" FROM "service_role";

REVOKE SELECT ON TABLE "public"."subscriptions" FROM "authenticated";

REVOKE REFERENCES ON TABLE "public"."subscriptions" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."subscriptions" FROM "service_role";

REVOKE INSERT ON TABLE "public"."subscriptions" FROM "service_role";

REVOKE DELETE ON TABLE "public"."subscriptions" FROM "service_role";

DROP TABLE "public"."subscriptions";

COMMENT ON TABLE "public"."stream_access" IS NULL;

DROP POLICY "stream_access: viewers and the stream's creator see it" ON "public"."stream_access";

DROP INDEX "public"."idx_stream_access_user";

DROP INDEX "public"."idx_stream_access_transaction";

DROP INDEX "public"."idx_stream_access_stream";

REVOKE UPDATE ON TABLE "public"."stream_access" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."stream_access" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."stream_access" FROM "service_role";

REVOKE SELECT ON TABLE "public"."stream_access" FROM "service_role";

REVOKE SELECT ON TABLE "public"."stream_access" FROM "authenticated";

REVOKE REFERENCES ON TABLE "public"."stream_access" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."stream_access" FROM "service_role";

REVOKE INSERT ON TABLE "public"."stream_access" FROM "service_role";

REVOKE DELETE ON TABLE "public"."stream_access" FROM "service_role";

ALTER TABLE "public"."stream_access" DROP CONSTRAINT "stream_access_stream_id_fkey";

DROP TABLE "public"."stream_access";

COMMENT ON TABLE "public"."revenue_analytics" IS NULL;

DROP POLICY "revenue_analytics: creators read theirs" ON "public"."revenue_analytics";

REVOKE UPDATE ON TABLE "public"."revenue_analytics" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."revenue_analytics" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."revenue_analytics" FROM "service_role";

REVOKE SELECT ON TABLE "public"."revenue_analytics" FROM "service_role";

REVOKE SELECT ON TABLE "public"."revenue_analytics" FROM "authenticated";

REVOKE REFERENCES ON TABLE "public"."revenue_analytics" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."revenue_analytics" FROM "service_role";

REVOKE INSERT ON TABLE "public"."revenue_analytics" FROM "service_role";

REVOKE DELETE ON TABLE "public"."revenue_analytics" FROM "service_role";

DROP TABLE "public"."revenue_analytics";

COMMENT ON TABLE "public"."notifications" IS NULL;

DROP POLICY "notifications: owners read" ON "public"."notifications";

DROP POLICY "notifications: owners mark read" ON "public"."notifications";

DROP POLICY "notifications: owners dismiss" ON "public"."notifications";

DROP INDEX "public"."idx_notifications_user";

DROP INDEX "public"."idx_notifications_unread";

DROP INDEX "public"."idx_notifications_content";

DROP INDEX "public"."idx_notifications_actor";

REVOKE UPDATE ("read_at") ON TABLE "public"."notifications" FROM "authenticated";

REVOKE UPDATE ON TABLE "public"."notifications" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."notifications" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."notifications" FROM "service_role";

REVOKE SELECT ON TABLE "public"."notifications" FROM "service_role";

REVOKE SELECT ON TABLE "public"."notifications" FROM "authenticated";

REVOKE REFERENCES ON TABLE "public"."notifications" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."notifications" FROM "service_role";

REVOKE INSERT ON TABLE "public"."notifications" FROM "service_role";

REVOKE DELETE ON TABLE "public"."notifications" FROM "service_role";

REVOKE DELETE ON TABLE "public"."notifications" FROM "authenticated";

ALTER TABLE "public"."notifications" DROP CONSTRAINT "notifications_content_id_fkey";

DROP TABLE "public"."notifications";

COMMENT ON TABLE "public"."messages" IS NULL;

DROP POLICY "messages: participants send as themselves" ON "public"."messages";

DROP POLICY "messages: participants read" ON "public"."messages";

DROP INDEX "public"."idx_messages_sender";

DROP INDEX "public"."idx_messages_conversation";

REVOKE UPDATE ON TABLE "public"."messages" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."messages" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."messages" FROM "service_role";

REVOKE SELECT ON TABLE "public"."messages" FROM "service_role";

REVOKE SELECT ON TABLE "public"."messages" FROM "authenticated";

REVOKE REFERENCES ON TABLE "public"."messages" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."messages" FROM "service_role";

REVOKE INSERT ("sender_id") ON TABLE "public"."messages" FROM "authenticated";

REVOKE INSERT ("price") ON TABLE "public"."messages" FROM "authenticated";

REVOKE INSERT ("media_urls") ON TABLE "public"."messages" FROM "authenticated";

REVOKE INSERT ("media_type") ON TABLE "public"."messages" FROM "authenticated";

REVOKE INSERT ("is_premium") ON TABLE "public"."messages" FROM "authenticated";

REVOKE INSERT ("conversation_id") ON TABLE "public"."messages" FROM "authenticated";

REVOKE INSERT ("body") ON TABLE "public"."messages" FROM "authenticated";

REVOKE INSERT ON TABLE "public"."messages" FROM "service_role";

REVOKE EXECUTE ON FUNCTION "public"."mark_conversation_read"(uuid) FROM "authenticated";

REVOKE DELETE ON TABLE "public"."messages" FROM "service_role";

COMMENT ON FUNCTION "public"."mark_conversation_read"(uuid) IS NULL;

GRANT EXECUTE ON FUNCTION "public"."mark_conversation_read"(uuid) TO PUBLIC;

DROP FUNCTION "public"."mark_conversation_read"(uuid);

ALTER TABLE "public"."messages" DROP CONSTRAINT "messages_conversation_id_fkey";

DROP TABLE "public"."messages";

COMMENT ON COLUMN "public"."live_streams"."stream_key" IS NULL;

COMMENT ON TABLE "public"."live_streams" IS NULL;

DROP POLICY "live_streams: listed streams are public" ON "public"."live_streams";

DROP POLICY "live_streams: creators manage theirs" ON "public"."live_streams";

DROP INDEX "public"."idx_live_streams_live";

DROP INDEX "public"."idx_live_streams_creator";

REVOKE UPDATE ("title") ON TABLE "public"."live_streams" FROM "authenticated";

REVOKE UPDATE ("status") ON TABLE "public"."live_streams" FROM "authenticated";

REVOKE UPDATE ("scheduled_start") ON TABLE "public"."live_streams" FROM "authenticated";

REVOKE UPDATE ("price") ON TABLE "public"."live_streams" FROM "authenticated";

REVOKE UPDATE ("is_premium") ON TABLE "public"."live_streams" FROM "authenticated";

REVOKE UPDATE ("description") ON TABLE "public"."live_streams" FROM "authenticated";

REVOKE UPDATE ON TABLE "public"."live_streams" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."live_streams" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."live_streams" FROM "service_role";

REVOKE SELECT ("updated_at") ON TABLE "public"."live_streams" FROM "authenticated";

REVOKE SELECT ("updated_at") ON TABLE "public"."live_streams" FROM "anon";

REVOKE SELECT ("title") ON TABLE "public"."live_streams" FROM "authenticated";

REVOKE SELECT ("title") ON TABLE "public"."live_streams" FROM "anon";

REVOKE SELECT ("status") ON TABLE "public"."live_streams" FROM "authenticated";

REVOKE SELECT ("status") ON TABLE "public"."live_streams" FROM "anon";

REVOKE SELECT ("started_at") ON TABLE "public"."live_streams" FROM "authenticated";

REVOKE SELECT ("started_at") ON TABLE "public"."live_streams" FROM "anon";

REVOKE SELECT ("scheduled_start") ON TABLE "public"."live_streams" FROM "authenticated";

REVOKE SELECT ("scheduled_start") ON TABLE "public"."live_streams" FROM "anon";

REVOKE SELECT ("price") ON TABLE "public"."live_streams" FROM "authenticated";

REVOKE SELECT ("price") ON TABLE "public"."live_streams" FROM "anon";

REVOKE SELECT ("peak_viewers") ON TABLE "public"."live_streams" FROM "authenticated";

REVOKE SELECT ("peak_viewers") ON TABLE "public"."live_streams" FROM "anon";

REVOKE SELECT ("is_premium") ON TABLE "public"."live_streams" FROM "authenticated";

REVOKE SELECT ("is_premium") ON TABLE "public"."live_streams" FROM "anon";

REVOKE SELECT ("id") ON TABLE "public"."live_streams" FROM "authenticated";

REVOKE SELECT ("id") ON TABLE "public"."live_streams" FROM "anon";

REVOKE SELECT ("ended_at") ON TABLE "public"."live_streams" FROM "authenticated";

REVOKE SELECT ("ended_at") ON TABLE "public"."live_streams" FROM "anon";

REVOKE SELECT ("description") ON TABLE "public"."live_streams" FROM "authenticated";

REVOKE SELECT ("description") ON TABLE "public"."live_streams" FROM "anon";

REVOKE SELECT ("current_viewers") ON TABLE "public"."live_streams" FROM "authenticated";

REVOKE SELECT ("current_viewers") ON TABLE "public"."live_streams" FROM "anon";

REVOKE SELECT ("creator_id") ON TABLE "public"."live_streams" FROM "authenticated";

REVOKE SELECT ("creator_id") ON TABLE "public"."live_streams" FROM "anon";

REVOKE SELECT ("created_at") ON TABLE "public"."live_streams" FROM "authenticated";

REVOKE SELECT ("created_at") ON TABLE "public"."live_streams" FROM "anon";

REVOKE SELECT ON TABLE "public"."live_streams" FROM "service_role";

REVOKE REFERENCES ON TABLE "public"."live_streams" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."live_streams" FROM "service_role";

REVOKE INSERT ("title") ON TABLE "public"."live_streams" FROM "authenticated";

REVOKE INSERT ("scheduled_start") ON TABLE "public"."live_streams" FROM "authenticated";

REVOKE INSERT ("price") ON TABLE "public"."live_streams" FROM "authenticated";

REVOKE INSERT ("is_premium") ON TABLE "public"."live_streams" FROM "authenticated";

REVOKE INSERT ("description") ON TABLE "public"."live_streams" FROM "authenticated";

REVOKE INSERT ("creator_id") ON TABLE "public"."live_streams" FROM "authenticated";

REVOKE INSERT ON TABLE "public"."live_streams" FROM "service_role";

REVOKE EXECUTE ON FUNCTION "public"."get_stream_key"(uuid) FROM "authenticated";

REVOKE DELETE ON TABLE "public"."live_streams" FROM "service_role";

COMMENT ON FUNCTION "public"."get_stream_key"(uuid) IS NULL;

GRANT EXECUTE ON FUNCTION "public"."get_stream_key"(uuid) TO PUBLIC;

DROP FUNCTION "public"."get_stream_key"(uuid);

DROP TABLE "public"."live_streams";

COMMENT ON TABLE "public"."likes" IS NULL;

DROP POLICY "likes: unlike your own" ON "public"."likes";

DROP POLICY "likes: on posts the caller can see" ON "public"."likes";

DROP POLICY "likes: like as yourself" ON "public"."likes";

DROP INDEX "public"."idx_likes_user";

REVOKE UPDATE ON TABLE "public"."likes" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."likes" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."likes" FROM "service_role";

REVOKE SELECT ON TABLE "public"."likes" FROM "service_role";

REVOKE SELECT ON TABLE "public"."likes" FROM "authenticated";

REVOKE REFERENCES ON TABLE "public"."likes" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."likes" FROM "service_role";

REVOKE INSERT ("user_id") ON TABLE "public"."likes" FROM "authenticated";

REVOKE INSERT ("content_id") ON TABLE "public"."likes" FROM "authenticated";

REVOKE INSERT ON TABLE "public"."likes" FROM "service_role";

REVOKE DELETE ON TABLE "public"."likes" FROM "service_role";

REVOKE DELETE ON TABLE "public"."likes" FROM "authenticated";

ALTER TABLE "public"."likes" DROP CONSTRAINT "likes_content_id_fkey";

DROP TABLE "public"."likes";

COMMENT ON TABLE "public"."follows" IS NULL;

DROP POLICY "follows: unfollow" ON "public"."follows";

DROP POLICY "follows: the follower and the followed see it" ON "public"."follows";

DROP POLICY "follows: follow as yourself" ON "public"."follows";

DROP POLICY "follows: change your notification setting" ON "public"."follows";

DROP INDEX "public"."idx_follows_following";

REVOKE UPDATE ("notify_on_post") ON TABLE "public"."follows" FROM "authenticated";

REVOKE UPDATE ON TABLE "public"."follows" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."follows" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."follows" FROM "service_role";

REVOKE SELECT ON TABLE "public"."follows" FROM "service_role";

REVOKE SELECT ON TABLE "public"."follows" FROM "authenticated";

REVOKE REFERENCES ON TABLE "public"."follows" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."follows" FROM "service_role";

REVOKE INSERT ("notify_on_post") ON TABLE "public"."follows" FROM "authenticated";

REVOKE INSERT ("following_id") ON TABLE "public"."follows" FROM "authenticated";

REVOKE INSERT ("follower_id") ON TABLE "public"."follows" FROM "authenticated";

REVOKE INSERT ON TABLE "public"."follows" FROM "service_role";

REVOKE DELETE ON TABLE "public"."follows" FROM "service_role";

REVOKE DELETE ON TABLE "public"."follows" FROM "authenticated";

DROP TABLE "public"."follows";

COMMENT ON TABLE "public"."conversations" IS NULL;

DROP POLICY "conversations: participants read" ON "public"."conversations";

DROP POLICY "conversations: participants archive" ON "public"."conversations";

DROP INDEX "public"."idx_conversations_fan";

REVOKE UPDATE ("fan_archived") ON TABLE "public"."conversations" FROM "authenticated";

REVOKE UPDATE ("creator_archived") ON TABLE "public"."conversations" FROM "authenticated";

REVOKE UPDATE ON TABLE "public"."conversations" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."conversations" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."conversations" FROM "service_role";

REVOKE SELECT ON TABLE "public"."conversations" FROM "service_role";

REVOKE SELECT ON TABLE "public"."conversations" FROM "authenticated";

REVOKE REFERENCES ON TABLE "public"."conversations" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."conversations" FROM "service_role";

REVOKE INSERT ("fan_id") ON TABLE "public"."conversations" FROM "authenticated";

REVOKE INSERT ("creator_id") ON TABLE "public"."conversations" FROM "authenticated";

REVOKE INSERT ON TABLE "public"."conversations" FROM "service_role";

REVOKE DELETE ON TABLE "public"."conversations" FROM "service_role";

COMMENT ON FUNCTION "public"."messages_update_conversation"() IS NULL;

GRANT EXECUTE ON FUNCTION "public"."messages_update_conversation"() TO PUBLIC;

DROP FUNCTION "public"."messages_update_conversation"();

DROP TABLE "public"."conversations";

COMMENT ON TABLE "public"."content_reports" IS NULL;

DROP POLICY "content_reports: report as yourself" ON "public"."content_reports";

DROP INDEX "public"."idx_content_reports_status";

DROP INDEX "public"."idx_content_reports_reporter";

DROP INDEX "public"."idx_content_reports_reported_user";

DROP INDEX "public"."idx_content_reports_queue";

DROP INDEX "public"."idx_content_reports_moderator";

DROP INDEX "public"."idx_content_reports_content";

REVOKE UPDATE ("status") ON TABLE "public"."content_reports" FROM "authenticated";

REVOKE UPDATE ("resolved_at") ON TABLE "public"."content_reports" FROM "authenticated";

REVOKE UPDATE ("resolution_notes") ON TABLE "public"."content_reports" FROM "authenticated";

REVOKE UPDATE ("priority") ON TABLE "public"."content_reports" FROM "authenticated";

REVOKE UPDATE ("assigned_moderator_id") ON TABLE "public"."content_reports" FROM "authenticated";

REVOKE UPDATE ON TABLE "public"."content_reports" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."content_reports" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."content_reports" FROM "service_role";

REVOKE SELECT ON TABLE "public"."content_reports" FROM "service_role";

REVOKE SELECT ON TABLE "public"."content_reports" FROM "authenticated";

REVOKE REFERENCES ON TABLE "public"."content_reports" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."content_reports" FROM "service_role";

REVOKE INSERT ("reporter_id") ON TABLE "public"."content_reports" FROM "authenticated";

REVOKE INSERT ("reported_user_id") ON TABLE "public"."content_reports" FROM "authenticated";

REVOKE INSERT ("report_type") ON TABLE "public"."content_reports" FROM "authenticated";

REVOKE INSERT ("evidence_urls") ON TABLE "public"."content_reports" FROM "authenticated";

REVOKE INSERT ("description") ON TABLE "public"."content_reports" FROM "authenticated";

REVOKE INSERT ("content_id") ON TABLE "public"."content_reports" FROM "authenticated";

REVOKE INSERT ON TABLE "public"."content_reports" FROM "service_role";

REVOKE DELETE ON TABLE "public"."content_reports" FROM "service_role";

ALTER TABLE "public"."content_reports" DROP CONSTRAINT "content_reports_content_id_fkey";

ALTER TABLE "public"."content_moderation_actions" DROP CONSTRAINT "content_moderation_actions_report_id_fkey";

DROP TABLE "public"."content_reports";

COMMENT ON TABLE "public"."content_moderation_actions" IS NULL;

DROP INDEX "public"."idx_moderation_actions_reviewer";

DROP INDEX "public"."idx_moderation_actions_review_queue";

DROP INDEX "public"."idx_moderation_actions_report";

DROP INDEX "public"."idx_moderation_actions_moderator";

DROP INDEX "public"."idx_moderation_actions_content";

REVOKE UPDATE ("reviewed_by") ON TABLE "public"."content_moderation_actions" FROM "authenticated";

REVOKE UPDATE ("reviewed_at") ON TABLE "public"."content_moderation_actions" FROM "authenticated";

REVOKE UPDATE ("requires_human_review") ON TABLE "public"."content_moderation_actions" FROM "authenticated";

REVOKE UPDATE ON TABLE "public"."content_moderation_actions" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."content_moderation_actions" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."content_moderation_actions" FROM "service_role";

REVOKE SELECT ON TABLE "public"."content_moderation_actions" FROM "service_role";

REVOKE SELECT ON TABLE "public"."content_moderation_actions" FROM "authenticated";

REVOKE REFERENCES ON TABLE "public"."content_moderation_actions" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."content_moderation_actions" FROM "service_role";

REVOKE INSERT ("report_id") ON TABLE "public"."content_moderation_actions" FROM "authenticated";

REVOKE INSERT ("reason") ON TABLE "public"."content_moderation_actions" FROM "authenticated";

REVOKE INSERT ("moderator_id") ON TABLE "public"."content_moderation_actions" FROM "authenticated";

REVOKE INSERT ("content_id") ON TABLE "public"."content_moderation_actions" FROM "authenticated";

REVOKE INSERT ("action") ON TABLE "public"."content_moderation_actions" FROM "authenticated";

REVOKE INSERT ON TABLE "public"."content_moderation_actions" FROM "service_role";

REVOKE DELETE ON TABLE "public"."content_moderation_actions" FROM "service_role";

ALTER TABLE "public"."content_moderation_actions" DROP CONSTRAINT "content_moderation_actions_content_id_fkey";

DROP TABLE "public"."content_moderation_actions";

COMMENT ON TABLE "public"."content_analytics" IS NULL;

DROP POLICY "content_analytics: creators see their content's events" ON "public"."content_analytics";

DROP INDEX "public"."idx_content_analytics_user";

DROP INDEX "public"."idx_content_analytics_created_at";

DROP INDEX "public"."idx_content_analytics_content";

REVOKE UPDATE ON TABLE "public"."content_analytics" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."content_analytics" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."content_analytics" FROM "service_role";

REVOKE SELECT ON TABLE "public"."content_analytics" FROM "service_role";

REVOKE SELECT ON TABLE "public"."content_analytics" FROM "authenticated";

REVOKE REFERENCES ON TABLE "public"."content_analytics" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."content_analytics" FROM "service_role";

REVOKE INSERT ON TABLE "public"."content_analytics" FROM "service_role";

REVOKE DELETE ON TABLE "public"."content_analytics" FROM "service_role";

ALTER TABLE "public"."content_analytics" DROP CONSTRAINT "content_analytics_content_id_fkey";

DROP TABLE "public"."content_analytics";

COMMENT ON COLUMN "public"."content"."price" IS NULL;

COMMENT ON TABLE "public"."content" IS NULL;

DROP POLICY "content: free published posts" ON "public"."content";

DROP POLICY "content: creators edit their posts" ON "public"."content";

DROP POLICY "content: creators delete their posts" ON "public"."content";

DROP POLICY "comments: visible comments on visible posts" ON "public"."comments";

DROP POLICY "comments: comment as yourself on visible posts" ON "public"."comments";

DROP POLICY "comments: authors edit, creators pin" ON "public"."comments";

DROP INDEX "public"."idx_content_scheduled";

DROP INDEX "public"."idx_content_feed";

DROP INDEX "public"."idx_content_creator";

DROP INDEX "public"."idx_content_created_at";

REVOKE UPDATE ("title") ON TABLE "public"."content" FROM "authenticated";

REVOKE UPDATE ("thumbnail_url") ON TABLE "public"."content" FROM "authenticated";

REVOKE UPDATE ("status") ON TABLE "public"."content" FROM "authenticated";

REVOKE UPDATE ("scheduled_for") ON TABLE "public"."content" FROM "authenticated";

REVOKE UPDATE ("requires_subscription") ON TABLE "public"."content" FROM "authenticated";

REVOKE UPDATE ("published_at") ON TABLE "public"."content" FROM "authenticated";

REVOKE UPDATE ("price") ON TABLE "public"."content" FROM "authenticated";

REVOKE UPDATE ("media_url") ON TABLE "public"."content" FROM "authenticated";

REVOKE UPDATE ("media_duration_seconds") ON TABLE "public"."content" FROM "authenticated";

REVOKE UPDATE ("is_premium") ON TABLE "public"."content" FROM "authenticated";

REVOKE UPDATE ("deleted_at") ON TABLE "public"."content" FROM "authenticated";

REVOKE UPDATE ("content_warning") ON TABLE "public"."content" FROM "authenticated";

REVOKE UPDATE ("body") ON TABLE "public"."content" FROM "authenticated";

REVOKE UPDATE ("age_restricted") ON TABLE "public"."content" FROM "authenticated";

REVOKE UPDATE ON TABLE "public"."content" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."content" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."content" FROM "service_role";

REVOKE SELECT ON TABLE "public"."content" FROM "service_role";

REVOKE SELECT ON TABLE "public"."content" FROM "authenticated";

REVOKE SELECT ON TABLE "public"."content" FROM "anon";

REVOKE REFERENCES ON TABLE "public"."content" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."content" FROM "service_role";

REVOKE INSERT ("title") ON TABLE "public"."content" FROM "authenticated";

REVOKE INSERT ("thumbnail_url") ON TABLE "public"."content" FROM "authenticated";

REVOKE INSERT ("status") ON TABLE "public"."content" FROM "authenticated";

REVOKE INSERT ("scheduled_for") ON TABLE "public"."content" FROM "authenticated";

REVOKE INSERT ("requires_subscription") ON TABLE "public"."content" FROM "authenticated";

REVOKE INSERT ("published_at") ON TABLE "public"."content" FROM "authenticated";

REVOKE INSERT ("price") ON TABLE "public"."content" FROM "authenticated";

REVOKE INSERT ("media_url") ON TABLE "public"."content" FROM "authenticated";

REVOKE INSERT ("media_duration_seconds") ON TABLE "public"."content" FROM "authenticated";

REVOKE INSERT ("is_premium") ON TABLE "public"."content" FROM "authenticated";

REVOKE INSERT ("creator_id") ON TABLE "public"."content" FROM "authenticated";

REVOKE INSERT ("content_warning") ON TABLE "public"."content" FROM "authenticated";

REVOKE INSERT ("content_type") ON TABLE "public"."content" FROM "authenticated";

REVOKE INSERT ("body") ON TABLE "public"."content" FROM "authenticated";

REVOKE INSERT ("age_restricted") ON TABLE "public"."content" FROM "authenticated";

REVOKE INSERT ON TABLE "public"."content" FROM "service_role";

REVOKE DELETE ON TABLE "public"."content" FROM "service_role";

REVOKE DELETE ON TABLE "public"."content" FROM "authenticated";

COMMENT ON FUNCTION "public"."likes_count"() IS NULL;

GRANT EXECUTE ON FUNCTION "public"."likes_count"() TO PUBLIC;

DROP FUNCTION "public"."likes_count"();

COMMENT ON FUNCTION "public"."comments_count"() IS NULL;

GRANT EXECUTE ON FUNCTION "public"."comments_count"() TO PUBLIC;

DROP FUNCTION "public"."comments_count"();

ALTER TABLE "public"."comments" DROP CONSTRAINT "comments_content_id_fkey";

DROP TABLE "public"."content";

COMMENT ON TABLE "public"."comments" IS NULL;

DROP INDEX "public"."idx_comments_user";

DROP INDEX "public"."idx_comments_parent";

DROP INDEX "public"."idx_comments_content";

REVOKE UPDATE ("is_pinned") ON TABLE "public"."comments" FROM "authenticated";

REVOKE UPDATE ("edited_at") ON TABLE "public"."comments" FROM "authenticated";

REVOKE UPDATE ("deleted_at") ON TABLE "public"."comments" FROM "authenticated";

REVOKE UPDATE ("body") ON TABLE "public"."comments" FROM "authenticated";

REVOKE UPDATE ON TABLE "public"."comments" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."comments" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."comments" FROM "service_role";

REVOKE SELECT ON TABLE "public"."comments" FROM "service_role";

REVOKE SELECT ON TABLE "public"."comments" FROM "authenticated";

REVOKE SELECT ON TABLE "public"."comments" FROM "anon";

REVOKE REFERENCES ON TABLE "public"."comments" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."comments" FROM "service_role";

REVOKE INSERT ("user_id") ON TABLE "public"."comments" FROM "authenticated";

REVOKE INSERT ("parent_comment_id") ON TABLE "public"."comments" FROM "authenticated";

REVOKE INSERT ("content_id") ON TABLE "public"."comments" FROM "authenticated";

REVOKE INSERT ("body") ON TABLE "public"."comments" FROM "authenticated";

REVOKE INSERT ON TABLE "public"."comments" FROM "service_role";

REVOKE DELETE ON TABLE "public"."comments" FROM "service_role";

ALTER TABLE "public"."comments" DROP CONSTRAINT "comments_parent_comment_id_fkey";

DROP TABLE "public"."comments";

COMMENT ON TABLE "public"."audit_logs" IS NULL;

DROP INDEX "public"."idx_audit_logs_entity";

DROP INDEX "public"."idx_audit_logs_created_at";

DROP INDEX "public"."idx_audit_logs_admin";

DROP INDEX "public"."idx_audit_logs_actor";

REVOKE UPDATE ON TABLE "public"."audit_logs" FROM "service_role";

REVOKE TRUNCATE ON TABLE "public"."audit_logs" FROM "service_role";

REVOKE TRIGGER ON TABLE "public"."audit_logs" FROM "service_role";

REVOKE SELECT ON TABLE "public"."audit_logs" FROM "service_role";

REVOKE SELECT ON TABLE "public"."audit_logs" FROM "authenticated";

REVOKE REFERENCES ON TABLE "public"."audit_logs" FROM "service_role";

REVOKE MAINTAIN ON TABLE "public"."audit_logs" FROM "service_role";

REVOKE INSERT ON TABLE "public"."audit_logs" FROM "service_role";

REVOKE DELETE ON TABLE "public"."audit_logs" FROM "service_role";

DROP TABLE "public"."audit_logs";

COMMENT ON FUNCTION "public"."set_updated_at"() IS NULL;

DROP FUNCTION "public"."set_updated_at"();

DROP TYPE "public"."user_event";

DROP TYPE "public"."transaction_type";

DROP TYPE "public"."transaction_status";

DROP TYPE "public"."subscription_type";

DROP TYPE "public"."subscription_status";

DROP TYPE "public"."revenue_type";

DROP TYPE "public"."report_type";

DROP TYPE "public"."report_status";

COMMENT ON TYPE "public"."priority" IS NULL;

DROP TYPE "public"."priority";

DROP TYPE "public"."moderation_action";

DROP TYPE "public"."log_level";

DROP TYPE "public"."enforcement_action";

DROP TYPE "public"."content_type";

DROP TYPE "public"."content_event";

COMMENT ON TYPE "public"."account_type" IS NULL;

DROP TYPE "public"."account_type";

DROP TYPE "public"."account_status";
