-- canon:domain creator economy
create table public.creator_earnings (
    id uuid primary key default gen_random_uuid(),
    creator_id uuid not null references public.profiles (id) on delete cascade,
    -- The earning is the creator's record: it outlives the story and the reader's account.
    story_id uuid references public.stories (id) on delete set null,
    reader_id uuid references public.profiles (id) on delete set null,
    credits_earned integer not null,
    usd_equivalent numeric(14, 4) not null,
    transaction_id uuid references public.credit_transactions (id) on delete set null,
    created_at timestamptz not null default now(),
    constraint creator_earnings_credits_earned_check check (credits_earned > 0),
    constraint creator_earnings_usd_equivalent_check check (usd_equivalent >= 0)
);

create index idx_creator_earnings_creator_id on public.creator_earnings (creator_id);
create index idx_creator_earnings_created_at on public.creator_earnings (created_at desc);
create index idx_creator_earnings_story_id on public.creator_earnings (story_id);
create index idx_creator_earnings_reader_id on public.creator_earnings (reader_id);
create index idx_creator_earnings_transaction_id on public.creator_earnings (transaction_id);

comment on table public.creator_earnings is
    'One row per earning event (a reader spending credits on a creator''s story), written '
    'only by allocate_creator_earnings.';

-- canon:domain creator economy
create table public.creator_earnings_accumulation (
    id uuid primary key default gen_random_uuid(),
    creator_id uuid not null unique references public.profiles (id) on delete cascade,
    total_accumulated_usd numeric(14, 4) not null default 0,
    last_payout_date date,
    last_payout_amount numeric(12, 2),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint creator_earnings_accumulation_total_check check (total_accumulated_usd >= 0)
);

comment on table public.creator_earnings_accumulation is
    'Earnings accumulated since the last payout, per creator.';

-- canon:domain creator economy
create table public.payouts (
    id uuid primary key default gen_random_uuid(),
    creator_id uuid not null references public.profiles (id) on delete cascade,
    amount_usd numeric(12, 2) not null,
    stripe_transfer_id text unique,
    status text not null default 'pending',
    period_start date,
    period_end date,
    earnings_count integer not null default 0,
    failure_reason text,
    processed_at timestamptz,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint payouts_status_check check (status in ('pending', 'processing', 'paid', 'failed')),
    constraint payouts_amount_usd_check check (amount_usd > 0),
    constraint payouts_period_check check (period_end >= period_start)
);

create index idx_payouts_creator_status on public.payouts (creator_id, status);

comment on table public.payouts is 'Payout requests of creators, processed by the service.';

-- canon:domain creator economy
create table public.monthly_payout_batches (
    id uuid primary key default gen_random_uuid(),
    batch_date date not null unique,
    total_creators_paid integer not null default 0,
    total_amount_usd numeric(14, 2) not null default 0,
    stripe_batch_id text,
    processing_status text not null default 'pending',
    created_at timestamptz not null default now(),
    completed_at timestamptz,
    constraint monthly_payout_batches_processing_status_check
        check (processing_status in ('pending', 'processing', 'completed', 'failed'))
);

comment on table public.monthly_payout_batches is
    'One batch per month, created by process_monthly_payouts.';

-- canon:domain creator economy
create table public.individual_payouts (
    id uuid primary key default gen_random_uuid(),
    batch_id uuid not null references public.monthly_payout_batches (id) on delete cascade,
    creator_id uuid not null references public.profiles (id) on delete cascade,
    amount_usd numeric(12, 2) not null,
    stripe_transfer_id text unique,
    status text not null default 'pending',
    error_message text,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint individual_payouts_batch_creator_key unique (batch_id, creator_id),
    constraint individual_payouts_status_check
        check (status in ('pending', 'processing', 'completed', 'failed')),
    constraint individual_payouts_amount_usd_check check (amount_usd > 0)
);

create index idx_individual_payouts_creator_id on public.individual_payouts (creator_id);

comment on table public.individual_payouts is 'The payout of one creator within a monthly batch.';

-- canon:domain creator economy
create table public.story_pricing (
    id uuid primary key default gen_random_uuid(),
    story_id uuid not null unique references public.stories (id) on delete cascade,
    creator_id uuid not null references public.profiles (id) on delete cascade,
    price_per_chapter integer not null default 0,
    bundle_discount numeric(5, 2) not null default 0,
    is_free_sample boolean not null default false,
    free_chapters integer not null default 0,
    premium_unlock_price integer,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint story_pricing_price_per_chapter_check check (price_per_chapter >= 0),
    constraint story_pricing_bundle_discount_check check (bundle_discount between 0 and 100),
    constraint story_pricing_free_chapters_check check (free_chapters >= 0),
    constraint story_pricing_premium_unlock_price_check check (premium_unlock_price > 0)
);

create index idx_story_pricing_creator_id on public.story_pricing (creator_id);

comment on table public.story_pricing is
    'Price of a story''s chapters in credits, set by its creator.';
comment on column public.story_pricing.bundle_discount is
    'Percentage off when all chapters are bought at once.';

-- canon:domain creator economy
create table public.story_purchases (
    id uuid primary key default gen_random_uuid(),
    user_id uuid not null references public.profiles (id) on delete cascade,
    story_id uuid not null references public.stories (id) on delete cascade,
    creator_id uuid not null references public.profiles (id) on delete cascade,
    purchase_type text not null,
    chapters_unlocked integer[] not null default '{}',
    credits_spent integer not null,
    creator_earnings numeric(14, 4) not null default 0,
    created_at timestamptz not null default now(),
    constraint story_purchases_purchase_type_check
        check (purchase_type in ('chapter', 'bundle', 'premium_unlock')),
    constraint story_purchases_credits_spent_check check (credits_spent >= 0)
);

create index idx_story_purchases_user_story on public.story_purchases (user_id, story_id);
create index idx_story_purchases_story_id on public.story_purchases (story_id);
create index idx_story_purchases_creator_id on public.story_purchases (creator_id);

comment on table public.story_purchases is 'What a reader unlocked of a story, and for how much.';
