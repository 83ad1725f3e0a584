DROP POLICY "reads" ON "public"."accounts";
CREATE POLICY "reads" ON "public"."accounts"
    AS RESTRICTIVE FOR ALL
    TO PUBLIC
    USING ((balance >= 0));
