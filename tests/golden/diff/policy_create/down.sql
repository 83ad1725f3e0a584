DROP POLICY "own_rows" ON "public"."accounts";
