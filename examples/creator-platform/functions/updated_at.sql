create function public.set_updated_at()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
    new.updated_at := now();
    return new;
end;
$$;

comment on function public.set_updated_at() is
    'Trigger function: stamps updated_at on every update.';

create trigger users_updated_at before update on public.users
    for each row execute function public.set_updated_at();
create trigger user_profiles_updated_at before update on public.user_profiles
    for each row execute function public.set_updated_at();
create trigger content_updated_at before update on public.content
    for each row execute function public.set_updated_at();
create trigger subscriptions_updated_at before update on public.subscriptions
    for each row execute function public.set_updated_at();
create trigger live_streams_updated_at before update on public.live_streams
    for each row execute function public.set_updated_at();
create trigger content_reports_updated_at before update on public.content_reports
    for each row execute function public.set_updated_at();
