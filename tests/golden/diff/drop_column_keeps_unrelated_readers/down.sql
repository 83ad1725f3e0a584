ALTER TABLE "public"."notes" ADD COLUMN "draft" text;
CREATE POLICY "notes_drafts" ON "public"."notes"
    AS PERMISSIVE FOR SELECT
    TO PUBLIC
    USING ((draft IS NULL));
