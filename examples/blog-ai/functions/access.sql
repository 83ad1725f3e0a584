create function public.is_privileged_request()
returns boolean
language sql
stable
set search_path = ''
as $$
    select coalesce(auth.role() = 'service_role', false)
        or (auth.role() is null
            and current_setting('role') not in ('anon', 'authenticated'));
$$;

comment on function public.is_privileged_request() is
    'True for the service role and for server-side connections that act as no API role; '
    'false for every request of anon or authenticated.';
