-- Stripe payment integration
CREATE TABLE IF NOT EXISTS users (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id TEXT NOT NULL UNIQUE,
    email TEXT,
    name TEXT,
    stripe_customer_id TEXT,
    tier TEXT DEFAULT 'free' CHECK (tier IN ('free', 'starter', 'pro', 'business')),
    is_active BOOLEAN DEFAULT true,
    last_login_at TIMESTAMPTZ,
    created_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT NOW()
);

CREATE TABLE IF NOT EXISTS stripe_customers (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id TEXT NOT NULL UNIQUE,
    customer_id TEXT NOT NULL UNIQUE,
    email TEXT,
    created_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT NOW()
);

CREATE TABLE IF NOT EXISTS stripe_subscriptions (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    subscription_id TEXT NOT NULL UNIQUE,
    user_id TEXT NOT NULL,
    customer_id TEXT,
    tier TEXT NOT NULL CHECK (tier IN ('free', 'starter', 'pro', 'business')),
    status TEXT NOT NULL DEFAULT 'active'
        CHECK (status IN ('active', 'trialing', 'past_due', 'cancelled', 'incomplete')),
    current_period_start TIMESTAMPTZ,
    current_period_end TIMESTAMPTZ,
    cancel_at_period_end BOOLEAN DEFAULT false,
    cancelled_at TIMESTAMPTZ,
    created_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT NOW()
);

CREATE TABLE IF NOT EXISTS payments (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id TEXT NOT NULL,
    subscription_id TEXT,
    invoice_id TEXT,
    amount_cents INTEGER NOT NULL,
    currency TEXT DEFAULT 'usd',
    status TEXT NOT NULL DEFAULT 'paid'
        CHECK (status IN ('paid', 'refunded', 'partially_refunded')),
    paid_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    created_at TIMESTAMPTZ NOT NULL DEFAULT NOW()
);

CREATE TABLE IF NOT EXISTS payment_failures (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id TEXT NOT NULL,
    subscription_id TEXT,
    invoice_id TEXT,
    attempt_count INTEGER NOT NULL DEFAULT 1,
    failure_reason TEXT,
    failed_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    resolved_at TIMESTAMPTZ,
    created_at TIMESTAMPTZ NOT NULL DEFAULT NOW()
);

CREATE OR REPLACE FUNCTION sync_user_tier_from_subscription()
RETURNS TRIGGER AS $$
BEGIN
    UPDATE users SET tier = NEW.tier WHERE user_id = NEW.user_id;
    UPDATE user_quotas SET tier = NEW.tier WHERE user_id = NEW.user_id;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql SECURITY DEFINER;

CREATE TRIGGER sync_user_tier
    AFTER INSERT OR UPDATE OF tier, status ON stripe_subscriptions
    FOR EACH ROW EXECUTE FUNCTION sync_user_tier_from_subscription();

ALTER TABLE users ENABLE ROW LEVEL SECURITY;
ALTER TABLE stripe_customers ENABLE ROW LEVEL SECURITY;
ALTER TABLE stripe_subscriptions ENABLE ROW LEVEL SECURITY;
ALTER TABLE payments ENABLE ROW LEVEL SECURITY;
ALTER TABLE payment_failures ENABLE ROW LEVEL SECURITY;

CREATE POLICY "Users can view own" ON users FOR SELECT TO authenticated
    USING (user_id = auth.uid()::text);
CREATE POLICY "Users can update own" ON users FOR UPDATE TO authenticated
    USING (user_id = auth.uid()::text);
CREATE POLICY "Service role can manage" ON users FOR ALL TO service_role USING (true);
CREATE POLICY "Users can view own" ON stripe_customers FOR SELECT TO authenticated
    USING (user_id = auth.uid()::text);
CREATE POLICY "Service role can manage" ON stripe_customers FOR ALL TO service_role USING (true);
CREATE POLICY "Users can view own" ON stripe_subscriptions FOR SELECT TO authenticated
    USING (user_id = auth.uid()::text);
CREATE POLICY "Service role can manage" ON stripe_subscriptions
    FOR ALL TO service_role USING (true);
CREATE POLICY "Users can view own" ON payments FOR SELECT TO authenticated
    USING (user_id = auth.uid()::text);
CREATE POLICY "Service role can manage" ON payments FOR ALL TO service_role USING (true);
CREATE POLICY "Users can view own" ON payment_failures FOR SELECT TO authenticated
    USING (user_id = auth.uid()::text);
CREATE POLICY "Service role can manage" ON payment_failures FOR ALL TO service_role USING (true);
