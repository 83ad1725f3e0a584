create function public.credit_balance(p_user_id uuid)
returns bigint
language sql
stable
set search_path = ''
as $$
    select coalesce(sum(t.amount), 0)::bigint
    from public.credit_transactions as t
    where t.user_id = p_user_id;
$$;

comment on function public.credit_balance(uuid) is
    'The credit balance of an account: the sum of its ledger. Runs with the caller''s rights, '
    'so an account sees only its own balance.';

grant execute on function public.credit_balance(uuid) to authenticated, service_role;
