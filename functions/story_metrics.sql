create function public.chapters_story_metrics()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
    -- Deltas rather than recounts: concurrent chapter writes to one story then add up
    -- under the story row's lock instead of overwriting each other's totals.
    if tg_op in ('UPDATE', 'DELETE') then
        update public.stories
        set word_count = word_count - old.word_count,
            chapter_count = chapter_count - 1,
            total_tokens_used = total_tokens_used
                - old.tokens_used_input - old.tokens_used_output,
            total_cost_usd = total_cost_usd - old.generation_cost_usd
        where id = old.story_id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        update public.stories
        set word_count = word_count + new.word_count,
            chapter_count = chapter_count + 1,
            total_tokens_used = total_tokens_used
                + new.tokens_used_input + new.tokens_used_output,
            total_cost_usd = total_cost_usd + new.generation_cost_usd
        where id = new.story_id;
    end if;
    return null;
end;
$$;

comment on function public.chapters_story_metrics() is
    'Trigger function: keeps stories.word_count, chapter_count, total_tokens_used and '
    'total_cost_usd equal to the sums over the story''s chapters.';

revoke execute on function public.chapters_story_metrics() from public, anon;

create trigger chapters_story_metrics
    after insert or delete or update of story_id, word_count, tokens_used_input,
        tokens_used_output, generation_cost_usd
    on public.chapters
    for each row execute function public.chapters_story_metrics();
