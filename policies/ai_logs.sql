alter table public.generation_logs enable row level security;

create policy "generation_logs: owners read" on public.generation_logs
    for select to authenticated
    using (user_id = (select auth.uid()));

grant select on public.generation_logs to authenticated;
grant all on public.generation_logs to service_role;

alter table public.ai_usage_logs enable row level security;

create policy "ai_usage_logs: owners read" on public.ai_usage_logs
    for select to authenticated
    using (user_id = (select auth.uid()));

grant select on public.ai_usage_logs to authenticated;
grant all on public.ai_usage_logs to service_role;
