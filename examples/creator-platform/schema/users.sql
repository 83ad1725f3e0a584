-- canon:domain accounts
create table public.users (
    id uuid primary key references auth.users (id) on delete cascade,
    username text not null unique,
    email text not null unique,
    display_name text,
    account_type public.account_type not null default 'fan',
    account_status public.account_status not null default 'active',
    subscription_price numeric(10, 2),
    age_verified boolean not null default false,
    date_of_birth date,
    last_seen_at timestamptz,
    deleted_at timestamptz,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint users_username_format check (username ~ '^[a-z0-9_.]{3,30}$'),
    constraint users_subscription_price_check
        check (subscription_price is null
               or (account_type = 'creator' and subscription_price between 0 and 1000))
);

create index idx_users_account_type on public.users (account_type);
create index idx_users_active_creators on public.users (created_at desc)
    where account_type = 'creator' and account_status = 'active' and deleted_at is null;

comment on table public.users is
    'Accounts. Deleting is soft (deleted_at) so that payments and moderation history keep '
    'their subject; the row goes when the auth user is erased.';
comment on column public.users.subscription_price is
    'Monthly price a creator charges subscribers; null for everyone else.';
comment on column public.users.age_verified is 'Required before the platform may be used.';

-- canon:domain accounts
create table public.user_profiles (
    id uuid primary key default gen_random_uuid(),
    user_id uuid not null unique references public.users (id) on delete cascade,
    bio text,
    avatar_url text,
    banner_url text,
    website_url text,
    social_links jsonb not null default '{}',
    content_categories text[] not null default '{}',
    interests text[] not null default '{}',
    preferences jsonb not null default '{}',
    country text,
    region text,
    city text,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint user_profiles_bio_length check (length(bio) <= 1000)
);

create index idx_user_profiles_categories on public.user_profiles using gin (content_categories);

comment on table public.user_profiles is
    'Public profile of an account: bio, images, social links, categories, location.';
