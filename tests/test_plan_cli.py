"""`canon plan` and `canon diff` end to end: files written only when proven, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import psycopg
import pytest
from typer.testing import CliRunner

from toolkit.cli import app

runner = CliRunner()

ACCOUNTS = """
CREATE TABLE accounts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL UNIQUE,
    balance integer NOT NULL DEFAULT 0
);
"""


def canon(project: Path, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["--project", str(project), *args])
    return result.exit_code, result.output


def write_schema(project: Path, text: str) -> None:
    (project / "schema").mkdir(exist_ok=True)
    (project / "schema" / "accounts.sql").write_text(text, encoding="utf-8")


def files(project: Path, directory: str) -> list[str]:
    path = project / directory
    return sorted(p.name for p in path.iterdir()) if path.exists() else []


def test_plan_writes_a_proven_pair_then_has_nothing_to_do(project: Path) -> None:
    write_schema(project, ACCOUNTS)
    code, output = canon(project, "plan", "-m", "create accounts")
    assert code == 0, output
    assert files(project, "migrations") == ["0001_create_accounts.sql", "canon.sum"]
    assert files(project, "rollbacks") == ["0001_create_accounts.sql"]
    up = (project / "migrations" / "0001_create_accounts.sql").read_text()
    assert up.startswith("-- canon migration 0001_create_accounts\n-- create accounts\n")
    assert 'CREATE TABLE "public"."accounts"' in up
    down = (project / "rollbacks" / "0001_create_accounts.sql").read_text()
    assert 'DROP TABLE "public"."accounts"' in down
    assert "this rollback cannot restore" in down

    code, output = canon(project, "plan", "--check")
    assert (code, output.strip()) == (0, "nothing to do: the migrations already build the "
                                         "canonical schema")
    code, output = canon(project, "plan", "-m", "again")
    assert code == 0 and "nothing to do" in output
    assert files(project, "migrations") == ["0001_create_accounts.sql", "canon.sum"]


def test_plan_check_fails_when_canonical_files_are_ahead(project: Path) -> None:
    write_schema(project, ACCOUNTS)
    assert canon(project, "plan", "-m", "create accounts")[0] == 0
    write_schema(project, ACCOUNTS.replace("DEFAULT 0\n", "DEFAULT 0,\n    nickname text\n"))
    code, output = canon(project, "plan", "--check")
    assert code == 1
    assert "ADD COLUMN \"nickname\" text" in output
    code, output = canon(project, "plan", "-m", "add nickname")
    assert code == 0, output
    assert "0002_add_nickname.sql" in files(project, "migrations")


def test_destructive_change_is_refused_without_the_flag(project: Path) -> None:
    write_schema(project, ACCOUNTS)
    assert canon(project, "plan", "-m", "create accounts")[0] == 0
    write_schema(project, ACCOUNTS.replace(",\n    balance integer NOT NULL DEFAULT 0", ""))
    code, output = canon(project, "plan", "-m", "drop balance")
    assert code == 3
    assert "drops column public.accounts.balance" in output
    assert files(project, "rollbacks") == ["0001_create_accounts.sql"]
    code, output = canon(project, "plan", "-m", "drop balance", "--allow-destructive")
    assert code == 0, output
    down = (project / "rollbacks" / "0002_drop_balance.sql").read_text()
    assert "the values of public.accounts.balance: the rollback re-adds it empty" in down


def test_rename_directive_keeps_the_data(project: Path, pg_url: str) -> None:
    write_schema(project, ACCOUNTS)
    assert canon(project, "plan", "-m", "create accounts")[0] == 0
    renamed = "    login text NOT NULL UNIQUE, -- canon:renamed-from email"
    write_schema(project, ACCOUNTS.replace("    email text NOT NULL UNIQUE,", renamed))
    code, output = canon(project, "plan", "-m", "rename email")
    assert code == 0, output
    up = (project / "migrations" / "0002_rename_email.sql").read_text()
    assert 'RENAME COLUMN "email" TO "login"' in up
    assert "DROP COLUMN" not in up


def test_a_change_canon_cannot_make_writes_nothing(project: Path) -> None:
    write_schema(project, "CREATE TABLE events (at date NOT NULL) PARTITION BY RANGE (at);\n")
    assert canon(project, "plan", "-m", "events")[0] == 0
    write_schema(project, "CREATE TABLE events (at date NOT NULL) PARTITION BY LIST (at);\n")
    code, output = canon(project, "plan", "-m", "repartition")
    assert code == 2
    assert "cannot change the partitioning of table public.events" in output
    assert files(project, "migrations") == ["0001_events.sql", "canon.sum"]


def test_plan_needs_a_message(project: Path) -> None:
    write_schema(project, ACCOUNTS)
    code, output = canon(project, "plan")
    assert code == 2 and "a message is required" in output


def test_diff_between_two_databases(project: Path, pg_url: str) -> None:
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("create database canon_diff_other")
    other = pg_url.rsplit("/", 1)[0] + "/canon_diff_other"
    try:
        with psycopg.connect(other) as conn:
            conn.execute(ACCOUNTS)
        code, output = canon(project, "diff", "--from", pg_url, "--to", other)
        assert code == 0, output
        assert output.startswith('CREATE TABLE "public"."accounts"')
        code, output = canon(project, "diff", "--from", other, "--to", pg_url,
                             "--format", "json")
        assert code == 0, output
        document = json.loads(output)
        assert document["up"] == ['DROP TABLE "public"."accounts"']
        assert document["hazards"] == ["drops table public.accounts and all of its data"]
    finally:
        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute("drop database canon_diff_other with (force)")


@pytest.mark.parametrize("source", ["nonsense", "mysql://x"])
def test_diff_rejects_unknown_states(project: Path, source: str) -> None:
    code, output = canon(project, "diff", "--from", source, "--to", "canonical")
    assert code == 2
    assert "unknown state" in output
