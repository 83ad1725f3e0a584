"""The seed schemas' real problems: duplicate indexes (seed 002) and ownerless RLS (seed 003)."""

from __future__ import annotations

from pathlib import Path

from toolkit.lint.engine import run
from toolkit.lint.files import SourceFile
from toolkit.lint.findings import Mode, Severity
from toolkit.lint.registry import all_rules
from toolkit.lint.settings import load_settings

FIXTURES = Path(__file__).parent / "fixtures" / "lint"
# Seed 002's DDL, verbatim, is kept once: beside the example project made from it.
SEED_002 = (Path(__file__).parent.parent / "examples" / "character-platform" / "original"
            / "schema.sql")
RULES = all_rules()
SETTINGS = load_settings({}, {code: rule.enabled_by_default for code, rule in RULES.items()},
                         source="test")


def lint_fixture(path: Path) -> list[tuple[str, int, str]]:
    file = SourceFile.parse(path, path.read_text(encoding="utf-8"), Mode.SCHEMA)
    result = run([file], RULES, SETTINGS)
    lines = file.text.splitlines()
    return [(finding.code, finding.line, lines[finding.line - 1])
            for finding in result.findings]


def test_seed_002_verbatim_yields_the_duplicate_index_findings() -> None:
    findings = lint_fixture(SEED_002)
    duplicates = {line.split()[2] for code, _, line in findings if code == "INT002"}
    assert duplicates == {"idx_users_email", "idx_users_auth0_id", "idx_users_username",
                          "idx_user_credits_user_id", "idx_user_profiles_user_id"}


def test_seed_002_prefix_indexes_and_unindexed_foreign_key() -> None:
    findings = lint_fixture(SEED_002)
    prefixes = {line.split()[2] for code, _, line in findings if code == "INT004"}
    assert prefixes == {"idx_api_credit_configs_endpoint",
                        "idx_character_ratings_character_id"}
    unindexed = [line.strip() for code, _, line in findings if code == "INT001"]
    assert unindexed == ["user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"]


def test_seed_002_duplicate_finding_names_the_constraint() -> None:
    file = SourceFile.parse(SEED_002, SEED_002.read_text(encoding="utf-8"), Mode.SCHEMA)
    result = run([file], RULES, SETTINGS)
    message = next(f.message for f in result.findings
                   if f.code == "INT002" and "idx_users_email" in f.message)
    assert "UNIQUE constraint users_email_key (email)" in message
    assert "drop idx_users_email" in message


def test_seed_003_policies_yield_the_ownership_findings() -> None:
    findings = lint_fixture(FIXTURES / "seed_003_blog_ai_policies.sql")
    ownership = [line.split('"')[1] for code, _, line in findings if code == "SEC005"]
    assert ownership == ["Users can read own content", "Users can update own",
                         "Users can delete own", "Anonymous can read own",
                         "Anonymous can update own", "Anonymous can delete own",
                         "Users can manage via profile"]
    always_true = [line.split('"')[1] for code, _, line in findings if code == "SEC004"]
    assert always_true == ["Anonymous can insert", "Anonymous can create",
                           "Anonymous can create"]
    per_row = [line.strip() for code, _, line in findings if code == "SEC007"]
    assert per_row == ["FOR SELECT TO authenticated USING (user_id = auth.uid()::text);"]


def test_seed_003_ownership_findings_are_errors_and_explain_the_fix() -> None:
    path = FIXTURES / "seed_003_blog_ai_policies.sql"
    file = SourceFile.parse(path, path.read_text(encoding="utf-8"), Mode.SCHEMA)
    result = run([file], RULES, SETTINGS)
    first = next(f for f in result.findings if f.code == "SEC005")
    assert first.severity is Severity.ERROR
    assert "user_hash" in first.message and "auth.uid()" in first.message
    assert result.failed
