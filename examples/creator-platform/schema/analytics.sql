-- canon:domain analytics
create table public.content_analytics (
    id bigint generated always as identity primary key,
    content_id uuid not null references public.content (id) on delete cascade,
    user_id uuid references public.users (id) on delete set null,
    event_type public.content_event not null,
    view_duration_seconds integer,
    ip_address inet,
    country text,
    region text,
    city text,
    device_type text,
    browser text,
    referrer text,
    created_at timestamptz not null default now(),
    constraint content_analytics_duration_check
        check (view_duration_seconds >= 0
               and (event_type = 'view' or view_duration_seconds is null))
);

create index idx_content_analytics_content on public.content_analytics (content_id);
create index idx_content_analytics_created_at on public.content_analytics (created_at desc);
create index idx_content_analytics_user on public.content_analytics (user_id);

comment on table public.content_analytics is
    'Engagement events on content with geography and device; archived after two years.';

-- canon:domain analytics
create table public.user_analytics (
    id bigint generated always as identity primary key,
    user_id uuid not null references public.users (id) on delete cascade,
    event_type public.user_event not null,
    target_user_id uuid references public.users (id) on delete set null,
    session_id text,
    ip_address inet,
    device_type text,
    metadata jsonb not null default '{}',
    created_at timestamptz not null default now()
);

create index idx_user_analytics_user on public.user_analytics (user_id, created_at desc);
create index idx_user_analytics_target on public.user_analytics (target_user_id);

comment on table public.user_analytics is
    'Platform usage of an account: sessions, profile views, subscriptions, tips, uploads.';

-- canon:domain analytics
create table public.revenue_analytics (
    id bigint generated always as identity primary key,
    creator_id uuid not null references public.users (id) on delete cascade,
    revenue_type public.revenue_type not null,
    granularity text not null,
    period_start timestamptz not null,
    gross_amount numeric(14, 2) not null default 0,
    platform_fee numeric(14, 2) not null default 0,
    net_amount numeric(14, 2) not null default 0,
    transaction_count integer not null default 0,
    created_at timestamptz not null default now(),
    constraint revenue_analytics_bucket_key
        unique (creator_id, revenue_type, granularity, period_start),
    constraint revenue_analytics_granularity_check check (granularity in ('hour', 'day')),
    constraint revenue_analytics_amounts_check check (net_amount = gross_amount - platform_fee)
);

comment on table public.revenue_analytics is
    'Revenue per creator, type and hour or day, aggregated from transactions.';
