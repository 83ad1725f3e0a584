CREATE TABLE public.accounts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL,
    balance integer NOT NULL DEFAULT 0
);
CREATE FUNCTION public.touch_balance() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.balance := NEW.balance + 1;
    RETURN NEW;
END;
$$;
CREATE TRIGGER accounts_touch BEFORE INSERT OR UPDATE ON public.accounts FOR EACH ROW EXECUTE FUNCTION public.touch_balance();
