DROP TRIGGER "accounts_touch" ON "public"."accounts";
DROP FUNCTION "public"."touch_balance"();
CREATE FUNCTION "public"."touch"()
RETURNS trigger
LANGUAGE "plpgsql"
VOLATILE
AS $$
BEGIN
    NEW.balance := NEW.balance + 1;
    RETURN NEW;
END;
$$;
CREATE TRIGGER accounts_touch BEFORE UPDATE ON public.accounts FOR EACH ROW EXECUTE FUNCTION public.touch();
