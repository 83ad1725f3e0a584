"""`canon gen python` and `canon gen typescript` on a real PostgreSQL: static and live agree, the
Python passes mypy --strict and imports, the TypeScript passes tsc --strict."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from toolkit.cli import app
from toolkit.config import load_project
from toolkit.plan.scripts import run_sql_text
from toolkit.source import compile_project

FIXTURE = Path(__file__).parent / "fixtures" / "codegen" / "project"
USAGE = Path(__file__).parent / "fixtures" / "codegen" / "usage"
STYLES = ("dataclass", "pydantic", "typeddict")
MYPY = Path(sys.executable).with_name("mypy")
TSC_CACHE = Path(os.environ.get("CANON_TSC_CACHE", Path.home() / ".cache" / "canon-tsc"))


def load_fixture(url: str) -> None:
    """Build the fixture project's schema in the database at ``url``."""
    compiled = compile_project(load_project(FIXTURE))
    run_sql_text(url, "fixture", compiled.sql)


def canon(*args: str) -> str:
    result = CliRunner().invoke(app, ["--project", str(FIXTURE), *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def tsc() -> Path:
    """The TypeScript compiler, installed from npm into a cache outside the repository."""
    binary = TSC_CACHE / "node_modules" / ".bin" / "tsc"
    if not binary.exists():
        npm = shutil.which("npm")
        assert npm is not None, "npm is needed to install typescript"
        subprocess.run([npm, "install", "--prefix", str(TSC_CACHE), "--no-audit", "--no-fund",
                        "typescript@5"], check=True, capture_output=True, timeout=600)
    return binary


@pytest.fixture
def live_url(pg_url: str) -> str:
    load_fixture(pg_url)
    return pg_url


def test_static_and_live_generation_agree(live_url: str) -> None:
    outputs = {}
    for style in STYLES:
        outputs[style] = canon("gen", "python", "--style", style)
        assert outputs[style] == canon("gen", "python", "--style", style, "--database",
                                       live_url), style
    static = outputs["dataclass"]
    static_ts = canon("gen", "typescript")
    assert static_ts == canon("gen", "typescript", "--database", live_url)
    # The fixture's variety reaches the output: enums, domains, arrays, jsonb, identity,
    # generated columns, a composite type and views.
    assert "class Mood(_enum.StrEnum):" in static
    assert "moods: list[Mood]" in static
    assert "profile: Json" in static
    assert "'karma': NotRequired[int | None]" in outputs["typeddict"].replace('"', "'")
    assert 'mood: "happy" | "sad" | "in between"' in static_ts
    assert "balance_cents?: never" in static_ts
    assert "id?: never" in static_ts


def test_python_models_pass_mypy_strict_and_import(live_url: str, tmp_path: Path) -> None:
    files = [USAGE / "conformance.py"]
    for style in STYLES:
        canon("gen", "python", "--style", style, "-o", str(tmp_path / f"models_{style}.py"))
        files += [tmp_path / f"models_{style}.py", USAGE / f"use_{style}.py"]
    for path in files:
        if path.parent != tmp_path:
            shutil.copy(path, tmp_path / path.name)
    checked = subprocess.run([str(MYPY), "--strict", "--no-incremental", "--cache-dir",
                              str(tmp_path / ".mypy"), *(path.name for path in files)],
                             cwd=tmp_path, capture_output=True, text=True, timeout=300,
                             check=False)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    for style in STYLES:
        ran = subprocess.run([sys.executable, f"use_{style}.py", live_url], cwd=tmp_path,
                             capture_output=True, text=True, timeout=120, check=False)
        assert ran.returncode == 0, style + ": " + ran.stdout + ran.stderr
        assert ran.stdout.strip() == "ok"
        run_sql_text(live_url, "reset", "DELETE FROM posts; DELETE FROM members")


def test_typescript_types_pass_tsc_strict(live_url: str, tmp_path: Path) -> None:
    canon("gen", "typescript", "--database", live_url, "-o", str(tmp_path / "types.ts"))
    shutil.copy(USAGE / "app.ts", tmp_path / "app.ts")
    checked = subprocess.run([str(tsc()), "--strict", "--noEmit", "--target", "es2020",
                              "--moduleResolution", "node", "types.ts", "app.ts"],
                             cwd=tmp_path, capture_output=True, text=True, timeout=300,
                             check=False)
    assert checked.returncode == 0, checked.stdout + checked.stderr
