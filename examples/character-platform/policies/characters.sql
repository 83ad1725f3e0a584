alter table public.characters enable row level security;

create policy "characters: public characters" on public.characters
    for select to anon
    using (is_public);
create policy "characters: public characters and own" on public.characters
    for select to authenticated
    using (is_public or user_id = (select public.current_app_user_id()));
create policy "characters: owners create" on public.characters
    for insert to authenticated
    with check (user_id = (select public.current_app_user_id()));
create policy "characters: owners update" on public.characters
    for update to authenticated
    using (user_id = (select public.current_app_user_id()))
    with check (user_id = (select public.current_app_user_id()));
create policy "characters: owners delete" on public.characters
    for delete to authenticated
    using (user_id = (select public.current_app_user_id()));

grant select on public.characters to anon, authenticated;
-- Status, images, featuring and engagement counters are written by the service.
grant insert (user_id, name, description, prompt, negative_prompt, style_type, art_style, mood,
              color_palette, model_version, generation_seed, cfg_scale, steps, sampler,
              collection_id, tags, is_public, allow_commercial_use, license_type,
              parent_character_id, variant_type)
    on public.characters to authenticated;
grant update (name, description, collection_id, tags, is_public, allow_commercial_use,
              license_type)
    on public.characters to authenticated;
grant delete on public.characters to authenticated;
grant all on public.characters to service_role;

alter table public.generation_jobs enable row level security;

create policy "generation_jobs: owners read" on public.generation_jobs
    for select to authenticated
    using (user_id = (select public.current_app_user_id()));

grant select on public.generation_jobs to authenticated;
grant all on public.generation_jobs to service_role;

alter table public.collections enable row level security;

create policy "collections: public collections" on public.collections
    for select to anon
    using (is_public);
create policy "collections: public collections and own" on public.collections
    for select to authenticated
    using (is_public or user_id = (select public.current_app_user_id()));
create policy "collections: owners create" on public.collections
    for insert to authenticated
    with check (user_id = (select public.current_app_user_id()));
create policy "collections: owners update" on public.collections
    for update to authenticated
    using (user_id = (select public.current_app_user_id()))
    with check (user_id = (select public.current_app_user_id()));
create policy "collections: owners delete" on public.collections
    for delete to authenticated
    using (user_id = (select public.current_app_user_id()));

grant select on public.collections to anon, authenticated;
grant insert (user_id, name, description, cover_image_url, tags, category, theme, is_public,
              allow_collaboration, collaboration_settings)
    on public.collections to authenticated;
grant update (name, description, cover_image_url, tags, category, theme, is_public,
              allow_collaboration, collaboration_settings)
    on public.collections to authenticated;
grant delete on public.collections to authenticated;
grant all on public.collections to service_role;

alter table public.collection_characters enable row level security;

create policy "collection_characters: readable with the collection"
    on public.collection_characters
    for select to anon, authenticated
    using (exists (select 1 from public.collections as c
                   where c.id = collection_characters.collection_id));
create policy "collection_characters: collection owners add own characters"
    on public.collection_characters
    for insert to authenticated
    with check (exists (select 1 from public.collections as c
                        where c.id = collection_characters.collection_id
                          and c.user_id = (select public.current_app_user_id()))
                and exists (select 1 from public.characters as ch
                            where ch.id = collection_characters.character_id
                              and ch.user_id = (select public.current_app_user_id())));
create policy "collection_characters: collection owners reorder"
    on public.collection_characters
    for update to authenticated
    using (exists (select 1 from public.collections as c
                   where c.id = collection_characters.collection_id
                     and c.user_id = (select public.current_app_user_id())));
create policy "collection_characters: collection owners remove"
    on public.collection_characters
    for delete to authenticated
    using (exists (select 1 from public.collections as c
                   where c.id = collection_characters.collection_id
                     and c.user_id = (select public.current_app_user_id())));

grant select on public.collection_characters to anon, authenticated;
grant insert, delete on public.collection_characters to authenticated;
grant update (display_order) on public.collection_characters to authenticated;
grant all on public.collection_characters to service_role;

alter table public.character_ratings enable row level security;

create policy "character_ratings: ratings of visible characters" on public.character_ratings
    for select to anon, authenticated
    using (exists (select 1 from public.characters as ch
                   where ch.id = character_ratings.character_id));
create policy "character_ratings: raters rate visible characters" on public.character_ratings
    for insert to authenticated
    with check (user_id = (select public.current_app_user_id())
                and exists (select 1 from public.characters as ch
                            where ch.id = character_ratings.character_id));
create policy "character_ratings: raters update" on public.character_ratings
    for update to authenticated
    using (user_id = (select public.current_app_user_id()))
    with check (user_id = (select public.current_app_user_id()));
create policy "character_ratings: raters delete" on public.character_ratings
    for delete to authenticated
    using (user_id = (select public.current_app_user_id()));

grant select on public.character_ratings to anon, authenticated;
grant insert (character_id, user_id, rating, review_text) on public.character_ratings
    to authenticated;
grant update (rating, review_text) on public.character_ratings to authenticated;
grant delete on public.character_ratings to authenticated;
grant all on public.character_ratings to service_role;
