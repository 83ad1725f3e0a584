-- canon:domain analytics
create table public.user_activity_logs (
    id uuid primary key default gen_random_uuid(),
    user_id uuid references public.users (id) on delete set null,

    -- Activity details
    activity_type text not null,
    entity_type text,
    entity_id text,

    -- Context
    session_id text,
    ip_address inet,
    user_agent text,
    referrer text,

    metadata jsonb default '{}',

    created_at timestamptz default now() not null
);

create index idx_user_activity_logs_user_id on public.user_activity_logs (user_id, created_at);
create index idx_user_activity_logs_type on public.user_activity_logs (activity_type, created_at);

comment on table public.user_activity_logs is
    'What accounts did (login, character_created, image_generated, ...); kept after the '
    'account is deleted, without the link to it.';
