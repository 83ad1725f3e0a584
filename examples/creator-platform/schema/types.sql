create type public.account_type as enum ('fan', 'creator', 'admin', 'moderator');
create type public.account_status as enum ('active', 'suspended', 'banned', 'deactivated');
create type public.content_type as enum ('image', 'video', 'audio', 'text', 'live_stream');
create type public.subscription_type as enum ('monthly', 'yearly', 'lifetime');
create type public.subscription_status as enum
    ('pending', 'active', 'cancelled', 'expired', 'failed');
create type public.transaction_type as enum
    ('subscription', 'tip', 'content_purchase', 'message_purchase', 'stream_access', 'payout',
     'refund');
create type public.transaction_status as enum ('pending', 'completed', 'failed', 'refunded');
create type public.revenue_type as enum
    ('subscription', 'tip', 'content_sale', 'message_sale', 'stream_access');
create type public.content_event as enum
    ('view', 'like', 'unlike', 'share', 'comment', 'download', 'purchase');
create type public.user_event as enum
    ('login', 'logout', 'profile_view', 'subscription', 'unsubscription', 'tip_sent',
     'tip_received', 'content_upload', 'message_sent');
create type public.report_type as enum
    ('inappropriate_content', 'copyright_violation', 'harassment', 'spam', 'underage',
     'non_consensual', 'violence', 'hate_speech', 'other');
create type public.report_status as enum
    ('pending', 'under_review', 'resolved', 'dismissed', 'escalated');
create type public.priority as enum ('low', 'medium', 'high', 'critical');
create type public.moderation_action as enum
    ('approve', 'reject', 'remove', 'flag', 'age_restrict', 'shadow_ban', 'require_warning');
create type public.enforcement_action as enum
    ('warning', 'temporary_suspension', 'permanent_ban', 'feature_restriction');
create type public.log_level as enum ('debug', 'info', 'warning', 'error', 'critical');

comment on type public.account_type is
    'What an account may do: fans subscribe, creators sell, staff moderate.';
comment on type public.priority is
    'Urgency of a report, or severity of a violation or audit event.';
