create function public.messages_update_conversation()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
    update public.conversations as c
    set last_message_at = new.created_at,
        creator_unread_count = c.creator_unread_count
            + case when new.sender_id = c.fan_id then 1 else 0 end,
        fan_unread_count = c.fan_unread_count
            + case when new.sender_id = c.creator_id then 1 else 0 end,
        creator_archived = false,
        fan_archived = false
    where c.id = new.conversation_id;
    return null;
end;
$$;

comment on function public.messages_update_conversation() is
    'Trigger function: a new message counts as unread for the other side and unarchives '
    'the conversation.';

revoke execute on function public.messages_update_conversation() from public, anon;

create trigger messages_update_conversation after insert on public.messages
    for each row execute function public.messages_update_conversation();

create function public.mark_conversation_read(p_conversation_id uuid)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
    v_me uuid := (select auth.uid());
    v_conversation public.conversations;
begin
    select * into v_conversation
    from public.conversations as c
    where c.id = p_conversation_id and v_me in (c.creator_id, c.fan_id)
    for update;
    if not found then
        raise exception 'no conversation % of yours', p_conversation_id
            using errcode = 'no_data_found';
    end if;
    update public.messages
    set read_at = now()
    where conversation_id = p_conversation_id and sender_id <> v_me and read_at is null;
    update public.conversations
    set creator_unread_count = case when v_me = v_conversation.creator_id then 0
                                    else creator_unread_count end,
        fan_unread_count = case when v_me = v_conversation.fan_id then 0
                                else fan_unread_count end
    where id = p_conversation_id;
end;
$$;

comment on function public.mark_conversation_read(uuid) is
    'Marks the other side''s messages read and clears the caller''s unread count.';

revoke execute on function public.mark_conversation_read(uuid) from public, anon;
grant execute on function public.mark_conversation_read(uuid) to authenticated;
