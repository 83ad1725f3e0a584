create function public.get_stream_key(p_stream_id uuid)
returns uuid
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
    v_key uuid;
begin
    select s.stream_key into v_key
    from public.live_streams as s
    where s.id = p_stream_id and s.creator_id = (select auth.uid());
    if v_key is null then
        raise exception 'no stream % of yours', p_stream_id using errcode = 'no_data_found';
    end if;
    return v_key;
end;
$$;

comment on function public.get_stream_key(uuid) is
    'The broadcast key of one of the caller''s streams (the column is not granted to clients).';

revoke execute on function public.get_stream_key(uuid) from public, anon;
grant execute on function public.get_stream_key(uuid) to authenticated;
