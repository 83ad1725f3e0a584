alter table public.subscriptions enable row level security;

-- Subscriptions are created and renewed by the payment service.
create policy "subscriptions: the fan and the creator see it" on public.subscriptions
    for select to authenticated
    using (subscriber_id = (select auth.uid()) or creator_id = (select auth.uid()));

grant select on public.subscriptions to authenticated;
grant all on public.subscriptions to service_role;
