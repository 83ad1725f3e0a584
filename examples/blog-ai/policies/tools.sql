alter table public.tool_usage enable row level security;

create policy "tool_usage: anyone can read" on public.tool_usage
    for select to anon, authenticated
    using (true);

grant select on public.tool_usage to anon, authenticated;
grant all on public.tool_usage to service_role;
