-- canon:domain messaging
create table public.conversations (
    id uuid primary key default gen_random_uuid(),
    creator_id uuid not null references public.users (id) on delete cascade,
    fan_id uuid not null references public.users (id) on delete cascade,
    creator_unread_count integer not null default 0,
    fan_unread_count integer not null default 0,
    creator_archived boolean not null default false,
    fan_archived boolean not null default false,
    last_message_at timestamptz,
    created_at timestamptz not null default now(),
    constraint conversations_creator_fan_key unique (creator_id, fan_id),
    constraint conversations_not_self check (creator_id <> fan_id),
    constraint conversations_unread_check
        check (creator_unread_count >= 0 and fan_unread_count >= 0)
);

create index idx_conversations_fan on public.conversations (fan_id, last_message_at desc);

comment on table public.conversations is
    'One-to-one conversation of a creator and a fan, with unread counts for each side.';

-- canon:domain messaging
create table public.messages (
    id uuid primary key default gen_random_uuid(),
    conversation_id uuid not null references public.conversations (id) on delete cascade,
    sender_id uuid not null references public.users (id) on delete cascade,
    body text,
    media_urls text[] not null default '{}',
    media_type text,
    is_premium boolean not null default false,
    price numeric(10, 2),
    read_at timestamptz,
    created_at timestamptz not null default now(),
    constraint messages_media_type_check check (media_type in ('image', 'video', 'audio')),
    constraint messages_not_empty check (body is not null or cardinality(media_urls) > 0),
    constraint messages_premium_price_check
        check ((is_premium and price > 0) or (not is_premium and price is null))
);

create index idx_messages_conversation on public.messages (conversation_id, created_at desc);
create index idx_messages_sender on public.messages (sender_id);

comment on table public.messages is
    'Messages; a premium message is paid for before its media can be viewed.';
