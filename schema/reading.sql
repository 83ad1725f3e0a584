-- canon:domain reading
create table public.reading_progress (
    id uuid primary key default gen_random_uuid(),
    user_id uuid not null references public.profiles (id) on delete cascade,
    story_id uuid not null references public.stories (id) on delete cascade,
    chapter_id uuid references public.chapters (id) on delete set null,
    progress_percentage numeric(5, 2) not null default 0,
    reading_time_minutes integer not null default 0,
    last_read_at timestamptz not null default now(),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint reading_progress_user_story_key unique (user_id, story_id),
    constraint reading_progress_percentage_check check (progress_percentage between 0 and 100),
    constraint reading_progress_reading_time_check check (reading_time_minutes >= 0)
);

create index idx_reading_progress_story_id on public.reading_progress (story_id);
create index idx_reading_progress_chapter_id on public.reading_progress (chapter_id);

comment on table public.reading_progress is 'Where a reader is in a story, synced across devices.';

-- canon:domain reading
create table public.user_library (
    id uuid primary key default gen_random_uuid(),
    user_id uuid not null references public.profiles (id) on delete cascade,
    story_id uuid not null references public.stories (id) on delete cascade,
    added_at timestamptz not null default now(),
    is_favorite boolean not null default false,
    reading_status text not null default 'want_to_read',
    personal_rating smallint,
    personal_notes text,
    constraint user_library_user_story_key unique (user_id, story_id),
    constraint user_library_reading_status_check
        check (reading_status in ('want_to_read', 'reading', 'completed', 'dropped')),
    constraint user_library_personal_rating_check check (personal_rating between 1 and 5)
);

create index idx_user_library_story_id on public.user_library (story_id);

comment on table public.user_library is 'Stories a reader saved, with their own status and rating.';

-- canon:domain reading
create table public.exports (
    id uuid primary key default gen_random_uuid(),
    user_id uuid not null references public.profiles (id) on delete cascade,
    story_id uuid not null references public.stories (id) on delete cascade,
    export_format text not null,
    status text not null default 'pending',
    file_url text,
    file_size_bytes bigint,
    error_message text,
    expires_at timestamptz,
    created_at timestamptz not null default now(),
    completed_at timestamptz,
    constraint exports_export_format_check check (export_format in ('pdf', 'epub', 'docx', 'txt')),
    constraint exports_status_check
        check (status in ('pending', 'processing', 'completed', 'failed')),
    constraint exports_file_size_bytes_check check (file_size_bytes >= 0)
);

create index idx_exports_user_id on public.exports (user_id, created_at desc);
create index idx_exports_story_id on public.exports (story_id);

comment on table public.exports is 'Export requests of a story to a file, and the file once made.';
