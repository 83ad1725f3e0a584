-- canon:domain subscriptions
create table public.subscriptions (
    id uuid primary key default gen_random_uuid(),
    subscriber_id uuid not null references public.users (id) on delete cascade,
    creator_id uuid not null references public.users (id) on delete cascade,
    subscription_type public.subscription_type not null default 'monthly',
    status public.subscription_status not null default 'pending',
    price numeric(10, 2) not null,
    currency text not null default 'usd',
    current_period_start timestamptz,
    current_period_end timestamptz,
    cancelled_at timestamptz,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint subscriptions_not_self check (subscriber_id <> creator_id),
    constraint subscriptions_price_check check (price >= 0),
    constraint subscriptions_period_check
        check (subscription_type = 'lifetime' or current_period_end > current_period_start)
);

-- One live subscription per fan and creator; expired and failed ones stay as history.
create unique index subscriptions_one_live on public.subscriptions (subscriber_id, creator_id)
    where status in ('pending', 'active', 'cancelled');
create index idx_subscriptions_subscriber on public.subscriptions (subscriber_id);
create index idx_subscriptions_creator_status on public.subscriptions (creator_id, status);

comment on table public.subscriptions is
    'Recurring (or lifetime) subscriptions of fans to creators. A cancelled subscription '
    'keeps access until current_period_end.';
