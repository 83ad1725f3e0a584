"""`canon docs`: every table, foreign key, index, policy and function appears; the Mermaid ER
diagram parses with the real Mermaid parser and has one relationship per foreign key; the
migration inventory shows directory status, and applied/pending with a database."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from toolkit.cli import app
from toolkit.config import load_project
from toolkit.model import Catalog, ConstraintKind
from toolkit.plan.scripts import run_sql_text
from toolkit.source import compile_project, load_catalog

FIXTURES = Path(__file__).parent / "fixtures" / "codegen"
PROJECT = FIXTURES / "project"
MERMAID_CACHE = Path(os.environ.get("CANON_MERMAID_CACHE",
                                    Path.home() / ".cache" / "canon-mermaid"))


def canon(project: Path, *args: str) -> str:
    result = CliRunner().invoke(app, ["--project", str(project), *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def mermaid_block(markdown: str) -> str:
    start = markdown.index("```mermaid\n") + len("```mermaid\n")
    return markdown[start:markdown.index("```", start)]


def parse_mermaid(diagram: str) -> dict[str, object]:
    """Parse with Mermaid itself (installed from npm into a cache outside the repository)."""
    if not (MERMAID_CACHE / "node_modules" / "mermaid").is_dir():
        npm = shutil.which("npm")
        assert npm is not None, "npm is needed to install mermaid"
        subprocess.run([npm, "install", "--prefix", str(MERMAID_CACHE), "--no-audit",
                        "--no-fund", "mermaid@11"], check=True, capture_output=True, timeout=600)
    script = MERMAID_CACHE / "check_mermaid.mjs"
    shutil.copy(FIXTURES / "check_mermaid.mjs", script)
    node = shutil.which("node")
    assert node is not None
    parsed = subprocess.run([node, str(script)], input=diagram, capture_output=True, text=True,
                            timeout=120, check=False)
    assert parsed.returncode == 0, parsed.stderr
    result: dict[str, object] = json.loads(parsed.stdout)
    return result


@pytest.fixture(scope="module")
def static_docs() -> str:
    return canon(PROJECT, "docs", "-o", "-")


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(load_project(PROJECT))


def test_every_object_appears(static_docs: str, catalog: Catalog) -> None:
    for table in catalog.tables:
        shown = table.name.name if table.name.schema == "public" else str(table.name)
        assert f"\n### {shown}\n" in static_docs
        for column in table.columns:
            assert f"| {column.name} |" in static_docs
        for constraint in table.constraints:
            if constraint.kind is ConstraintKind.FOREIGN_KEY:
                assert f"| `{constraint.name}` |" in static_docs
    for view in catalog.views:
        assert f"\n### {view.name.name}\n" in static_docs
    for index in catalog.indexes:
        assert f"| `{index.name}` |" in static_docs
    for policy in catalog.policies:
        assert f"| {policy.name} | {policy.command} |" in static_docs
    for function in catalog.functions:
        assert f"| `{function.name.name}` |" in static_docs
    for trigger in catalog.triggers:
        assert f"`{trigger.name}`" in static_docs
    assert "| email | email | NO | - | Login e-mail \\| unique |" in static_docs
    assert "**Row level security:** enabled" in static_docs


def test_mermaid_diagram_parses_with_one_relationship_per_foreign_key(
        static_docs: str, catalog: Catalog) -> None:
    parsed = parse_mermaid(mermaid_block(static_docs))
    foreign_keys = sorted(c.name for t in catalog.tables for c in t.constraints
                          if c.kind is ConstraintKind.FOREIGN_KEY)
    assert parsed["type"] == "er"
    assert sorted(parsed["relationships"]) == foreign_keys  # type: ignore[arg-type]
    assert parsed["entities"] == sorted(
        t.name.name if t.name.schema == "public" else str(t.name) for t in catalog.tables)
    assert "members ||--o| profiles" in static_docs  # one-to-one: the key is the FK
    assert "posts |o--o{ posts" in static_docs  # optional self reference


def test_tables_are_grouped_by_domain_directive(static_docs: str) -> None:
    overview = static_docs[static_docs.index("## Schema Overview"):
                           static_docs.index("## Entity Relationship Diagram")]
    sections = {part.split("\n", 1)[0]: part for part in overview.split("### ")[1:]}
    assert list(sections) == ["Billing", "Membership", "Publishing", "Schema `public`"]
    assert "`Weird Names`" in sections["Schema `public`"]  # no directive: grouped by schema
    assert "`billing.subscriptions`" in sections["Billing"]
    assert "`members`" in sections["Membership"] and "`profiles`" in sections["Membership"]
    assert all(f"`{name}`" in sections["Publishing"]
               for name in ("posts", "published_posts", "member_handles"))


def test_migration_inventory_reports_directory_status(static_docs: str) -> None:
    assert "| 0001 | `0001_members.sql` | `0001_members.sql` | OK |" in static_docs
    assert "| 0002 | `0002_posts.sql` | - | **DUPLICATE** |" in static_docs
    assert "| 0002 | `0002_profiles.sql` | `0002_profiles.sql` | **DUPLICATE** |" in static_docs
    assert "| 0003 | `0003_billing.sql` | - | **MISSING ROLLBACK** |" in static_docs


def test_docs_of_a_live_database_show_applied_and_pending(pg_url: str, tmp_path: Path) -> None:
    project = tmp_path / "project"
    shutil.copytree(PROJECT, project)
    for extra in ("0002_posts.sql", "0003_billing.sql"):
        (project / "migrations" / extra).unlink()
    canon(project, "hash")
    canon(project, "migrate", "--database", pg_url, "--to", "1")
    output = tmp_path / "docs" / "schema.md"
    canon(project, "docs", "--database", pg_url, "-o", str(output))
    docs = output.read_text(encoding="utf-8")
    assert "| 0001 | `0001_members.sql` | `0001_members.sql` | OK | APPLIED |" in docs
    assert "| 0002 | `0002_profiles.sql` | `0002_profiles.sql` | OK | PENDING |" in docs
    assert "Generated by canon from a live database." in docs
    assert "\n### members\n" in docs and "\n### posts\n" not in docs


def test_live_docs_of_the_fixture_list_the_same_objects(pg_url: str, static_docs: str) -> None:
    run_sql_text(pg_url, "fixture", compile_project(load_project(PROJECT)).sql)
    live = canon(PROJECT, "docs", "--database", pg_url, "-o", "-")
    headings = [line for line in static_docs.splitlines() if line.startswith("#")]
    assert [line for line in live.splitlines() if line.startswith("#")] == headings
    assert parse_mermaid(mermaid_block(live))["relationships"] == parse_mermaid(
        mermaid_block(static_docs))["relationships"]
