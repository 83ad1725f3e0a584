-- Tool usage statistics
CREATE TABLE IF NOT EXISTS tool_usage (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    tool_id TEXT NOT NULL UNIQUE,
    count INTEGER NOT NULL DEFAULT 0,
    last_used_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    created_at TIMESTAMPTZ NOT NULL DEFAULT NOW()
);

CREATE OR REPLACE FUNCTION increment_tool_usage(p_tool_id TEXT)
RETURNS VOID AS $$
BEGIN
    INSERT INTO tool_usage (tool_id, count, last_used_at)
    VALUES (p_tool_id, 1, NOW())
    ON CONFLICT (tool_id)
    DO UPDATE SET count = tool_usage.count + 1, last_used_at = NOW();
END;
$$ LANGUAGE plpgsql SECURITY DEFINER;

CREATE OR REPLACE FUNCTION get_tool_stats()
RETURNS TABLE (tool_id TEXT, count INTEGER, last_used_at TIMESTAMPTZ) AS $$
BEGIN
    RETURN QUERY SELECT t.tool_id, t.count, t.last_used_at FROM tool_usage t ORDER BY t.count DESC;
END;
$$ LANGUAGE plpgsql;

ALTER TABLE tool_usage ENABLE ROW LEVEL SECURITY;

CREATE POLICY "Anyone can read" ON tool_usage FOR SELECT TO anon, authenticated USING (true);
CREATE POLICY "Service role can write" ON tool_usage FOR ALL TO service_role USING (true);
