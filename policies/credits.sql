alter table public.credit_packages enable row level security;

create policy "credit_packages: active packages are public" on public.credit_packages
    for select to anon, authenticated
    using (is_active);

grant select on public.credit_packages to anon, authenticated;
grant all on public.credit_packages to service_role;

alter table public.credit_transactions enable row level security;

create policy "credit_transactions: owners read" on public.credit_transactions
    for select to authenticated
    using (user_id = (select auth.uid()));

grant select on public.credit_transactions to authenticated;
grant all on public.credit_transactions to service_role;

alter table public.payments enable row level security;

create policy "payments: owners read" on public.payments
    for select to authenticated
    using (user_id = (select auth.uid()));

grant select on public.payments to authenticated;
grant all on public.payments to service_role;

grant select on public.credit_balances to authenticated, service_role;
