"""`canon compile`: output files, stdout, the catalog JSON, exit codes and nothing on error."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from toolkit.cli import app
from toolkit.config import load_project
from toolkit.model import Catalog
from toolkit.source import compile_project, load_catalog

FIXTURES = Path(__file__).parent / "fixtures" / "source"
runner = CliRunner()


def copy_fixture(name: str, target: Path) -> Path:
    shutil.copytree(FIXTURES / name, target / name)
    return target / name


def test_compile_writes_build_schema_sql_by_default(tmp_path: Path) -> None:
    root = copy_fixture("brand_voice", tmp_path)
    result = runner.invoke(app, ["--project", str(root), "compile"])
    assert result.exit_code == 0, result.output
    written = (root / "build" / "schema.sql").read_text(encoding="utf-8")
    assert written == compile_project(load_project(root)).sql
    assert "compiled 7 statements into" in result.output


def test_compile_to_stdout(tmp_path: Path) -> None:
    root = copy_fixture("brand_voice", tmp_path)
    result = runner.invoke(app, ["--project", str(root), "compile", "-o", "-"])
    assert result.exit_code == 0
    assert result.stdout == compile_project(load_project(root)).sql
    assert not (root / "build").exists()


def test_compile_with_output_and_json(tmp_path: Path) -> None:
    root = copy_fixture("all_kinds", tmp_path)
    result = runner.invoke(app, ["--project", str(root), "compile", "-o",
                                 str(root / "out" / "db.sql"), "--json",
                                 str(root / "out" / "catalog.json")])
    assert result.exit_code == 0, result.output
    assert (root / "out" / "db.sql").is_file()
    data = json.loads((root / "out" / "catalog.json").read_text(encoding="utf-8"))
    assert data["format"] == 1
    assert Catalog.from_json(data) == load_catalog(load_project(root))


def test_compile_error_exits_2_and_writes_nothing(tmp_path: Path) -> None:
    root = copy_fixture("brand_voice", tmp_path)
    output = root / "build" / "schema.sql"
    output.parent.mkdir()
    output.write_text("previous\n", encoding="utf-8")
    (root / "schema" / "bad.sql").write_text("CREATE TABLE x (id int);\nDROP TABLE x;\n",
                                             encoding="utf-8")
    result = runner.invoke(app, ["--project", str(root), "compile", "--json",
                                 str(root / "c.json")])
    assert result.exit_code == 2
    assert "schema/bad.sql:2:1: non-declarative statement: DROP" in result.output
    assert "hint:" in result.output
    assert output.read_text(encoding="utf-8") == "previous\n"
    assert not (root / "c.json").exists()


def test_compile_syntax_error_exit_code(tmp_path: Path) -> None:
    root = copy_fixture("brand_voice", tmp_path)
    (root / "schema" / "bad.sql").write_text("CREATE TABLE (;\n", encoding="utf-8")
    result = runner.invoke(app, ["--project", str(root), "compile", "-o", "-"])
    assert result.exit_code == 2
    assert "schema/bad.sql:1:14: syntax error" in result.output


def test_unknown_prelude_is_a_config_error(tmp_path: Path) -> None:
    root = copy_fixture("brand_voice", tmp_path)
    (root / "canon.toml").write_text('prelude = ["firebase"]\n', encoding="utf-8")
    result = runner.invoke(app, ["--project", str(root), "compile"])
    assert result.exit_code == 2
    assert "unknown prelude 'firebase'" in result.output
    assert "supabase" in result.output
    assert not (root / "build").exists()


def test_relative_output_paths_start_at_the_current_directory(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = copy_fixture("brand_voice", tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    result = runner.invoke(app, ["--project", str(root), "compile", "-o", "schema.sql",
                                 "--json", "catalog.json"])
    assert result.exit_code == 0, result.output
    assert (elsewhere / "schema.sql").is_file() and (elsewhere / "catalog.json").is_file()
    assert not (root / "build").exists()


def test_special_files_and_symlinks_are_written_through(tmp_path: Path) -> None:
    root = copy_fixture("brand_voice", tmp_path)
    target = tmp_path / "real.sql"
    target.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.sql"
    link.symlink_to(target)
    result = runner.invoke(app, ["--project", str(root), "compile", "-o", str(link)])
    assert result.exit_code == 0, result.output
    assert link.is_symlink()
    assert target.read_text(encoding="utf-8").startswith("-- Compiled by canon")
    result = runner.invoke(app, ["--project", str(root), "compile", "-o", "/dev/null"])
    assert result.exit_code == 0, result.output
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode), "/dev/null stays a device"


def test_compile_as_its_own_process(tmp_path: Path) -> None:
    root = copy_fixture("all_kinds", tmp_path)
    done = subprocess.run([sys.executable, "-m", "toolkit", "--project", str(root), "compile",
                           "--json", str(root / "catalog.json")],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("compiled 55 statements into")
    assert (root / "build" / "schema.sql").read_text(encoding="utf-8") == compile_project(
        load_project(root)).sql
    assert json.loads((root / "catalog.json").read_text(encoding="utf-8"))["format"] == 1
    printed = subprocess.run([sys.executable, "-m", "toolkit", "--project", str(root),
                              "compile", "-o", "-"], capture_output=True, text=True, check=False)
    assert printed.returncode == 0
    assert printed.stdout == compile_project(load_project(root)).sql
    broken = subprocess.run([sys.executable, "-m", "toolkit", "--project", str(root),
                             "compile", "-o", "-", "--json", str(root / "schema")],
                            capture_output=True, text=True, check=False)
    assert broken.returncode == 2, "a directory is not a file to write"
    assert "cannot write" in broken.stderr
