"""The four projects' generated files are current and type-check; each project passes its
CI gates (lint, check, plan --check) and survives migrate -> drift -> rollback to nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import psycopg
import pytest
from test_codegen_models import tsc
from typer.testing import CliRunner

from toolkit.cli import app
from toolkit.config import load_project
from toolkit.plan.scripts import run_sql_text
from toolkit.source import prelude_sql

ROOT = Path(__file__).resolve().parent.parent
PROJECTS = {
    "infinite-pages": (ROOT, "models/infinite_pages.py", "models/database.types.ts"),
    **{path.name: (path, "models/models.py", "models/database.types.ts")
       for path in sorted((ROOT / "examples").iterdir()) if (path / "canon.toml").exists()},
}


def canon(project: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["--project", str(project), *args])
    return result.exit_code, result.stdout


@pytest.mark.parametrize("name", sorted(PROJECTS))
def test_generated_files_are_current(name: str, tmp_path: Path) -> None:
    project, python_models, typescript_models = PROJECTS[name]
    for relative, args in ((python_models, ("gen", "python")),
                           (typescript_models, ("gen", "typescript")),
                           ("docs/schema.md", ("docs",))):
        fresh = tmp_path / Path(relative).name
        code, output = canon(project, *args, "-o", str(fresh))
        assert code == 0, output
        assert fresh.read_text() == (project / relative).read_text(), (
            f"{relative} is stale: run canon {' '.join(args)} -o {relative}")


@pytest.mark.parametrize("name", sorted(PROJECTS))
def test_generated_models_type_check(name: str, tmp_path: Path) -> None:
    project, python_models, typescript_models = PROJECTS[name]
    mypy = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-incremental",
                           str(project / python_models)], capture_output=True, text=True,
                          check=False)
    assert mypy.returncode == 0, mypy.stdout
    checked = subprocess.run([str(tsc()), "--strict", "--noEmit", "--target", "es2020",
                              str(project / typescript_models)], capture_output=True,
                             text=True, check=False, timeout=300)
    assert checked.returncode == 0, checked.stdout + checked.stderr


@pytest.mark.parametrize("name", sorted(PROJECTS))
def test_ci_gates_are_green(name: str) -> None:
    project = PROJECTS[name][0]
    for args in (("lint",), ("check",), ("plan", "--check")):
        code, output = canon(project, *args)
        assert code == 0, f"canon {' '.join(args)}: {output}"


@pytest.mark.parametrize("name", sorted(PROJECTS))
def test_migrate_drift_and_rollback_to_nothing(name: str, pg_url: str) -> None:
    project = PROJECTS[name][0]
    run_sql_text(pg_url, "prelude", prelude_sql(load_project(project)))
    code, output = canon(project, "migrate", "--database", pg_url)
    assert code == 0, output
    code, output = canon(project, "drift", "--database", pg_url)
    assert code == 0, output
    code, output = canon(project, "rollback", "--database", pg_url, "--to", "0")
    assert code == 0, output
    with psycopg.connect(pg_url) as conn:
        left = conn.execute(
            "select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace "
            "where n.nspname = 'public'").fetchone()
        types = conn.execute(
            "select count(*) from pg_type t join pg_namespace n on n.oid = t.typnamespace "
            "where n.nspname = 'public'").fetchone()
        functions = conn.execute(
            "select count(*) from pg_proc p join pg_namespace n on n.oid = p.pronamespace "
            "where n.nspname = 'public'").fetchone()
    assert (left, types, functions) == ((0,), (0,), (0,))
