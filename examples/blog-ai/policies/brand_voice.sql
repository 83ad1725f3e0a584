alter table public.brand_profiles enable row level security;

create policy "brand_profiles: owners manage" on public.brand_profiles
    for all to authenticated
    using (user_id = (select auth.uid()))
    with check (user_id = (select auth.uid()));

grant select, delete on public.brand_profiles to authenticated;
-- Training results are written by the voice trainer (service role).
grant insert (user_id, name, slug, tone_keywords, writing_style, example_content, industry,
              target_audience, preferred_words, avoid_words, brand_values, content_themes,
              is_active)
    on public.brand_profiles to authenticated;
grant update (name, slug, tone_keywords, writing_style, example_content, industry,
              target_audience, preferred_words, avoid_words, brand_values, content_themes,
              is_active, is_default)
    on public.brand_profiles to authenticated;
grant all on public.brand_profiles to service_role;

alter table public.voice_samples enable row level security;

create policy "voice_samples: profile owners manage" on public.voice_samples
    for all to authenticated
    using (exists (select 1 from public.brand_profiles as b
                   where b.id = voice_samples.profile_id
                     and b.user_id = (select auth.uid())))
    with check (exists (select 1 from public.brand_profiles as b
                        where b.id = voice_samples.profile_id
                          and b.user_id = (select auth.uid())));

grant select, delete on public.voice_samples to authenticated;
grant insert (profile_id, title, content, content_type, word_count, source_url,
              source_platform, is_primary_example)
    on public.voice_samples to authenticated;
grant update (title, content, content_type, word_count, source_url, source_platform,
              is_primary_example)
    on public.voice_samples to authenticated;
grant all on public.voice_samples to service_role;

alter table public.voice_fingerprints enable row level security;

create policy "voice_fingerprints: profile owners read" on public.voice_fingerprints
    for select to authenticated
    using (exists (select 1 from public.brand_profiles as b
                   where b.id = voice_fingerprints.profile_id
                     and b.user_id = (select auth.uid())));

grant select on public.voice_fingerprints to authenticated;
grant all on public.voice_fingerprints to service_role;

alter table public.voice_scores enable row level security;

create policy "voice_scores: profile owners read" on public.voice_scores
    for select to authenticated
    using (exists (select 1 from public.brand_profiles as b
                   where b.id = voice_scores.profile_id
                     and b.user_id = (select auth.uid())));

grant select on public.voice_scores to authenticated;
grant all on public.voice_scores to service_role;
