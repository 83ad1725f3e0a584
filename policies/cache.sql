alter table public.infinite_pages_cache enable row level security;

create policy "infinite_pages_cache: owners read" on public.infinite_pages_cache
    for select to authenticated
    using (user_id = (select auth.uid()));

grant select on public.infinite_pages_cache to authenticated;
grant all on public.infinite_pages_cache to service_role;

alter table public.cache_rewards enable row level security;

create policy "cache_rewards: owners read" on public.cache_rewards
    for select to authenticated
    using (user_id = (select auth.uid()));

grant select on public.cache_rewards to authenticated;
grant all on public.cache_rewards to service_role;
