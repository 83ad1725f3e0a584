-- canon:domain users
create table public.users (
    id uuid primary key default gen_random_uuid(),
    email text unique not null,
    auth0_id text unique,
    username text unique,
    display_name text,
    avatar_url text,

    -- Subscription and limits
    subscription_tier text default 'FREE'
        check (subscription_tier in ('FREE', 'PREMIUM', 'PRO', 'ENTERPRISE')),
    subscription_start_date timestamptz,
    subscription_end_date timestamptz,

    -- Daily usage tracking
    daily_quota integer default 3 not null,
    daily_used integer default 0 not null,
    last_reset_date timestamptz default now() not null,

    -- Profile settings
    preferred_language text default 'en' check (preferred_language in ('en', 'zh', 'ja', 'ko')),
    timezone text default 'UTC',
    notification_settings jsonb default '{"email": true, "push": false}',

    -- Privacy and preferences
    profile_visibility text default 'private'
        check (profile_visibility in ('public', 'friends', 'private')),
    allow_gallery_showcase boolean default false,
    content_filter_level text default 'moderate'
        check (content_filter_level in ('strict', 'moderate', 'relaxed')),

    -- Statistics
    total_characters_created integer default 0 not null,
    total_images_generated integer default 0 not null,
    account_status text default 'active'
        check (account_status in ('active', 'suspended', 'banned', 'deleted')),

    created_at timestamptz default now() not null,
    updated_at timestamptz default now() not null,
    last_login_at timestamptz,
    email_verified_at timestamptz,

    constraint users_email_format
        check (email ~ '^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$'),
    constraint users_daily_quota_positive check (daily_quota >= 0),
    constraint users_daily_used_positive check (daily_used >= 0),
    constraint users_username_format check (username ~ '^[a-zA-Z0-9_]{3,30}$')
);

-- email, auth0_id and username need no index of their own: their UNIQUE constraints
-- already have one (lint INT002, index-duplicates-constraint).
create index idx_users_subscription_tier on public.users (subscription_tier);
create index idx_users_last_login on public.users (last_login_at);
create index idx_users_created_at on public.users (created_at);
create index idx_users_account_status on public.users (account_status);

comment on table public.users is
    'Accounts, signed in through Auth0: auth0_id is the JWT subject.';

-- canon:domain users
create table public.user_profiles (
    id uuid primary key default gen_random_uuid(),
    user_id uuid not null references public.users (id) on delete cascade,

    -- Personal information
    first_name text,
    last_name text,
    bio text,
    website_url text,
    social_links jsonb default '{}',

    -- Professional information
    profession text,
    company text,
    industry text,
    experience_level text
        check (experience_level in ('beginner', 'intermediate', 'advanced', 'professional')),

    -- Content creation focus
    primary_use_case text[],
    favorite_art_styles text[],

    -- Achievements and badges
    badges jsonb default '[]',
    total_likes_received integer default 0,
    total_downloads integer default 0,
    featured_character_count integer default 0,

    created_at timestamptz default now() not null,
    updated_at timestamptz default now() not null,

    unique (user_id)
);

create index idx_user_profiles_profession on public.user_profiles (profession);
create index idx_user_profiles_industry on public.user_profiles (industry);

comment on table public.user_profiles is 'Extended, optional profile of an account.';
comment on column public.user_profiles.social_links is
    'Handles per network, e.g. {"twitter": "username", "instagram": "username"}.';
comment on column public.user_profiles.badges is
    'Earned badges, e.g. [{"type": "early_adopter", "earned_at": "2024-01-01"}].';
