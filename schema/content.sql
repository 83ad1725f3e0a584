-- canon:domain content
create table public.stories (
    id uuid primary key default gen_random_uuid(),
    user_id uuid not null references public.profiles (id) on delete cascade,
    title text not null,
    genre text,
    premise text,
    foundation jsonb,
    outline jsonb,
    status text not null default 'draft',
    word_count integer not null default 0,
    chapter_count integer not null default 0,
    total_tokens_used bigint not null default 0,
    total_cost_usd numeric(14, 6) not null default 0,
    published_at timestamptz,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint stories_status_check
        check (status in ('draft', 'in_progress', 'completed', 'published')),
    constraint stories_title_check check (length(title) between 1 and 300)
);

create index idx_stories_user_id on public.stories (user_id);
create index idx_stories_published on public.stories (published_at desc)
    where status = 'published';
create index idx_stories_genre on public.stories (genre);

comment on table public.stories is 'A story: its metadata, generation state and metrics.';
comment on column public.stories.word_count is
    'Sum of the chapters'' word counts, kept by the chapters_story_metrics trigger.';
comment on column public.stories.chapter_count is
    'Number of chapters, kept by the chapters_story_metrics trigger.';
comment on column public.stories.total_tokens_used is
    'Input plus output tokens of every chapter, kept by the chapters_story_metrics trigger.';

-- canon:domain content
create table public.chapters (
    id uuid primary key default gen_random_uuid(),
    story_id uuid not null references public.stories (id) on delete cascade,
    chapter_number integer not null,
    title text,
    content text not null default '',
    summary text,
    word_count integer not null default 0,
    tokens_used_input integer not null default 0,
    tokens_used_output integer not null default 0,
    generation_cost_usd numeric(14, 6) not null default 0,
    prompt_type text,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint chapters_story_number_key unique (story_id, chapter_number),
    constraint chapters_chapter_number_check check (chapter_number > 0),
    constraint chapters_metrics_check
        check (word_count >= 0 and tokens_used_input >= 0 and tokens_used_output >= 0
               and generation_cost_usd >= 0)
);

comment on table public.chapters is 'A chapter of a story, with its generation cost.';

-- canon:domain content
create table public.story_covers (
    id uuid primary key default gen_random_uuid(),
    story_id uuid not null references public.stories (id) on delete cascade,
    cover_url text not null,
    cover_style text not null default 'artistic',
    generation_prompt text,
    is_primary boolean not null default false,
    generation_cost numeric(14, 6) not null default 0,
    sd_model_used text,
    created_at timestamptz not null default now(),
    constraint story_covers_cover_style_check
        check (cover_style in ('realistic', 'artistic', 'fantasy', 'minimalist', 'vintage'))
);

create index idx_story_covers_story_id on public.story_covers (story_id);
create unique index story_covers_one_primary on public.story_covers (story_id)
    where is_primary;

comment on table public.story_covers is 'Generated cover images; at most one primary per story.';

-- canon:domain content
create table public.cover_generation_queue (
    id uuid primary key default gen_random_uuid(),
    story_id uuid not null references public.stories (id) on delete cascade,
    user_id uuid not null references public.profiles (id) on delete cascade,
    generation_prompt text not null,
    cover_style text not null default 'artistic',
    status text not null default 'pending',
    priority integer not null default 5,
    retry_count integer not null default 0,
    error_message text,
    webui_task_id text,
    estimated_completion timestamptz,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint cover_generation_queue_cover_style_check
        check (cover_style in ('realistic', 'artistic', 'fantasy', 'minimalist', 'vintage')),
    constraint cover_generation_queue_status_check
        check (status in ('pending', 'generating', 'completed', 'failed')),
    constraint cover_generation_queue_priority_check check (priority between 1 and 10),
    constraint cover_generation_queue_retry_count_check check (retry_count >= 0)
);

create index idx_cover_generation_queue_story_id on public.cover_generation_queue (story_id);
create index idx_cover_generation_queue_user_id on public.cover_generation_queue (user_id);
create index idx_cover_generation_queue_pending
    on public.cover_generation_queue (priority desc, created_at)
    where status = 'pending';

comment on table public.cover_generation_queue is
    'Cover generation requests, taken in priority order by the image workers.';
