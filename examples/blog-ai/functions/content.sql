create function public.toggle_favorite(p_content_id uuid)
returns boolean
language plpgsql
set search_path = ''
as $$
declare
    v_favorite boolean;
begin
    update public.generated_content
    set is_favorite = not is_favorite
    where id = p_content_id
    returning is_favorite into v_favorite;
    if not found then
        raise exception 'no content % of yours', p_content_id using errcode = 'no_data_found';
    end if;
    return v_favorite;
end;
$$;

comment on function public.toggle_favorite(uuid) is
    'Flips the favorite flag of one of the caller''s generations; returns the new value.';

create function public.set_favorite(p_content_id uuid, p_is_favorite boolean)
returns boolean
language plpgsql
set search_path = ''
as $$
begin
    update public.generated_content
    set is_favorite = p_is_favorite
    where id = p_content_id;
    if not found then
        raise exception 'no content % of yours', p_content_id using errcode = 'no_data_found';
    end if;
    return p_is_favorite;
end;
$$;

comment on function public.set_favorite(uuid, boolean) is
    'Sets the favorite flag of one of the caller''s generations.';

create function public.upsert_conversation(
    p_id text,
    p_messages jsonb,
    p_metadata jsonb default null
)
returns public.conversations
language sql
set search_path = ''
as $$
    insert into public.conversations (id, messages, metadata)
    values (p_id, p_messages, p_metadata)
    on conflict (id) do update
        set messages = excluded.messages,
            metadata = coalesce(excluded.metadata, public.conversations.metadata)
    returning *;
$$;

comment on function public.upsert_conversation(text, jsonb, jsonb) is
    'Creates or replaces one of the caller''s conversations.';

create function public.add_conversation_message(p_id text, p_message jsonb)
returns public.conversations
language plpgsql
set search_path = ''
as $$
declare
    v_conversation public.conversations;
begin
    update public.conversations
    set messages = messages || jsonb_build_array(p_message)
    where id = p_id
    returning * into v_conversation;
    if not found then
        raise exception 'no conversation % of yours', p_id using errcode = 'no_data_found';
    end if;
    return v_conversation;
end;
$$;

comment on function public.add_conversation_message(text, jsonb) is
    'Appends a message to one of the caller''s conversations.';

create function public.increment_template_use_count(p_template_id uuid)
returns void
language plpgsql
security definer
set search_path = ''
as $$
begin
    update public.templates
    set use_count = use_count + 1
    where id = p_template_id
      and (is_public or user_id = (select auth.uid()));
    if not found then
        raise exception 'no template % visible to you', p_template_id
            using errcode = 'no_data_found';
    end if;
end;
$$;

comment on function public.increment_template_use_count(uuid) is
    'Counts a use of a template the caller can see (public or their own).';

revoke execute on function public.increment_template_use_count(uuid) from public, anon;
grant execute on function public.increment_template_use_count(uuid)
    to authenticated, service_role;
