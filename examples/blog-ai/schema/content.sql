-- canon:domain content generation
create table public.generated_content (
    id uuid primary key default gen_random_uuid(),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    tool_id text not null,
    inputs jsonb not null,
    output text not null,
    provider text not null default 'openai',
    execution_time_ms integer not null default 0,
    -- The owner; null for generations made before sign-in, which only the service sees.
    user_id uuid default auth.uid() references public.users (user_id) on delete cascade,
    is_favorite boolean not null default false,
    tool_name text,
    title text
);

create index idx_generated_content_tool_id on public.generated_content (tool_id);
create index idx_generated_content_created_at on public.generated_content (created_at desc);
create index idx_generated_content_user_id on public.generated_content (user_id);
create index idx_generated_content_is_favorite on public.generated_content (is_favorite)
    where is_favorite;
create index idx_generated_content_user_favorites
    on public.generated_content (user_id, created_at desc)
    where is_favorite;
create index idx_generated_content_title
    on public.generated_content using gin (to_tsvector('english', coalesce(title, '')));

comment on table public.generated_content is 'Every AI generation, for history and analytics.';

-- canon:domain content generation
create table public.conversations (
    id text primary key,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    user_id uuid not null default auth.uid()
        references public.users (user_id) on delete cascade,
    messages jsonb not null default '[]',
    metadata jsonb
);

create index idx_conversations_user_id on public.conversations (user_id, updated_at desc);
create index idx_conversations_created_at on public.conversations (created_at desc);
create index idx_conversations_updated_at on public.conversations (updated_at desc);

comment on table public.conversations is 'Chat history; the id is a UUID made by the frontend.';

-- canon:domain content generation
create table public.templates (
    id uuid primary key default gen_random_uuid(),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    name text not null,
    description text,
    slug text not null unique,
    tool_id text not null,
    preset_inputs jsonb not null default '{}',
    category text not null,
    tags text[] default '{}',
    is_public boolean not null default true,
    -- The owner; null for the built-in templates.
    user_id uuid default auth.uid() references public.users (user_id) on delete cascade,
    use_count integer not null default 0
);

create index idx_templates_tool_id on public.templates (tool_id);
create index idx_templates_category on public.templates (category);
create index idx_templates_tags on public.templates using gin (tags);
create index idx_templates_use_count on public.templates (use_count desc);
create index idx_templates_user_id on public.templates (user_id);

comment on table public.templates is 'Reusable presets of a tool''s inputs.';
