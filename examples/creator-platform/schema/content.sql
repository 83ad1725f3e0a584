-- canon:domain content
create table public.content (
    id uuid primary key default gen_random_uuid(),
    creator_id uuid not null references public.users (id) on delete cascade,
    content_type public.content_type not null,
    title text,
    body text,
    media_url text,
    thumbnail_url text,
    media_duration_seconds integer,
    is_premium boolean not null default false,
    price numeric(10, 2),
    requires_subscription boolean not null default true,
    status text not null default 'draft',
    scheduled_for timestamptz,
    published_at timestamptz,
    content_warning text,
    age_restricted boolean not null default false,
    like_count integer not null default 0,
    comment_count integer not null default 0,
    view_count bigint not null default 0,
    deleted_at timestamptz,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint content_status_check
        check (status in ('draft', 'scheduled', 'published', 'archived', 'removed')),
    constraint content_premium_price_check
        check ((is_premium and price > 0) or (not is_premium and price is null)),
    constraint content_scheduled_check check (status <> 'scheduled' or scheduled_for is not null),
    constraint content_counts_check check (like_count >= 0 and comment_count >= 0)
);

create index idx_content_creator on public.content (creator_id);
create index idx_content_created_at on public.content (created_at desc);
create index idx_content_feed on public.content (creator_id, published_at desc)
    where status = 'published' and deleted_at is null;
create index idx_content_scheduled on public.content (scheduled_for)
    where status = 'scheduled';

comment on table public.content is
    'Posts of creators: media, pricing (premium or subscription-gated), scheduling, warnings.';
comment on column public.content.price is 'Pay-per-view price; set exactly when is_premium.';

-- canon:domain social
create table public.likes (
    content_id uuid not null references public.content (id) on delete cascade,
    user_id uuid not null references public.users (id) on delete cascade,
    created_at timestamptz not null default now(),
    primary key (content_id, user_id)
);

create index idx_likes_user on public.likes (user_id, created_at desc);

comment on table public.likes is 'Who liked what; content.like_count follows it.';

-- canon:domain social
create table public.comments (
    id uuid primary key default gen_random_uuid(),
    content_id uuid not null references public.content (id) on delete cascade,
    user_id uuid not null references public.users (id) on delete cascade,
    parent_comment_id uuid references public.comments (id) on delete cascade,
    body text not null,
    is_hidden boolean not null default false,
    is_pinned boolean not null default false,
    edited_at timestamptz,
    deleted_at timestamptz,
    created_at timestamptz not null default now(),
    constraint comments_body_length check (length(body) between 1 and 5000)
);

create index idx_comments_content on public.comments (content_id, created_at);
create index idx_comments_user on public.comments (user_id);
create index idx_comments_parent on public.comments (parent_comment_id);

comment on table public.comments is
    'Threaded comments (parent_comment_id); creators pin, moderators hide.';

-- canon:domain social
create table public.follows (
    follower_id uuid not null references public.users (id) on delete cascade,
    following_id uuid not null references public.users (id) on delete cascade,
    notify_on_post boolean not null default true,
    created_at timestamptz not null default now(),
    primary key (follower_id, following_id),
    constraint follows_not_self check (follower_id <> following_id)
);

create index idx_follows_following on public.follows (following_id);

comment on table public.follows is 'Free follows of creators, with notification preference.';

-- canon:domain social
create table public.notifications (
    id uuid primary key default gen_random_uuid(),
    user_id uuid not null references public.users (id) on delete cascade,
    notification_type text not null,
    actor_id uuid references public.users (id) on delete set null,
    content_id uuid references public.content (id) on delete cascade,
    title text not null,
    body text,
    data jsonb not null default '{}',
    read_at timestamptz,
    created_at timestamptz not null default now(),
    constraint notifications_type_check
        check (notification_type in ('new_subscriber', 'new_follower', 'like', 'comment',
                                     'message', 'tip', 'system', 'moderation'))
);

create index idx_notifications_user on public.notifications (user_id, created_at desc);
create index idx_notifications_unread on public.notifications (user_id)
    where read_at is null;
create index idx_notifications_actor on public.notifications (actor_id);
create index idx_notifications_content on public.notifications (content_id);

comment on table public.notifications is 'In-app notifications of an account.';
