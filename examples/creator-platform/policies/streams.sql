alter table public.live_streams enable row level security;

create policy "live_streams: listed streams are public" on public.live_streams
    for select to anon, authenticated
    using (status <> 'cancelled' or creator_id = (select auth.uid()));
create policy "live_streams: creators schedule" on public.live_streams
    for insert to authenticated
    with check (creator_id = (select auth.uid())
                and exists (select 1 from public.users as u
                            where u.id = (select auth.uid()) and u.account_type = 'creator'));
create policy "live_streams: creators manage theirs" on public.live_streams
    for update to authenticated
    using (creator_id = (select auth.uid()))
    with check (creator_id = (select auth.uid()));

-- stream_key is not granted: creators read it through get_stream_key().
grant select (id, creator_id, title, description, status, is_premium, price, scheduled_start,
              started_at, ended_at, current_viewers, peak_viewers, created_at, updated_at)
    on public.live_streams to anon, authenticated;
grant insert (creator_id, title, description, is_premium, price, scheduled_start)
    on public.live_streams to authenticated;
grant update (title, description, status, is_premium, price, scheduled_start)
    on public.live_streams to authenticated;
grant all on public.live_streams to service_role;

alter table public.stream_access enable row level security;

create policy "stream_access: viewers and the stream's creator see it" on public.stream_access
    for select to authenticated
    using (user_id = (select auth.uid())
           or exists (select 1 from public.live_streams as s
                      where s.id = stream_access.stream_id
                        and s.creator_id = (select auth.uid())));

grant select on public.stream_access to authenticated;
grant all on public.stream_access to service_role;
