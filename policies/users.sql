alter table public.profiles enable row level security;

create policy "profiles: owners read" on public.profiles
    for select to authenticated
    using (id = (select auth.uid()));
create policy "profiles: owners create their own" on public.profiles
    for insert to authenticated
    with check (id = (select auth.uid()));
create policy "profiles: owners update" on public.profiles
    for update to authenticated
    using (id = (select auth.uid()))
    with check (id = (select auth.uid()));

grant select on public.profiles to authenticated;
-- Subscription, token, earnings and Stripe columns are written by the service only.
grant insert (id, email, full_name, display_name) on public.profiles to authenticated;
grant update (full_name, display_name, onboarding_complete, writing_goals, preferred_genres,
              experience_level, writing_frequency)
    on public.profiles to authenticated;
grant all on public.profiles to service_role;

alter table public.subscription_usage enable row level security;

create policy "subscription_usage: owners read" on public.subscription_usage
    for select to authenticated
    using (user_id = (select auth.uid()));

grant select on public.subscription_usage to authenticated;
grant all on public.subscription_usage to service_role;
