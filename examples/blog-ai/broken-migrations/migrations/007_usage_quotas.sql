-- Subscription quotas and usage tracking
CREATE TABLE IF NOT EXISTS tier_limits (
    tier TEXT PRIMARY KEY,
    monthly_limit INTEGER NOT NULL,
    daily_limit INTEGER NOT NULL DEFAULT -1,
    features TEXT[] NOT NULL DEFAULT '{}',
    price_monthly DECIMAL(10,2) NOT NULL DEFAULT 0,
    price_yearly DECIMAL(10,2) NOT NULL DEFAULT 0,
    description TEXT,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT NOW()
);

INSERT INTO tier_limits (tier, monthly_limit, daily_limit, price_monthly, price_yearly) VALUES
    ('free', 5, 2, 0, 0),
    ('starter', 50, 10, 19, 190),
    ('pro', 200, 50, 49, 490),
    ('business', 1000, -1, 149, 1490)
ON CONFLICT (tier) DO NOTHING;

CREATE TABLE IF NOT EXISTS user_quotas (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id TEXT NOT NULL UNIQUE,
    tier TEXT NOT NULL DEFAULT 'free' CHECK (tier IN ('free', 'starter', 'pro', 'business')),
    period_start TIMESTAMPTZ NOT NULL DEFAULT date_trunc('month', NOW()),
    period_end TIMESTAMPTZ NOT NULL DEFAULT date_trunc('month', NOW()) + INTERVAL '1 month',
    created_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT NOW()
);

CREATE TABLE IF NOT EXISTS usage_records (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id TEXT NOT NULL,
    operation_type TEXT NOT NULL
        CHECK (operation_type IN ('blog', 'book', 'batch', 'remix', 'tool', 'other')),
    tokens_used INTEGER NOT NULL DEFAULT 0,
    timestamp TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    metadata JSONB,
    created_at TIMESTAMPTZ NOT NULL DEFAULT NOW()
);

CREATE INDEX IF NOT EXISTS idx_usage_records_user_time ON usage_records(user_id, timestamp DESC);

CREATE OR REPLACE FUNCTION get_daily_usage(p_user_id TEXT)
RETURNS BIGINT AS $$
    SELECT COUNT(*) FROM usage_records
    WHERE user_id = p_user_id AND timestamp >= date_trunc('day', NOW());
$$ LANGUAGE sql STABLE;

CREATE OR REPLACE FUNCTION reset_expired_quotas()
RETURNS INTEGER AS $$
DECLARE
    reset_count INTEGER;
BEGIN
    UPDATE user_quotas
    SET period_start = date_trunc('month', NOW()),
        period_end = date_trunc('month', NOW()) + INTERVAL '1 month'
    WHERE period_end <= NOW();
    GET DIAGNOSTICS reset_count = ROW_COUNT;
    RETURN reset_count;
END;
$$ LANGUAGE plpgsql SECURITY DEFINER;

ALTER TABLE user_quotas ENABLE ROW LEVEL SECURITY;
ALTER TABLE usage_records ENABLE ROW LEVEL SECURITY;
ALTER TABLE tier_limits ENABLE ROW LEVEL SECURITY;

CREATE POLICY "Users can view own" ON user_quotas FOR SELECT TO authenticated
    USING (user_id = auth.uid()::text);
CREATE POLICY "Service role can manage" ON user_quotas FOR ALL TO service_role USING (true);
CREATE POLICY "Users can view own" ON usage_records FOR SELECT TO authenticated
    USING (user_id = auth.uid()::text);
CREATE POLICY "Service role can manage" ON usage_records FOR ALL TO service_role USING (true);
CREATE POLICY "Anyone can read" ON tier_limits FOR SELECT
    TO anon, authenticated, service_role USING (true);
CREATE POLICY "Service role can manage" ON tier_limits FOR ALL TO service_role USING (true);
