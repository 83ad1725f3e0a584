"""The ``canon`` command line: parse options, call a command, print, map errors to exit codes."""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Annotated, Any, ParamSpec, TypeVar

import typer

from toolkit import __version__
from toolkit.errors import CanonError
from toolkit.secrets import redact

P = ParamSpec("P")
R = TypeVar("R")

app = typer.Typer(
    name="canon",
    help="Schema-first migrations and database-as-code for PostgreSQL.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
db_app = typer.Typer(help="The project's embedded PostgreSQL server (under .canon/).",
                     no_args_is_help=True)
app.add_typer(db_app, name="db")


class _State:
    project: Path | None = None


def _out(text: str) -> None:
    typer.echo(redact(text))


def _err(text: str) -> None:
    typer.echo(redact(text), err=True)


def boundary(func: Callable[P, R]) -> Callable[P, R]:
    """Run a command, turning toolkit errors into a message on stderr and an exit code."""

    @wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except CanonError as exc:
            _err(f"error: {exc.render()}")
            raise typer.Exit(exc.exit_code) from None

    return wrapper


def _config() -> Any:
    from toolkit.config import find_project

    return find_project(explicit=_State.project)


def _version_callback(value: bool) -> None:
    if value:
        typer.echo(f"canon {__version__}")
        raise typer.Exit(0)


@app.callback()
def root(
    project: Annotated[Path | None, typer.Option(
        "--project", help="Project directory (default: nearest with \\[tool.canon] or canon.toml)."
    )] = None,
    version: Annotated[bool, typer.Option(
        "--version", callback=_version_callback, is_eager=True, help="Show the version and exit."
    )] = False,
) -> None:
    """Schema-first migrations and database-as-code for PostgreSQL."""
    _State.project = project


@db_app.command("start")
@boundary
def db_start() -> None:
    """Start the embedded server (harmless if it already runs)."""
    from toolkit import commands

    status = commands.db_start(_config())
    _out(f"PostgreSQL {status.version} running (pid {status.pid}) at {status.url}")


@db_app.command("stop")
@boundary
def db_stop() -> None:
    """Stop the embedded server."""
    from toolkit import commands

    stopped = commands.db_stop(_config())
    _out("stopped" if stopped else "not running")


@db_app.command("status")
@boundary
def db_status() -> None:
    """Show whether the embedded server runs, its URL and data directory."""
    from rich.console import Console
    from rich.table import Table

    from toolkit import commands

    status = commands.db_status(_config())
    table = Table(show_header=False, box=None)
    table.add_row("state", "running" if status.running else "stopped")
    table.add_row("version", f"PostgreSQL {status.version}")
    table.add_row("pid", str(status.pid or "-"))
    table.add_row("url", status.url or "-")
    table.add_row("data", status.data_dir)
    Console().print(table)


@db_app.command("url")
@boundary
def db_url() -> None:
    """Print the embedded server's URL (for psql); exit 1 if it is not running."""
    from toolkit import commands

    status = commands.db_status(_config())
    if status.url is None:
        _err("error: the embedded server is not running\nhint: run `canon db start`")
        raise typer.Exit(1)
    _out(status.url)


DatabaseOption = Annotated[str | None, typer.Option(
    "--database", "-d", help="Target database URL (default: CANON_DATABASE_URL, else the "
    "embedded server).", show_default=False,
)]


@app.command("ping")
@boundary
def ping(database: DatabaseOption = None) -> None:
    """Connect to the target database and print its server version."""
    from toolkit import commands

    result = commands.ping(_config(), database)
    _out(f"{result.url}: PostgreSQL {result.server_version}, database {result.database}")


def main() -> None:
    """Console-script entry point."""
    app(prog_name="canon")
    sys.exit(0)
