ALTER POLICY "writes" ON "public"."accounts"
    TO PUBLIC
    USING (true)
    WITH CHECK ((balance >= 0));
