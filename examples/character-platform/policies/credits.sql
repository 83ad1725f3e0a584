alter table public.user_credits enable row level security;

create policy "user_credits: owners read" on public.user_credits
    for select to authenticated
    using (user_id = (select public.current_app_user_id()));

grant select on public.user_credits to authenticated;
grant all on public.user_credits to service_role;

alter table public.credit_transactions enable row level security;

create policy "credit_transactions: owners read" on public.credit_transactions
    for select to authenticated
    using (user_id = (select public.current_app_user_id()));

grant select on public.credit_transactions to authenticated;
grant all on public.credit_transactions to service_role;

alter table public.api_credit_configs enable row level security;

create policy "api_credit_configs: enabled prices are public" on public.api_credit_configs
    for select to anon, authenticated
    using (is_enabled);

grant select on public.api_credit_configs to anon, authenticated;
grant all on public.api_credit_configs to service_role;

alter table public.credit_packages enable row level security;

create policy "credit_packages: available packages are public" on public.credit_packages
    for select to anon, authenticated
    using (is_available);

grant select on public.credit_packages to anon, authenticated;
grant all on public.credit_packages to service_role;
