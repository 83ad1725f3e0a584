"""canon verify-types on the seeds' models, against the canonical files and against live
databases built from them on a real PostgreSQL: seed 001's types.ts declares sixteen tables and
fourteen profile fields the database lacks; seed 003's Python types have no tables; the root
project's generated models verify clean against its live database."""

from __future__ import annotations

import json
from pathlib import Path

import psycopg
from typer.testing import CliRunner

from toolkit.cli import app
from toolkit.codegen.python import Style
from toolkit.commands.codegen import python_models, typescript_models
from toolkit.commands.verify_types import verify_types
from toolkit.config import ProjectConfig, load_project
from toolkit.source import compile_project, prelude_sql

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures" / "verify_types"
SEED001 = FIXTURES / "seed001"
SEED001_TYPES = SEED001 / "lib" / "supabase" / "types.ts"
SEED003_TYPES = FIXTURES / "seed003" / "src" / "types"
BLOG_AI = REPO / "examples" / "blog-ai"

# Seed 001, "Missing Tables in Database Schema" and the profiles' "MISSING FIELDS (in types.ts)".
SEED001_TABLES = (
    "credit_packages", "payments", "creator_earnings", "payouts", "story_pricing",
    "story_purchases", "reading_progress", "user_library", "subscription_usage",
    "story_covers", "cover_generation_queue", "ai_usage_logs", "cache_rewards",
    "creator_earnings_accumulation", "monthly_payout_batches", "individual_payouts")
SEED001_PROFILE_FIELDS = (
    "credits_balance", "credits_earned_total", "credits_spent_total", "cache_hits",
    "cache_discount_earned", "is_creator", "creator_tier", "total_earnings_usd",
    "pending_payout_usd", "stripe_connect_account_id", "stripe_account_status",
    "stripe_charges_enabled", "stripe_payouts_enabled", "display_name")
SEED001_FINDINGS = {("not-in-database", f"table public.{t}") for t in SEED001_TABLES} | {
    ("not-in-database", f"column public.profiles.{c}") for c in SEED001_PROFILE_FIELDS}
SEED003_FINDINGS = {("not-in-database", "class BatchJob"),
                    ("not-in-database", "class RemixHistory"),
                    ("not-in-database", "class GeneratedImage")}


def load(url: str, config: ProjectConfig) -> None:
    """Build the project's schema (after its prelude) in the database at ``url``."""
    with psycopg.connect(url) as conn:
        conn.execute(prelude_sql(config))
        conn.execute(compile_project(config).sql)


def canon(project: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["--project", str(project), *args])
    return result.exit_code, result.output


def test_seed001_counts_are_the_seeds() -> None:
    assert len(set(SEED001_TABLES)) == 16
    assert len(set(SEED001_PROFILE_FIELDS)) == 14


def test_seed001_types_against_the_canonical_files() -> None:
    report = verify_types(load_project(SEED001), SEED001_TYPES)
    assert {(str(f.kind), f.object) for f in report.check.findings} == SEED001_FINDINGS
    assert report.check.skipped_schemas == ("graphql_public",)
    assert report.against == "the canonical schema"


def test_seed001_types_against_the_live_database(pg_url: str) -> None:
    load(pg_url, load_project(SEED001))
    code, output = canon(SEED001, "verify-types", "--models", str(SEED001_TYPES),
                         "--database", pg_url, "--format", "json")
    assert code == 1, output
    report = json.loads(output)
    assert {(f["kind"], f["object"]) for f in report["findings"]} == SEED001_FINDINGS
    assert report["skipped_schemas"] == ["graphql_public"]
    payments = next(f for f in report["findings"] if f["object"] == "table public.payments")
    text = SEED001_TYPES.read_text(encoding="utf-8").splitlines()
    assert text[payments["location"]["line"] - 1].strip() == "payments: {"


def test_seed001_once_the_tables_exist_only_the_profile_fields_remain(pg_url: str) -> None:
    """The root project is seed 001 finished: every table, and the profile fields moved."""
    load(pg_url, load_project(REPO))
    report = verify_types(load_project(SEED001), SEED001_TYPES, pg_url, partial=True)
    assert {(str(f.kind), f.object) for f in report.check.findings} == {
        ("not-in-database", f"column public.profiles.{c}") for c in (
            "credits_balance", "credits_earned_total", "credits_spent_total")}


def test_seed003_python_types_have_no_tables(pg_url: str) -> None:
    config = load_project(BLOG_AI)
    static = verify_types(config, SEED003_TYPES, partial=True)
    assert {(str(f.kind), f.object) for f in static.check.findings} == SEED003_FINDINGS
    load(pg_url, config)
    code, output = canon(BLOG_AI, "verify-types", "--models", str(SEED003_TYPES),
                         "--database", pg_url)
    assert code == 1
    lines = output.splitlines()
    assert any(line.endswith("class BatchJob: models a table the database does not have "
                             "(no public.batch_job, no public.batch_jobs)") for line in lines)
    live = verify_types(config, SEED003_TYPES, pg_url)
    objects = {(str(f.kind), f.object) for f in live.check.findings}
    assert objects >= SEED003_FINDINGS
    # Without --partial, every other table the models leave out is reported too; the one they
    # model (generated_content) agrees.
    unmodelled = {o for k, o in objects if k == "not-in-models"}
    assert len(unmodelled) == 15 and "table public.generated_content" not in unmodelled
    assert objects - SEED003_FINDINGS == {("not-in-models", o) for o in unmodelled}


def test_root_project_models_verify_clean_against_its_live_database(pg_url: str,
                                                                    tmp_path: Path) -> None:
    config = load_project(REPO)
    load(pg_url, config)
    (tmp_path / "types.ts").write_text(typescript_models(config, None), encoding="utf-8")
    for style in Style:
        (tmp_path / f"models_{style.value}.py").write_text(
            python_models(config, None, style), encoding="utf-8")
    for name in ("types.ts", *(f"models_{s.value}.py" for s in Style)):
        code, output = canon(REPO, "verify-types", "--models", str(tmp_path / name),
                             "--database", pg_url)
        assert code == 0, output
        assert output.startswith("typed models agree with postgresql://")
