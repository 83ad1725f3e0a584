alter table public.content_reports enable row level security;

create policy "content_reports: reporters and staff read" on public.content_reports
    for select to authenticated
    using (reporter_id = (select auth.uid()) or (select public.is_staff()));
create policy "content_reports: report as yourself" on public.content_reports
    for insert to authenticated
    with check (reporter_id = (select auth.uid()));
create policy "content_reports: staff work the queue" on public.content_reports
    for update to authenticated
    using ((select public.is_staff()))
    with check ((select public.is_staff()));

grant select on public.content_reports to authenticated;
grant insert (reporter_id, content_id, reported_user_id, report_type, description,
              evidence_urls)
    on public.content_reports to authenticated;
grant update (priority, status, assigned_moderator_id, resolution_notes, resolved_at)
    on public.content_reports to authenticated;
grant all on public.content_reports to service_role;

alter table public.content_moderation_actions enable row level security;

create policy "content_moderation_actions: staff and the creator read"
    on public.content_moderation_actions
    for select to authenticated
    using ((select public.is_staff())
           or exists (select 1 from public.content as c
                      where c.id = content_moderation_actions.content_id
                        and c.creator_id = (select auth.uid())));
create policy "content_moderation_actions: staff act as themselves"
    on public.content_moderation_actions
    for insert to authenticated
    with check ((select public.is_staff()) and moderator_id = (select auth.uid())
                and not is_automated);
create policy "content_moderation_actions: staff review" on public.content_moderation_actions
    for update to authenticated
    using ((select public.is_staff()))
    with check ((select public.is_staff()) and reviewed_by = (select auth.uid()));

grant select on public.content_moderation_actions to authenticated;
grant insert (content_id, report_id, moderator_id, action, reason)
    on public.content_moderation_actions to authenticated;
grant update (reviewed_by, reviewed_at, requires_human_review)
    on public.content_moderation_actions to authenticated;
grant all on public.content_moderation_actions to service_role;

alter table public.user_violations enable row level security;

create policy "user_violations: the account and staff read" on public.user_violations
    for select to authenticated
    using (user_id = (select auth.uid()) or (select public.is_staff()));
create policy "user_violations: staff issue as themselves" on public.user_violations
    for insert to authenticated
    with check ((select public.is_staff()) and issued_by = (select auth.uid()));
create policy "user_violations: staff resolve" on public.user_violations
    for update to authenticated
    using ((select public.is_staff()))
    with check ((select public.is_staff()));

grant select on public.user_violations to authenticated;
grant insert (user_id, violation_type, severity, description, evidence, action_taken,
              action_expires_at, issued_by, report_id)
    on public.user_violations to authenticated;
grant update (resolved_at) on public.user_violations to authenticated;
grant all on public.user_violations to service_role;
