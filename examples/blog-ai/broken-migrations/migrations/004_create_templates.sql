-- Reusable content templates
CREATE TABLE IF NOT EXISTS templates (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    created_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    name TEXT NOT NULL,
    description TEXT,
    slug TEXT NOT NULL UNIQUE,
    tool_id TEXT NOT NULL,
    preset_inputs JSONB NOT NULL DEFAULT '{}',
    category TEXT NOT NULL,
    tags TEXT[] DEFAULT '{}',
    is_public BOOLEAN NOT NULL DEFAULT true,
    user_hash TEXT,
    use_count INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX IF NOT EXISTS idx_templates_tool_id ON templates(tool_id);
CREATE INDEX IF NOT EXISTS idx_templates_category ON templates(category);
CREATE INDEX IF NOT EXISTS idx_templates_slug ON templates(slug);
CREATE INDEX IF NOT EXISTS idx_templates_tags ON templates USING GIN (tags);
CREATE INDEX IF NOT EXISTS idx_templates_use_count ON templates(use_count DESC);

CREATE TRIGGER update_templates_updated_at
    BEFORE UPDATE ON templates
    FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();

CREATE OR REPLACE FUNCTION increment_template_use_count(template_id UUID)
RETURNS VOID AS $$
BEGIN
    UPDATE templates SET use_count = use_count + 1 WHERE id = template_id;
END;
$$ LANGUAGE plpgsql SECURITY DEFINER;

ALTER TABLE templates ENABLE ROW LEVEL SECURITY;

CREATE POLICY "Service role has full access" ON templates
    FOR ALL TO service_role USING (true) WITH CHECK (true);
CREATE POLICY "Anonymous can read public" ON templates
    FOR SELECT TO anon USING (is_public = true);
CREATE POLICY "Anonymous can create" ON templates
    FOR INSERT TO anon WITH CHECK (true);
CREATE POLICY "Users can update own" ON templates
    FOR UPDATE TO anon USING (user_hash IS NOT NULL);
CREATE POLICY "Users can delete own" ON templates
    FOR DELETE TO anon USING (user_hash IS NOT NULL);
