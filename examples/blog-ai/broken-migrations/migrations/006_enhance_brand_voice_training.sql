-- Voice samples, fingerprints and scores
CREATE TABLE IF NOT EXISTS voice_samples (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    profile_id UUID NOT NULL REFERENCES brand_profiles(id) ON DELETE CASCADE,
    created_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    title TEXT,
    content TEXT NOT NULL,
    content_type TEXT NOT NULL DEFAULT 'text',
    word_count INTEGER NOT NULL DEFAULT 0,
    source_url TEXT,
    source_platform TEXT,
    is_analyzed BOOLEAN NOT NULL DEFAULT false,
    analysis_result JSONB DEFAULT '{}',
    quality_score FLOAT DEFAULT 0.0,
    is_primary_example BOOLEAN DEFAULT false
);

CREATE TABLE IF NOT EXISTS voice_fingerprints (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    profile_id UUID NOT NULL UNIQUE REFERENCES brand_profiles(id) ON DELETE CASCADE,
    created_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    vocabulary_profile JSONB DEFAULT '{}',
    sentence_patterns JSONB DEFAULT '{}',
    tone_distribution JSONB DEFAULT '{}',
    style_metrics JSONB DEFAULT '{}',
    voice_summary TEXT,
    embedding_vector FLOAT[] DEFAULT '{}',
    embedding_model TEXT,
    sample_count INTEGER DEFAULT 0,
    last_trained_at TIMESTAMPTZ,
    training_quality FLOAT DEFAULT 0.0
);

CREATE TABLE IF NOT EXISTS voice_scores (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    profile_id UUID NOT NULL REFERENCES brand_profiles(id) ON DELETE CASCADE,
    content_id TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    overall_score FLOAT NOT NULL,
    tone_match FLOAT NOT NULL,
    vocabulary_match FLOAT NOT NULL,
    style_match FLOAT NOT NULL,
    feedback JSONB DEFAULT '{}',
    deviations JSONB DEFAULT '{}'
);

-- brand_profiles -> voice_fingerprints closes the cycle with voice_fingerprints.profile_id.
ALTER TABLE brand_profiles ADD COLUMN IF NOT EXISTS voice_fingerprint_id UUID
    REFERENCES voice_fingerprints(id) ON DELETE SET NULL;
ALTER TABLE brand_profiles ADD COLUMN IF NOT EXISTS training_status TEXT DEFAULT 'untrained';
ALTER TABLE brand_profiles ADD COLUMN IF NOT EXISTS training_quality FLOAT DEFAULT 0.0;
ALTER TABLE brand_profiles ADD COLUMN IF NOT EXISTS sample_count INTEGER DEFAULT 0;

CREATE INDEX IF NOT EXISTS idx_voice_samples_profile ON voice_samples(profile_id);
CREATE INDEX IF NOT EXISTS idx_voice_samples_analyzed ON voice_samples(is_analyzed)
    WHERE is_analyzed = false;
CREATE UNIQUE INDEX IF NOT EXISTS idx_voice_fingerprints_profile ON voice_fingerprints(profile_id);
CREATE INDEX IF NOT EXISTS idx_voice_scores_profile ON voice_scores(profile_id);
CREATE INDEX IF NOT EXISTS idx_voice_scores_content ON voice_scores(content_id);

ALTER TABLE voice_samples ENABLE ROW LEVEL SECURITY;
ALTER TABLE voice_fingerprints ENABLE ROW LEVEL SECURITY;
ALTER TABLE voice_scores ENABLE ROW LEVEL SECURITY;

CREATE POLICY "Service role has full access" ON voice_samples
    FOR ALL TO service_role USING (true) WITH CHECK (true);
CREATE POLICY "Users can manage via profile" ON voice_samples FOR ALL TO anon
    USING (EXISTS (SELECT 1 FROM brand_profiles WHERE user_hash IS NOT NULL));
CREATE POLICY "Service role has full access" ON voice_fingerprints
    FOR ALL TO service_role USING (true) WITH CHECK (true);
CREATE POLICY "Users can manage via profile" ON voice_fingerprints FOR SELECT TO anon
    USING (EXISTS (SELECT 1 FROM brand_profiles WHERE user_hash IS NOT NULL));
CREATE POLICY "Service role has full access" ON voice_scores
    FOR ALL TO service_role USING (true) WITH CHECK (true);
CREATE POLICY "Users can manage via profile" ON voice_scores FOR SELECT TO anon
    USING (EXISTS (SELECT 1 FROM brand_profiles WHERE user_hash IS NOT NULL));
