alter table public.stories enable row level security;

create policy "stories: published are public, owners read theirs" on public.stories
    for select to anon, authenticated
    using (status = 'published' or user_id = (select auth.uid()));
create policy "stories: owners create" on public.stories
    for insert to authenticated
    with check (user_id = (select auth.uid()));
create policy "stories: owners update" on public.stories
    for update to authenticated
    using (user_id = (select auth.uid()))
    with check (user_id = (select auth.uid()));
create policy "stories: owners delete" on public.stories
    for delete to authenticated
    using (user_id = (select auth.uid()));

grant select on public.stories to anon, authenticated;
-- Metrics are kept by the chapters trigger, not written by clients.
grant insert (user_id, title, genre, premise, foundation, outline, status, published_at)
    on public.stories to authenticated;
grant update (title, genre, premise, foundation, outline, status, published_at)
    on public.stories to authenticated;
grant delete on public.stories to authenticated;
grant all on public.stories to service_role;

alter table public.chapters enable row level security;

create policy "chapters: readable with their story" on public.chapters
    for select to anon, authenticated
    using (exists (select 1 from public.stories as s
                   where s.id = chapters.story_id
                     and (s.status = 'published' or s.user_id = (select auth.uid()))));
create policy "chapters: story owners create" on public.chapters
    for insert to authenticated
    with check (exists (select 1 from public.stories as s
                   where s.id = chapters.story_id
                     and s.user_id = (select auth.uid())));
create policy "chapters: story owners update" on public.chapters
    for update to authenticated
    using (exists (select 1 from public.stories as s
                   where s.id = chapters.story_id
                     and s.user_id = (select auth.uid())))
    with check (exists (select 1 from public.stories as s
                   where s.id = chapters.story_id
                     and s.user_id = (select auth.uid())));
create policy "chapters: story owners delete" on public.chapters
    for delete to authenticated
    using (exists (select 1 from public.stories as s
                   where s.id = chapters.story_id
                     and s.user_id = (select auth.uid())));

grant select on public.chapters to anon, authenticated;
-- Token counts and costs come from the generation service.
grant insert (story_id, chapter_number, title, content, summary, word_count)
    on public.chapters to authenticated;
grant update (chapter_number, title, content, summary, word_count)
    on public.chapters to authenticated;
grant delete on public.chapters to authenticated;
grant all on public.chapters to service_role;

alter table public.story_covers enable row level security;

create policy "story_covers: readable with their story" on public.story_covers
    for select to anon, authenticated
    using (exists (select 1 from public.stories as s
                   where s.id = story_covers.story_id
                     and (s.status = 'published' or s.user_id = (select auth.uid()))));
create policy "story_covers: story owners choose the primary cover" on public.story_covers
    for update to authenticated
    using (exists (select 1 from public.stories as s
                   where s.id = story_covers.story_id
                     and s.user_id = (select auth.uid())))
    with check (exists (select 1 from public.stories as s
                        where s.id = story_covers.story_id
                     and s.user_id = (select auth.uid())));
create policy "story_covers: story owners delete" on public.story_covers
    for delete to authenticated
    using (exists (select 1 from public.stories as s
                   where s.id = story_covers.story_id
                     and s.user_id = (select auth.uid())));

grant select on public.story_covers to anon, authenticated;
grant update (is_primary) on public.story_covers to authenticated;
grant delete on public.story_covers to authenticated;
grant all on public.story_covers to service_role;

alter table public.cover_generation_queue enable row level security;

create policy "cover_generation_queue: owners read" on public.cover_generation_queue
    for select to authenticated
    using (user_id = (select auth.uid()));
create policy "cover_generation_queue: owners request covers of their stories"
    on public.cover_generation_queue
    for insert to authenticated
    with check (user_id = (select auth.uid())
                and exists (select 1 from public.stories as s
                            where s.id = cover_generation_queue.story_id
                              and s.user_id = (select auth.uid())));
create policy "cover_generation_queue: owners cancel" on public.cover_generation_queue
    for delete to authenticated
    using (user_id = (select auth.uid()) and status = 'pending');

grant select, delete on public.cover_generation_queue to authenticated;
grant insert (story_id, user_id, generation_prompt, cover_style)
    on public.cover_generation_queue to authenticated;
grant all on public.cover_generation_queue to service_role;
