create function public.likes_count()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
    if tg_op = 'INSERT' then
        update public.content set like_count = like_count + 1 where id = new.content_id;
    else
        update public.content set like_count = like_count - 1 where id = old.content_id;
    end if;
    return null;
end;
$$;

comment on function public.likes_count() is
    'Trigger function: keeps content.like_count equal to the number of likes.';

revoke execute on function public.likes_count() from public, anon;

create trigger likes_count after insert or delete on public.likes
    for each row execute function public.likes_count();

create function public.comments_count()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
    if tg_op = 'INSERT' then
        update public.content set comment_count = comment_count + 1 where id = new.content_id;
    else
        update public.content set comment_count = comment_count - 1 where id = old.content_id;
    end if;
    return null;
end;
$$;

comment on function public.comments_count() is
    'Trigger function: keeps content.comment_count equal to the number of comments.';

revoke execute on function public.comments_count() from public, anon;

create trigger comments_count after insert or delete on public.comments
    for each row execute function public.comments_count();
