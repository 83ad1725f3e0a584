create function public.sync_user_tier_from_subscription()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
    v_tier text := case when new.status in ('active', 'trialing') then new.tier else 'free' end;
begin
    update public.users set tier = v_tier where user_id = new.user_id;
    update public.user_quotas set tier = v_tier where user_id = new.user_id;
    return null;
end;
$$;

comment on function public.sync_user_tier_from_subscription() is
    'Trigger function: an active or trialing subscription sets the account''s tier; any other '
    'status puts it back on free.';

revoke execute on function public.sync_user_tier_from_subscription() from public, anon;

create trigger sync_user_tier
    after insert or update of tier, status on public.stripe_subscriptions
    for each row execute function public.sync_user_tier_from_subscription();

create function public.get_subscription_status(p_user_id uuid)
returns table (tier text, status text, current_period_end timestamptz,
               cancel_at_period_end boolean, monthly_limit integer, price_monthly numeric)
language sql
stable
set search_path = ''
as $$
    select u.tier, s.status, s.current_period_end, coalesce(s.cancel_at_period_end, false),
           l.monthly_limit, l.price_monthly
    from public.users as u
    left join lateral (
        select * from public.stripe_subscriptions as s
        where s.user_id = u.user_id
        order by s.created_at desc
        limit 1
    ) as s on true
    left join public.tier_limits as l on l.tier = u.tier
    where u.user_id = p_user_id;
$$;

comment on function public.get_subscription_status(uuid) is
    'The account''s tier with its latest subscription and the tier''s limits.';
