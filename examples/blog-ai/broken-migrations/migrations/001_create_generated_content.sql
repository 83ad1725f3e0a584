-- Core generated content table

CREATE TABLE IF NOT EXISTS generated_content (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    created_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    tool_id TEXT NOT NULL,
    inputs JSONB NOT NULL,
    output TEXT NOT NULL,
    provider TEXT NOT NULL DEFAULT 'openai',
    execution_time_ms INTEGER NOT NULL DEFAULT 0,
    user_hash TEXT
);

CREATE INDEX IF NOT EXISTS idx_generated_content_tool_id ON generated_content(tool_id);
CREATE INDEX IF NOT EXISTS idx_generated_content_created_at ON generated_content(created_at DESC);
CREATE INDEX IF NOT EXISTS idx_generated_content_user_hash ON generated_content(user_hash)
    WHERE user_hash IS NOT NULL;

CREATE OR REPLACE FUNCTION update_updated_at_column()
RETURNS TRIGGER AS $$
BEGIN
    NEW.updated_at = NOW();
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER update_generated_content_updated_at
    BEFORE UPDATE ON generated_content
    FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();

ALTER TABLE generated_content ENABLE ROW LEVEL SECURITY;

CREATE POLICY "Service role has full access" ON generated_content
    FOR ALL TO service_role USING (true) WITH CHECK (true);
CREATE POLICY "Anonymous can insert" ON generated_content
    FOR INSERT TO anon WITH CHECK (true);
CREATE POLICY "Users can read own content" ON generated_content
    FOR SELECT TO anon USING (user_hash IS NOT NULL);
