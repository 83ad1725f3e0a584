CREATE POLICY "own_rows" ON "public"."accounts"
    AS PERMISSIVE FOR SELECT
    TO PUBLIC
    USING ((email = current_setting('app.email'::text, true)));
