-- canon:domain brand voice
create table public.brand_profiles (
    id uuid primary key default gen_random_uuid(),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    name text not null,
    slug text not null,
    tone_keywords text[] not null default '{}',
    writing_style text not null default 'balanced',
    example_content text,
    industry text,
    target_audience text,
    preferred_words text[] default '{}',
    avoid_words text[] default '{}',
    brand_values text[] default '{}',
    content_themes text[] default '{}',
    user_id uuid not null default auth.uid()
        references public.users (user_id) on delete cascade,
    is_active boolean not null default true,
    is_default boolean not null default false,
    -- Foreign key declared below: voice_fingerprints references brand_profiles too.
    voice_fingerprint_id uuid,
    training_status text default 'untrained',
    training_quality double precision default 0.0,
    sample_count integer default 0,
    constraint brand_profiles_user_slug_key unique (user_id, slug),
    constraint brand_profiles_training_status_check
        check (training_status in ('untrained', 'training', 'trained', 'failed'))
);

create unique index brand_profiles_one_default on public.brand_profiles (user_id)
    where is_default;
create index idx_brand_profiles_voice_fingerprint_id
    on public.brand_profiles (voice_fingerprint_id);
create index idx_brand_profiles_tone_keywords
    on public.brand_profiles using gin (tone_keywords);

comment on table public.brand_profiles is
    'A brand''s voice: tone, vocabulary and style the generators follow.';

-- canon:domain brand voice
create table public.voice_samples (
    id uuid primary key default gen_random_uuid(),
    profile_id uuid not null references public.brand_profiles (id) on delete cascade,
    created_at timestamptz not null default now(),
    title text,
    content text not null,
    content_type text not null default 'text',
    word_count integer not null default 0,
    source_url text,
    source_platform text,
    is_analyzed boolean not null default false,
    analysis_result jsonb default '{}',
    quality_score double precision default 0.0,
    is_primary_example boolean default false,
    constraint voice_samples_content_type_check
        check (content_type in ('text', 'blog', 'email', 'social'))
);

create index idx_voice_samples_profile on public.voice_samples (profile_id);
create index idx_voice_samples_analyzed on public.voice_samples (profile_id)
    where not is_analyzed;

comment on table public.voice_samples is 'Writing samples a brand voice is trained on.';

-- canon:domain brand voice
create table public.voice_fingerprints (
    id uuid primary key default gen_random_uuid(),
    profile_id uuid not null unique references public.brand_profiles (id) on delete cascade,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    vocabulary_profile jsonb default '{}',
    sentence_patterns jsonb default '{}',
    tone_distribution jsonb default '{}',
    style_metrics jsonb default '{}',
    voice_summary text,
    embedding_vector double precision[] default '{}',
    embedding_model text,
    sample_count integer default 0,
    last_trained_at timestamptz,
    training_quality double precision default 0.0
);

comment on table public.voice_fingerprints is
    'Voice characteristics aggregated from a profile''s samples; one per profile.';

alter table public.brand_profiles
    add constraint brand_profiles_voice_fingerprint_id_fkey
    foreign key (voice_fingerprint_id) references public.voice_fingerprints (id)
    on delete set null;

-- canon:domain brand voice
create table public.voice_scores (
    id uuid primary key default gen_random_uuid(),
    profile_id uuid not null references public.brand_profiles (id) on delete cascade,
    content_id text not null,
    created_at timestamptz not null default now(),
    overall_score double precision not null,
    tone_match double precision not null,
    vocabulary_match double precision not null,
    style_match double precision not null,
    feedback jsonb default '{}',
    deviations jsonb default '{}'
);

create index idx_voice_scores_profile on public.voice_scores (profile_id);
create index idx_voice_scores_content on public.voice_scores (content_id);

comment on table public.voice_scores is
    'How closely a piece of generated content matches a brand voice.';
