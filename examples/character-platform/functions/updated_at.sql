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
create trigger characters_updated_at before update on public.characters
    for each row execute function public.set_updated_at();
create trigger generation_jobs_updated_at before update on public.generation_jobs
    for each row execute function public.set_updated_at();
create trigger collections_updated_at before update on public.collections
    for each row execute function public.set_updated_at();
create trigger character_ratings_updated_at before update on public.character_ratings
    for each row execute function public.set_updated_at();
create trigger user_credits_updated_at before update on public.user_credits
    for each row execute function public.set_updated_at();
create trigger api_credit_configs_updated_at before update on public.api_credit_configs
    for each row execute function public.set_updated_at();
create trigger credit_packages_updated_at before update on public.credit_packages
    for each row execute function public.set_updated_at();
