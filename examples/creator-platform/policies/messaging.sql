alter table public.conversations enable row level security;

create policy "conversations: participants read" on public.conversations
    for select to authenticated
    using ((select auth.uid()) in (creator_id, fan_id));
create policy "conversations: participants start one" on public.conversations
    for insert to authenticated
    with check ((select auth.uid()) in (creator_id, fan_id)
                and exists (select 1 from public.users as u
                            where u.id = conversations.creator_id
                              and u.account_type = 'creator'));
create policy "conversations: participants archive" on public.conversations
    for update to authenticated
    using ((select auth.uid()) in (creator_id, fan_id))
    with check ((select auth.uid()) in (creator_id, fan_id));

grant select on public.conversations to authenticated;
grant insert (creator_id, fan_id) on public.conversations to authenticated;
grant update (creator_archived, fan_archived) on public.conversations to authenticated;
grant all on public.conversations to service_role;

alter table public.messages enable row level security;

create policy "messages: participants read" on public.messages
    for select to authenticated
    using (exists (select 1 from public.conversations as c
                   where c.id = messages.conversation_id));
create policy "messages: participants send as themselves" on public.messages
    for insert to authenticated
    with check (sender_id = (select auth.uid())
                and exists (select 1 from public.conversations as c
                            where c.id = messages.conversation_id));

grant select on public.messages to authenticated;
grant insert (conversation_id, sender_id, body, media_urls, media_type, is_premium, price)
    on public.messages to authenticated;
grant all on public.messages to service_role;
