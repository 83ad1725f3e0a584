create function public.increment_tool_usage(p_tool_id text)
returns void
language sql
security definer
set search_path = ''
as $$
    insert into public.tool_usage (tool_id, count, last_used_at)
    values (p_tool_id, 1, now())
    on conflict (tool_id) do update
        set count = public.tool_usage.count + 1,
            last_used_at = excluded.last_used_at;
$$;

comment on function public.increment_tool_usage(text) is
    'Counts one run of a tool, atomically.';

revoke execute on function public.increment_tool_usage(text) from public, anon;
grant execute on function public.increment_tool_usage(text) to authenticated, service_role;

create function public.get_tool_stats()
returns table (tool_id text, count integer, last_used_at timestamptz)
language sql
stable
set search_path = ''
as $$
    select t.tool_id, t.count, t.last_used_at
    from public.tool_usage as t
    order by t.count desc, t.tool_id;
$$;

comment on function public.get_tool_stats() is 'Tools by popularity.';
