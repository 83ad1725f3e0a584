alter table public.content enable row level security;

create policy "content: free published posts" on public.content
    for select to anon
    using (status = 'published' and deleted_at is null
           and not is_premium and not requires_subscription);
-- Free posts, posts of creators the caller subscribes to (a cancelled subscription runs to
-- the end of its period), premium posts the caller bought, and the caller's own posts.
create policy "content: posts the caller may see" on public.content
    for select to authenticated
    using (creator_id = (select auth.uid())
           or (status = 'published' and deleted_at is null and (
                   (not is_premium and not requires_subscription)
                   or (not is_premium and exists (
                       select 1 from public.subscriptions as s
                       where s.subscriber_id = (select auth.uid())
                         and s.creator_id = content.creator_id
                         and (s.status = 'active'
                              or (s.status = 'cancelled' and s.current_period_end > now()))))
                   or (is_premium and exists (
                       select 1 from public.transactions as t
                       where t.user_id = (select auth.uid())
                         and t.content_id = content.id
                         and t.transaction_type = 'content_purchase'
                         and t.status = 'completed')))));
create policy "content: creators post" on public.content
    for insert to authenticated
    with check (creator_id = (select auth.uid())
                and exists (select 1 from public.users as u
                            where u.id = (select auth.uid())
                              and u.account_type = 'creator'
                              and u.account_status = 'active'));
create policy "content: creators edit their posts" on public.content
    for update to authenticated
    using (creator_id = (select auth.uid()))
    with check (creator_id = (select auth.uid()));
create policy "content: creators delete their posts" on public.content
    for delete to authenticated
    using (creator_id = (select auth.uid()));

grant select on public.content to anon, authenticated;
-- Counters are kept by triggers; moderation status changes come from the service.
grant insert (creator_id, content_type, title, body, media_url, thumbnail_url,
              media_duration_seconds, is_premium, price, requires_subscription, status,
              scheduled_for, published_at, content_warning, age_restricted)
    on public.content to authenticated;
grant update (title, body, media_url, thumbnail_url, media_duration_seconds, is_premium, price,
              requires_subscription, status, scheduled_for, published_at, content_warning,
              age_restricted, deleted_at)
    on public.content to authenticated;
grant delete on public.content to authenticated;
grant all on public.content to service_role;

alter table public.likes enable row level security;

create policy "likes: on posts the caller can see" on public.likes
    for select to authenticated
    using (exists (select 1 from public.content as c where c.id = likes.content_id));
create policy "likes: like as yourself" on public.likes
    for insert to authenticated
    with check (user_id = (select auth.uid())
                and exists (select 1 from public.content as c where c.id = likes.content_id));
create policy "likes: unlike your own" on public.likes
    for delete to authenticated
    using (user_id = (select auth.uid()));

grant select, delete on public.likes to authenticated;
grant insert (content_id, user_id) on public.likes to authenticated;
grant all on public.likes to service_role;

alter table public.comments enable row level security;

create policy "comments: visible comments on visible posts" on public.comments
    for select to anon, authenticated
    using ((not is_hidden and deleted_at is null
            or user_id = (select auth.uid()))
           and exists (select 1 from public.content as c where c.id = comments.content_id));
create policy "comments: comment as yourself on visible posts" on public.comments
    for insert to authenticated
    with check (user_id = (select auth.uid())
                and exists (select 1 from public.content as c where c.id = comments.content_id));
create policy "comments: authors edit, creators pin" on public.comments
    for update to authenticated
    using (user_id = (select auth.uid())
           or exists (select 1 from public.content as c
                      where c.id = comments.content_id and c.creator_id = (select auth.uid())))
    with check (user_id = (select auth.uid())
                or exists (select 1 from public.content as c
                           where c.id = comments.content_id
                             and c.creator_id = (select auth.uid())));

grant select on public.comments to anon, authenticated;
grant insert (content_id, user_id, parent_comment_id, body) on public.comments
    to authenticated;
grant update (body, edited_at, deleted_at, is_pinned) on public.comments to authenticated;
grant all on public.comments to service_role;

alter table public.follows enable row level security;

create policy "follows: the follower and the followed see it" on public.follows
    for select to authenticated
    using (follower_id = (select auth.uid()) or following_id = (select auth.uid()));
create policy "follows: follow as yourself" on public.follows
    for insert to authenticated
    with check (follower_id = (select auth.uid()));
create policy "follows: change your notification setting" on public.follows
    for update to authenticated
    using (follower_id = (select auth.uid()))
    with check (follower_id = (select auth.uid()));
create policy "follows: unfollow" on public.follows
    for delete to authenticated
    using (follower_id = (select auth.uid()));

grant select, delete on public.follows to authenticated;
grant insert (follower_id, following_id, notify_on_post) on public.follows to authenticated;
grant update (notify_on_post) on public.follows to authenticated;
grant all on public.follows to service_role;

alter table public.notifications enable row level security;

create policy "notifications: owners read" on public.notifications
    for select to authenticated
    using (user_id = (select auth.uid()));
create policy "notifications: owners mark read" on public.notifications
    for update to authenticated
    using (user_id = (select auth.uid()))
    with check (user_id = (select auth.uid()));
create policy "notifications: owners dismiss" on public.notifications
    for delete to authenticated
    using (user_id = (select auth.uid()));

grant select, delete on public.notifications to authenticated;
grant update (read_at) on public.notifications to authenticated;
grant all on public.notifications to service_role;
