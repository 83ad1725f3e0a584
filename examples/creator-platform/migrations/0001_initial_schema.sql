-- canon migration 0001_initial_schema
-- initial schema

CREATE TYPE "public"."account_status" AS ENUM ('active', 'suspended', 'banned', 'deactivated');

CREATE TYPE "public"."account_type" AS ENUM ('fan', 'creator', 'admin', 'moderator');

COMMENT ON TYPE "public"."account_type" IS 'What an account may do: fans subscribe, creators sell, staff moderate.';

CREATE TYPE "public"."content_event" AS ENUM ('view', 'like', 'unlike', 'share', 'comment', 'download', 'purchase');

CREATE TYPE "public"."content_type" AS ENUM ('image', 'video', 'audio', 'text', 'live_stream');

CREATE TYPE "public"."enforcement_action" AS ENUM ('warning', 'temporary_suspension', 'permanent_ban', 'feature_restriction');

CREATE TYPE "public"."log_level" AS ENUM ('debug', 'info', 'warning', 'error', 'critical');

CREATE TYPE "public"."moderation_action" AS ENUM ('approve', 'reject', 'remove', 'flag', 'age_restrict', 'shadow_ban', 'require_warning');

CREATE TYPE "public"."priority" AS ENUM ('low', 'medium', 'high', 'critical');

COMMENT ON TYPE "public"."priority" IS 'Urgency of a report, or severity of a violation or audit event.';

CREATE TYPE "public"."report_status" AS ENUM ('pending', 'under_review', 'resolved', 'dismissed', 'escalated');

CREATE TYPE "public"."report_type" AS ENUM ('inappropriate_content', 'copyright_violation', 'harassment', 'spam', 'underage', 'non_consensual', 'violence', 'hate_speech', 'other');

CREATE TYPE "public"."revenue_type" AS ENUM ('subscription', 'tip', 'content_sale', 'message_sale', 'stream_access');

CREATE TYPE "public"."subscription_status" AS ENUM ('pending', 'active', 'cancelled', 'expired', 'failed');

CREATE TYPE "public"."subscription_type" AS ENUM ('monthly', 'yearly', 'lifetime');

CREATE TYPE "public"."transaction_status" AS ENUM ('pending', 'completed', 'failed', 'refunded');

CREATE TYPE "public"."transaction_type" AS ENUM ('subscription', 'tip', 'content_purchase', 'message_purchase', 'stream_access', 'payout', 'refund');

CREATE TYPE "public"."user_event" AS ENUM ('login', 'logout', 'profile_view', 'subscription', 'unsubscription', 'tip_sent', 'tip_received', 'content_upload', 'message_sent');

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

CREATE TABLE "public"."audit_logs" (
    "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    "actor_id" uuid,
    "admin_id" uuid,
    "action" text NOT NULL,
    "entity_type" text NOT NULL,
    "entity_id" text,
    "old_values" jsonb,
    "new_values" jsonb,
    "ip_address" inet,
    "user_agent" text,
    "severity" public.priority DEFAULT 'low'::public.priority NOT NULL,
    "description" text,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "audit_logs_pkey" PRIMARY KEY (id)
);

ALTER TABLE "public"."audit_logs" ENABLE ROW LEVEL SECURITY;

GRANT DELETE ON TABLE "public"."audit_logs" TO "service_role";

GRANT INSERT ON TABLE "public"."audit_logs" TO "service_role";

GRANT MAINTAIN ON TABLE "public"."audit_logs" TO "service_role";

GRANT REFERENCES ON TABLE "public"."audit_logs" TO "service_role";

GRANT SELECT ON TABLE "public"."audit_logs" TO "authenticated";

GRANT SELECT ON TABLE "public"."audit_logs" TO "service_role";

GRANT TRIGGER ON TABLE "public"."audit_logs" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."audit_logs" TO "service_role";

GRANT UPDATE ON TABLE "public"."audit_logs" TO "service_role";

CREATE INDEX idx_audit_logs_actor ON public.audit_logs USING btree (actor_id);

CREATE INDEX idx_audit_logs_admin ON public.audit_logs USING btree (admin_id);

CREATE INDEX idx_audit_logs_created_at ON public.audit_logs USING btree (created_at DESC);

CREATE INDEX idx_audit_logs_entity ON public.audit_logs USING btree (entity_type, entity_id);

COMMENT ON TABLE "public"."audit_logs" IS 'Who changed what (before and after), for compliance and security; kept seven years.';

CREATE TABLE "public"."comments" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "content_id" uuid NOT NULL,
    "user_id" uuid NOT NULL,
    "parent_comment_id" uuid,
    "body" text NOT NULL,
    "is_hidden" boolean DEFAULT false NOT NULL,
    "is_pinned" boolean DEFAULT false NOT NULL,
    "edited_at" timestamp with time zone,
    "deleted_at" timestamp with time zone,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "comments_body_length" CHECK (((length(body) >= 1) AND (length(body) <= 5000))),
    CONSTRAINT "comments_pkey" PRIMARY KEY (id)
);

ALTER TABLE "public"."comments" ENABLE ROW LEVEL SECURITY;

ALTER TABLE "public"."comments" ADD CONSTRAINT "comments_parent_comment_id_fkey" FOREIGN KEY (parent_comment_id) REFERENCES public.comments(id) ON DELETE CASCADE;

GRANT DELETE ON TABLE "public"."comments" TO "service_role";

GRANT INSERT ON TABLE "public"."comments" TO "service_role";

GRANT INSERT ("body") ON TABLE "public"."comments" TO "authenticated";

GRANT INSERT ("content_id") ON TABLE "public"."comments" TO "authenticated";

GRANT INSERT ("parent_comment_id") ON TABLE "public"."comments" TO "authenticated";

GRANT INSERT ("user_id") ON TABLE "public"."comments" TO "authenticated";

GRANT MAINTAIN ON TABLE "public"."comments" TO "service_role";

GRANT REFERENCES ON TABLE "public"."comments" TO "service_role";

GRANT SELECT ON TABLE "public"."comments" TO "anon";

GRANT SELECT ON TABLE "public"."comments" TO "authenticated";

GRANT SELECT ON TABLE "public"."comments" TO "service_role";

GRANT TRIGGER ON TABLE "public"."comments" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."comments" TO "service_role";

GRANT UPDATE ON TABLE "public"."comments" TO "service_role";

GRANT UPDATE ("body") ON TABLE "public"."comments" TO "authenticated";

GRANT UPDATE ("deleted_at") ON TABLE "public"."comments" TO "authenticated";

GRANT UPDATE ("edited_at") ON TABLE "public"."comments" TO "authenticated";

GRANT UPDATE ("is_pinned") ON TABLE "public"."comments" TO "authenticated";

CREATE INDEX idx_comments_content ON public.comments USING btree (content_id, created_at);

CREATE INDEX idx_comments_parent ON public.comments USING btree (parent_comment_id);

CREATE INDEX idx_comments_user ON public.comments USING btree (user_id);

COMMENT ON TABLE "public"."comments" IS 'Threaded comments (parent_comment_id); creators pin, moderators hide.';

CREATE TABLE "public"."content" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "creator_id" uuid NOT NULL,
    "content_type" public.content_type NOT NULL,
    "title" text,
    "body" text,
    "media_url" text,
    "thumbnail_url" text,
    "media_duration_seconds" integer,
    "is_premium" boolean DEFAULT false NOT NULL,
    "price" numeric(10,2),
    "requires_subscription" boolean DEFAULT true NOT NULL,
    "status" text DEFAULT 'draft'::text NOT NULL,
    "scheduled_for" timestamp with time zone,
    "published_at" timestamp with time zone,
    "content_warning" text,
    "age_restricted" boolean DEFAULT false NOT NULL,
    "like_count" integer DEFAULT 0 NOT NULL,
    "comment_count" integer DEFAULT 0 NOT NULL,
    "view_count" bigint DEFAULT 0 NOT NULL,
    "deleted_at" timestamp with time zone,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "content_counts_check" CHECK (((like_count >= 0) AND (comment_count >= 0))),
    CONSTRAINT "content_pkey" PRIMARY KEY (id),
    CONSTRAINT "content_premium_price_check" CHECK (((is_premium AND (price > (0)::numeric)) OR ((NOT is_premium) AND (price IS NULL)))),
    CONSTRAINT "content_scheduled_check" CHECK (((status <> 'scheduled'::text) OR (scheduled_for IS NOT NULL))),
    CONSTRAINT "content_status_check" CHECK ((status = ANY (ARRAY['draft'::text, 'scheduled'::text, 'published'::text, 'archived'::text, 'removed'::text])))
);

ALTER TABLE "public"."content" ENABLE ROW LEVEL SECURITY;

ALTER TABLE "public"."comments" ADD CONSTRAINT "comments_content_id_fkey" FOREIGN KEY (content_id) REFERENCES public.content(id) ON DELETE CASCADE;

CREATE FUNCTION "public"."comments_count"()
RETURNS trigger
LANGUAGE "plpgsql"
VOLATILE
SECURITY DEFINER
SET "search_path" TO ''
AS $$
begin
    if tg_op = 'INSERT' then
        update public.content set comment_count = comment_count + 1 where id = new.content_id;
    else
        update public.content set comment_count = comment_count - 1 where id = old.content_id;
    end if;
    return null;
end;
$$;

REVOKE EXECUTE ON FUNCTION "public"."comments_count"() FROM PUBLIC;

COMMENT ON FUNCTION "public"."comments_count"() IS 'Trigger function: keeps content.comment_count equal to the number of comments.';

CREATE FUNCTION "public"."likes_count"()
RETURNS trigger
LANGUAGE "plpgsql"
VOLATILE
SECURITY DEFINER
SET "search_path" TO ''
AS $$
begin
    if tg_op = 'INSERT' then
        update public.content set like_count = like_count + 1 where id = new.content_id;
    else
        update public.content set like_count = like_count - 1 where id = old.content_id;
    end if;
    return null;
end;
$$;

REVOKE EXECUTE ON FUNCTION "public"."likes_count"() FROM PUBLIC;

COMMENT ON FUNCTION "public"."likes_count"() IS 'Trigger function: keeps content.like_count equal to the number of likes.';

GRANT DELETE ON TABLE "public"."content" TO "authenticated";

GRANT DELETE ON TABLE "public"."content" TO "service_role";

GRANT INSERT ON TABLE "public"."content" TO "service_role";

GRANT INSERT ("age_restricted") ON TABLE "public"."content" TO "authenticated";

GRANT INSERT ("body") ON TABLE "public"."content" TO "authenticated";

GRANT INSERT ("content_type") ON TABLE "public"."content" TO "authenticated";

GRANT INSERT ("content_warning") ON TABLE "public"."content" TO "authenticated";

GRANT INSERT ("creator_id") ON TABLE "public"."content" TO "authenticated";

GRANT INSERT ("is_premium") ON TABLE "public"."content" TO "authenticated";

GRANT INSERT ("media_duration_seconds") ON TABLE "public"."content" TO "authenticated";

GRANT INSERT ("media_url") ON TABLE "public"."content" TO "authenticated";

GRANT INSERT ("price") ON TABLE "public"."content" TO "authenticated";

GRANT INSERT ("published_at") ON TABLE "public"."content" TO "authenticated";

GRANT INSERT ("requires_subscription") ON TABLE "public"."content" TO "authenticated";

GRANT INSERT ("scheduled_for") ON TABLE "public"."content" TO "authenticated";

GRANT INSERT ("status") ON TABLE "public"."content" TO "authenticated";

GRANT INSERT ("thumbnail_url") ON TABLE "public"."content" TO "authenticated";

GRANT INSERT ("title") ON TABLE "public"."content" TO "authenticated";

GRANT MAINTAIN ON TABLE "public"."content" TO "service_role";

GRANT REFERENCES ON TABLE "public"."content" TO "service_role";

GRANT SELECT ON TABLE "public"."content" TO "anon";

GRANT SELECT ON TABLE "public"."content" TO "authenticated";

GRANT SELECT ON TABLE "public"."content" TO "service_role";

GRANT TRIGGER ON TABLE "public"."content" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."content" TO "service_role";

GRANT UPDATE ON TABLE "public"."content" TO "service_role";

GRANT UPDATE ("age_restricted") ON TABLE "public"."content" TO "authenticated";

GRANT UPDATE ("body") ON TABLE "public"."content" TO "authenticated";

GRANT UPDATE ("content_warning") ON TABLE "public"."content" TO "authenticated";

GRANT UPDATE ("deleted_at") ON TABLE "public"."content" TO "authenticated";

GRANT UPDATE ("is_premium") ON TABLE "public"."content" TO "authenticated";

GRANT UPDATE ("media_duration_seconds") ON TABLE "public"."content" TO "authenticated";

GRANT UPDATE ("media_url") ON TABLE "public"."content" TO "authenticated";

GRANT UPDATE ("price") ON TABLE "public"."content" TO "authenticated";

GRANT UPDATE ("published_at") ON TABLE "public"."content" TO "authenticated";

GRANT UPDATE ("requires_subscription") ON TABLE "public"."content" TO "authenticated";

GRANT UPDATE ("scheduled_for") ON TABLE "public"."content" TO "authenticated";

GRANT UPDATE ("status") ON TABLE "public"."content" TO "authenticated";

GRANT UPDATE ("thumbnail_url") ON TABLE "public"."content" TO "authenticated";

GRANT UPDATE ("title") ON TABLE "public"."content" TO "authenticated";

CREATE INDEX idx_content_created_at ON public.content USING btree (created_at DESC);

CREATE INDEX idx_content_creator ON public.content USING btree (creator_id);

CREATE INDEX idx_content_feed ON public.content USING btree (creator_id, published_at DESC) WHERE ((status = 'published'::text) AND (deleted_at IS NULL));

CREATE INDEX idx_content_scheduled ON public.content USING btree (scheduled_for) WHERE (status = 'scheduled'::text);

CREATE POLICY "comments: authors edit, creators pin" ON "public"."comments"
    AS PERMISSIVE FOR UPDATE
    TO "authenticated"
    USING (((user_id = ( SELECT auth.uid() AS uid)) OR (EXISTS ( SELECT 1
   FROM public.content c
  WHERE ((c.id = comments.content_id) AND (c.creator_id = ( SELECT auth.uid() AS uid)))))))
    WITH CHECK (((user_id = ( SELECT auth.uid() AS uid)) OR (EXISTS ( SELECT 1
   FROM public.content c
  WHERE ((c.id = comments.content_id) AND (c.creator_id = ( SELECT auth.uid() AS uid)))))));

CREATE POLICY "comments: comment as yourself on visible posts" ON "public"."comments"
    AS PERMISSIVE FOR INSERT
    TO "authenticated"
    WITH CHECK (((user_id = ( SELECT auth.uid() AS uid)) AND (EXISTS ( SELECT 1
   FROM public.content c
  WHERE (c.id = comments.content_id)))));

CREATE POLICY "comments: visible comments on visible posts" ON "public"."comments"
    AS PERMISSIVE FOR SELECT
    TO "anon", "authenticated"
    USING (((((NOT is_hidden) AND (deleted_at IS NULL)) OR (user_id = ( SELECT auth.uid() AS uid))) AND (EXISTS ( SELECT 1
   FROM public.content c
  WHERE (c.id = comments.content_id)))));

CREATE POLICY "content: creators delete their posts" ON "public"."content"
    AS PERMISSIVE FOR DELETE
    TO "authenticated"
    USING ((creator_id = ( SELECT auth.uid() AS uid)));

CREATE POLICY "content: creators edit their posts" ON "public"."content"
    AS PERMISSIVE FOR UPDATE
    TO "authenticated"
    USING ((creator_id = ( SELECT auth.uid() AS uid)))
    WITH CHECK ((creator_id = ( SELECT auth.uid() AS uid)));

CREATE POLICY "content: free published posts" ON "public"."content"
    AS PERMISSIVE FOR SELECT
    TO "anon"
    USING (((status = 'published'::text) AND (deleted_at IS NULL) AND (NOT is_premium) AND (NOT requires_subscription)));

COMMENT ON TABLE "public"."content" IS 'Posts of creators: media, pricing (premium or subscription-gated), scheduling, warnings.';

COMMENT ON COLUMN "public"."content"."price" IS 'Pay-per-view price; set exactly when is_premium.';

CREATE TABLE "public"."content_analytics" (
    "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    "content_id" uuid NOT NULL,
    "user_id" uuid,
    "event_type" public.content_event NOT NULL,
    "view_duration_seconds" integer,
    "ip_address" inet,
    "country" text,
    "region" text,
    "city" text,
    "device_type" text,
    "browser" text,
    "referrer" text,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "content_analytics_duration_check" CHECK (((view_duration_seconds >= 0) AND ((event_type = 'view'::public.content_event) OR (view_duration_seconds IS NULL)))),
    CONSTRAINT "content_analytics_pkey" PRIMARY KEY (id)
);

ALTER TABLE "public"."content_analytics" ENABLE ROW LEVEL SECURITY;

ALTER TABLE "public"."content_analytics" ADD CONSTRAINT "content_analytics_content_id_fkey" FOREIGN KEY (content_id) REFERENCES public.content(id) ON DELETE CASCADE;

GRANT DELETE ON TABLE "public"."content_analytics" TO "service_role";

GRANT INSERT ON TABLE "public"."content_analytics" TO "service_role";

GRANT MAINTAIN ON TABLE "public"."content_analytics" TO "service_role";

GRANT REFERENCES ON TABLE "public"."content_analytics" TO "service_role";

GRANT SELECT ON TABLE "public"."content_analytics" TO "authenticated";

GRANT SELECT ON TABLE "public"."content_analytics" TO "service_role";

GRANT TRIGGER ON TABLE "public"."content_analytics" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."content_analytics" TO "service_role";

GRANT UPDATE ON TABLE "public"."content_analytics" TO "service_role";

CREATE INDEX idx_content_analytics_content ON public.content_analytics USING btree (content_id);

CREATE INDEX idx_content_analytics_created_at ON public.content_analytics USING btree (created_at DESC);

CREATE INDEX idx_content_analytics_user ON public.content_analytics USING btree (user_id);

CREATE POLICY "content_analytics: creators see their content's events" ON "public"."content_analytics"
    AS PERMISSIVE FOR SELECT
    TO "authenticated"
    USING ((EXISTS ( SELECT 1
   FROM public.content c
  WHERE ((c.id = content_analytics.content_id) AND (c.creator_id = ( SELECT auth.uid() AS uid))))));

COMMENT ON TABLE "public"."content_analytics" IS 'Engagement events on content with geography and device; archived after two years.';

CREATE TABLE "public"."content_moderation_actions" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "content_id" uuid NOT NULL,
    "report_id" uuid,
    "moderator_id" uuid,
    "action" public.moderation_action NOT NULL,
    "reason" text,
    "is_automated" boolean DEFAULT false NOT NULL,
    "ai_confidence" numeric(5,4),
    "requires_human_review" boolean DEFAULT false NOT NULL,
    "reviewed_by" uuid,
    "reviewed_at" timestamp with time zone,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "content_moderation_actions_actor_check" CHECK ((is_automated OR (moderator_id IS NOT NULL))),
    CONSTRAINT "content_moderation_actions_confidence_check" CHECK ((((ai_confidence >= (0)::numeric) AND (ai_confidence <= (1)::numeric)) AND (is_automated OR (ai_confidence IS NULL)))),
    CONSTRAINT "content_moderation_actions_pkey" PRIMARY KEY (id)
);

ALTER TABLE "public"."content_moderation_actions" ENABLE ROW LEVEL SECURITY;

ALTER TABLE "public"."content_moderation_actions" ADD CONSTRAINT "content_moderation_actions_content_id_fkey" FOREIGN KEY (content_id) REFERENCES public.content(id) ON DELETE CASCADE;

GRANT DELETE ON TABLE "public"."content_moderation_actions" TO "service_role";

GRANT INSERT ON TABLE "public"."content_moderation_actions" TO "service_role";

GRANT INSERT ("action") ON TABLE "public"."content_moderation_actions" TO "authenticated";

GRANT INSERT ("content_id") ON TABLE "public"."content_moderation_actions" TO "authenticated";

GRANT INSERT ("moderator_id") ON TABLE "public"."content_moderation_actions" TO "authenticated";

GRANT INSERT ("reason") ON TABLE "public"."content_moderation_actions" TO "authenticated";

GRANT INSERT ("report_id") ON TABLE "public"."content_moderation_actions" TO "authenticated";

GRANT MAINTAIN ON TABLE "public"."content_moderation_actions" TO "service_role";

GRANT REFERENCES ON TABLE "public"."content_moderation_actions" TO "service_role";

GRANT SELECT ON TABLE "public"."content_moderation_actions" TO "authenticated";

GRANT SELECT ON TABLE "public"."content_moderation_actions" TO "service_role";

GRANT TRIGGER ON TABLE "public"."content_moderation_actions" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."content_moderation_actions" TO "service_role";

GRANT UPDATE ON TABLE "public"."content_moderation_actions" TO "service_role";

GRANT UPDATE ("requires_human_review") ON TABLE "public"."content_moderation_actions" TO "authenticated";

GRANT UPDATE ("reviewed_at") ON TABLE "public"."content_moderation_actions" TO "authenticated";

GRANT UPDATE ("reviewed_by") ON TABLE "public"."content_moderation_actions" TO "authenticated";

CREATE INDEX idx_moderation_actions_content ON public.content_moderation_actions USING btree (content_id);

CREATE INDEX idx_moderation_actions_moderator ON public.content_moderation_actions USING btree (moderator_id);

CREATE INDEX idx_moderation_actions_report ON public.content_moderation_actions USING btree (report_id);

CREATE INDEX idx_moderation_actions_review_queue ON public.content_moderation_actions USING btree (created_at) WHERE (requires_human_review AND (reviewed_at IS NULL));

CREATE INDEX idx_moderation_actions_reviewer ON public.content_moderation_actions USING btree (reviewed_by);

COMMENT ON TABLE "public"."content_moderation_actions" IS 'Decisions on content, by moderators or by the AI classifier (with its confidence).';

CREATE TABLE "public"."content_reports" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "reporter_id" uuid,
    "content_id" uuid,
    "reported_user_id" uuid,
    "report_type" public.report_type NOT NULL,
    "description" text,
    "evidence_urls" text[] DEFAULT '{}'::text[] NOT NULL,
    "priority" public.priority DEFAULT 'medium'::public.priority NOT NULL,
    "status" public.report_status DEFAULT 'pending'::public.report_status NOT NULL,
    "assigned_moderator_id" uuid,
    "resolution_notes" text,
    "resolved_at" timestamp with time zone,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "content_reports_pkey" PRIMARY KEY (id),
    CONSTRAINT "content_reports_subject_check" CHECK (((content_id IS NOT NULL) OR (reported_user_id IS NOT NULL)))
);

ALTER TABLE "public"."content_reports" ENABLE ROW LEVEL SECURITY;

ALTER TABLE "public"."content_moderation_actions" ADD CONSTRAINT "content_moderation_actions_report_id_fkey" FOREIGN KEY (report_id) REFERENCES public.content_reports(id) ON DELETE SET NULL;

ALTER TABLE "public"."content_reports" ADD CONSTRAINT "content_reports_content_id_fkey" FOREIGN KEY (content_id) REFERENCES public.content(id) ON DELETE CASCADE;

GRANT DELETE ON TABLE "public"."content_reports" TO "service_role";

GRANT INSERT ON TABLE "public"."content_reports" TO "service_role";

GRANT INSERT ("content_id") ON TABLE "public"."content_reports" TO "authenticated";

GRANT INSERT ("description") ON TABLE "public"."content_reports" TO "authenticated";

GRANT INSERT ("evidence_urls") ON TABLE "public"."content_reports" TO "authenticated";

GRANT INSERT ("report_type") ON TABLE "public"."content_reports" TO "authenticated";

GRANT INSERT ("reported_user_id") ON TABLE "public"."content_reports" TO "authenticated";

GRANT INSERT ("reporter_id") ON TABLE "public"."content_reports" TO "authenticated";

GRANT MAINTAIN ON TABLE "public"."content_reports" TO "service_role";

GRANT REFERENCES ON TABLE "public"."content_reports" TO "service_role";

GRANT SELECT ON TABLE "public"."content_reports" TO "authenticated";

GRANT SELECT ON TABLE "public"."content_reports" TO "service_role";

GRANT TRIGGER ON TABLE "public"."content_reports" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."content_reports" TO "service_role";

GRANT UPDATE ON TABLE "public"."content_reports" TO "service_role";

GRANT UPDATE ("assigned_moderator_id") ON TABLE "public"."content_reports" TO "authenticated";

GRANT UPDATE ("priority") ON TABLE "public"."content_reports" TO "authenticated";

GRANT UPDATE ("resolution_notes") ON TABLE "public"."content_reports" TO "authenticated";

GRANT UPDATE ("resolved_at") ON TABLE "public"."content_reports" TO "authenticated";

GRANT UPDATE ("status") ON TABLE "public"."content_reports" TO "authenticated";

CREATE INDEX idx_content_reports_content ON public.content_reports USING btree (content_id);

CREATE INDEX idx_content_reports_moderator ON public.content_reports USING btree (assigned_moderator_id);

CREATE INDEX idx_content_reports_queue ON public.content_reports USING btree (priority DESC, created_at) WHERE (status = ANY (ARRAY['pending'::public.report_status, 'under_review'::public.report_status, 'escalated'::public.report_status]));

CREATE INDEX idx_content_reports_reported_user ON public.content_reports USING btree (reported_user_id);

CREATE INDEX idx_content_reports_reporter ON public.content_reports USING btree (reporter_id);

CREATE INDEX idx_content_reports_status ON public.content_reports USING btree (status);

CREATE POLICY "content_reports: report as yourself" ON "public"."content_reports"
    AS PERMISSIVE FOR INSERT
    TO "authenticated"
    WITH CHECK ((reporter_id = ( SELECT auth.uid() AS uid)));

COMMENT ON TABLE "public"."content_reports" IS 'Reports of content or accounts, worked by moderators in priority order.';

CREATE TABLE "public"."conversations" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "creator_id" uuid NOT NULL,
    "fan_id" uuid NOT NULL,
    "creator_unread_count" integer DEFAULT 0 NOT NULL,
    "fan_unread_count" integer DEFAULT 0 NOT NULL,
    "creator_archived" boolean DEFAULT false NOT NULL,
    "fan_archived" boolean DEFAULT false NOT NULL,
    "last_message_at" timestamp with time zone,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "conversations_creator_fan_key" UNIQUE (creator_id, fan_id),
    CONSTRAINT "conversations_not_self" CHECK ((creator_id <> fan_id)),
    CONSTRAINT "conversations_pkey" PRIMARY KEY (id),
    CONSTRAINT "conversations_unread_check" CHECK (((creator_unread_count >= 0) AND (fan_unread_count >= 0)))
);

ALTER TABLE "public"."conversations" ENABLE ROW LEVEL SECURITY;

CREATE FUNCTION "public"."messages_update_conversation"()
RETURNS trigger
LANGUAGE "plpgsql"
VOLATILE
SECURITY DEFINER
SET "search_path" TO ''
AS $$
begin
    update public.conversations as c
    set last_message_at = new.created_at,
        creator_unread_count = c.creator_unread_count
            + case when new.sender_id = c.fan_id then 1 else 0 end,
        fan_unread_count = c.fan_unread_count
            + case when new.sender_id = c.creator_id then 1 else 0 end,
        creator_archived = false,
        fan_archived = false
    where c.id = new.conversation_id;
    return null;
end;
$$;

REVOKE EXECUTE ON FUNCTION "public"."messages_update_conversation"() FROM PUBLIC;

COMMENT ON FUNCTION "public"."messages_update_conversation"() IS 'Trigger function: a new message counts as unread for the other side and unarchives the conversation.';

GRANT DELETE ON TABLE "public"."conversations" TO "service_role";

GRANT INSERT ON TABLE "public"."conversations" TO "service_role";

GRANT INSERT ("creator_id") ON TABLE "public"."conversations" TO "authenticated";

GRANT INSERT ("fan_id") ON TABLE "public"."conversations" TO "authenticated";

GRANT MAINTAIN ON TABLE "public"."conversations" TO "service_role";

GRANT REFERENCES ON TABLE "public"."conversations" TO "service_role";

GRANT SELECT ON TABLE "public"."conversations" TO "authenticated";

GRANT SELECT ON TABLE "public"."conversations" TO "service_role";

GRANT TRIGGER ON TABLE "public"."conversations" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."conversations" TO "service_role";

GRANT UPDATE ON TABLE "public"."conversations" TO "service_role";

GRANT UPDATE ("creator_archived") ON TABLE "public"."conversations" TO "authenticated";

GRANT UPDATE ("fan_archived") ON TABLE "public"."conversations" TO "authenticated";

CREATE INDEX idx_conversations_fan ON public.conversations USING btree (fan_id, last_message_at DESC);

CREATE POLICY "conversations: participants archive" ON "public"."conversations"
    AS PERMISSIVE FOR UPDATE
    TO "authenticated"
    USING (((( SELECT auth.uid() AS uid) = creator_id) OR (( SELECT auth.uid() AS uid) = fan_id)))
    WITH CHECK (((( SELECT auth.uid() AS uid) = creator_id) OR (( SELECT auth.uid() AS uid) = fan_id)));

CREATE POLICY "conversations: participants read" ON "public"."conversations"
    AS PERMISSIVE FOR SELECT
    TO "authenticated"
    USING (((( SELECT auth.uid() AS uid) = creator_id) OR (( SELECT auth.uid() AS uid) = fan_id)));

COMMENT ON TABLE "public"."conversations" IS 'One-to-one conversation of a creator and a fan, with unread counts for each side.';

CREATE TABLE "public"."follows" (
    "follower_id" uuid NOT NULL,
    "following_id" uuid NOT NULL,
    "notify_on_post" boolean DEFAULT true NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "follows_not_self" CHECK ((follower_id <> following_id)),
    CONSTRAINT "follows_pkey" PRIMARY KEY (follower_id, following_id)
);

ALTER TABLE "public"."follows" ENABLE ROW LEVEL SECURITY;

GRANT DELETE ON TABLE "public"."follows" TO "authenticated";

GRANT DELETE ON TABLE "public"."follows" TO "service_role";

GRANT INSERT ON TABLE "public"."follows" TO "service_role";

GRANT INSERT ("follower_id") ON TABLE "public"."follows" TO "authenticated";

GRANT INSERT ("following_id") ON TABLE "public"."follows" TO "authenticated";

GRANT INSERT ("notify_on_post") ON TABLE "public"."follows" TO "authenticated";

GRANT MAINTAIN ON TABLE "public"."follows" TO "service_role";

GRANT REFERENCES ON TABLE "public"."follows" TO "service_role";

GRANT SELECT ON TABLE "public"."follows" TO "authenticated";

GRANT SELECT ON TABLE "public"."follows" TO "service_role";

GRANT TRIGGER ON TABLE "public"."follows" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."follows" TO "service_role";

GRANT UPDATE ON TABLE "public"."follows" TO "service_role";

GRANT UPDATE ("notify_on_post") ON TABLE "public"."follows" TO "authenticated";

CREATE INDEX idx_follows_following ON public.follows USING btree (following_id);

CREATE POLICY "follows: change your notification setting" ON "public"."follows"
    AS PERMISSIVE FOR UPDATE
    TO "authenticated"
    USING ((follower_id = ( SELECT auth.uid() AS uid)))
    WITH CHECK ((follower_id = ( SELECT auth.uid() AS uid)));

CREATE POLICY "follows: follow as yourself" ON "public"."follows"
    AS PERMISSIVE FOR INSERT
    TO "authenticated"
    WITH CHECK ((follower_id = ( SELECT auth.uid() AS uid)));

CREATE POLICY "follows: the follower and the followed see it" ON "public"."follows"
    AS PERMISSIVE FOR SELECT
    TO "authenticated"
    USING (((follower_id = ( SELECT auth.uid() AS uid)) OR (following_id = ( SELECT auth.uid() AS uid))));

CREATE POLICY "follows: unfollow" ON "public"."follows"
    AS PERMISSIVE FOR DELETE
    TO "authenticated"
    USING ((follower_id = ( SELECT auth.uid() AS uid)));

COMMENT ON TABLE "public"."follows" IS 'Free follows of creators, with notification preference.';

CREATE TABLE "public"."likes" (
    "content_id" uuid NOT NULL,
    "user_id" uuid NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "likes_pkey" PRIMARY KEY (content_id, user_id)
);

ALTER TABLE "public"."likes" ENABLE ROW LEVEL SECURITY;

ALTER TABLE "public"."likes" ADD CONSTRAINT "likes_content_id_fkey" FOREIGN KEY (content_id) REFERENCES public.content(id) ON DELETE CASCADE;

GRANT DELETE ON TABLE "public"."likes" TO "authenticated";

GRANT DELETE ON TABLE "public"."likes" TO "service_role";

GRANT INSERT ON TABLE "public"."likes" TO "service_role";

GRANT INSERT ("content_id") ON TABLE "public"."likes" TO "authenticated";

GRANT INSERT ("user_id") ON TABLE "public"."likes" TO "authenticated";

GRANT MAINTAIN ON TABLE "public"."likes" TO "service_role";

GRANT REFERENCES ON TABLE "public"."likes" TO "service_role";

GRANT SELECT ON TABLE "public"."likes" TO "authenticated";

GRANT SELECT ON TABLE "public"."likes" TO "service_role";

GRANT TRIGGER ON TABLE "public"."likes" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."likes" TO "service_role";

GRANT UPDATE ON TABLE "public"."likes" TO "service_role";

CREATE INDEX idx_likes_user ON public.likes USING btree (user_id, created_at DESC);

CREATE POLICY "likes: like as yourself" ON "public"."likes"
    AS PERMISSIVE FOR INSERT
    TO "authenticated"
    WITH CHECK (((user_id = ( SELECT auth.uid() AS uid)) AND (EXISTS ( SELECT 1
   FROM public.content c
  WHERE (c.id = likes.content_id)))));

CREATE POLICY "likes: on posts the caller can see" ON "public"."likes"
    AS PERMISSIVE FOR SELECT
    TO "authenticated"
    USING ((EXISTS ( SELECT 1
   FROM public.content c
  WHERE (c.id = likes.content_id))));

CREATE POLICY "likes: unlike your own" ON "public"."likes"
    AS PERMISSIVE FOR DELETE
    TO "authenticated"
    USING ((user_id = ( SELECT auth.uid() AS uid)));

COMMENT ON TABLE "public"."likes" IS 'Who liked what; content.like_count follows it.';

CREATE TABLE "public"."live_streams" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "creator_id" uuid NOT NULL,
    "title" text NOT NULL,
    "description" text,
    "stream_key" uuid DEFAULT gen_random_uuid() NOT NULL,
    "status" text DEFAULT 'scheduled'::text NOT NULL,
    "is_premium" boolean DEFAULT false NOT NULL,
    "price" numeric(10,2),
    "scheduled_start" timestamp with time zone,
    "started_at" timestamp with time zone,
    "ended_at" timestamp with time zone,
    "current_viewers" integer DEFAULT 0 NOT NULL,
    "peak_viewers" integer DEFAULT 0 NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "live_streams_pkey" PRIMARY KEY (id),
    CONSTRAINT "live_streams_premium_price_check" CHECK (((is_premium AND (price > (0)::numeric)) OR ((NOT is_premium) AND (price IS NULL)))),
    CONSTRAINT "live_streams_status_check" CHECK ((status = ANY (ARRAY['scheduled'::text, 'live'::text, 'ended'::text, 'cancelled'::text]))),
    CONSTRAINT "live_streams_stream_key_key" UNIQUE (stream_key),
    CONSTRAINT "live_streams_viewers_check" CHECK (((current_viewers >= 0) AND (peak_viewers >= current_viewers)))
);

ALTER TABLE "public"."live_streams" ENABLE ROW LEVEL SECURITY;

CREATE FUNCTION "public"."get_stream_key"(p_stream_id uuid)
RETURNS uuid
LANGUAGE "plpgsql"
STABLE
SECURITY DEFINER
SET "search_path" TO ''
AS $$
declare
    v_key uuid;
begin
    select s.stream_key into v_key
    from public.live_streams as s
    where s.id = p_stream_id and s.creator_id = (select auth.uid());
    if v_key is null then
        raise exception 'no stream % of yours', p_stream_id using errcode = 'no_data_found';
    end if;
    return v_key;
end;
$$;

REVOKE EXECUTE ON FUNCTION "public"."get_stream_key"(uuid) FROM PUBLIC;

COMMENT ON FUNCTION "public"."get_stream_key"(uuid) IS 'The broadcast key of one of the caller''s streams (the column is not granted to clients).';

GRANT DELETE ON TABLE "public"."live_streams" TO "service_role";

GRANT EXECUTE ON FUNCTION "public"."get_stream_key"(uuid) TO "authenticated";

GRANT INSERT ON TABLE "public"."live_streams" TO "service_role";

GRANT INSERT ("creator_id") ON TABLE "public"."live_streams" TO "authenticated";

GRANT INSERT ("description") ON TABLE "public"."live_streams" TO "authenticated";

GRANT INSERT ("is_premium") ON TABLE "public"."live_streams" TO "authenticated";

GRANT INSERT ("price") ON TABLE "public"."live_streams" TO "authenticated";

GRANT INSERT ("scheduled_start") ON TABLE "public"."live_streams" TO "authenticated";

GRANT INSERT ("title") ON TABLE "public"."live_streams" TO "authenticated";

GRANT MAINTAIN ON TABLE "public"."live_streams" TO "service_role";

GRANT REFERENCES ON TABLE "public"."live_streams" TO "service_role";

GRANT SELECT ON TABLE "public"."live_streams" TO "service_role";

GRANT SELECT ("created_at") ON TABLE "public"."live_streams" TO "anon";

GRANT SELECT ("created_at") ON TABLE "public"."live_streams" TO "authenticated";

GRANT SELECT ("creator_id") ON TABLE "public"."live_streams" TO "anon";

GRANT SELECT ("creator_id") ON TABLE "public"."live_streams" TO "authenticated";

GRANT SELECT ("current_viewers") ON TABLE "public"."live_streams" TO "anon";

GRANT SELECT ("current_viewers") ON TABLE "public"."live_streams" TO "authenticated";

GRANT SELECT ("description") ON TABLE "public"."live_streams" TO "anon";

GRANT SELECT ("description") ON TABLE "public"."live_streams" TO "authenticated";

GRANT SELECT ("ended_at") ON TABLE "public"."live_streams" TO "anon";

GRANT SELECT ("ended_at") ON TABLE "public"."live_streams" TO "authenticated";

GRANT SELECT ("id") ON TABLE "public"."live_streams" TO "anon";

GRANT SELECT ("id") ON TABLE "public"."live_streams" TO "authenticated";

GRANT SELECT ("is_premium") ON TABLE "public"."live_streams" TO "anon";

GRANT SELECT ("is_premium") ON TABLE "public"."live_streams" TO "authenticated";

GRANT SELECT ("peak_viewers") ON TABLE "public"."live_streams" TO "anon";

GRANT SELECT ("peak_viewers") ON TABLE "public"."live_streams" TO "authenticated";

GRANT SELECT ("price") ON TABLE "public"."live_streams" TO "anon";

GRANT SELECT ("price") ON TABLE "public"."live_streams" TO "authenticated";

GRANT SELECT ("scheduled_start") ON TABLE "public"."live_streams" TO "anon";

GRANT SELECT ("scheduled_start") ON TABLE "public"."live_streams" TO "authenticated";

GRANT SELECT ("started_at") ON TABLE "public"."live_streams" TO "anon";

GRANT SELECT ("started_at") ON TABLE "public"."live_streams" TO "authenticated";

GRANT SELECT ("status") ON TABLE "public"."live_streams" TO "anon";

GRANT SELECT ("status") ON TABLE "public"."live_streams" TO "authenticated";

GRANT SELECT ("title") ON TABLE "public"."live_streams" TO "anon";

GRANT SELECT ("title") ON TABLE "public"."live_streams" TO "authenticated";

GRANT SELECT ("updated_at") ON TABLE "public"."live_streams" TO "anon";

GRANT SELECT ("updated_at") ON TABLE "public"."live_streams" TO "authenticated";

GRANT TRIGGER ON TABLE "public"."live_streams" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."live_streams" TO "service_role";

GRANT UPDATE ON TABLE "public"."live_streams" TO "service_role";

GRANT UPDATE ("description") ON TABLE "public"."live_streams" TO "authenticated";

GRANT UPDATE ("is_premium") ON TABLE "public"."live_streams" TO "authenticated";

GRANT UPDATE ("price") ON TABLE "public"."live_streams" TO "authenticated";

GRANT UPDATE ("scheduled_start") ON TABLE "public"."live_streams" TO "authenticated";

GRANT UPDATE ("status") ON TABLE "public"."live_streams" TO "authenticated";

GRANT UPDATE ("title") ON TABLE "public"."live_streams" TO "authenticated";

CREATE INDEX idx_live_streams_creator ON public.live_streams USING btree (creator_id);

CREATE INDEX idx_live_streams_live ON public.live_streams USING btree (started_at DESC) WHERE (status = 'live'::text);

CREATE POLICY "live_streams: creators manage theirs" ON "public"."live_streams"
    AS PERMISSIVE FOR UPDATE
    TO "authenticated"
    USING ((creator_id = ( SELECT auth.uid() AS uid)))
    WITH CHECK ((creator_id = ( SELECT auth.uid() AS uid)));

CREATE POLICY "live_streams: listed streams are public" ON "public"."live_streams"
    AS PERMISSIVE FOR SELECT
    TO "anon", "authenticated"
    USING (((status <> 'cancelled'::text) OR (creator_id = ( SELECT auth.uid() AS uid))));

COMMENT ON TABLE "public"."live_streams" IS 'Live streams of creators, free or paid.';

COMMENT ON COLUMN "public"."live_streams"."stream_key" IS 'Broadcast secret: readable by the stream''s creator only (get_stream_key).';

CREATE TABLE "public"."messages" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "conversation_id" uuid NOT NULL,
    "sender_id" uuid NOT NULL,
    "body" text,
    "media_urls" text[] DEFAULT '{}'::text[] NOT NULL,
    "media_type" text,
    "is_premium" boolean DEFAULT false NOT NULL,
    "price" numeric(10,2),
    "read_at" timestamp with time zone,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "messages_media_type_check" CHECK ((media_type = ANY (ARRAY['image'::text, 'video'::text, 'audio'::text]))),
    CONSTRAINT "messages_not_empty" CHECK (((body IS NOT NULL) OR (cardinality(media_urls) > 0))),
    CONSTRAINT "messages_pkey" PRIMARY KEY (id),
    CONSTRAINT "messages_premium_price_check" CHECK (((is_premium AND (price > (0)::numeric)) OR ((NOT is_premium) AND (price IS NULL))))
);

ALTER TABLE "public"."messages" ENABLE ROW LEVEL SECURITY;

ALTER TABLE "public"."messages" ADD CONSTRAINT "messages_conversation_id_fkey" FOREIGN KEY (conversation_id) REFERENCES public.conversations(id) ON DELETE CASCADE;

CREATE FUNCTION "public"."mark_conversation_read"(p_conversation_id uuid)
RETURNS void
LANGUAGE "plpgsql"
VOLATILE
SECURITY DEFINER
SET "search_path" TO ''
AS $$
declare
    v_me uuid := (select auth.uid());
    v_conversation public.conversations;
begin
    select * into v_conversation
    from public.conversations as c
    where c.id = p_conversation_id and v_me in (c.creator_id, c.fan_id)
    for update;
    if not found then
        raise exception 'no conversation % of yours', p_conversation_id
            using errcode = 'no_data_found';
    end if;
    update public.messages
    set read_at = now()
    where conversation_id = p_conversation_id and sender_id <> v_me and read_at is null;
    update public.conversations
    set creator_unread_count = case when v_me = v_conversation.creator_id then 0
                                    else creator_unread_count end,
        fan_unread_count = case when v_me = v_conversation.fan_id then 0
                                else fan_unread_count end
    where id = p_conversation_id;
end;
$$;

REVOKE EXECUTE ON FUNCTION "public"."mark_conversation_read"(uuid) FROM PUBLIC;

COMMENT ON FUNCTION "public"."mark_conversation_read"(uuid) IS 'Marks the other side''s messages read and clears the caller''s unread count.';

GRANT DELETE ON TABLE "public"."messages" TO "service_role";

GRANT EXECUTE ON FUNCTION "public"."mark_conversation_read"(uuid) TO "authenticated";

GRANT INSERT ON TABLE "public"."messages" TO "service_role";

GRANT INSERT ("body") ON TABLE "public"."messages" TO "authenticated";

GRANT INSERT ("conversation_id") ON TABLE "public"."messages" TO "authenticated";

GRANT INSERT ("is_premium") ON TABLE "public"."messages" TO "authenticated";

GRANT INSERT ("media_type") ON TABLE "public"."messages" TO "authenticated";

GRANT INSERT ("media_urls") ON TABLE "public"."messages" TO "authenticated";

GRANT INSERT ("price") ON TABLE "public"."messages" TO "authenticated";

GRANT INSERT ("sender_id") ON TABLE "public"."messages" TO "authenticated";

GRANT MAINTAIN ON TABLE "public"."messages" TO "service_role";

GRANT REFERENCES ON TABLE "public"."messages" TO "service_role";

GRANT SELECT ON TABLE "public"."messages" TO "authenticated";

GRANT SELECT ON TABLE "public"."messages" TO "service_role";

GRANT TRIGGER ON TABLE "public"."messages" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."messages" TO "service_role";

GRANT UPDATE ON TABLE "public"."messages" TO "service_role";

CREATE INDEX idx_messages_conversation ON public.messages USING btree (conversation_id, created_at DESC);

CREATE INDEX idx_messages_sender ON public.messages USING btree (sender_id);

CREATE POLICY "messages: participants read" ON "public"."messages"
    AS PERMISSIVE FOR SELECT
    TO "authenticated"
    USING ((EXISTS ( SELECT 1
   FROM public.conversations c
  WHERE (c.id = messages.conversation_id))));

CREATE POLICY "messages: participants send as themselves" ON "public"."messages"
    AS PERMISSIVE FOR INSERT
    TO "authenticated"
    WITH CHECK (((sender_id = ( SELECT auth.uid() AS uid)) AND (EXISTS ( SELECT 1
   FROM public.conversations c
  WHERE (c.id = messages.conversation_id)))));

COMMENT ON TABLE "public"."messages" IS 'Messages; a premium message is paid for before its media can be viewed.';

CREATE TABLE "public"."notifications" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "user_id" uuid NOT NULL,
    "notification_type" text NOT NULL,
    "actor_id" uuid,
    "content_id" uuid,
    "title" text NOT NULL,
    "body" text,
    "data" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "read_at" timestamp with time zone,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "notifications_pkey" PRIMARY KEY (id),
    CONSTRAINT "notifications_type_check" CHECK ((notification_type = ANY (ARRAY['new_subscriber'::text, 'new_follower'::text, 'like'::text, 'comment'::text, 'message'::text, 'tip'::text, 'system'::text, 'moderation'::text])))
);

ALTER TABLE "public"."notifications" ENABLE ROW LEVEL SECURITY;

ALTER TABLE "public"."notifications" ADD CONSTRAINT "notifications_content_id_fkey" FOREIGN KEY (content_id) REFERENCES public.content(id) ON DELETE CASCADE;

GRANT DELETE ON TABLE "public"."notifications" TO "authenticated";

GRANT DELETE ON TABLE "public"."notifications" TO "service_role";

GRANT INSERT ON TABLE "public"."notifications" TO "service_role";

GRANT MAINTAIN ON TABLE "public"."notifications" TO "service_role";

GRANT REFERENCES ON TABLE "public"."notifications" TO "service_role";

GRANT SELECT ON TABLE "public"."notifications" TO "authenticated";

GRANT SELECT ON TABLE "public"."notifications" TO "service_role";

GRANT TRIGGER ON TABLE "public"."notifications" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."notifications" TO "service_role";

GRANT UPDATE ON TABLE "public"."notifications" TO "service_role";

GRANT UPDATE ("read_at") ON TABLE "public"."notifications" TO "authenticated";

CREATE INDEX idx_notifications_actor ON public.notifications USING btree (actor_id);

CREATE INDEX idx_notifications_content ON public.notifications USING btree (content_id);

CREATE INDEX idx_notifications_unread ON public.notifications USING btree (user_id) WHERE (read_at IS NULL);

CREATE INDEX idx_notifications_user ON public.notifications USING btree (user_id, created_at DESC);

CREATE POLICY "notifications: owners dismiss" ON "public"."notifications"
    AS PERMISSIVE FOR DELETE
    TO "authenticated"
    USING ((user_id = ( SELECT auth.uid() AS uid)));

CREATE POLICY "notifications: owners mark read" ON "public"."notifications"
    AS PERMISSIVE FOR UPDATE
    TO "authenticated"
    USING ((user_id = ( SELECT auth.uid() AS uid)))
    WITH CHECK ((user_id = ( SELECT auth.uid() AS uid)));

CREATE POLICY "notifications: owners read" ON "public"."notifications"
    AS PERMISSIVE FOR SELECT
    TO "authenticated"
    USING ((user_id = ( SELECT auth.uid() AS uid)));

COMMENT ON TABLE "public"."notifications" IS 'In-app notifications of an account.';

CREATE TABLE "public"."revenue_analytics" (
    "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    "creator_id" uuid NOT NULL,
    "revenue_type" public.revenue_type NOT NULL,
    "granularity" text NOT NULL,
    "period_start" timestamp with time zone NOT NULL,
    "gross_amount" numeric(14,2) DEFAULT 0 NOT NULL,
    "platform_fee" numeric(14,2) DEFAULT 0 NOT NULL,
    "net_amount" numeric(14,2) DEFAULT 0 NOT NULL,
    "transaction_count" integer DEFAULT 0 NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "revenue_analytics_amounts_check" CHECK ((net_amount = (gross_amount - platform_fee))),
    CONSTRAINT "revenue_analytics_bucket_key" UNIQUE (creator_id, revenue_type, granularity, period_start),
    CONSTRAINT "revenue_analytics_granularity_check" CHECK ((granularity = ANY (ARRAY['hour'::text, 'day'::text]))),
    CONSTRAINT "revenue_analytics_pkey" PRIMARY KEY (id)
);

ALTER TABLE "public"."revenue_analytics" ENABLE ROW LEVEL SECURITY;

GRANT DELETE ON TABLE "public"."revenue_analytics" TO "service_role";

GRANT INSERT ON TABLE "public"."revenue_analytics" TO "service_role";

GRANT MAINTAIN ON TABLE "public"."revenue_analytics" TO "service_role";

GRANT REFERENCES ON TABLE "public"."revenue_analytics" TO "service_role";

GRANT SELECT ON TABLE "public"."revenue_analytics" TO "authenticated";

GRANT SELECT ON TABLE "public"."revenue_analytics" TO "service_role";

GRANT TRIGGER ON TABLE "public"."revenue_analytics" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."revenue_analytics" TO "service_role";

GRANT UPDATE ON TABLE "public"."revenue_analytics" TO "service_role";

CREATE POLICY "revenue_analytics: creators read theirs" ON "public"."revenue_analytics"
    AS PERMISSIVE FOR SELECT
    TO "authenticated"
    USING ((creator_id = ( SELECT auth.uid() AS uid)));

COMMENT ON TABLE "public"."revenue_analytics" IS 'Revenue per creator, type and hour or day, aggregated from transactions.';

CREATE TABLE "public"."stream_access" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "stream_id" uuid NOT NULL,
    "user_id" uuid NOT NULL,
    "transaction_id" uuid,
    "joined_at" timestamp with time zone DEFAULT now() NOT NULL,
    "left_at" timestamp with time zone,
    "watch_seconds" integer DEFAULT 0 NOT NULL,
    CONSTRAINT "stream_access_left_check" CHECK ((left_at >= joined_at)),
    CONSTRAINT "stream_access_pkey" PRIMARY KEY (id),
    CONSTRAINT "stream_access_watch_seconds_check" CHECK ((watch_seconds >= 0))
);

ALTER TABLE "public"."stream_access" ENABLE ROW LEVEL SECURITY;

ALTER TABLE "public"."stream_access" ADD CONSTRAINT "stream_access_stream_id_fkey" FOREIGN KEY (stream_id) REFERENCES public.live_streams(id) ON DELETE CASCADE;

GRANT DELETE ON TABLE "public"."stream_access" TO "service_role";

GRANT INSERT ON TABLE "public"."stream_access" TO "service_role";

GRANT MAINTAIN ON TABLE "public"."stream_access" TO "service_role";

GRANT REFERENCES ON TABLE "public"."stream_access" TO "service_role";

GRANT SELECT ON TABLE "public"."stream_access" TO "authenticated";

GRANT SELECT ON TABLE "public"."stream_access" TO "service_role";

GRANT TRIGGER ON TABLE "public"."stream_access" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."stream_access" TO "service_role";

GRANT UPDATE ON TABLE "public"."stream_access" TO "service_role";

CREATE INDEX idx_stream_access_stream ON public.stream_access USING btree (stream_id, joined_at);

CREATE INDEX idx_stream_access_transaction ON public.stream_access USING btree (transaction_id);

CREATE INDEX idx_stream_access_user ON public.stream_access USING btree (user_id);

CREATE POLICY "stream_access: viewers and the stream's creator see it" ON "public"."stream_access"
    AS PERMISSIVE FOR SELECT
    TO "authenticated"
    USING (((user_id = ( SELECT auth.uid() AS uid)) OR (EXISTS ( SELECT 1
   FROM public.live_streams s
  WHERE ((s.id = stream_access.stream_id) AND (s.creator_id = ( SELECT auth.uid() AS uid)))))));

COMMENT ON TABLE "public"."stream_access" IS 'Viewing sessions of a stream: join and leave times, watch time, the paying transaction.';

CREATE TABLE "public"."subscriptions" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "subscriber_id" uuid NOT NULL,
    "creator_id" uuid NOT NULL,
    "subscription_type" public.subscription_type DEFAULT 'monthly'::public.subscription_type NOT NULL,
    "status" public.subscription_status DEFAULT 'pending'::public.subscription_status NOT NULL,
    "price" numeric(10,2) NOT NULL,
    "currency" text DEFAULT 'usd'::text NOT NULL,
    "current_period_start" timestamp with time zone,
    "current_period_end" timestamp with time zone,
    "cancelled_at" timestamp with time zone,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "subscriptions_not_self" CHECK ((subscriber_id <> creator_id)),
    CONSTRAINT "subscriptions_period_check" CHECK (((subscription_type = 'lifetime'::public.subscription_type) OR (current_period_end > current_period_start))),
    CONSTRAINT "subscriptions_pkey" PRIMARY KEY (id),
    CONSTRAINT "subscriptions_price_check" CHECK ((price >= (0)::numeric))
);

ALTER TABLE "public"."subscriptions" ENABLE ROW LEVEL SECURITY;

GRANT DELETE ON TABLE "public"."subscriptions" TO "service_role";

GRANT INSERT ON TABLE "public"."subscriptions" TO "service_role";

GRANT MAINTAIN ON TABLE "public"."subscriptions" TO "service_role";

GRANT REFERENCES ON TABLE "public"."subscriptions" TO "service_role";

GRANT SELECT ON TABLE "public"."subscriptions" TO "authenticated";

GRANT SELECT ON TABLE "public"."subscriptions" TO "service_role";

GRANT TRIGGER ON TABLE "public"."subscriptions" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."subscriptions" TO "service_role";

GRANT UPDATE ON TABLE "public"."subscriptions" TO "service_role";

CREATE INDEX idx_subscriptions_creator_status ON public.subscriptions USING btree (creator_id, status);

CREATE INDEX idx_subscriptions_subscriber ON public.subscriptions USING btree (subscriber_id);

CREATE UNIQUE INDEX subscriptions_one_live ON public.subscriptions USING btree (subscriber_id, creator_id) WHERE (status = ANY (ARRAY['pending'::public.subscription_status, 'active'::public.subscription_status, 'cancelled'::public.subscription_status]));

CREATE POLICY "subscriptions: the fan and the creator see it" ON "public"."subscriptions"
    AS PERMISSIVE FOR SELECT
    TO "authenticated"
    USING (((subscriber_id = ( SELECT auth.uid() AS uid)) OR (creator_id = ( SELECT auth.uid() AS uid))));

COMMENT ON TABLE "public"."subscriptions" IS 'Recurring (or lifetime) subscriptions of fans to creators. A cancelled subscription keeps access until current_period_end.';

CREATE TABLE "public"."system_logs" (
    "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    "level" public.log_level NOT NULL,
    "service" text NOT NULL,
    "component" text,
    "message" text NOT NULL,
    "stack_trace" text,
    "request_id" text,
    "session_id" text,
    "user_id" uuid,
    "metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "system_logs_pkey" PRIMARY KEY (id)
);

ALTER TABLE "public"."system_logs" ENABLE ROW LEVEL SECURITY;

GRANT DELETE ON TABLE "public"."system_logs" TO "service_role";

GRANT INSERT ON TABLE "public"."system_logs" TO "service_role";

GRANT MAINTAIN ON TABLE "public"."system_logs" TO "service_role";

GRANT REFERENCES ON TABLE "public"."system_logs" TO "service_role";

GRANT SELECT ON TABLE "public"."system_logs" TO "service_role";

GRANT TRIGGER ON TABLE "public"."system_logs" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."system_logs" TO "service_role";

GRANT UPDATE ON TABLE "public"."system_logs" TO "service_role";

CREATE INDEX idx_system_logs_level ON public.system_logs USING btree (level, created_at DESC);

CREATE INDEX idx_system_logs_request ON public.system_logs USING btree (request_id);

CREATE INDEX idx_system_logs_user ON public.system_logs USING btree (user_id);

CREATE POLICY "system_logs: service role only" ON "public"."system_logs"
    AS PERMISSIVE FOR ALL
    TO "service_role"
    USING (true)
    WITH CHECK (true);

COMMENT ON TABLE "public"."system_logs" IS 'Technical logs of the services; kept ninety days.';

CREATE TABLE "public"."tips" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "sender_id" uuid,
    "creator_id" uuid NOT NULL,
    "amount" numeric(10,2) NOT NULL,
    "currency" text DEFAULT 'usd'::text NOT NULL,
    "message" text,
    "is_anonymous" boolean DEFAULT false NOT NULL,
    "content_id" uuid,
    "message_id" uuid,
    "payment_method" text,
    "transaction_id" uuid,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "tips_amount_check" CHECK ((amount > (0)::numeric)),
    CONSTRAINT "tips_one_context" CHECK ((num_nonnulls(content_id, message_id) <= 1)),
    CONSTRAINT "tips_pkey" PRIMARY KEY (id)
);

ALTER TABLE "public"."tips" ENABLE ROW LEVEL SECURITY;

ALTER TABLE "public"."tips" ADD CONSTRAINT "tips_content_id_fkey" FOREIGN KEY (content_id) REFERENCES public.content(id) ON DELETE SET NULL;

ALTER TABLE "public"."tips" ADD CONSTRAINT "tips_message_id_fkey" FOREIGN KEY (message_id) REFERENCES public.messages(id) ON DELETE SET NULL;

GRANT DELETE ON TABLE "public"."tips" TO "service_role";

GRANT INSERT ON TABLE "public"."tips" TO "service_role";

GRANT MAINTAIN ON TABLE "public"."tips" TO "service_role";

GRANT REFERENCES ON TABLE "public"."tips" TO "service_role";

GRANT SELECT ON TABLE "public"."tips" TO "authenticated";

GRANT SELECT ON TABLE "public"."tips" TO "service_role";

GRANT TRIGGER ON TABLE "public"."tips" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."tips" TO "service_role";

GRANT UPDATE ON TABLE "public"."tips" TO "service_role";

CREATE INDEX idx_tips_content ON public.tips USING btree (content_id);

CREATE INDEX idx_tips_creator ON public.tips USING btree (creator_id, created_at DESC);

CREATE INDEX idx_tips_message ON public.tips USING btree (message_id);

CREATE INDEX idx_tips_sender ON public.tips USING btree (sender_id);

CREATE INDEX idx_tips_transaction ON public.tips USING btree (transaction_id);

CREATE POLICY "tips: the sender and the creator see it" ON "public"."tips"
    AS PERMISSIVE FOR SELECT
    TO "authenticated"
    USING (((sender_id = ( SELECT auth.uid() AS uid)) OR (creator_id = ( SELECT auth.uid() AS uid))));

COMMENT ON TABLE "public"."tips" IS 'One-off support of a creator, optionally anonymous, on a post or a message.';

CREATE TABLE "public"."transactions" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "user_id" uuid,
    "recipient_id" uuid,
    "transaction_type" public.transaction_type NOT NULL,
    "status" public.transaction_status DEFAULT 'pending'::public.transaction_status NOT NULL,
    "gross_amount" numeric(12,2) NOT NULL,
    "platform_fee" numeric(12,2) DEFAULT 0 NOT NULL,
    "net_amount" numeric(12,2) NOT NULL,
    "currency" text DEFAULT 'usd'::text NOT NULL,
    "subscription_id" uuid,
    "content_id" uuid,
    "message_id" uuid,
    "stream_id" uuid,
    "payment_processor" text,
    "processor_transaction_id" text,
    "failure_reason" text,
    "completed_at" timestamp with time zone,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "transactions_amounts_check" CHECK (((gross_amount >= (0)::numeric) AND (platform_fee >= (0)::numeric) AND (net_amount = (gross_amount - platform_fee)))),
    CONSTRAINT "transactions_pkey" PRIMARY KEY (id),
    CONSTRAINT "transactions_processor_transaction_id_key" UNIQUE (processor_transaction_id)
);

ALTER TABLE "public"."transactions" ENABLE ROW LEVEL SECURITY;

ALTER TABLE "public"."stream_access" ADD CONSTRAINT "stream_access_transaction_id_fkey" FOREIGN KEY (transaction_id) REFERENCES public.transactions(id) ON DELETE SET NULL;

ALTER TABLE "public"."tips" ADD CONSTRAINT "tips_transaction_id_fkey" FOREIGN KEY (transaction_id) REFERENCES public.transactions(id) ON DELETE SET NULL;

ALTER TABLE "public"."transactions" ADD CONSTRAINT "transactions_content_id_fkey" FOREIGN KEY (content_id) REFERENCES public.content(id) ON DELETE SET NULL;

ALTER TABLE "public"."transactions" ADD CONSTRAINT "transactions_message_id_fkey" FOREIGN KEY (message_id) REFERENCES public.messages(id) ON DELETE SET NULL;

ALTER TABLE "public"."transactions" ADD CONSTRAINT "transactions_stream_id_fkey" FOREIGN KEY (stream_id) REFERENCES public.live_streams(id) ON DELETE SET NULL;

ALTER TABLE "public"."transactions" ADD CONSTRAINT "transactions_subscription_id_fkey" FOREIGN KEY (subscription_id) REFERENCES public.subscriptions(id) ON DELETE SET NULL;

GRANT DELETE ON TABLE "public"."transactions" TO "service_role";

GRANT INSERT ON TABLE "public"."transactions" TO "service_role";

GRANT MAINTAIN ON TABLE "public"."transactions" TO "service_role";

GRANT REFERENCES ON TABLE "public"."transactions" TO "service_role";

GRANT SELECT ON TABLE "public"."transactions" TO "authenticated";

GRANT SELECT ON TABLE "public"."transactions" TO "service_role";

GRANT TRIGGER ON TABLE "public"."transactions" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."transactions" TO "service_role";

GRANT UPDATE ON TABLE "public"."transactions" TO "service_role";

CREATE INDEX idx_transactions_content ON public.transactions USING btree (content_id);

CREATE INDEX idx_transactions_message ON public.transactions USING btree (message_id);

CREATE INDEX idx_transactions_pending ON public.transactions USING btree (created_at) WHERE (status = 'pending'::public.transaction_status);

CREATE INDEX idx_transactions_recipient ON public.transactions USING btree (recipient_id, created_at DESC);

CREATE INDEX idx_transactions_stream ON public.transactions USING btree (stream_id);

CREATE INDEX idx_transactions_subscription ON public.transactions USING btree (subscription_id);

CREATE INDEX idx_transactions_user ON public.transactions USING btree (user_id, created_at DESC);

CREATE POLICY "content: posts the caller may see" ON "public"."content"
    AS PERMISSIVE FOR SELECT
    TO "authenticated"
    USING (((creator_id = ( SELECT auth.uid() AS uid)) OR ((status = 'published'::text) AND (deleted_at IS NULL) AND (((NOT is_premium) AND (NOT requires_subscription)) OR ((NOT is_premium) AND (EXISTS ( SELECT 1
   FROM public.subscriptions s
  WHERE ((s.subscriber_id = ( SELECT auth.uid() AS uid)) AND (s.creator_id = content.creator_id) AND ((s.status = 'active'::public.subscription_status) OR ((s.status = 'cancelled'::public.subscription_status) AND (s.current_period_end > now()))))))) OR (is_premium AND (EXISTS ( SELECT 1
   FROM public.transactions t
  WHERE ((t.user_id = ( SELECT auth.uid() AS uid)) AND (t.content_id = content.id) AND (t.transaction_type = 'content_purchase'::public.transaction_type) AND (t.status = 'completed'::public.transaction_status)))))))));

CREATE POLICY "transactions: the payer and the recipient see it" ON "public"."transactions"
    AS PERMISSIVE FOR SELECT
    TO "authenticated"
    USING (((user_id = ( SELECT auth.uid() AS uid)) OR (recipient_id = ( SELECT auth.uid() AS uid))));

COMMENT ON TABLE "public"."transactions" IS 'Every payment on the platform: gross, platform fee and net to the recipient.';

CREATE TABLE "public"."user_analytics" (
    "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    "user_id" uuid NOT NULL,
    "event_type" public.user_event NOT NULL,
    "target_user_id" uuid,
    "session_id" text,
    "ip_address" inet,
    "device_type" text,
    "metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "user_analytics_pkey" PRIMARY KEY (id)
);

ALTER TABLE "public"."user_analytics" ENABLE ROW LEVEL SECURITY;

GRANT DELETE ON TABLE "public"."user_analytics" TO "service_role";

GRANT INSERT ON TABLE "public"."user_analytics" TO "service_role";

GRANT MAINTAIN ON TABLE "public"."user_analytics" TO "service_role";

GRANT REFERENCES ON TABLE "public"."user_analytics" TO "service_role";

GRANT SELECT ON TABLE "public"."user_analytics" TO "authenticated";

GRANT SELECT ON TABLE "public"."user_analytics" TO "service_role";

GRANT TRIGGER ON TABLE "public"."user_analytics" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."user_analytics" TO "service_role";

GRANT UPDATE ON TABLE "public"."user_analytics" TO "service_role";

CREATE INDEX idx_user_analytics_target ON public.user_analytics USING btree (target_user_id);

CREATE INDEX idx_user_analytics_user ON public.user_analytics USING btree (user_id, created_at DESC);

CREATE POLICY "user_analytics: owners read" ON "public"."user_analytics"
    AS PERMISSIVE FOR SELECT
    TO "authenticated"
    USING ((user_id = ( SELECT auth.uid() AS uid)));

COMMENT ON TABLE "public"."user_analytics" IS 'Platform usage of an account: sessions, profile views, subscriptions, tips, uploads.';

CREATE TABLE "public"."user_profiles" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "user_id" uuid NOT NULL,
    "bio" text,
    "avatar_url" text,
    "banner_url" text,
    "website_url" text,
    "social_links" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "content_categories" text[] DEFAULT '{}'::text[] NOT NULL,
    "interests" text[] DEFAULT '{}'::text[] NOT NULL,
    "preferences" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "country" text,
    "region" text,
    "city" text,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "user_profiles_bio_length" CHECK ((length(bio) <= 1000)),
    CONSTRAINT "user_profiles_pkey" PRIMARY KEY (id),
    CONSTRAINT "user_profiles_user_id_key" UNIQUE (user_id)
);

ALTER TABLE "public"."user_profiles" ENABLE ROW LEVEL SECURITY;

GRANT DELETE ON TABLE "public"."user_profiles" TO "service_role";

GRANT INSERT ON TABLE "public"."user_profiles" TO "authenticated";

GRANT INSERT ON TABLE "public"."user_profiles" TO "service_role";

GRANT MAINTAIN ON TABLE "public"."user_profiles" TO "service_role";

GRANT REFERENCES ON TABLE "public"."user_profiles" TO "service_role";

GRANT SELECT ON TABLE "public"."user_profiles" TO "anon";

GRANT SELECT ON TABLE "public"."user_profiles" TO "authenticated";

GRANT SELECT ON TABLE "public"."user_profiles" TO "service_role";

GRANT TRIGGER ON TABLE "public"."user_profiles" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."user_profiles" TO "service_role";

GRANT UPDATE ON TABLE "public"."user_profiles" TO "authenticated";

GRANT UPDATE ON TABLE "public"."user_profiles" TO "service_role";

CREATE INDEX idx_user_profiles_categories ON public.user_profiles USING gin (content_categories);

CREATE POLICY "user_profiles: owners create" ON "public"."user_profiles"
    AS PERMISSIVE FOR INSERT
    TO "authenticated"
    WITH CHECK ((user_id = ( SELECT auth.uid() AS uid)));

CREATE POLICY "user_profiles: owners update" ON "public"."user_profiles"
    AS PERMISSIVE FOR UPDATE
    TO "authenticated"
    USING ((user_id = ( SELECT auth.uid() AS uid)))
    WITH CHECK ((user_id = ( SELECT auth.uid() AS uid)));

CREATE POLICY "user_profiles: public" ON "public"."user_profiles"
    AS PERMISSIVE FOR SELECT
    TO "anon", "authenticated"
    USING (true);

COMMENT ON TABLE "public"."user_profiles" IS 'Public profile of an account: bio, images, social links, categories, location.';

CREATE TABLE "public"."user_violations" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "user_id" uuid NOT NULL,
    "violation_type" public.report_type NOT NULL,
    "severity" public.priority NOT NULL,
    "description" text NOT NULL,
    "evidence" jsonb DEFAULT '{}'::jsonb NOT NULL,
    "action_taken" public.enforcement_action NOT NULL,
    "action_expires_at" timestamp with time zone,
    "issued_by" uuid,
    "report_id" uuid,
    "resolved_at" timestamp with time zone,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "user_violations_expiry_check" CHECK (((action_taken <> 'temporary_suspension'::public.enforcement_action) OR (action_expires_at IS NOT NULL))),
    CONSTRAINT "user_violations_pkey" PRIMARY KEY (id)
);

ALTER TABLE "public"."user_violations" ENABLE ROW LEVEL SECURITY;

ALTER TABLE "public"."user_violations" ADD CONSTRAINT "user_violations_report_id_fkey" FOREIGN KEY (report_id) REFERENCES public.content_reports(id) ON DELETE SET NULL;

GRANT DELETE ON TABLE "public"."user_violations" TO "service_role";

GRANT INSERT ON TABLE "public"."user_violations" TO "service_role";

GRANT INSERT ("action_expires_at") ON TABLE "public"."user_violations" TO "authenticated";

GRANT INSERT ("action_taken") ON TABLE "public"."user_violations" TO "authenticated";

GRANT INSERT ("description") ON TABLE "public"."user_violations" TO "authenticated";

GRANT INSERT ("evidence") ON TABLE "public"."user_violations" TO "authenticated";

GRANT INSERT ("issued_by") ON TABLE "public"."user_violations" TO "authenticated";

GRANT INSERT ("report_id") ON TABLE "public"."user_violations" TO "authenticated";

GRANT INSERT ("severity") ON TABLE "public"."user_violations" TO "authenticated";

GRANT INSERT ("user_id") ON TABLE "public"."user_violations" TO "authenticated";

GRANT INSERT ("violation_type") ON TABLE "public"."user_violations" TO "authenticated";

GRANT MAINTAIN ON TABLE "public"."user_violations" TO "service_role";

GRANT REFERENCES ON TABLE "public"."user_violations" TO "service_role";

GRANT SELECT ON TABLE "public"."user_violations" TO "authenticated";

GRANT SELECT ON TABLE "public"."user_violations" TO "service_role";

GRANT TRIGGER ON TABLE "public"."user_violations" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."user_violations" TO "service_role";

GRANT UPDATE ON TABLE "public"."user_violations" TO "service_role";

GRANT UPDATE ("resolved_at") ON TABLE "public"."user_violations" TO "authenticated";

CREATE INDEX idx_user_violations_issuer ON public.user_violations USING btree (issued_by);

CREATE INDEX idx_user_violations_report ON public.user_violations USING btree (report_id);

CREATE INDEX idx_user_violations_user ON public.user_violations USING btree (user_id, created_at DESC);

COMMENT ON TABLE "public"."user_violations" IS 'Policy violations of an account and the enforcement taken (warning to permanent ban).';

CREATE TABLE "public"."users" (
    "id" uuid NOT NULL,
    "username" text NOT NULL,
    "email" text NOT NULL,
    "display_name" text,
    "account_type" public.account_type DEFAULT 'fan'::public.account_type NOT NULL,
    "account_status" public.account_status DEFAULT 'active'::public.account_status NOT NULL,
    "subscription_price" numeric(10,2),
    "age_verified" boolean DEFAULT false NOT NULL,
    "date_of_birth" date,
    "last_seen_at" timestamp with time zone,
    "deleted_at" timestamp with time zone,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "users_email_key" UNIQUE (email),
    CONSTRAINT "users_pkey" PRIMARY KEY (id),
    CONSTRAINT "users_subscription_price_check" CHECK (((subscription_price IS NULL) OR ((account_type = 'creator'::public.account_type) AND ((subscription_price >= (0)::numeric) AND (subscription_price <= (1000)::numeric))))),
    CONSTRAINT "users_username_format" CHECK ((username ~ '^[a-z0-9_.]{3,30}$'::text)),
    CONSTRAINT "users_username_key" UNIQUE (username)
);

ALTER TABLE "public"."users" ENABLE ROW LEVEL SECURITY;

ALTER TABLE "public"."audit_logs" ADD CONSTRAINT "audit_logs_actor_id_fkey" FOREIGN KEY (actor_id) REFERENCES public.users(id) ON DELETE SET NULL;

ALTER TABLE "public"."audit_logs" ADD CONSTRAINT "audit_logs_admin_id_fkey" FOREIGN KEY (admin_id) REFERENCES public.users(id) ON DELETE SET NULL;

ALTER TABLE "public"."comments" ADD CONSTRAINT "comments_user_id_fkey" FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;

ALTER TABLE "public"."content_analytics" ADD CONSTRAINT "content_analytics_user_id_fkey" FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE SET NULL;

ALTER TABLE "public"."content" ADD CONSTRAINT "content_creator_id_fkey" FOREIGN KEY (creator_id) REFERENCES public.users(id) ON DELETE CASCADE;

ALTER TABLE "public"."content_moderation_actions" ADD CONSTRAINT "content_moderation_actions_moderator_id_fkey" FOREIGN KEY (moderator_id) REFERENCES public.users(id) ON DELETE SET NULL;

ALTER TABLE "public"."content_moderation_actions" ADD CONSTRAINT "content_moderation_actions_reviewed_by_fkey" FOREIGN KEY (reviewed_by) REFERENCES public.users(id) ON DELETE SET NULL;

ALTER TABLE "public"."content_reports" ADD CONSTRAINT "content_reports_assigned_moderator_id_fkey" FOREIGN KEY (assigned_moderator_id) REFERENCES public.users(id) ON DELETE SET NULL;

ALTER TABLE "public"."content_reports" ADD CONSTRAINT "content_reports_reported_user_id_fkey" FOREIGN KEY (reported_user_id) REFERENCES public.users(id) ON DELETE CASCADE;

ALTER TABLE "public"."content_reports" ADD CONSTRAINT "content_reports_reporter_id_fkey" FOREIGN KEY (reporter_id) REFERENCES public.users(id) ON DELETE SET NULL;

ALTER TABLE "public"."conversations" ADD CONSTRAINT "conversations_creator_id_fkey" FOREIGN KEY (creator_id) REFERENCES public.users(id) ON DELETE CASCADE;

ALTER TABLE "public"."conversations" ADD CONSTRAINT "conversations_fan_id_fkey" FOREIGN KEY (fan_id) REFERENCES public.users(id) ON DELETE CASCADE;

ALTER TABLE "public"."follows" ADD CONSTRAINT "follows_follower_id_fkey" FOREIGN KEY (follower_id) REFERENCES public.users(id) ON DELETE CASCADE;

ALTER TABLE "public"."follows" ADD CONSTRAINT "follows_following_id_fkey" FOREIGN KEY (following_id) REFERENCES public.users(id) ON DELETE CASCADE;

ALTER TABLE "public"."likes" ADD CONSTRAINT "likes_user_id_fkey" FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;

ALTER TABLE "public"."live_streams" ADD CONSTRAINT "live_streams_creator_id_fkey" FOREIGN KEY (creator_id) REFERENCES public.users(id) ON DELETE CASCADE;

ALTER TABLE "public"."messages" ADD CONSTRAINT "messages_sender_id_fkey" FOREIGN KEY (sender_id) REFERENCES public.users(id) ON DELETE CASCADE;

ALTER TABLE "public"."notifications" ADD CONSTRAINT "notifications_actor_id_fkey" FOREIGN KEY (actor_id) REFERENCES public.users(id) ON DELETE SET NULL;

ALTER TABLE "public"."notifications" ADD CONSTRAINT "notifications_user_id_fkey" FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;

ALTER TABLE "public"."revenue_analytics" ADD CONSTRAINT "revenue_analytics_creator_id_fkey" FOREIGN KEY (creator_id) REFERENCES public.users(id) ON DELETE CASCADE;

ALTER TABLE "public"."stream_access" ADD CONSTRAINT "stream_access_user_id_fkey" FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;

ALTER TABLE "public"."subscriptions" ADD CONSTRAINT "subscriptions_creator_id_fkey" FOREIGN KEY (creator_id) REFERENCES public.users(id) ON DELETE CASCADE;

ALTER TABLE "public"."subscriptions" ADD CONSTRAINT "subscriptions_subscriber_id_fkey" FOREIGN KEY (subscriber_id) REFERENCES public.users(id) ON DELETE CASCADE;

ALTER TABLE "public"."system_logs" ADD CONSTRAINT "system_logs_user_id_fkey" FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE SET NULL;

ALTER TABLE "public"."tips" ADD CONSTRAINT "tips_creator_id_fkey" FOREIGN KEY (creator_id) REFERENCES public.users(id) ON DELETE CASCADE;

ALTER TABLE "public"."tips" ADD CONSTRAINT "tips_sender_id_fkey" FOREIGN KEY (sender_id) REFERENCES public.users(id) ON DELETE SET NULL;

ALTER TABLE "public"."transactions" ADD CONSTRAINT "transactions_recipient_id_fkey" FOREIGN KEY (recipient_id) REFERENCES public.users(id) ON DELETE SET NULL;

ALTER TABLE "public"."transactions" ADD CONSTRAINT "transactions_user_id_fkey" FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE SET NULL;

ALTER TABLE "public"."user_analytics" ADD CONSTRAINT "user_analytics_target_user_id_fkey" FOREIGN KEY (target_user_id) REFERENCES public.users(id) ON DELETE SET NULL;

ALTER TABLE "public"."user_analytics" ADD CONSTRAINT "user_analytics_user_id_fkey" FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;

ALTER TABLE "public"."user_profiles" ADD CONSTRAINT "user_profiles_user_id_fkey" FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;

ALTER TABLE "public"."user_violations" ADD CONSTRAINT "user_violations_issued_by_fkey" FOREIGN KEY (issued_by) REFERENCES public.users(id) ON DELETE SET NULL;

ALTER TABLE "public"."user_violations" ADD CONSTRAINT "user_violations_user_id_fkey" FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;

ALTER TABLE "public"."users" ADD CONSTRAINT "users_id_fkey" FOREIGN KEY (id) REFERENCES auth.users(id) ON DELETE CASCADE;

CREATE FUNCTION "public"."is_staff"()
RETURNS boolean
LANGUAGE "sql"
STABLE
SET "search_path" TO ''
AS $$
    select exists (
        select 1
        from public.users as u
        where u.id = (select auth.uid())
          and u.account_type in ('admin', 'moderator')
          and u.account_status = 'active'
    );
$$;

COMMENT ON FUNCTION "public"."is_staff"() IS 'Whether the caller is an active admin or moderator.';

GRANT DELETE ON TABLE "public"."users" TO "service_role";

GRANT EXECUTE ON FUNCTION "public"."is_staff"() TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."is_staff"() TO "service_role";

GRANT INSERT ON TABLE "public"."users" TO "service_role";

GRANT INSERT ("date_of_birth") ON TABLE "public"."users" TO "authenticated";

GRANT INSERT ("display_name") ON TABLE "public"."users" TO "authenticated";

GRANT INSERT ("email") ON TABLE "public"."users" TO "authenticated";

GRANT INSERT ("id") ON TABLE "public"."users" TO "authenticated";

GRANT INSERT ("username") ON TABLE "public"."users" TO "authenticated";

GRANT MAINTAIN ON TABLE "public"."users" TO "service_role";

GRANT REFERENCES ON TABLE "public"."users" TO "service_role";

GRANT SELECT ON TABLE "public"."users" TO "service_role";

GRANT SELECT ("account_status") ON TABLE "public"."users" TO "anon";

GRANT SELECT ("account_status") ON TABLE "public"."users" TO "authenticated";

GRANT SELECT ("account_type") ON TABLE "public"."users" TO "anon";

GRANT SELECT ("account_type") ON TABLE "public"."users" TO "authenticated";

GRANT SELECT ("age_verified") ON TABLE "public"."users" TO "anon";

GRANT SELECT ("age_verified") ON TABLE "public"."users" TO "authenticated";

GRANT SELECT ("created_at") ON TABLE "public"."users" TO "anon";

GRANT SELECT ("created_at") ON TABLE "public"."users" TO "authenticated";

GRANT SELECT ("deleted_at") ON TABLE "public"."users" TO "anon";

GRANT SELECT ("deleted_at") ON TABLE "public"."users" TO "authenticated";

GRANT SELECT ("display_name") ON TABLE "public"."users" TO "anon";

GRANT SELECT ("display_name") ON TABLE "public"."users" TO "authenticated";

GRANT SELECT ("id") ON TABLE "public"."users" TO "anon";

GRANT SELECT ("id") ON TABLE "public"."users" TO "authenticated";

GRANT SELECT ("subscription_price") ON TABLE "public"."users" TO "anon";

GRANT SELECT ("subscription_price") ON TABLE "public"."users" TO "authenticated";

GRANT SELECT ("username") ON TABLE "public"."users" TO "anon";

GRANT SELECT ("username") ON TABLE "public"."users" TO "authenticated";

GRANT TRIGGER ON TABLE "public"."users" TO "service_role";

GRANT TRUNCATE ON TABLE "public"."users" TO "service_role";

GRANT UPDATE ON TABLE "public"."users" TO "service_role";

GRANT UPDATE ("display_name") ON TABLE "public"."users" TO "authenticated";

GRANT UPDATE ("last_seen_at") ON TABLE "public"."users" TO "authenticated";

GRANT UPDATE ("subscription_price") ON TABLE "public"."users" TO "authenticated";

GRANT UPDATE ("username") ON TABLE "public"."users" TO "authenticated";

CREATE INDEX idx_users_account_type ON public.users USING btree (account_type);

CREATE INDEX idx_users_active_creators ON public.users USING btree (created_at DESC) WHERE ((account_type = 'creator'::public.account_type) AND (account_status = 'active'::public.account_status) AND (deleted_at IS NULL));

CREATE POLICY "audit_logs: staff read" ON "public"."audit_logs"
    AS PERMISSIVE FOR SELECT
    TO "authenticated"
    USING (( SELECT public.is_staff() AS is_staff));

CREATE POLICY "content: creators post" ON "public"."content"
    AS PERMISSIVE FOR INSERT
    TO "authenticated"
    WITH CHECK (((creator_id = ( SELECT auth.uid() AS uid)) AND (EXISTS ( SELECT 1
   FROM public.users u
  WHERE ((u.id = ( SELECT auth.uid() AS uid)) AND (u.account_type = 'creator'::public.account_type) AND (u.account_status = 'active'::public.account_status))))));

CREATE POLICY "content_moderation_actions: staff act as themselves" ON "public"."content_moderation_actions"
    AS PERMISSIVE FOR INSERT
    TO "authenticated"
    WITH CHECK ((( SELECT public.is_staff() AS is_staff) AND (moderator_id = ( SELECT auth.uid() AS uid)) AND (NOT is_automated)));

CREATE POLICY "content_moderation_actions: staff and the creator read" ON "public"."content_moderation_actions"
    AS PERMISSIVE FOR SELECT
    TO "authenticated"
    USING ((( SELECT public.is_staff() AS is_staff) OR (EXISTS ( SELECT 1
   FROM public.content c
  WHERE ((c.id = content_moderation_actions.content_id) AND (c.creator_id = ( SELECT auth.uid() AS uid)))))));

CREATE POLICY "content_moderation_actions: staff review" ON "public"."content_moderation_actions"
    AS PERMISSIVE FOR UPDATE
    TO "authenticated"
    USING (( SELECT public.is_staff() AS is_staff))
    WITH CHECK ((( SELECT public.is_staff() AS is_staff) AND (reviewed_by = ( SELECT auth.uid() AS uid))));

CREATE POLICY "content_reports: reporters and staff read" ON "public"."content_reports"
    AS PERMISSIVE FOR SELECT
    TO "authenticated"
    USING (((reporter_id = ( SELECT auth.uid() AS uid)) OR ( SELECT public.is_staff() AS is_staff)));

CREATE POLICY "content_reports: staff work the queue" ON "public"."content_reports"
    AS PERMISSIVE FOR UPDATE
    TO "authenticated"
    USING (( SELECT public.is_staff() AS is_staff))
    WITH CHECK (( SELECT public.is_staff() AS is_staff));

CREATE POLICY "conversations: participants start one" ON "public"."conversations"
    AS PERMISSIVE FOR INSERT
    TO "authenticated"
    WITH CHECK ((((( SELECT auth.uid() AS uid) = creator_id) OR (( SELECT auth.uid() AS uid) = fan_id)) AND (EXISTS ( SELECT 1
   FROM public.users u
  WHERE ((u.id = conversations.creator_id) AND (u.account_type = 'creator'::public.account_type))))));

CREATE POLICY "live_streams: creators schedule" ON "public"."live_streams"
    AS PERMISSIVE FOR INSERT
    TO "authenticated"
    WITH CHECK (((creator_id = ( SELECT auth.uid() AS uid)) AND (EXISTS ( SELECT 1
   FROM public.users u
  WHERE ((u.id = ( SELECT auth.uid() AS uid)) AND (u.account_type = 'creator'::public.account_type))))));

CREATE POLICY "user_violations: staff issue as themselves" ON "public"."user_violations"
    AS PERMISSIVE FOR INSERT
    TO "authenticated"
    WITH CHECK ((( SELECT public.is_staff() AS is_staff) AND (issued_by = ( SELECT auth.uid() AS uid))));

CREATE POLICY "user_violations: staff resolve" ON "public"."user_violations"
    AS PERMISSIVE FOR UPDATE
    TO "authenticated"
    USING (( SELECT public.is_staff() AS is_staff))
    WITH CHECK (( SELECT public.is_staff() AS is_staff));

CREATE POLICY "user_violations: the account and staff read" ON "public"."user_violations"
    AS PERMISSIVE FOR SELECT
    TO "authenticated"
    USING (((user_id = ( SELECT auth.uid() AS uid)) OR ( SELECT public.is_staff() AS is_staff)));

CREATE POLICY "users: active accounts are public, owners see their own" ON "public"."users"
    AS PERMISSIVE FOR SELECT
    TO "anon", "authenticated"
    USING ((((account_status = 'active'::public.account_status) AND (deleted_at IS NULL)) OR (id = ( SELECT auth.uid() AS uid))));

CREATE POLICY "users: owners update" ON "public"."users"
    AS PERMISSIVE FOR UPDATE
    TO "authenticated"
    USING ((id = ( SELECT auth.uid() AS uid)))
    WITH CHECK ((id = ( SELECT auth.uid() AS uid)));

CREATE POLICY "users: sign up as yourself" ON "public"."users"
    AS PERMISSIVE FOR INSERT
    TO "authenticated"
    WITH CHECK ((id = ( SELECT auth.uid() AS uid)));

COMMENT ON TABLE "public"."users" IS 'Accounts. Deleting is soft (deleted_at) so that payments and moderation history keep their subject; the row goes when the auth user is erased.';

COMMENT ON COLUMN "public"."users"."subscription_price" IS 'Monthly price a creator charges subscribers; null for everyone else.';

COMMENT ON COLUMN "public"."users"."age_verified" IS 'Required before the platform may be used.';

CREATE TRIGGER comments_count AFTER INSERT OR DELETE ON public.comments FOR EACH ROW EXECUTE FUNCTION public.comments_count();

CREATE TRIGGER content_reports_updated_at BEFORE UPDATE ON public.content_reports FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

CREATE TRIGGER content_updated_at BEFORE UPDATE ON public.content FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

CREATE TRIGGER likes_count AFTER INSERT OR DELETE ON public.likes FOR EACH ROW EXECUTE FUNCTION public.likes_count();

CREATE TRIGGER live_streams_updated_at BEFORE UPDATE ON public.live_streams FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

CREATE TRIGGER messages_update_conversation AFTER INSERT ON public.messages FOR EACH ROW EXECUTE FUNCTION public.messages_update_conversation();

CREATE TRIGGER subscriptions_updated_at BEFORE UPDATE ON public.subscriptions FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

CREATE TRIGGER user_profiles_updated_at BEFORE UPDATE ON public.user_profiles FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

CREATE TRIGGER users_updated_at BEFORE UPDATE ON public.users FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
