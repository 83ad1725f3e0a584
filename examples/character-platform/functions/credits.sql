create function public.spend_credits(
    p_amount integer,
    p_description text,
    p_job_id uuid default null
)
returns integer
language plpgsql
security definer
set search_path = ''
as $$
declare
    v_user_id uuid := public.current_app_user_id();
    v_balance integer;
begin
    if v_user_id is null then
        raise exception 'no account for this session' using errcode = 'insufficient_privilege';
    end if;
    if p_amount is null or p_amount <= 0 then
        raise exception 'credits to spend must be positive, got %', p_amount
            using errcode = 'invalid_parameter_value';
    end if;

    -- The row lock serialises spending per account, so the check below cannot race.
    select c.current_balance into v_balance
    from public.user_credits as c
    where c.user_id = v_user_id
    for update;
    if v_balance is null or v_balance < p_amount then
        raise exception 'insufficient credits: balance %, needed %', coalesce(v_balance, 0),
            p_amount using errcode = 'check_violation';
    end if;

    update public.user_credits
    set current_balance = current_balance - p_amount,
        total_spent = total_spent + p_amount
    where user_id = v_user_id;

    insert into public.credit_transactions
        (user_id, transaction_type, amount, balance_after, related_entity_type,
         related_entity_id, description)
    values
        (v_user_id, 'usage', -p_amount, v_balance - p_amount,
         case when p_job_id is not null then 'generation_job' end, p_job_id::text,
         p_description);

    return v_balance - p_amount;
end;
$$;

comment on function public.spend_credits(integer, text, uuid) is
    'Debits the caller''s credits and records the usage in the ledger, in one transaction; '
    'raises check_violation when the balance is too low. Returns the new balance.';

revoke execute on function public.spend_credits(integer, text, uuid) from public, anon;
grant execute on function public.spend_credits(integer, text, uuid) to authenticated;
