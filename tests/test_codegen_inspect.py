"""`canon inspect` round trip: a hand-built database is written out as canonical files, which
compile into a script that rebuilds the same catalog in an empty database, and `canon drift`
of those files against the original database finds nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from toolkit.cli import app
from toolkit.config import ProjectConfig
from toolkit.inspect import inspect_catalog
from toolkit.plan.builder import catalogs_match
from toolkit.plan.scripts import run_sql_text
from toolkit.postgres.scratch import ScratchServer
from toolkit.source import prelude_sql

ADOPT = Path(__file__).parent / "fixtures" / "codegen" / "adopt.sql"
SCHEMAS = ["app", "public"]


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.output


@pytest.fixture
def adopted(pg_url: str, tmp_path: Path) -> tuple[str, Path]:
    run_sql_text(pg_url, "adopt.sql", ADOPT.read_text(encoding="utf-8"))
    target = tmp_path / "adopted"
    code, output = invoke("inspect", "--database", pg_url, "-o", str(target),
                          "--schema", "app", "--schema", "public")
    assert code == 0, output
    return pg_url, target


def test_inspect_writes_one_file_per_object(adopted: tuple[str, Path]) -> None:
    _, root = adopted
    files = sorted(str(path.relative_to(root)) for path in root.rglob("*") if path.is_file())
    assert files == [
        "canon.toml",
        "functions/archive.sql", "functions/book_count.sql", "functions/books_of.sql",
        "functions/touch.sql",
        "policies/books.sql",
        "schema/_schemas.sql", "schema/authors.sql", "schema/book_counts.sql",
        "schema/books.sql", "schema/invoice_numbers.sql", "schema/live_books.sql",
        "schema/money_amount.sql", "schema/public.settings.sql", "schema/slug.sql",
        "schema/status.sql",
    ]
    books = (root / "schema" / "books.sql").read_text(encoding="utf-8")
    assert "CREATE INDEX books_author_idx" in books
    assert "COMMENT ON INDEX \"app\".\"books_live_title_idx\"" in books
    assert "COMMENT ON CONSTRAINT \"books_title_check\"" in books
    assert "ROW LEVEL SECURITY" not in books
    policies = (root / "policies" / "books.sql").read_text(encoding="utf-8")
    assert "ENABLE ROW LEVEL SECURITY" in policies and "FORCE ROW LEVEL SECURITY" in policies
    assert "AS RESTRICTIVE FOR UPDATE" in policies
    touch = (root / "functions" / "touch.sql").read_text(encoding="utf-8")
    assert "CREATE TRIGGER authors_touch" in touch
    assert '"id" serial NOT NULL' in (root / "schema" / "authors.sql").read_text(
        encoding="utf-8")
    assert "REVOKE EXECUTE" in (root / "functions" / "book_count.sql").read_text(
        encoding="utf-8")
    assert (root / "canon.toml").read_text(encoding="utf-8").endswith(
        'schemas = ["app", "public"]\n')


def test_compiled_files_rebuild_the_same_catalog(adopted: tuple[str, Path],
                                                 pg_server: ScratchServer) -> None:
    url, root = adopted
    code, output = invoke("--project", str(root), "compile", "-o", str(root / "schema.sql"))
    assert code == 0, output
    compiled = (root / "schema.sql").read_text(encoding="utf-8")
    with pg_server.database() as empty:
        run_sql_text(empty, "compiled", compiled)
        rebuilt = inspect_catalog(empty, SCHEMAS)
    assert catalogs_match(rebuilt, inspect_catalog(url, SCHEMAS)) == []


def test_drift_of_the_adopted_files_against_the_database_is_empty(
        adopted: tuple[str, Path], pg_server: ScratchServer,
        monkeypatch: pytest.MonkeyPatch) -> None:
    url, root = adopted
    monkeypatch.setenv("CANON_DEV_URL", pg_server.admin_url)
    code, output = invoke("--project", str(root), "drift", "--database", url)
    assert code == 0, output
    run_sql_text(url, "change", "ALTER TABLE app.books ADD COLUMN extra integer")
    code, output = invoke("--project", str(root), "drift", "--database", url)
    assert code == 1 and "extra" in output, output


def test_inspect_again_changes_nothing_and_protects_edits(adopted: tuple[str, Path]) -> None:
    url, root = adopted
    code, output = invoke("inspect", "--database", url, "-o", str(root), "--schema", "app",
                          "--schema", "public")
    assert code == 0, output
    assert "0 file(s) written, 15 unchanged" in output  # canon.toml is kept as it is
    edited = root / "schema" / "status.sql"
    edited.write_text("-- mine\n", encoding="utf-8")
    code, output = invoke("inspect", "--database", url, "-o", str(root), "--schema", "app")
    assert code == 2
    assert "schema/status.sql" in output and "--force" in output
    assert edited.read_text(encoding="utf-8") == "-- mine\n"
    code, output = invoke("inspect", "--database", url, "-o", str(root), "--schema", "app",
                          "--schema", "public", "--force")
    assert code == 0, output
    assert "wrote schema/status.sql" in output


def test_inspect_needs_a_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CANON_DATABASE_URL", raising=False)
    monkeypatch.chdir(tmp_path)
    code, output = invoke("inspect", "-o", str(tmp_path))
    assert code == 2
    assert "--database" in output


def test_a_supabase_database_is_adopted_with_the_supabase_prelude(
        pg_url: str, pg_server: ScratchServer, tmp_path: Path) -> None:
    prelude = prelude_sql(ProjectConfig(root=tmp_path, prelude=("supabase",)))
    run_sql_text(pg_url, "prelude", prelude)
    run_sql_text(pg_url, "app", SUPABASE_APP)
    target = tmp_path / "adopted"
    code, output = invoke("inspect", "--database", pg_url, "-o", str(target))
    assert code == 0, output
    assert 'prelude = ["supabase"]' in (target / "canon.toml").read_text(encoding="utf-8")
    code, output = invoke("--project", str(target), "compile", "-o", str(target / "all.sql"))
    assert code == 0, output
    with pg_server.database() as empty:
        run_sql_text(empty, "prelude", prelude)
        run_sql_text(empty, "compiled", (target / "all.sql").read_text(encoding="utf-8"))
        rebuilt = inspect_catalog(empty, ["public"])
    assert catalogs_match(rebuilt, inspect_catalog(pg_url, ["public"])) == []


SUPABASE_APP = """
CREATE TABLE public.notes (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    owner uuid NOT NULL DEFAULT auth.uid() REFERENCES auth.users (id) ON DELETE CASCADE,
    body text NOT NULL
);
ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_owner ON public.notes TO authenticated
    USING (owner = (SELECT auth.uid())) WITH CHECK (owner = (SELECT auth.uid()));
GRANT SELECT, INSERT ON public.notes TO authenticated;
"""
