ALTER POLICY "own_rows" ON "public"."accounts"
    TO PUBLIC
    USING ((email IS NOT NULL));
