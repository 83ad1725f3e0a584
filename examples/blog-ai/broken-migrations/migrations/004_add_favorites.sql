-- Favorites functionality on generated content
ALTER TABLE generated_content ADD COLUMN IF NOT EXISTS is_favorite BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE generated_content ADD COLUMN IF NOT EXISTS tool_name TEXT;
ALTER TABLE generated_content ADD COLUMN IF NOT EXISTS title TEXT;

CREATE INDEX IF NOT EXISTS idx_generated_content_is_favorite ON generated_content(is_favorite)
    WHERE is_favorite = true;
CREATE INDEX IF NOT EXISTS idx_generated_content_user_favorites
    ON generated_content(user_hash, is_favorite, created_at DESC)
    WHERE is_favorite = true;
CREATE INDEX IF NOT EXISTS idx_generated_content_title
    ON generated_content USING GIN (to_tsvector('english', COALESCE(title, '')));

CREATE OR REPLACE FUNCTION toggle_favorite(content_id UUID)
RETURNS BOOLEAN AS $$
DECLARE
    new_status BOOLEAN;
BEGIN
    UPDATE generated_content SET is_favorite = NOT is_favorite
    WHERE id = content_id
    RETURNING is_favorite INTO new_status;
    RETURN new_status;
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION set_favorite(content_id UUID, favorite_status BOOLEAN)
RETURNS BOOLEAN AS $$
BEGIN
    UPDATE generated_content SET is_favorite = favorite_status WHERE id = content_id;
    RETURN favorite_status;
END;
$$ LANGUAGE plpgsql;
