-- canon:domain credits
create table public.credit_packages (
    id uuid primary key default gen_random_uuid(),
    name text not null,
    description text,
    credits_amount integer not null,
    price_usd numeric(10, 2) not null,
    bonus_credits integer not null default 0,
    stripe_price_id text unique,
    is_active boolean not null default true,
    sort_order integer not null default 0,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint credit_packages_credits_amount_check check (credits_amount > 0),
    constraint credit_packages_price_usd_check check (price_usd >= 0),
    constraint credit_packages_bonus_credits_check check (bonus_credits >= 0)
);

create index idx_credit_packages_active on public.credit_packages (sort_order) where is_active;

comment on table public.credit_packages is 'Credit packages on sale.';

-- canon:domain credits
create table public.credit_transactions (
    id uuid primary key default gen_random_uuid(),
    user_id uuid not null references public.profiles (id) on delete cascade,
    transaction_type text not null,
    amount integer not null,
    balance_after bigint not null,
    description text,
    reference_id uuid,
    reference_type text,
    metadata jsonb not null default '{}',
    created_at timestamptz not null default now(),
    constraint credit_transactions_transaction_type_check
        check (transaction_type in ('purchase', 'spend', 'earn', 'bonus', 'refund')),
    constraint credit_transactions_amount_sign_check
        check (case when transaction_type = 'spend' then amount < 0 else amount > 0 end),
    constraint credit_transactions_balance_after_check check (balance_after >= 0)
);

create index idx_credit_transactions_user_created
    on public.credit_transactions (user_id, created_at desc);
create index idx_credit_transactions_reference
    on public.credit_transactions (reference_type, reference_id);

comment on table public.credit_transactions is
    'The credit ledger: every credit movement of an account. The balance is the sum of '
    'amount (see credit_balances); balance_after records it after each movement.';
comment on column public.credit_transactions.amount is
    'Signed: negative for spend, positive otherwise.';

-- canon:domain credits
create table public.payments (
    id uuid primary key default gen_random_uuid(),
    user_id uuid not null references public.profiles (id) on delete cascade,
    package_id uuid references public.credit_packages (id) on delete set null,
    stripe_payment_intent_id text unique,
    stripe_customer_id text,
    amount_usd numeric(10, 2) not null,
    credits_purchased integer not null default 0,
    bonus_credits integer not null default 0,
    status text not null default 'pending',
    payment_method text,
    failure_reason text,
    processed_at timestamptz,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint payments_status_check
        check (status in ('pending', 'succeeded', 'failed', 'canceled')),
    constraint payments_amount_usd_check check (amount_usd >= 0),
    constraint payments_credits_check check (credits_purchased >= 0 and bonus_credits >= 0)
);

create index idx_payments_user_id on public.payments (user_id);
create index idx_payments_package_id on public.payments (package_id);

comment on table public.payments is 'Stripe payments for credit packages.';

-- canon:domain credits
create view public.credit_balances
    with (security_invoker = true)
as
select
    p.id as user_id,
    coalesce(sum(t.amount), 0)::bigint as credits_balance,
    coalesce(sum(t.amount) filter (where t.amount > 0), 0)::bigint as credits_earned_total,
    coalesce(-sum(t.amount) filter (where t.amount < 0), 0)::bigint as credits_spent_total
from public.profiles as p
left join public.credit_transactions as t on t.user_id = p.id
group by p.id;

comment on view public.credit_balances is
    'Credit balance and lifetime totals per account, derived from the ledger. Runs with the '
    'caller''s rights, so row level security shows each account only its own row.';
