create function public.process_monthly_payouts(
    p_batch_date date,
    p_minimum_usd numeric default 25.00
)
returns uuid
language plpgsql
security definer
set search_path = ''
as $$
declare
    v_batch_id uuid;
    v_creators integer := 0;
    v_total numeric(14, 2) := 0;
    v_amount numeric(12, 2);
    r record;
begin
    if not public.is_privileged_request() then
        raise exception 'only the service role processes payouts'
            using errcode = 'insufficient_privilege';
    end if;
    if p_minimum_usd is null or p_minimum_usd < 0.01 then
        raise exception 'minimum payout must be at least 0.01, got %', p_minimum_usd
            using errcode = 'invalid_parameter_value';
    end if;

    insert into public.monthly_payout_batches (batch_date, processing_status)
    values (date_trunc('month', p_batch_date)::date, 'processing')
    on conflict (batch_date) do nothing
    returning id into v_batch_id;
    if v_batch_id is null then
        raise exception 'a payout batch for % already exists',
            date_trunc('month', p_batch_date)::date
            using errcode = 'unique_violation';
    end if;

    for r in
        select a.creator_id, a.total_accumulated_usd
        from public.creator_earnings_accumulation as a
        join public.profiles as p on p.id = a.creator_id
        where a.total_accumulated_usd >= p_minimum_usd
          and p.stripe_payouts_enabled
        order by a.creator_id
        for update of a
    loop
        -- Pay whole cents; the fraction stays accumulated for the next month.
        v_amount := trunc(r.total_accumulated_usd, 2);

        insert into public.individual_payouts (batch_id, creator_id, amount_usd, status)
        values (v_batch_id, r.creator_id, v_amount, 'pending');

        update public.creator_earnings_accumulation
        set total_accumulated_usd = total_accumulated_usd - v_amount,
            last_payout_date = p_batch_date,
            last_payout_amount = v_amount
        where creator_id = r.creator_id;

        update public.profiles
        set pending_payout_usd = greatest(pending_payout_usd - v_amount, 0)
        where id = r.creator_id;

        v_creators := v_creators + 1;
        v_total := v_total + v_amount;
    end loop;

    update public.monthly_payout_batches
    set total_creators_paid = v_creators,
        total_amount_usd = v_total
    where id = v_batch_id;

    return v_batch_id;
end;
$$;

comment on function public.process_monthly_payouts(date, numeric) is
    'Creates the month''s payout batch: one individual payout per creator with payouts enabled '
    'and at least p_minimum_usd accumulated, moving that amount out of the accumulation and '
    'the pending total. The batch stays processing until the Stripe transfers complete.';

revoke execute on function public.process_monthly_payouts(date, numeric) from public, anon;
grant execute on function public.process_monthly_payouts(date, numeric) to service_role;
