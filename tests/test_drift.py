"""`canon drift` on a migrated real database: every kind of hand-made difference is reported
with both values; a clean database reports nothing."""

from __future__ import annotations

import json
from pathlib import Path

import psycopg
import pytest
from sarif_schema import assert_valid_sarif
from typer.testing import CliRunner

from toolkit.cli import app
from toolkit.verify.drift import DriftFinding, DriftKind, FieldDifference
from toolkit.verify.reports import drift_sarif

runner = CliRunner()

SCHEMA = """
CREATE TABLE notes (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    owner text NOT NULL,
    body text NOT NULL DEFAULT '',
    stars integer NOT NULL DEFAULT 0 CONSTRAINT notes_stars_check CHECK (stars >= 0)
);
CREATE INDEX notes_owner_idx ON notes (owner);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_owner ON notes FOR SELECT USING (owner = current_user);
CREATE FUNCTION note_count() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM notes $$;
CREATE ROLE canon_drift_reader;
GRANT SELECT ON notes TO canon_drift_reader;
"""


ROLES = """
DO $$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'canon_drift_reader') THEN
        CREATE ROLE canon_drift_reader;
    END IF;
END $$;
"""


@pytest.fixture
def migrated(project: Path, pg_url: str) -> tuple[Path, str]:
    """A project whose one migration has been applied to ``pg_url``."""
    (project / "roles.sql").write_text(ROLES, encoding="utf-8")
    (project / "canon.toml").write_text('schemas = ["public"]\nprelude = ["roles.sql"]\n',
                                        encoding="utf-8")
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(ROLES)
    (project / "schema").mkdir()
    (project / "schema" / "notes.sql").write_text(
        SCHEMA.replace("CREATE ROLE canon_drift_reader;\n", ""), encoding="utf-8")
    for args in (["plan", "-m", "notes"], ["migrate", "--database", pg_url]):
        result = runner.invoke(app, ["--project", str(project), *args])
        assert result.exit_code == 0, result.output
    return project, pg_url


def drift(project: Path, url: str, *extra: str) -> tuple[int, str]:
    result = runner.invoke(app, ["--project", str(project), "drift", "--database", url, *extra])
    return result.exit_code, result.output


def test_clean_database_has_no_drift(migrated: tuple[Path, str]) -> None:
    code, output = drift(*migrated)
    assert code == 0, output
    assert output.startswith("no drift:")


HAND_CHANGES = [
    ("alter table notes alter column stars type bigint",
     ["changed: column public.notes.stars", "data_type: declared 'integer', live 'bigint'"]),
    ("alter table notes alter column body drop not null",
     ["not_null: declared True, live False"]),
    ("alter table notes alter column body set default 'x'",
     ["default: declared \"''::text\", live \"'x'::text\""]),
    ("alter table notes drop constraint notes_stars_check, "
     "add constraint notes_stars_check check (stars > 0)",
     ["changed: constraint public.notes_stars_check on public.notes",
      "definition: declared 'CHECK ((stars >= 0))', live 'CHECK ((stars > 0))'"]),
    ("drop index notes_owner_idx; create index notes_owner_idx on notes (owner, id)",
     ["changed: index public.notes_owner_idx", "live 'CREATE INDEX notes_owner_idx ON "
      "public.notes USING btree (owner, id)'"]),
    ("alter policy notes_owner on notes using (owner = session_user)",
     ["changed: policy public.notes_owner on public.notes",
      "using: declared '(owner = CURRENT_USER)', live '(owner = SESSION_USER)'"]),
    ("create or replace function note_count() returns bigint language sql stable "
     "as $$ SELECT count(*) + 1 FROM notes $$",
     ["changed: function public.note_count()", "body: declared ' SELECT count(*) FROM notes ', "
      "live ' SELECT count(*) + 1 FROM notes '"]),
    ("revoke select on notes from canon_drift_reader",
     ["missing: grant public.SELECT to canon_drift_reader on public.table notes"]),
    ("grant insert on notes to canon_drift_reader",
     ["unexpected: grant public.INSERT to canon_drift_reader on public.table notes"]),
    ("alter table notes disable row level security",
     ["changed: table public.notes", "rls_enabled: declared True, live False"]),
    ("alter table notes force row level security",
     ["rls_forced: declared False, live True"]),
    ("create table extra (id int)", ["unexpected: table public.extra"]),
    ("alter table notes add column mood text", ["unexpected: column public.notes.mood"]),
    ("drop function note_count()", ["missing: function public.note_count()"]),
]


@pytest.mark.parametrize(("statement", "expected"), HAND_CHANGES,
                         ids=[s.split(" on ")[0][:40] for s, _ in HAND_CHANGES])
def test_hand_made_difference_is_reported(migrated: tuple[Path, str], statement: str,
                                          expected: list[str]) -> None:
    project, url = migrated
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(statement)
    code, output = drift(project, url)
    assert code == 1, output
    for line in expected:
        assert line in output


def test_json_sarif_and_reconcile_sql(migrated: tuple[Path, str]) -> None:
    project, url = migrated
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("alter table notes alter column stars type bigint")
    code, output = drift(project, url, "--format", "json")
    assert code == 1
    document = json.loads(output)
    assert document["drift"] == [{
        "kind": "changed", "object": "column public.notes.stars",
        "differences": [{"field": "data_type", "declared": "integer", "live": "bigint"}]}]
    code, output = drift(project, url, "--format", "sarif")
    assert code == 1
    sarif = json.loads(output)
    assert_valid_sarif(sarif)
    run = sarif["runs"][0]
    [result] = run["results"]
    assert result["ruleId"] == "DRIFT-CHANGED"
    assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == "DRIFT-CHANGED"
    assert result["locations"][0]["logicalLocations"][0]["fullyQualifiedName"] == (
        "column public.notes.stars")
    code, output = drift(project, url, "--sql")
    assert 'ALTER TABLE "public"."notes" ALTER COLUMN "stars" TYPE integer' in output


def test_sarif_places_each_finding_in_a_file(migrated: tuple[Path, str]) -> None:
    project, url = migrated
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("alter table notes alter column stars type bigint")
        conn.execute("drop policy notes_owner on notes")
        conn.execute("create table extra (id int)")
    code, output = drift(project, url, "--format", "sarif")
    assert code == 1
    log = json.loads(output)
    assert_valid_sarif(log)
    places = {result["locations"][0]["logicalLocations"][0]["fullyQualifiedName"]: (
        result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        result["locations"][0]["physicalLocation"]["region"]["startLine"],
        result["locations"][0]["physicalLocation"]["region"]["startColumn"])
        for result in log["runs"][0]["results"]}
    notes = (project / "schema" / "notes.sql").as_posix()
    config = (project / "canon.toml").as_posix()
    assert places == {
        "column public.notes.stars": (notes, 6, 5),
        "policy public.notes_owner on public.notes": (notes, 10, 1),
        "table public.extra": (config, 1, 1),
    }


def test_sarif_of_every_drift_kind_is_valid_and_names_its_rule() -> None:
    findings = (
        DriftFinding(DriftKind.MISSING, "function public.note_count()"),
        DriftFinding(DriftKind.UNEXPECTED, "table public.extra"),
        DriftFinding(DriftKind.CHANGED, "column public.notes.stars",
                     (FieldDifference("data_type", "integer", "bigint"),)),
    )
    log = json.loads(drift_sarif(findings, "postgresql://canon@localhost/app"))
    assert_valid_sarif(log)
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [(rules[r["ruleIndex"]]["id"], r["ruleId"]) for r in run["results"]] == [
        ("DRIFT-MISSING", "DRIFT-MISSING"), ("DRIFT-UNEXPECTED", "DRIFT-UNEXPECTED"),
        ("DRIFT-CHANGED", "DRIFT-CHANGED")]
    assert run["results"][2]["message"]["text"] == (
        "changed: column public.notes.stars; data_type: declared 'integer', live 'bigint'")
    empty = json.loads(drift_sarif((), "postgresql://canon@localhost/app"))
    assert_valid_sarif(empty)
    assert empty["runs"][0]["results"] == []


def test_ignore_patterns(migrated: tuple[Path, str]) -> None:
    project, url = migrated
    (project / "canon.toml").write_text(
        'schemas = ["public"]\nprelude = ["roles.sql"]\n[drift]\nignore = ["*extra*"]\n',
        encoding="utf-8")
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("create table extra (id int)")
    code, output = drift(project, url)
    assert code == 0, output


def test_unreachable_database_is_an_input_error(migrated: tuple[Path, str]) -> None:
    project, _ = migrated
    code, output = drift(project, "postgresql://u:pw-secret@127.0.0.1:1/x")
    assert code == 2
    assert "pw-secret" not in output
