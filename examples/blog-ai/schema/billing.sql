-- canon:domain billing
create table public.users (
    id uuid primary key default gen_random_uuid(),
    user_id uuid not null unique references auth.users (id) on delete cascade,
    email text,
    name text,
    stripe_customer_id text,
    tier text default 'free',
    is_active boolean default true,
    last_login_at timestamptz,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint users_tier_check check (tier in ('free', 'starter', 'pro', 'business'))
);

comment on table public.users is 'Accounts and their current tier; user_id is the auth user.';

-- canon:domain billing
create table public.tier_limits (
    tier text primary key,
    monthly_limit integer not null,
    daily_limit integer not null default -1,
    features text[] not null default '{}',
    price_monthly numeric(10, 2) not null default 0,
    price_yearly numeric(10, 2) not null default 0,
    description text,
    updated_at timestamptz not null default now(),
    constraint tier_limits_tier_check check (tier in ('free', 'starter', 'pro', 'business'))
);

comment on table public.tier_limits is
    'Limits and prices per tier: the source of truth for quota enforcement.';
comment on column public.tier_limits.daily_limit is 'Generations per day; -1 means unlimited.';

-- canon:domain billing
create table public.user_quotas (
    id uuid primary key default gen_random_uuid(),
    user_id uuid not null unique references public.users (user_id) on delete cascade,
    tier text not null default 'free',
    period_start timestamptz not null default date_trunc('month', now()),
    period_end timestamptz not null default date_trunc('month', now()) + interval '1 month',
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint user_quotas_tier_check check (tier in ('free', 'starter', 'pro', 'business')),
    constraint user_quotas_period_check check (period_end > period_start)
);

comment on table public.user_quotas is 'The tier and billing period quotas are counted in.';

-- canon:domain billing
create table public.usage_records (
    id uuid primary key default gen_random_uuid(),
    user_id uuid not null references public.users (user_id) on delete cascade,
    operation_type text not null,
    tokens_used integer not null default 0,
    timestamp timestamptz not null default now(),
    metadata jsonb,
    created_at timestamptz not null default now(),
    constraint usage_records_operation_type_check
        check (operation_type in ('blog', 'book', 'batch', 'remix', 'tool', 'other'))
);

create index idx_usage_records_user_time on public.usage_records (user_id, timestamp desc);

comment on table public.usage_records is 'One row per generation counted against a quota.';

-- canon:domain billing
create table public.stripe_customers (
    id uuid primary key default gen_random_uuid(),
    user_id uuid not null unique references public.users (user_id) on delete cascade,
    customer_id text not null unique,
    email text,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);

comment on table public.stripe_customers is 'Which Stripe customer an account is.';

-- canon:domain billing
create table public.stripe_subscriptions (
    id uuid primary key default gen_random_uuid(),
    subscription_id text not null unique,
    user_id uuid not null references public.users (user_id) on delete cascade,
    customer_id text,
    tier text not null,
    status text not null default 'active',
    current_period_start timestamptz,
    current_period_end timestamptz,
    cancel_at_period_end boolean default false,
    cancelled_at timestamptz,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint stripe_subscriptions_tier_check
        check (tier in ('free', 'starter', 'pro', 'business')),
    constraint stripe_subscriptions_status_check
        check (status in ('active', 'trialing', 'past_due', 'cancelled', 'incomplete'))
);

create index idx_stripe_subscriptions_user_id on public.stripe_subscriptions (user_id);

comment on table public.stripe_subscriptions is
    'Stripe subscriptions; a change of tier or status updates the account''s tier.';

-- canon:domain billing
create table public.payments (
    id uuid primary key default gen_random_uuid(),
    user_id uuid not null references public.users (user_id) on delete cascade,
    subscription_id text,
    invoice_id text,
    amount_cents integer not null,
    currency text default 'usd',
    status text not null default 'paid',
    paid_at timestamptz not null default now(),
    created_at timestamptz not null default now(),
    constraint payments_status_check
        check (status in ('paid', 'refunded', 'partially_refunded')),
    constraint payments_amount_cents_check check (amount_cents >= 0)
);

create index idx_payments_user_id on public.payments (user_id, paid_at desc);

comment on table public.payments is 'Successful Stripe payments.';

-- canon:domain billing
create table public.payment_failures (
    id uuid primary key default gen_random_uuid(),
    user_id uuid not null references public.users (user_id) on delete cascade,
    subscription_id text,
    invoice_id text,
    attempt_count integer not null default 1,
    failure_reason text,
    failed_at timestamptz not null default now(),
    resolved_at timestamptz,
    created_at timestamptz not null default now()
);

create index idx_payment_failures_user_id on public.payment_failures (user_id);
create index idx_payment_failures_unresolved on public.payment_failures (failed_at)
    where resolved_at is null;

comment on table public.payment_failures is 'Failed payment attempts, until resolved.';
