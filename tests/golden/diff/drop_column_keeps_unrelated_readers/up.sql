DROP POLICY "notes_drafts" ON "public"."notes";
ALTER TABLE "public"."notes" DROP COLUMN "draft";
