alter table public.users enable row level security;

create policy "users: owners read" on public.users
    for select to authenticated
    using (user_id = (select auth.uid()));
create policy "users: owners update" on public.users
    for update to authenticated
    using (user_id = (select auth.uid()))
    with check (user_id = (select auth.uid()));

grant select on public.users to authenticated;
-- Tier and Stripe columns follow the subscription; clients edit only their name.
grant update (name) on public.users to authenticated;
grant all on public.users to service_role;

alter table public.tier_limits enable row level security;

create policy "tier_limits: anyone can read" on public.tier_limits
    for select to anon, authenticated
    using (true);

grant select on public.tier_limits to anon, authenticated;
grant all on public.tier_limits to service_role;

alter table public.user_quotas enable row level security;

create policy "user_quotas: owners read" on public.user_quotas
    for select to authenticated
    using (user_id = (select auth.uid()));

grant select on public.user_quotas to authenticated;
grant all on public.user_quotas to service_role;

alter table public.usage_records enable row level security;

create policy "usage_records: owners read" on public.usage_records
    for select to authenticated
    using (user_id = (select auth.uid()));

grant select on public.usage_records to authenticated;
grant all on public.usage_records to service_role;

alter table public.stripe_customers enable row level security;

create policy "stripe_customers: owners read" on public.stripe_customers
    for select to authenticated
    using (user_id = (select auth.uid()));

grant select on public.stripe_customers to authenticated;
grant all on public.stripe_customers to service_role;

alter table public.stripe_subscriptions enable row level security;

create policy "stripe_subscriptions: owners read" on public.stripe_subscriptions
    for select to authenticated
    using (user_id = (select auth.uid()));

grant select on public.stripe_subscriptions to authenticated;
grant all on public.stripe_subscriptions to service_role;

alter table public.payments enable row level security;

create policy "payments: owners read" on public.payments
    for select to authenticated
    using (user_id = (select auth.uid()));

grant select on public.payments to authenticated;
grant all on public.payments to service_role;

alter table public.payment_failures enable row level security;

create policy "payment_failures: owners read" on public.payment_failures
    for select to authenticated
    using (user_id = (select auth.uid()));

grant select on public.payment_failures to authenticated;
grant all on public.payment_failures to service_role;
