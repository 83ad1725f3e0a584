create function public.allocate_creator_earnings(
    p_reader_id uuid,
    p_creator_id uuid,
    p_story_id uuid,
    p_credits integer,
    p_usd_equivalent numeric
)
returns uuid
language plpgsql
security definer
set search_path = ''
as $$
declare
    v_locked integer;
    v_story_owner uuid;
    v_story_status text;
    v_balance bigint;
    v_transaction_id uuid;
    v_earning_id uuid;
begin
    if p_credits is null or p_credits <= 0 then
        raise exception 'credits to allocate must be positive, got %', p_credits
            using errcode = 'invalid_parameter_value';
    end if;
    if p_usd_equivalent is null or p_usd_equivalent < 0 then
        raise exception 'usd equivalent must not be negative, got %', p_usd_equivalent
            using errcode = 'invalid_parameter_value';
    end if;
    if p_reader_id = p_creator_id then
        raise exception 'a creator cannot pay for their own story'
            using errcode = 'invalid_parameter_value';
    end if;
    if not public.is_privileged_request()
       and p_reader_id is distinct from (select auth.uid()) then
        raise exception 'only the reader can spend their credits'
            using errcode = 'insufficient_privilege';
    end if;

    -- Lock both accounts in id order: concurrent allocations for the same reader queue
    -- here, and opposite pairs (A pays B while B pays A) cannot deadlock.
    select count(*) into v_locked
    from (
        select p.id
        from public.profiles as p
        where p.id in (p_reader_id, p_creator_id)
        order by p.id
        for update
    ) as locked;
    if v_locked <> 2 then
        raise exception 'reader % or creator % has no profile', p_reader_id, p_creator_id
            using errcode = 'foreign_key_violation';
    end if;

    select s.user_id, s.status into v_story_owner, v_story_status
    from public.stories as s
    where s.id = p_story_id;
    if v_story_owner is distinct from p_creator_id then
        raise exception 'story % does not belong to creator %', p_story_id, p_creator_id
            using errcode = 'invalid_parameter_value';
    end if;
    if v_story_status <> 'published' then
        raise exception 'story % is not published', p_story_id
            using errcode = 'invalid_parameter_value';
    end if;

    -- Read after taking the lock: this statement's snapshot includes every allocation
    -- that committed while we waited.
    v_balance := public.credit_balance(p_reader_id);
    if v_balance < p_credits then
        raise exception 'insufficient credits: balance %, needed %', v_balance, p_credits
            using errcode = 'check_violation',
                  hint = 'buy a credit package or spend fewer credits';
    end if;

    insert into public.credit_transactions
        (user_id, transaction_type, amount, balance_after, description,
         reference_id, reference_type)
    values
        (p_reader_id, 'spend', -p_credits, v_balance - p_credits, 'story purchase',
         p_story_id, 'story')
    returning id into v_transaction_id;

    insert into public.creator_earnings
        (creator_id, story_id, reader_id, credits_earned, usd_equivalent, transaction_id)
    values
        (p_creator_id, p_story_id, p_reader_id, p_credits, p_usd_equivalent, v_transaction_id)
    returning id into v_earning_id;

    insert into public.creator_earnings_accumulation (creator_id, total_accumulated_usd)
    values (p_creator_id, p_usd_equivalent)
    on conflict (creator_id) do update
        set total_accumulated_usd =
            public.creator_earnings_accumulation.total_accumulated_usd
            + excluded.total_accumulated_usd;

    update public.profiles
    set total_earnings_usd = total_earnings_usd + p_usd_equivalent,
        pending_payout_usd = pending_payout_usd + p_usd_equivalent
    where id = p_creator_id;

    return v_earning_id;
end;
$$;

comment on function public.allocate_creator_earnings(uuid, uuid, uuid, integer, numeric) is
    'Atomically: debits the reader through a spend credit transaction, records the creator''s '
    'earning, adds it to the accumulation and to the profile totals. Raises check_violation on '
    'insufficient credits. The reader''s profile row is locked first, so concurrent calls for one '
    'reader never overdraw.';

revoke execute on function public.allocate_creator_earnings(uuid, uuid, uuid, integer, numeric)
    from public, anon;
grant execute on function public.allocate_creator_earnings(uuid, uuid, uuid, integer, numeric)
    to authenticated, service_role;
