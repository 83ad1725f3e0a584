create function public.get_current_month_usage(p_user_id uuid)
returns table (tier text, period_start timestamptz, period_end timestamptz,
               generations bigint, tokens_used bigint)
language sql
stable
set search_path = ''
as $$
    select q.tier, q.period_start, q.period_end, count(r.id),
           coalesce(sum(r.tokens_used), 0)::bigint
    from public.user_quotas as q
    left join public.usage_records as r
        on r.user_id = q.user_id
       and r.timestamp >= q.period_start and r.timestamp < q.period_end
    where q.user_id = p_user_id
    group by q.tier, q.period_start, q.period_end;
$$;

comment on function public.get_current_month_usage(uuid) is
    'Generations and tokens of an account in its current billing period.';

create function public.get_daily_usage(p_user_id uuid)
returns bigint
language sql
stable
set search_path = ''
as $$
    select count(*)
    from public.usage_records as r
    where r.user_id = p_user_id
      and r.timestamp >= date_trunc('day', now());
$$;

comment on function public.get_daily_usage(uuid) is 'Generations of an account today.';

create function public.check_quota_available(p_user_id uuid)
returns table (has_quota boolean, tier text, current_usage bigint, monthly_limit integer,
               daily_usage bigint, daily_limit integer, remaining integer)
language plpgsql
stable
set search_path = ''
as $$
declare
    v_tier text;
    v_start timestamptz;
    v_end timestamptz;
    v_monthly integer;
    v_daily integer;
    v_used bigint;
    v_today bigint;
begin
    select q.tier, q.period_start, q.period_end into v_tier, v_start, v_end
    from public.user_quotas as q
    where q.user_id = p_user_id;
    if v_tier is null then
        v_tier := 'free';
        v_start := date_trunc('month', now());
        v_end := v_start + interval '1 month';
    end if;
    select l.monthly_limit, l.daily_limit into v_monthly, v_daily
    from public.tier_limits as l
    where l.tier = v_tier;
    if v_monthly is null then
        raise exception 'tier % has no limits in tier_limits', v_tier
            using errcode = 'no_data_found';
    end if;
    select count(*) into v_used
    from public.usage_records as r
    where r.user_id = p_user_id and r.timestamp >= v_start and r.timestamp < v_end;
    v_today := public.get_daily_usage(p_user_id);
    return query select
        v_used < v_monthly and (v_daily < 0 or v_today < v_daily),
        v_tier, v_used, v_monthly, v_today, v_daily,
        greatest(v_monthly - v_used, 0)::integer;
end;
$$;

comment on function public.check_quota_available(uuid) is
    'Whether an account may generate now, with its usage against its tier''s limits.';

create function public.increment_user_usage(
    p_user_id uuid,
    p_operation_type text,
    p_tokens integer default 0,
    p_metadata jsonb default null
)
returns table (success boolean, remaining integer, message text)
language plpgsql
security definer
set search_path = ''
as $$
declare
    v_quota record;
begin
    if not public.is_privileged_request() and p_user_id is distinct from (select auth.uid())
    then
        raise exception 'usage is recorded for the requesting account only'
            using errcode = 'insufficient_privilege';
    end if;

    insert into public.user_quotas (user_id)
    values (p_user_id)
    on conflict (user_id) do nothing;
    -- The quota row lock serialises concurrent generations of one account.
    perform 1 from public.user_quotas as q where q.user_id = p_user_id for update;

    select * into v_quota from public.check_quota_available(p_user_id);
    if not v_quota.has_quota then
        return query select false, v_quota.remaining,
            format('quota exhausted: %s of %s this period, %s today (limit %s)',
                   v_quota.current_usage, v_quota.monthly_limit, v_quota.daily_usage,
                   v_quota.daily_limit);
        return;
    end if;

    insert into public.usage_records (user_id, operation_type, tokens_used, metadata)
    values (p_user_id, p_operation_type, coalesce(p_tokens, 0), p_metadata);
    return query select true, v_quota.remaining - 1, 'recorded'::text;
end;
$$;

comment on function public.increment_user_usage(uuid, text, integer, jsonb) is
    'Records one generation if the account has quota left; never exceeds the quota under '
    'concurrent calls.';

revoke execute on function public.increment_user_usage(uuid, text, integer, jsonb)
    from public, anon;
grant execute on function public.increment_user_usage(uuid, text, integer, jsonb)
    to authenticated, service_role;

create function public.reset_expired_quotas()
returns integer
language plpgsql
security definer
set search_path = ''
as $$
declare
    v_count integer;
begin
    if not public.is_privileged_request() then
        raise exception 'only the service role resets quotas'
            using errcode = 'insufficient_privilege';
    end if;
    update public.user_quotas
    set period_start = date_trunc('month', now()),
        period_end = date_trunc('month', now()) + interval '1 month'
    where period_end <= now();
    get diagnostics v_count = row_count;
    return v_count;
end;
$$;

comment on function public.reset_expired_quotas() is
    'Starts a new billing period for every quota whose period ended; run daily.';

revoke execute on function public.reset_expired_quotas() from public, anon;
grant execute on function public.reset_expired_quotas() to service_role;

create function public.get_usage_breakdown(
    p_user_id uuid,
    p_start timestamptz,
    p_end timestamptz
)
returns table (operation_type text, operations bigint, tokens_used bigint)
language sql
stable
set search_path = ''
as $$
    select r.operation_type, count(*), coalesce(sum(r.tokens_used), 0)::bigint
    from public.usage_records as r
    where r.user_id = p_user_id and r.timestamp >= p_start and r.timestamp < p_end
    group by r.operation_type
    order by 2 desc, 1;
$$;

comment on function public.get_usage_breakdown(uuid, timestamptz, timestamptz) is
    'Usage of an account per operation type in [p_start, p_end).';
