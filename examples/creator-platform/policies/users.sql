alter table public.users enable row level security;

create policy "users: active accounts are public, owners see their own" on public.users
    for select to anon, authenticated
    using ((account_status = 'active' and deleted_at is null) or id = (select auth.uid()));
create policy "users: sign up as yourself" on public.users
    for insert to authenticated
    with check (id = (select auth.uid()));
create policy "users: owners update" on public.users
    for update to authenticated
    using (id = (select auth.uid()))
    with check (id = (select auth.uid()));

-- Email and date of birth are not part of the public profile.
grant select (id, username, display_name, account_type, account_status, subscription_price,
              age_verified, deleted_at, created_at)
    on public.users to anon, authenticated;
grant insert (id, username, email, display_name, date_of_birth) on public.users
    to authenticated;
grant update (username, display_name, subscription_price, last_seen_at) on public.users
    to authenticated;
grant all on public.users to service_role;

alter table public.user_profiles enable row level security;

create policy "user_profiles: public" on public.user_profiles
    for select to anon, authenticated
    using (true);
create policy "user_profiles: owners create" on public.user_profiles
    for insert to authenticated
    with check (user_id = (select auth.uid()));
create policy "user_profiles: owners update" on public.user_profiles
    for update to authenticated
    using (user_id = (select auth.uid()))
    with check (user_id = (select auth.uid()));

grant select on public.user_profiles to anon, authenticated;
grant insert, update on public.user_profiles to authenticated;
grant all on public.user_profiles to service_role;
