alter table public.content_analytics enable row level security;

create policy "content_analytics: creators see their content's events"
    on public.content_analytics
    for select to authenticated
    using (exists (select 1 from public.content as c
                   where c.id = content_analytics.content_id
                     and c.creator_id = (select auth.uid())));

grant select on public.content_analytics to authenticated;
grant all on public.content_analytics to service_role;

alter table public.user_analytics enable row level security;

create policy "user_analytics: owners read" on public.user_analytics
    for select to authenticated
    using (user_id = (select auth.uid()));

grant select on public.user_analytics to authenticated;
grant all on public.user_analytics to service_role;

alter table public.revenue_analytics enable row level security;

create policy "revenue_analytics: creators read theirs" on public.revenue_analytics
    for select to authenticated
    using (creator_id = (select auth.uid()));

grant select on public.revenue_analytics to authenticated;
grant all on public.revenue_analytics to service_role;
