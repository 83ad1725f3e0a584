-- canon:domain ai usage
create table public.generation_logs (
    id uuid primary key default gen_random_uuid(),
    user_id uuid not null references public.profiles (id) on delete cascade,
    story_id uuid references public.stories (id) on delete set null,
    chapter_id uuid references public.chapters (id) on delete set null,
    operation_type text not null,
    tokens_input integer not null default 0,
    tokens_output integer not null default 0,
    cost_usd numeric(14, 6) not null default 0,
    created_at timestamptz not null default now(),
    constraint generation_logs_tokens_check check (tokens_input >= 0 and tokens_output >= 0)
);

create index idx_generation_logs_user_created on public.generation_logs (user_id, created_at desc);
create index idx_generation_logs_story_id on public.generation_logs (story_id);
create index idx_generation_logs_chapter_id on public.generation_logs (chapter_id);

comment on table public.generation_logs is
    'Legacy token accounting per generation; new code writes ai_usage_logs.';

-- canon:domain ai usage
create table public.ai_usage_logs (
    id uuid primary key default gen_random_uuid(),
    user_id uuid not null references public.profiles (id) on delete cascade,
    story_id uuid references public.stories (id) on delete set null,
    chapter_id uuid references public.chapters (id) on delete set null,
    operation_type text not null,
    tokens_input integer not null default 0,
    tokens_output integer not null default 0,
    actual_cost_usd numeric(14, 6) not null default 0,
    charged_amount_usd numeric(14, 6) not null default 0,
    markup_percentage numeric(6, 2) not null default 0,
    ai_model_used text,
    generation_time_seconds numeric(10, 3),
    created_at timestamptz not null default now(),
    constraint ai_usage_logs_operation_type_check
        check (operation_type in ('foundation', 'character', 'cover', 'chapter', 'improvement')),
    constraint ai_usage_logs_tokens_check check (tokens_input >= 0 and tokens_output >= 0),
    constraint ai_usage_logs_cost_check check (actual_cost_usd >= 0 and charged_amount_usd >= 0)
);

create index idx_ai_usage_logs_user_created on public.ai_usage_logs (user_id, created_at desc);
create index idx_ai_usage_logs_story_id on public.ai_usage_logs (story_id);
create index idx_ai_usage_logs_chapter_id on public.ai_usage_logs (chapter_id);

comment on table public.ai_usage_logs is
    'Every AI operation with its real cost and what the account was charged.';
