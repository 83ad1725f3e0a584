-- canon:domain users
create table public.profiles (
    id uuid primary key references auth.users (id) on delete cascade,
    email text not null,
    full_name text,
    display_name text,
    subscription_tier text not null default 'free',
    subscription_status text not null default 'inactive',
    stripe_customer_id text unique,
    current_period_end timestamptz,
    tokens_remaining integer not null default 1332,
    tokens_used_total bigint not null default 0,
    stories_created integer not null default 0,
    words_generated bigint not null default 0,
    onboarding_complete boolean not null default false,
    writing_goals text[] not null default '{}',
    preferred_genres text[] not null default '{}',
    experience_level text,
    writing_frequency text,
    cache_hits integer not null default 0,
    cache_discount_earned numeric(14, 4) not null default 0,
    is_creator boolean not null default false,
    creator_tier text,
    total_earnings_usd numeric(14, 4) not null default 0,
    pending_payout_usd numeric(14, 4) not null default 0,
    stripe_connect_account_id text unique,
    stripe_account_status text,
    stripe_charges_enabled boolean not null default false,
    stripe_payouts_enabled boolean not null default false,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint profiles_subscription_tier_check
        check (subscription_tier in ('free', 'basic', 'premium')),
    constraint profiles_subscription_status_check
        check (subscription_status in ('inactive', 'trialing', 'active', 'past_due', 'canceled')),
    constraint profiles_experience_level_check
        check (experience_level in ('beginner', 'intermediate', 'advanced', 'professional')),
    constraint profiles_writing_frequency_check
        check (writing_frequency in ('daily', 'weekly', 'monthly', 'occasionally')),
    constraint profiles_creator_tier_check
        check (creator_tier in ('bronze', 'silver', 'gold', 'platinum')),
    constraint profiles_stripe_account_status_check
        check (stripe_account_status in ('pending', 'active', 'restricted', 'rejected')),
    constraint profiles_tokens_remaining_check check (tokens_remaining >= 0),
    constraint profiles_earnings_check
        check (total_earnings_usd >= 0 and pending_payout_usd >= 0
               and pending_payout_usd <= total_earnings_usd)
);

comment on table public.profiles is
    'One row per account (auth.users): subscription, token allowance, creator status and '
    'earnings totals. The credit balance is not stored here: see credit_balances.';
comment on column public.profiles.tokens_remaining is
    'Generation tokens left in the current subscription period.';
comment on column public.profiles.total_earnings_usd is
    'Lifetime creator earnings, maintained by allocate_creator_earnings.';
comment on column public.profiles.pending_payout_usd is
    'Earnings not yet paid out, maintained by allocate_creator_earnings and '
    'process_monthly_payouts.';

-- canon:domain users
create table public.subscription_usage (
    id uuid primary key default gen_random_uuid(),
    user_id uuid not null references public.profiles (id) on delete cascade,
    subscription_tier text not null,
    credits_used_this_month integer not null default 0,
    stories_read_this_month integer not null default 0,
    downloads_this_month integer not null default 0,
    period_start date not null,
    period_end date not null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint subscription_usage_user_period_key unique (user_id, period_start),
    constraint subscription_usage_period_check check (period_end > period_start),
    constraint subscription_usage_counts_check
        check (credits_used_this_month >= 0 and stories_read_this_month >= 0
               and downloads_this_month >= 0)
);

comment on table public.subscription_usage is
    'Usage per account and billing period, for limits by subscription tier.';
