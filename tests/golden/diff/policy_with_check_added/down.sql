DROP POLICY "writes" ON "public"."accounts";
CREATE POLICY "writes" ON "public"."accounts"
    AS PERMISSIVE FOR UPDATE
    TO PUBLIC
    USING (true);
