-- canon:domain payments
create table public.transactions (
    id uuid primary key default gen_random_uuid(),
    -- Financial records outlive the accounts they mention.
    user_id uuid references public.users (id) on delete set null,
    recipient_id uuid references public.users (id) on delete set null,
    transaction_type public.transaction_type not null,
    status public.transaction_status not null default 'pending',
    gross_amount numeric(12, 2) not null,
    platform_fee numeric(12, 2) not null default 0,
    net_amount numeric(12, 2) not null,
    currency text not null default 'usd',
    subscription_id uuid references public.subscriptions (id) on delete set null,
    content_id uuid references public.content (id) on delete set null,
    message_id uuid references public.messages (id) on delete set null,
    stream_id uuid references public.live_streams (id) on delete set null,
    payment_processor text,
    processor_transaction_id text unique,
    failure_reason text,
    completed_at timestamptz,
    created_at timestamptz not null default now(),
    constraint transactions_amounts_check
        check (gross_amount >= 0 and platform_fee >= 0 and net_amount = gross_amount - platform_fee)
);

create index idx_transactions_user on public.transactions (user_id, created_at desc);
create index idx_transactions_recipient on public.transactions (recipient_id, created_at desc);
create index idx_transactions_subscription on public.transactions (subscription_id);
create index idx_transactions_content on public.transactions (content_id);
create index idx_transactions_message on public.transactions (message_id);
create index idx_transactions_stream on public.transactions (stream_id);
create index idx_transactions_pending on public.transactions (created_at)
    where status = 'pending';

comment on table public.transactions is
    'Every payment on the platform: gross, platform fee and net to the recipient.';

-- canon:domain payments
create table public.tips (
    id uuid primary key default gen_random_uuid(),
    sender_id uuid references public.users (id) on delete set null,
    creator_id uuid not null references public.users (id) on delete cascade,
    amount numeric(10, 2) not null,
    currency text not null default 'usd',
    message text,
    is_anonymous boolean not null default false,
    content_id uuid references public.content (id) on delete set null,
    message_id uuid references public.messages (id) on delete set null,
    payment_method text,
    transaction_id uuid references public.transactions (id) on delete set null,
    created_at timestamptz not null default now(),
    constraint tips_amount_check check (amount > 0),
    constraint tips_one_context check (num_nonnulls(content_id, message_id) <= 1)
);

create index idx_tips_sender on public.tips (sender_id);
create index idx_tips_creator on public.tips (creator_id, created_at desc);
create index idx_tips_content on public.tips (content_id);
create index idx_tips_message on public.tips (message_id);
create index idx_tips_transaction on public.tips (transaction_id);

comment on table public.tips is
    'One-off support of a creator, optionally anonymous, on a post or a message.';
