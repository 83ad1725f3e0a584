-- canon:domain analytics
create table public.tool_usage (
    id uuid primary key default gen_random_uuid(),
    tool_id text not null unique,
    count integer not null default 0,
    last_used_at timestamptz not null default now(),
    created_at timestamptz not null default now()
);

comment on table public.tool_usage is 'How often each tool ran (see increment_tool_usage).';
