-- Conversation history storage (replaces file-based storage)
CREATE TABLE IF NOT EXISTS conversations (
    id TEXT PRIMARY KEY,
    created_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    messages JSONB NOT NULL DEFAULT '[]',
    metadata JSONB
);

CREATE INDEX IF NOT EXISTS idx_conversations_created_at ON conversations(created_at DESC);
CREATE INDEX IF NOT EXISTS idx_conversations_updated_at ON conversations(updated_at DESC);

CREATE TRIGGER update_conversations_updated_at
    BEFORE UPDATE ON conversations
    FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();

CREATE OR REPLACE FUNCTION upsert_conversation(p_id TEXT, p_messages JSONB, p_metadata JSONB)
RETURNS conversations AS $$
    INSERT INTO conversations (id, messages, metadata)
    VALUES (p_id, p_messages, p_metadata)
    ON CONFLICT (id) DO UPDATE SET messages = EXCLUDED.messages, metadata = EXCLUDED.metadata
    RETURNING *;
$$ LANGUAGE sql;

CREATE OR REPLACE FUNCTION add_conversation_message(p_id TEXT, p_message JSONB)
RETURNS conversations AS $$
    UPDATE conversations SET messages = messages || jsonb_build_array(p_message)
    WHERE id = p_id
    RETURNING *;
$$ LANGUAGE sql;

ALTER TABLE conversations ENABLE ROW LEVEL SECURITY;

CREATE POLICY "Service role has full access" ON conversations
    FOR ALL TO service_role USING (true) WITH CHECK (true);
CREATE POLICY "Anonymous can manage" ON conversations
    FOR ALL TO anon USING (true) WITH CHECK (true);
