alter table public.audit_logs enable row level security;

create policy "audit_logs: staff read" on public.audit_logs
    for select to authenticated
    using ((select public.is_staff()));

grant select on public.audit_logs to authenticated;
grant all on public.audit_logs to service_role;

alter table public.system_logs enable row level security;

create policy "system_logs: service role only" on public.system_logs
    for all to service_role
    using (true)
    with check (true);

grant all on public.system_logs to service_role;
