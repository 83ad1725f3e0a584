-- canon:domain cache
create table public.infinite_pages_cache (
    id uuid primary key default gen_random_uuid(),
    cache_key text not null unique,
    content_type text not null,
    user_id uuid not null references public.profiles (id) on delete cascade,
    story_id uuid references public.stories (id) on delete set null,
    genre text,
    semantic_fingerprint text,
    prompt_hash text not null,
    content jsonb not null,
    generation_tokens integer not null default 0,
    hit_count integer not null default 0,
    expires_at timestamptz,
    last_accessed_at timestamptz not null default now(),
    created_at timestamptz not null default now(),
    constraint infinite_pages_cache_content_type_check
        check (content_type in ('foundation', 'character', 'outline', 'chapter', 'cover')),
    constraint infinite_pages_cache_counts_check check (generation_tokens >= 0 and hit_count >= 0)
);

create index idx_infinite_pages_cache_user_id on public.infinite_pages_cache (user_id);
create index idx_infinite_pages_cache_story_id on public.infinite_pages_cache (story_id);
create index idx_infinite_pages_cache_semantic
    on public.infinite_pages_cache (content_type, genre, semantic_fingerprint);
create index idx_infinite_pages_cache_expires_at on public.infinite_pages_cache (expires_at);

comment on table public.infinite_pages_cache is
    'Generated content reused across requests with the same or a semantically close prompt.';

-- canon:domain cache
create table public.cache_rewards (
    id uuid primary key default gen_random_uuid(),
    user_id uuid not null references public.profiles (id) on delete cascade,
    story_id uuid references public.stories (id) on delete set null,
    chapter_id uuid references public.chapters (id) on delete set null,
    cache_key text not null,
    credits_saved numeric(14, 4) not null default 0,
    original_cost numeric(14, 4) not null default 0,
    discounted_cost numeric(14, 4) not null default 0,
    hit_count integer not null default 0,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint cache_rewards_user_cache_key_key unique (user_id, cache_key),
    constraint cache_rewards_costs_check
        check (credits_saved >= 0 and original_cost >= 0
               and discounted_cost between 0 and original_cost)
);

create index idx_cache_rewards_story_id on public.cache_rewards (story_id);
create index idx_cache_rewards_chapter_id on public.cache_rewards (chapter_id);

comment on table public.cache_rewards is
    'Credits an account saved through cache hits, computed by calculate_cache_reward.';
