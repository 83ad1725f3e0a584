-- canon:domain moderation
create table public.content_reports (
    id uuid primary key default gen_random_uuid(),
    reporter_id uuid references public.users (id) on delete set null,
    content_id uuid references public.content (id) on delete cascade,
    reported_user_id uuid references public.users (id) on delete cascade,
    report_type public.report_type not null,
    description text,
    evidence_urls text[] not null default '{}',
    priority public.priority not null default 'medium',
    status public.report_status not null default 'pending',
    assigned_moderator_id uuid references public.users (id) on delete set null,
    resolution_notes text,
    resolved_at timestamptz,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint content_reports_subject_check
        check (content_id is not null or reported_user_id is not null)
);

create index idx_content_reports_status on public.content_reports (status);
create index idx_content_reports_queue on public.content_reports (priority desc, created_at)
    where status in ('pending', 'under_review', 'escalated');
create index idx_content_reports_reporter on public.content_reports (reporter_id);
create index idx_content_reports_content on public.content_reports (content_id);
create index idx_content_reports_reported_user on public.content_reports (reported_user_id);
create index idx_content_reports_moderator on public.content_reports (assigned_moderator_id);

comment on table public.content_reports is
    'Reports of content or accounts, worked by moderators in priority order.';

-- canon:domain moderation
create table public.content_moderation_actions (
    id uuid primary key default gen_random_uuid(),
    content_id uuid not null references public.content (id) on delete cascade,
    report_id uuid references public.content_reports (id) on delete set null,
    moderator_id uuid references public.users (id) on delete set null,
    action public.moderation_action not null,
    reason text,
    is_automated boolean not null default false,
    ai_confidence numeric(5, 4),
    requires_human_review boolean not null default false,
    reviewed_by uuid references public.users (id) on delete set null,
    reviewed_at timestamptz,
    created_at timestamptz not null default now(),
    constraint content_moderation_actions_confidence_check
        check (ai_confidence between 0 and 1
               and (is_automated or ai_confidence is null)),
    constraint content_moderation_actions_actor_check
        check (is_automated or moderator_id is not null)
);

create index idx_moderation_actions_content on public.content_moderation_actions (content_id);
create index idx_moderation_actions_report on public.content_moderation_actions (report_id);
create index idx_moderation_actions_moderator on public.content_moderation_actions (moderator_id);
create index idx_moderation_actions_reviewer on public.content_moderation_actions (reviewed_by);
create index idx_moderation_actions_review_queue on public.content_moderation_actions (created_at)
    where requires_human_review and reviewed_at is null;

comment on table public.content_moderation_actions is
    'Decisions on content, by moderators or by the AI classifier (with its confidence).';

-- canon:domain moderation
create table public.user_violations (
    id uuid primary key default gen_random_uuid(),
    user_id uuid not null references public.users (id) on delete cascade,
    violation_type public.report_type not null,
    severity public.priority not null,
    description text not null,
    evidence jsonb not null default '{}',
    action_taken public.enforcement_action not null,
    action_expires_at timestamptz,
    issued_by uuid references public.users (id) on delete set null,
    report_id uuid references public.content_reports (id) on delete set null,
    resolved_at timestamptz,
    created_at timestamptz not null default now(),
    constraint user_violations_expiry_check
        check (action_taken <> 'temporary_suspension' or action_expires_at is not null)
);

create index idx_user_violations_user on public.user_violations (user_id, created_at desc);
create index idx_user_violations_issuer on public.user_violations (issued_by);
create index idx_user_violations_report on public.user_violations (report_id);

comment on table public.user_violations is
    'Policy violations of an account and the enforcement taken (warning to permanent ban).';
