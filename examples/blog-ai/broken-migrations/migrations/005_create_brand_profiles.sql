-- Brand voice profiles
CREATE TABLE IF NOT EXISTS brand_profiles (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    created_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    name TEXT NOT NULL,
    slug TEXT NOT NULL UNIQUE,
    tone_keywords TEXT[] NOT NULL DEFAULT '{}',
    writing_style TEXT NOT NULL DEFAULT 'balanced',
    example_content TEXT,
    industry TEXT,
    target_audience TEXT,
    preferred_words TEXT[] DEFAULT '{}',
    avoid_words TEXT[] DEFAULT '{}',
    brand_values TEXT[] DEFAULT '{}',
    content_themes TEXT[] DEFAULT '{}',
    user_hash TEXT,
    is_active BOOLEAN NOT NULL DEFAULT true,
    is_default BOOLEAN NOT NULL DEFAULT false
);

CREATE INDEX IF NOT EXISTS idx_brand_profiles_slug ON brand_profiles(slug);
CREATE INDEX IF NOT EXISTS idx_brand_profiles_user_hash ON brand_profiles(user_hash)
    WHERE user_hash IS NOT NULL;
CREATE INDEX IF NOT EXISTS idx_brand_profiles_tone_keywords
    ON brand_profiles USING GIN (tone_keywords);

CREATE TRIGGER update_brand_profiles_updated_at
    BEFORE UPDATE ON brand_profiles
    FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();

CREATE OR REPLACE FUNCTION set_default_brand_profile(profile_id UUID, p_user_hash TEXT)
RETURNS VOID AS $$
BEGIN
    UPDATE brand_profiles SET is_default = false WHERE user_hash = p_user_hash;
    UPDATE brand_profiles SET is_default = true WHERE id = profile_id AND user_hash = p_user_hash;
END;
$$ LANGUAGE plpgsql;

ALTER TABLE brand_profiles ENABLE ROW LEVEL SECURITY;

CREATE POLICY "Service role has full access" ON brand_profiles
    FOR ALL TO service_role USING (true) WITH CHECK (true);
CREATE POLICY "Anonymous can read own" ON brand_profiles
    FOR SELECT TO anon USING (user_hash IS NOT NULL);
CREATE POLICY "Anonymous can create" ON brand_profiles
    FOR INSERT TO anon WITH CHECK (true);
CREATE POLICY "Anonymous can update own" ON brand_profiles
    FOR UPDATE TO anon USING (user_hash IS NOT NULL);
CREATE POLICY "Anonymous can delete own" ON brand_profiles
    FOR DELETE TO anon USING (user_hash IS NOT NULL);
