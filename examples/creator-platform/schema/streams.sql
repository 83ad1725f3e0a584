-- canon:domain live streaming
create table public.live_streams (
    id uuid primary key default gen_random_uuid(),
    creator_id uuid not null references public.users (id) on delete cascade,
    title text not null,
    description text,
    stream_key uuid not null unique default gen_random_uuid(),
    status text not null default 'scheduled',
    is_premium boolean not null default false,
    price numeric(10, 2),
    scheduled_start timestamptz,
    started_at timestamptz,
    ended_at timestamptz,
    current_viewers integer not null default 0,
    peak_viewers integer not null default 0,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint live_streams_status_check
        check (status in ('scheduled', 'live', 'ended', 'cancelled')),
    constraint live_streams_premium_price_check
        check ((is_premium and price > 0) or (not is_premium and price is null)),
    constraint live_streams_viewers_check
        check (current_viewers >= 0 and peak_viewers >= current_viewers)
);

create index idx_live_streams_creator on public.live_streams (creator_id);
create index idx_live_streams_live on public.live_streams (started_at desc) where status = 'live';

comment on table public.live_streams is 'Live streams of creators, free or paid.';
comment on column public.live_streams.stream_key is
    'Broadcast secret: readable by the stream''s creator only (get_stream_key).';

-- canon:domain live streaming
create table public.stream_access (
    id uuid primary key default gen_random_uuid(),
    stream_id uuid not null references public.live_streams (id) on delete cascade,
    user_id uuid not null references public.users (id) on delete cascade,
    transaction_id uuid references public.transactions (id) on delete set null,
    joined_at timestamptz not null default now(),
    left_at timestamptz,
    watch_seconds integer not null default 0,
    constraint stream_access_left_check check (left_at >= joined_at),
    constraint stream_access_watch_seconds_check check (watch_seconds >= 0)
);

create index idx_stream_access_stream on public.stream_access (stream_id, joined_at);
create index idx_stream_access_user on public.stream_access (user_id);
create index idx_stream_access_transaction on public.stream_access (transaction_id);

comment on table public.stream_access is
    'Viewing sessions of a stream: join and leave times, watch time, the paying transaction.';
