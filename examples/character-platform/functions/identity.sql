create function public.current_app_user_id()
returns uuid
language sql
stable
security definer
set search_path = ''
as $$
    select u.id
    from public.users as u
    where u.auth0_id = (select auth.jwt() ->> 'sub');
$$;

comment on function public.current_app_user_id() is
    'The users.id of the caller: the account whose auth0_id is the JWT subject. Runs as its '
    'owner so that policies on users can use it without recursing into themselves.';

revoke execute on function public.current_app_user_id() from public, anon;
grant execute on function public.current_app_user_id() to authenticated, service_role;
