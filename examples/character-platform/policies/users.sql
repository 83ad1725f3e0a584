alter table public.users enable row level security;

create policy "users: read own account" on public.users
    for select to authenticated
    using (auth0_id = (select auth.jwt() ->> 'sub'));
create policy "users: update own account" on public.users
    for update to authenticated
    using (auth0_id = (select auth.jwt() ->> 'sub'))
    with check (auth0_id = (select auth.jwt() ->> 'sub'));

grant select on public.users to authenticated;
-- Quotas, statistics, subscription and status columns are the service's to write.
grant update (display_name, avatar_url, preferred_language, timezone, notification_settings,
              profile_visibility, allow_gallery_showcase, content_filter_level)
    on public.users to authenticated;
grant all on public.users to service_role;

alter table public.user_profiles enable row level security;

create policy "user_profiles: owners manage" on public.user_profiles
    for all to authenticated
    using (user_id = (select public.current_app_user_id()))
    with check (user_id = (select public.current_app_user_id()));

grant select, insert, update, delete on public.user_profiles to authenticated;
grant all on public.user_profiles to service_role;
