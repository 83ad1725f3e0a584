"""The CLI skeleton: version, help, exit codes, password masking, the db commands."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import psycopg
import pytest
from typer.testing import CliRunner

from toolkit import __version__
from toolkit.cli import app

runner = CliRunner()


def invoke(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.output


def test_version() -> None:
    code, output = invoke("--version")
    assert code == 0
    assert output.strip() == f"canon {__version__}"


def test_module_entry_point_prints_version() -> None:
    done = subprocess.run([sys.executable, "-m", "toolkit", "--version"], capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0
    assert done.stdout.strip() == f"canon {__version__}"


def test_command_modules_name_the_module_of_every_command() -> None:
    import importlib
    import pkgutil

    import toolkit.cli
    from toolkit.cli import COMMAND_MODULES

    # Every module of the package, so that a new one missing from COMMAND_MODULES shows.
    for module in pkgutil.iter_modules(toolkit.cli.__path__):
        importlib.import_module(f"toolkit.cli.{module.name}")
    added = {info.name: info.callback.__module__ for info in app.registered_commands}
    added |= {info.name: info.typer_instance.registered_commands[0].callback.__module__
              for info in app.registered_groups}
    added.pop("ping")  # the one command toolkit.cli adds itself
    assert {name: f"toolkit.cli.{module}" for name, module in COMMAND_MODULES.items()} == added


def test_root_options_that_take_values_are_known() -> None:
    import typer.main

    from toolkit.cli import ROOT_OPTIONS_WITH_VALUES

    root = typer.main.get_command(app)
    with_values = {name for param in root.params if not getattr(param, "is_flag", False)
                   for name in param.opts}
    assert with_values == ROOT_OPTIONS_WITH_VALUES


@pytest.mark.parametrize(("args", "command"), [
    (["diff", "--from", "a"], "diff"),
    (["--project", "diff", "status"], "status"),
    (["--version"], None),
    (["--project", "x", "--help", "diff"], None),
    (["db", "--help"], "db"),
    (["--", "diff"], None),
    ([], None),
])
def test_command_in_finds_the_command_word(args: list[str], command: str | None) -> None:
    from toolkit.cli import command_in

    assert command_in(args) == command


def test_console_script_help_lists_every_command() -> None:
    done = subprocess.run([sys.executable, "-m", "toolkit", "--help"], capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0
    listed = [line.split()[1] for line in done.stdout.splitlines()
              if line.startswith("│ ") and not line.split()[1].startswith("-")
              and line[2] != " "]
    assert listed == ["ping", "compile", "check", "hash", "renumber", "migrate", "rollback",
                      "status", "plan", "diff", "lint", "drift", "verify-types", "docs",
                      "inspect", "db", "gen"]


def test_console_script_reports_an_unknown_command() -> None:
    done = subprocess.run([sys.executable, "-m", "toolkit", "no-such-command"],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 2
    assert "No such command 'no-such-command'" in done.stderr


def test_console_script_runs_a_command_of_its_module(tmp_path: Path) -> None:
    (tmp_path / "canon.toml").write_text('schemas = ["public"]\n', encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "toolkit", "--project", str(tmp_path), "check"],
                          capture_output=True, text=True, check=False)
    assert (done.returncode, done.stdout) == (0, "ok: 0 migration(s), canon.sum matches\n")


def test_help_lists_commands() -> None:
    code, output = invoke("--help")
    assert code == 0
    assert "db" in output and "ping" in output


def test_unknown_option_exits_2_with_usage() -> None:
    code, output = invoke("--bogus")
    assert code == 2
    assert "Usage: canon" in output
    assert "No such option" in output


def test_missing_project_is_an_input_error(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, output = invoke("db", "status")
    assert code == 2
    assert "no canon project found" in output


def test_bad_config_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "canon.toml").write_text("schemas = 3\n", encoding="utf-8")
    code, output = invoke("--project", str(tmp_path), "db", "status")
    assert code == 2
    assert "canon.toml" in output and "'schemas' must be a list of strings" in output


def test_unknown_config_key_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "canon.toml").write_text("shemas = ['public']\n", encoding="utf-8")
    code, output = invoke("--project", str(tmp_path), "db", "status")
    assert code == 2
    assert "unknown setting(s) in canon config: shemas" in output


def test_password_is_masked_on_connection_failure(project: Path) -> None:
    url = "postgresql://u:secret@127.0.0.1:1/x"
    code, output = invoke("--project", str(project), "ping", "--database", url)
    assert code == 2
    assert "secret" not in output
    assert "postgresql://u:***@127.0.0.1:1/x" in output


def test_password_is_masked_on_success(project: Path, pg_url: str) -> None:
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("create role masked_user login password 'hunter2secret' superuser")
    try:
        url = pg_url.replace("postgres@", "masked_user:hunter2secret@", 1)
        code, output = invoke("--project", str(project), "ping", "--database", url)
        assert code == 0, output
        assert "hunter2secret" not in output
        assert "masked_user:***@" in output
    finally:
        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute("drop role masked_user")


def test_db_lifecycle(project: Path) -> None:
    base = ("--project", str(project), "db")
    try:
        code, output = invoke(*base, "start")
        assert code == 0, output
        code, _ = invoke(*base, "start")
        assert code == 0
        code, url = invoke(*base, "url")
        assert code == 0
        psql = subprocess.run(["psql", url.strip(), "-Atc", "select 1"], capture_output=True,
                              text=True, check=False)
        assert psql.stdout.strip() == "1", psql.stderr
        code, status = invoke(*base, "status")
        assert "running" in status and url.strip() in status
    finally:
        code, output = invoke(*base, "stop")
    assert code == 0 and output.strip() == "stopped"
    code, output = invoke(*base, "stop")
    assert output.strip() == "not running"
    code, output = invoke(*base, "url")
    assert code == 1
    assert "canon db start" in output
