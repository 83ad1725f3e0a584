create function public.calculate_cache_reward(
    p_user_id uuid,
    p_cache_key text,
    p_original_cost numeric,
    p_story_id uuid default null,
    p_chapter_id uuid default null
)
returns public.cache_rewards
language plpgsql
security definer
set search_path = ''
as $$
declare
    v_reward public.cache_rewards;
    v_rate numeric;
    v_discounted numeric(14, 4);
begin
    if p_original_cost is null or p_original_cost < 0 then
        raise exception 'original cost must not be negative, got %', p_original_cost
            using errcode = 'invalid_parameter_value';
    end if;
    if not public.is_privileged_request()
       and p_user_id is distinct from (select auth.uid()) then
        raise exception 'cache rewards are credited to the requesting account only'
            using errcode = 'insufficient_privilege';
    end if;

    insert into public.cache_rewards (user_id, story_id, chapter_id, cache_key, hit_count)
    values (p_user_id, p_story_id, p_chapter_id, p_cache_key, 1)
    on conflict (user_id, cache_key) do update
        set hit_count = public.cache_rewards.hit_count + 1
    returning * into v_reward;

    -- 10% off the first hit, 10 points more per repeat hit, at most 50% off.
    v_rate := least(0.10 * v_reward.hit_count, 0.50);
    v_discounted := round(p_original_cost * (1 - v_rate), 4);

    update public.cache_rewards
    set original_cost = p_original_cost,
        discounted_cost = v_discounted,
        credits_saved = credits_saved + (p_original_cost - v_discounted)
    where id = v_reward.id
    returning * into v_reward;

    update public.profiles
    set cache_hits = cache_hits + 1,
        cache_discount_earned = cache_discount_earned + (p_original_cost - v_discounted)
    where id = p_user_id;

    update public.infinite_pages_cache
    set hit_count = hit_count + 1,
        last_accessed_at = now()
    where cache_key = p_cache_key;

    return v_reward;
end;
$$;

comment on function public.calculate_cache_reward(uuid, text, numeric, uuid, uuid) is
    'Records a cache hit of an account and returns its reward: the discount grows by ten points '
    'per repeat hit of the same key up to half the original cost; the saving is added to the '
    'reward and to the profile''s cache totals.';

revoke execute on function public.calculate_cache_reward(uuid, text, numeric, uuid, uuid)
    from public, anon;
grant execute on function public.calculate_cache_reward(uuid, text, numeric, uuid, uuid)
    to authenticated, service_role;
