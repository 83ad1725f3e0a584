-- canon:domain credits
create table public.user_credits (
    id uuid primary key default gen_random_uuid(),
    user_id uuid not null references public.users (id) on delete cascade,

    -- Current balance
    current_balance integer not null default 0,
    reserved_balance integer not null default 0,

    -- Daily allowance (for subscription plans)
    daily_allowance integer not null default 0,
    daily_used integer not null default 0,
    daily_reset_date date not null default current_date,

    -- Lifetime statistics
    total_earned integer not null default 0,
    total_spent integer not null default 0,
    total_purchased integer not null default 0,
    total_gifted_received integer not null default 0,
    total_gifted_sent integer not null default 0,

    -- Bonus and rewards
    referral_bonus integer not null default 0,
    achievement_bonus integer not null default 0,
    daily_login_streak integer not null default 0,
    last_daily_bonus_date date,

    created_at timestamptz default now() not null,
    updated_at timestamptz default now() not null,

    -- Its unique index serves lookups by user_id (lint INT002 flagged the extra index).
    unique (user_id),

    constraint user_credits_balance_positive check (current_balance >= 0),
    constraint user_credits_reserved_positive check (reserved_balance >= 0),
    constraint user_credits_daily_allowance_positive check (daily_allowance >= 0),
    constraint user_credits_daily_used_positive check (daily_used >= 0)
);

create index idx_user_credits_daily_reset on public.user_credits (daily_reset_date);

comment on table public.user_credits is
    'Credit balance and lifetime credit statistics per account.';
comment on column public.user_credits.reserved_balance is
    'Credits held for generation jobs still running.';

-- canon:domain credits
create table public.credit_transactions (
    id uuid primary key default gen_random_uuid(),
    user_id uuid not null references public.users (id) on delete cascade,

    -- Transaction details
    transaction_type text not null check (transaction_type in (
        'purchase', 'usage', 'refund', 'gift_sent', 'gift_received',
        'daily_allowance', 'bonus', 'referral', 'achievement', 'admin_adjustment'
    )),
    amount integer not null,
    balance_after integer not null,

    -- Related entities
    related_entity_type text check (related_entity_type in (
        'generation_job', 'purchase_order', 'gift_transfer', 'achievement', 'referral'
    )),
    related_entity_id text,

    -- Transaction context
    description text not null,
    metadata jsonb default '{}',

    -- Processing information
    status text default 'completed'
        check (status in ('pending', 'completed', 'failed', 'cancelled')),
    processed_at timestamptz default now(),

    -- API and cost tracking
    api_endpoint text,
    operation_details jsonb,
    cost_calculation jsonb,

    created_at timestamptz default now() not null
);

create index idx_credit_transactions_user_id on public.credit_transactions (user_id);
create index idx_credit_transactions_type on public.credit_transactions (transaction_type);
create index idx_credit_transactions_created_at on public.credit_transactions (created_at);
create index idx_credit_transactions_status on public.credit_transactions (status);
create index idx_credit_transactions_related_entity
    on public.credit_transactions (related_entity_type, related_entity_id);
create index idx_credit_transactions_api_endpoint on public.credit_transactions (api_endpoint);

comment on table public.credit_transactions is
    'Credit ledger; amount is negative for usage and gifts sent.';
comment on column public.credit_transactions.related_entity_id is
    'Id of the row named by related_entity_type (not a foreign key: it spans tables).';

-- canon:domain credits
create table public.api_credit_configs (
    id uuid primary key default gen_random_uuid(),

    -- API endpoint configuration
    endpoint_pattern text not null,
    http_method text not null check (http_method in ('GET', 'POST', 'PUT', 'PATCH', 'DELETE')),

    -- Cost configuration
    base_cost integer not null default 0,
    cost_formula jsonb,

    -- User tier modifiers
    tier_multipliers jsonb default '{
    "FREE": 1.0,
    "PREMIUM": 0.8,
    "PRO": 0.6,
    "ENTERPRISE": 0.4
  }',

    -- Usage rules
    daily_limit integer,
    rate_limit_per_minute integer,
    requires_subscription boolean default false,
    minimum_tier text check (minimum_tier in ('FREE', 'PREMIUM', 'PRO', 'ENTERPRISE')),

    -- Configuration
    is_enabled boolean default true,
    description text,
    category text,

    created_at timestamptz default now() not null,
    updated_at timestamptz default now() not null,

    -- Its unique index leads with endpoint_pattern and serves lookups by it
    -- (lint INT004 flagged the extra single-column index).
    unique (endpoint_pattern, http_method)
);

create index idx_api_credit_configs_enabled on public.api_credit_configs (is_enabled)
    where is_enabled = true;
create index idx_api_credit_configs_category on public.api_credit_configs (category);

comment on table public.api_credit_configs is
    'What each API endpoint costs in credits, per subscription tier.';
comment on column public.api_credit_configs.endpoint_pattern is
    'Route pattern such as /api/v1/characters/:id/generate.';

-- canon:domain credits
create table public.credit_packages (
    id uuid primary key default gen_random_uuid(),

    -- Package details
    name text not null,
    description text,
    credit_amount integer not null,
    bonus_credits integer default 0,

    -- Pricing
    price_usd numeric(10, 2) not null,
    price_currency text default 'USD',
    discount_percentage integer default 0,

    -- Availability
    is_available boolean default true,
    target_tiers text[] default '{"FREE", "PREMIUM", "PRO", "ENTERPRISE"}',
    promotion_start_date timestamptz,
    promotion_end_date timestamptz,

    -- Package type
    package_type text default 'one_time'
        check (package_type in ('one_time', 'subscription_bonus', 'promotional')),

    -- Display
    display_order integer default 0,
    highlight_color text,
    badge_text text,

    created_at timestamptz default now() not null,
    updated_at timestamptz default now() not null
);

create index idx_credit_packages_available on public.credit_packages (is_available)
    where is_available = true;
create index idx_credit_packages_promotion
    on public.credit_packages (promotion_start_date, promotion_end_date);

comment on table public.credit_packages is 'Credit packages on sale.';
