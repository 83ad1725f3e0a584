alter table public.generated_content enable row level security;

create policy "generated_content: owners read" on public.generated_content
    for select to authenticated
    using (user_id = (select auth.uid()));
create policy "generated_content: owners create" on public.generated_content
    for insert to authenticated
    with check (user_id = (select auth.uid()));
create policy "generated_content: owners update" on public.generated_content
    for update to authenticated
    using (user_id = (select auth.uid()))
    with check (user_id = (select auth.uid()));
create policy "generated_content: owners delete" on public.generated_content
    for delete to authenticated
    using (user_id = (select auth.uid()));

grant select, delete on public.generated_content to authenticated;
grant insert (user_id, tool_id, inputs, output, provider, execution_time_ms, tool_name, title)
    on public.generated_content to authenticated;
grant update (is_favorite, title) on public.generated_content to authenticated;
grant all on public.generated_content to service_role;

alter table public.conversations enable row level security;

create policy "conversations: owners manage" on public.conversations
    for all to authenticated
    using (user_id = (select auth.uid()))
    with check (user_id = (select auth.uid()));

grant select, insert, update, delete on public.conversations to authenticated;
grant all on public.conversations to service_role;

alter table public.templates enable row level security;

create policy "templates: public templates" on public.templates
    for select to anon
    using (is_public);
create policy "templates: public templates and own" on public.templates
    for select to authenticated
    using (is_public or user_id = (select auth.uid()));
create policy "templates: owners create" on public.templates
    for insert to authenticated
    with check (user_id = (select auth.uid()));
create policy "templates: owners update" on public.templates
    for update to authenticated
    using (user_id = (select auth.uid()))
    with check (user_id = (select auth.uid()));
create policy "templates: owners delete" on public.templates
    for delete to authenticated
    using (user_id = (select auth.uid()));

grant select on public.templates to anon, authenticated;
grant insert (user_id, name, description, slug, tool_id, preset_inputs, category, tags,
              is_public)
    on public.templates to authenticated;
grant update (name, description, slug, tool_id, preset_inputs, category, tags, is_public)
    on public.templates to authenticated;
grant delete on public.templates to authenticated;
grant all on public.templates to service_role;
