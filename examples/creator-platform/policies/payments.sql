alter table public.transactions enable row level security;

-- Payments are written by the payment service only.
create policy "transactions: the payer and the recipient see it" on public.transactions
    for select to authenticated
    using (user_id = (select auth.uid()) or recipient_id = (select auth.uid()));

grant select on public.transactions to authenticated;
grant all on public.transactions to service_role;

alter table public.tips enable row level security;

create policy "tips: the sender and the creator see it" on public.tips
    for select to authenticated
    using (sender_id = (select auth.uid()) or creator_id = (select auth.uid()));

grant select on public.tips to authenticated;
grant all on public.tips to service_role;
