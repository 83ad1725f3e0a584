-- canon:domain image generation
create table public.characters (
    id uuid primary key default gen_random_uuid(),
    user_id uuid not null references public.users (id) on delete cascade,

    -- Basic character information
    name text not null,
    description text,
    prompt text not null,
    negative_prompt text,

    -- Generation parameters
    style_type text not null check (style_type in (
        'anime', 'realistic', 'cartoon', 'fantasy', 'cyberpunk',
        'steampunk', 'minimalist', 'comic', 'portrait', 'artistic'
    )),
    art_style text,
    mood text,
    color_palette text[],

    -- Technical parameters
    model_version text default 'v1.0',
    generation_seed integer,
    cfg_scale numeric(3, 1) default 7.5,
    steps integer default 20,
    sampler text default 'DPM++ 2M Karras',

    -- Images and assets
    primary_image_url text,
    thumbnail_url text,
    additional_images jsonb default '[]',
    image_metadata jsonb default '{}',

    -- Status and processing
    generation_status text default 'pending' check (generation_status in (
        'pending', 'processing', 'completed', 'failed', 'cancelled'
    )),
    processing_started_at timestamptz,
    processing_completed_at timestamptz,
    processing_time_seconds integer,
    error_message text,
    retry_count integer default 0,

    -- Organization and sharing
    collection_id uuid references public.collections (id) on delete set null,
    tags text[] default '{}',
    is_public boolean default false,
    is_featured boolean default false,
    allow_commercial_use boolean default false,
    license_type text default 'standard'
        check (license_type in ('standard', 'commercial', 'creative_commons')),

    -- Engagement metrics
    view_count integer default 0,
    like_count integer default 0,
    download_count integer default 0,
    share_count integer default 0,

    -- Versioning and variants
    parent_character_id uuid references public.characters (id),
    version_number integer default 1,
    variant_type text check (variant_type in (
        'original', 'style_transfer', 'pose_change', 'outfit_change', 'expression_change'
    )),

    created_at timestamptz default now() not null,
    updated_at timestamptz default now() not null,
    published_at timestamptz
);

create index idx_characters_user_id on public.characters (user_id);
create index idx_characters_style_type on public.characters (style_type);
create index idx_characters_generation_status on public.characters (generation_status);
create index idx_characters_is_public on public.characters (is_public) where is_public = true;
create index idx_characters_is_featured on public.characters (is_featured)
    where is_featured = true;
create index idx_characters_created_at on public.characters (created_at);
create index idx_characters_collection_id on public.characters (collection_id);
create index idx_characters_parent_id on public.characters (parent_character_id);
create index idx_characters_tags on public.characters using gin (tags);
create index idx_characters_view_count on public.characters (view_count) where is_public = true;

comment on table public.characters is 'A generated character: prompt, parameters, images, sharing.';
comment on column public.characters.parent_character_id is
    'The character this one is a variant of.';

-- canon:domain image generation
create table public.generation_jobs (
    id uuid primary key default gen_random_uuid(),
    user_id uuid not null references public.users (id) on delete cascade,
    character_id uuid references public.characters (id) on delete set null,

    -- Job configuration
    job_type text not null check (job_type in (
        'character_generation', 'style_transfer', 'upscale', 'variation', 'background_removal'
    )),
    input_parameters jsonb not null,
    generation_provider text default 'primary'
        check (generation_provider in ('primary', 'secondary', 'fallback')),

    -- Processing status
    status text default 'queued' check (status in (
        'queued', 'processing', 'completed', 'failed', 'cancelled', 'timeout'
    )),
    priority integer default 5 check (priority between 1 and 10),

    -- Timing information
    queued_at timestamptz default now() not null,
    started_at timestamptz,
    completed_at timestamptz,
    timeout_at timestamptz,

    -- Results and metadata
    output_urls jsonb default '[]',
    processing_metadata jsonb default '{}',
    error_details jsonb,

    -- Resource usage
    gpu_time_seconds integer,
    memory_used_mb integer,
    cost_credits integer,

    created_at timestamptz default now() not null,
    updated_at timestamptz default now() not null
);

create index idx_generation_jobs_user_id on public.generation_jobs (user_id);
create index idx_generation_jobs_character_id on public.generation_jobs (character_id);
create index idx_generation_jobs_status on public.generation_jobs (status);
create index idx_generation_jobs_job_type on public.generation_jobs (job_type);
create index idx_generation_jobs_queued_at on public.generation_jobs (queued_at);
create index idx_generation_jobs_priority_status on public.generation_jobs (priority, status)
    where status in ('queued', 'processing');

comment on table public.generation_jobs is 'Image generation work queued for the GPU workers.';

-- canon:domain image generation
create table public.collections (
    id uuid primary key default gen_random_uuid(),
    user_id uuid not null references public.users (id) on delete cascade,

    -- Collection information
    name text not null,
    description text,
    cover_image_url text,

    -- Organization
    tags text[] default '{}',
    category text,
    theme text,

    -- Sharing and visibility
    is_public boolean default false,
    allow_collaboration boolean default false,
    collaboration_settings jsonb default '{}',

    -- Statistics
    character_count integer default 0,
    total_views integer default 0,
    total_likes integer default 0,

    created_at timestamptz default now() not null,
    updated_at timestamptz default now() not null
);

create index idx_collections_user_id on public.collections (user_id);
create index idx_collections_is_public on public.collections (is_public) where is_public = true;

comment on table public.collections is 'A named, optionally public set of characters.';

-- canon:domain image generation
create table public.collection_characters (
    collection_id uuid not null references public.collections (id) on delete cascade,
    character_id uuid not null references public.characters (id) on delete cascade,
    added_at timestamptz default now() not null,
    display_order integer,

    primary key (collection_id, character_id)
);

create index idx_collection_characters_character_id
    on public.collection_characters (character_id);

comment on table public.collection_characters is 'Which characters a collection holds, in order.';

-- canon:domain feedback
create table public.character_ratings (
    id uuid primary key default gen_random_uuid(),
    character_id uuid not null references public.characters (id) on delete cascade,
    user_id uuid not null references public.users (id) on delete cascade,

    rating integer not null check (rating between 1 and 5),
    review_text text,

    created_at timestamptz default now() not null,
    updated_at timestamptz default now() not null,

    unique (character_id, user_id)
);

-- character_id is the leading key of the UNIQUE constraint, which serves its lookups
-- (lint INT004, redundant-prefix-index); user_id needs its own index for the foreign key.
create index idx_character_ratings_user_id on public.character_ratings (user_id);
create index idx_character_ratings_rating on public.character_ratings (rating);

comment on table public.character_ratings is 'One rating (1-5) per account and character.';
