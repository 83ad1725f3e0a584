"""`canon check --replay`: up, every rollback in reverse, up again on a scratch database."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from toolkit.cli import app

runner = CliRunner()

UP_1 = "CREATE TABLE items (id bigint PRIMARY KEY, name text NOT NULL);\n"
DOWN_1 = "DROP TABLE items;\n"
UP_2 = "ALTER TABLE items ADD COLUMN sku text;\nCREATE INDEX items_sku_idx ON items (sku);\n"


def write(project: Path, down_2: str) -> None:
    for directory, files in (("migrations", {"0001_items.sql": UP_1, "0002_sku.sql": UP_2}),
                             ("rollbacks", {"0001_items.sql": DOWN_1, "0002_sku.sql": down_2})):
        (project / directory).mkdir(exist_ok=True)
        for name, text in files.items():
            (project / directory / name).write_text(text, encoding="utf-8")
    assert runner.invoke(app, ["--project", str(project), "hash"]).exit_code == 0


def check(project: Path) -> tuple[int, str]:
    result = runner.invoke(app, ["--project", str(project), "check", "--replay"])
    return result.exit_code, result.output


@pytest.mark.usefixtures("pg_server")
def test_working_rollbacks_replay_clean(project: Path) -> None:
    write(project, "DROP INDEX items_sku_idx;\nALTER TABLE items DROP COLUMN sku;\n")
    code, output = check(project)
    assert (code, output.strip()) == (0, "ok: 2 migration(s), canon.sum matches")


@pytest.mark.usefixtures("pg_server")
def test_rollback_dropping_an_index_as_a_constraint_fails_with_the_server_message(
        project: Path) -> None:
    write(project, "ALTER TABLE items DROP CONSTRAINT items_sku_idx;\n"
                   "ALTER TABLE items DROP COLUMN sku;\n")
    code, output = check(project)
    assert code == 1
    assert "rollbacks/0002_sku.sql: M011 rollback 0002_sku failed" in output
    assert 'constraint "items_sku_idx" of relation "items" does not exist' in output


@pytest.mark.usefixtures("pg_server")
def test_rollback_that_leaves_something_behind_is_reported(project: Path) -> None:
    write(project, "DROP INDEX items_sku_idx;\n")
    code, output = check(project)
    assert code == 1
    assert "rollbacks/0002_sku.sql: M012 after this rollback the database is not back" in output
    assert "public.items" in output
    assert "DropColumn table public.items" in output
    assert output.rstrip().endswith("1 finding(s) in 2 migration(s)")
