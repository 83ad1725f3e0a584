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

create trigger profiles_updated_at before update on public.profiles
    for each row execute function public.set_updated_at();
create trigger subscription_usage_updated_at before update on public.subscription_usage
    for each row execute function public.set_updated_at();
create trigger stories_updated_at before update on public.stories
    for each row execute function public.set_updated_at();
create trigger chapters_updated_at before update on public.chapters
    for each row execute function public.set_updated_at();
create trigger cover_generation_queue_updated_at before update on public.cover_generation_queue
    for each row execute function public.set_updated_at();
create trigger creator_earnings_accumulation_updated_at
    before update on public.creator_earnings_accumulation
    for each row execute function public.set_updated_at();
create trigger payouts_updated_at before update on public.payouts
    for each row execute function public.set_updated_at();
create trigger individual_payouts_updated_at before update on public.individual_payouts
    for each row execute function public.set_updated_at();
create trigger story_pricing_updated_at before update on public.story_pricing
    for each row execute function public.set_updated_at();
create trigger credit_packages_updated_at before update on public.credit_packages
    for each row execute function public.set_updated_at();
create trigger payments_updated_at before update on public.payments
    for each row execute function public.set_updated_at();
create trigger reading_progress_updated_at before update on public.reading_progress
    for each row execute function public.set_updated_at();
create trigger cache_rewards_updated_at before update on public.cache_rewards
    for each row execute function public.set_updated_at();
