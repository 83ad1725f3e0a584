alter table public.creator_earnings enable row level security;

create policy "creator_earnings: creators read theirs" on public.creator_earnings
    for select to authenticated
    using (creator_id = (select auth.uid()));

grant select on public.creator_earnings to authenticated;
grant all on public.creator_earnings to service_role;

alter table public.creator_earnings_accumulation enable row level security;

create policy "creator_earnings_accumulation: creators read theirs"
    on public.creator_earnings_accumulation
    for select to authenticated
    using (creator_id = (select auth.uid()));

grant select on public.creator_earnings_accumulation to authenticated;
grant all on public.creator_earnings_accumulation to service_role;

-- Payouts and their batches belong to the payout service alone.
alter table public.payouts enable row level security;

create policy "payouts: service role only" on public.payouts
    for all to service_role
    using (true)
    with check (true);

grant all on public.payouts to service_role;

alter table public.monthly_payout_batches enable row level security;

create policy "monthly_payout_batches: service role only" on public.monthly_payout_batches
    for all to service_role
    using (true)
    with check (true);

grant all on public.monthly_payout_batches to service_role;

alter table public.individual_payouts enable row level security;

create policy "individual_payouts: service role only" on public.individual_payouts
    for all to service_role
    using (true)
    with check (true);

grant all on public.individual_payouts to service_role;

alter table public.story_pricing enable row level security;

create policy "story_pricing: readable with their story" on public.story_pricing
    for select to anon, authenticated
    using (creator_id = (select auth.uid())
           or exists (select 1 from public.stories as s
                      where s.id = story_pricing.story_id and s.status = 'published'));
create policy "story_pricing: creators price their stories" on public.story_pricing
    for insert to authenticated
    with check (creator_id = (select auth.uid())
                and exists (select 1 from public.stories as s
                            where s.id = story_pricing.story_id
                              and s.user_id = (select auth.uid())));
create policy "story_pricing: creators reprice" on public.story_pricing
    for update to authenticated
    using (creator_id = (select auth.uid()))
    with check (creator_id = (select auth.uid())
                and exists (select 1 from public.stories as s
                            where s.id = story_pricing.story_id
                              and s.user_id = (select auth.uid())));
create policy "story_pricing: creators remove prices" on public.story_pricing
    for delete to authenticated
    using (creator_id = (select auth.uid()));

grant select on public.story_pricing to anon, authenticated;
grant insert, update, delete on public.story_pricing to authenticated;
grant all on public.story_pricing to service_role;

alter table public.story_purchases enable row level security;

create policy "story_purchases: readers and creators read theirs" on public.story_purchases
    for select to authenticated
    using (user_id = (select auth.uid()) or creator_id = (select auth.uid()));

grant select on public.story_purchases to authenticated;
grant all on public.story_purchases to service_role;
