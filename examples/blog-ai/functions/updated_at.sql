create function public.update_updated_at_column()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
    new.updated_at := now();
    return new;
end;
$$;

comment on function public.update_updated_at_column() is
    'Trigger function: stamps updated_at on every update.';

create trigger update_generated_content_updated_at before update on public.generated_content
    for each row execute function public.update_updated_at_column();
create trigger update_conversations_updated_at before update on public.conversations
    for each row execute function public.update_updated_at_column();
create trigger update_templates_updated_at before update on public.templates
    for each row execute function public.update_updated_at_column();
create trigger update_brand_profiles_updated_at before update on public.brand_profiles
    for each row execute function public.update_updated_at_column();
create trigger update_voice_fingerprints_updated_at before update on public.voice_fingerprints
    for each row execute function public.update_updated_at_column();
create trigger update_users_updated_at before update on public.users
    for each row execute function public.update_updated_at_column();
create trigger update_tier_limits_updated_at before update on public.tier_limits
    for each row execute function public.update_updated_at_column();
create trigger update_user_quotas_updated_at before update on public.user_quotas
    for each row execute function public.update_updated_at_column();
create trigger update_stripe_customers_updated_at before update on public.stripe_customers
    for each row execute function public.update_updated_at_column();
create trigger update_stripe_subscriptions_updated_at
    before update on public.stripe_subscriptions
    for each row execute function public.update_updated_at_column();
