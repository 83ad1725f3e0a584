ALTER POLICY "own_rows" ON "public"."accounts"
    TO PUBLIC
    USING ((email = current_setting('app.email'::text, true)));
