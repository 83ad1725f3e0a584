create function public.is_staff()
returns boolean
language sql
stable
set search_path = ''
as $$
    select exists (
        select 1
        from public.users as u
        where u.id = (select auth.uid())
          and u.account_type in ('admin', 'moderator')
          and u.account_status = 'active'
    );
$$;

comment on function public.is_staff() is
    'Whether the caller is an active admin or moderator.';

grant execute on function public.is_staff() to authenticated, service_role;
