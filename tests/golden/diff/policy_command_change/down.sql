DROP POLICY "reads" ON "public"."accounts";
CREATE POLICY "reads" ON "public"."accounts"
    AS PERMISSIVE FOR SELECT
    TO PUBLIC
    USING (true);
