DROP TRIGGER "accounts_touch" ON "public"."accounts";
DROP FUNCTION "public"."touch"();
CREATE FUNCTION "public"."touch_balance"()
RETURNS trigger
LANGUAGE "plpgsql"
VOLATILE
AS $$
BEGIN
    NEW.balance := NEW.balance + 1;
    RETURN NEW;
END;
$$;
CREATE TRIGGER accounts_touch BEFORE INSERT OR UPDATE ON public.accounts FOR EACH ROW EXECUTE FUNCTION public.touch_balance();
