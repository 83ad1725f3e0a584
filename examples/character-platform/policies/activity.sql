alter table public.user_activity_logs enable row level security;

-- Activity is written and read by the backend only.
create policy "user_activity_logs: service role only" on public.user_activity_logs
    for all to service_role
    using (true)
    with check (true);

grant all on public.user_activity_logs to service_role;
