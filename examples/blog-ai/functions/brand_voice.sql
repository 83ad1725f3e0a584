create function public.set_default_brand_profile(p_profile_id uuid)
returns void
language plpgsql
set search_path = ''
as $$
begin
    if not exists (select 1 from public.brand_profiles as b
                   where b.id = p_profile_id and b.user_id = (select auth.uid())) then
        raise exception 'no brand profile % of yours', p_profile_id
            using errcode = 'no_data_found';
    end if;
    -- Two statements: the one-default-per-account index is checked row by row.
    update public.brand_profiles
    set is_default = false
    where user_id = (select auth.uid()) and is_default and id <> p_profile_id;
    update public.brand_profiles
    set is_default = true
    where id = p_profile_id;
end;
$$;

comment on function public.set_default_brand_profile(uuid) is
    'Makes one of the caller''s brand profiles their default (and no other).';
