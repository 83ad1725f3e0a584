-- canon:domain audit
create table public.audit_logs (
    id bigint generated always as identity primary key,
    actor_id uuid references public.users (id) on delete set null,
    admin_id uuid references public.users (id) on delete set null,
    action text not null,
    entity_type text not null,
    entity_id text,
    old_values jsonb,
    new_values jsonb,
    ip_address inet,
    user_agent text,
    severity public.priority not null default 'low',
    description text,
    created_at timestamptz not null default now()
);

create index idx_audit_logs_created_at on public.audit_logs (created_at desc);
create index idx_audit_logs_actor on public.audit_logs (actor_id);
create index idx_audit_logs_admin on public.audit_logs (admin_id);
create index idx_audit_logs_entity on public.audit_logs (entity_type, entity_id);

comment on table public.audit_logs is
    'Who changed what (before and after), for compliance and security; kept seven years.';

-- canon:domain audit
create table public.system_logs (
    id bigint generated always as identity primary key,
    level public.log_level not null,
    service text not null,
    component text,
    message text not null,
    stack_trace text,
    request_id text,
    session_id text,
    user_id uuid references public.users (id) on delete set null,
    metadata jsonb not null default '{}',
    created_at timestamptz not null default now()
);

create index idx_system_logs_level on public.system_logs (level, created_at desc);
create index idx_system_logs_user on public.system_logs (user_id);
create index idx_system_logs_request on public.system_logs (request_id);

comment on table public.system_logs is 'Technical logs of the services; kept ninety days.';
