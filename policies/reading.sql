alter table public.reading_progress enable row level security;

create policy "reading_progress: owners manage" on public.reading_progress
    for all to authenticated
    using (user_id = (select auth.uid()))
    with check (user_id = (select auth.uid()));

grant select, insert, update, delete on public.reading_progress to authenticated;
grant all on public.reading_progress to service_role;

alter table public.user_library enable row level security;

create policy "user_library: owners manage" on public.user_library
    for all to authenticated
    using (user_id = (select auth.uid()))
    with check (user_id = (select auth.uid()));

grant select, insert, update, delete on public.user_library to authenticated;
grant all on public.user_library to service_role;

alter table public.exports enable row level security;

create policy "exports: owners read" on public.exports
    for select to authenticated
    using (user_id = (select auth.uid()));
create policy "exports: owners export readable stories" on public.exports
    for insert to authenticated
    with check (user_id = (select auth.uid())
                and exists (select 1 from public.stories as s where s.id = exports.story_id));
create policy "exports: owners delete" on public.exports
    for delete to authenticated
    using (user_id = (select auth.uid()));

grant select, delete on public.exports to authenticated;
grant insert (user_id, story_id, export_format) on public.exports to authenticated;
grant all on public.exports to service_role;
