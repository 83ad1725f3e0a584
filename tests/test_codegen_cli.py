"""The codegen commands at the CLI boundary: default paths, bad input, unreachable databases."""

from __future__ import annotations

import shutil
from pathlib import Path

from typer.testing import CliRunner

from toolkit.cli import app

PROJECT = Path(__file__).parent / "fixtures" / "codegen" / "project"


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.output


def test_docs_default_to_docs_schema_md_under_the_project(tmp_path: Path) -> None:
    project = tmp_path / "project"
    shutil.copytree(PROJECT, project)
    code, output = invoke("--project", str(project), "docs")
    assert code == 0, output
    written = project / "docs" / "schema.md"
    assert f"wrote {written}" in output
    assert written.read_text(encoding="utf-8").startswith("# Database Schema Documentation")


def test_a_syntax_error_in_the_canonical_files_names_file_line_and_column(
        tmp_path: Path) -> None:
    project = tmp_path / "project"
    shutil.copytree(PROJECT, project)
    (project / "schema" / "07_broken.sql").write_text(
        "CREATE TABLE ok (id int);\nCREATE TABLE broken (id int,);\n", encoding="utf-8")
    for command in (["gen", "python"], ["gen", "typescript"], ["docs", "-o", "-"]):
        code, output = invoke("--project", str(project), *command)
        assert code == 2, output
        assert "schema/07_broken.sql:2:" in output


def test_an_unreachable_database_is_an_input_error_without_its_password(tmp_path: Path) -> None:
    url = "postgresql://canon:s3cret-pw@127.0.0.1:1/nowhere?connect_timeout=2"
    for command in (["gen", "python"], ["gen", "typescript"], ["docs", "-o", "-"]):
        code, output = invoke("--project", str(PROJECT), *command, "--database", url)
        assert code == 2, output
        assert "s3cret-pw" not in output
    code, output = invoke("inspect", "--database", url, "-o", str(tmp_path / "adopted"))
    assert code == 2 and "s3cret-pw" not in output
    assert not (tmp_path / "adopted").exists()


def test_unknown_python_style_is_refused() -> None:
    code, output = invoke("--project", str(PROJECT), "gen", "python", "--style", "attrs")
    assert code == 2
    assert "attrs" in output
