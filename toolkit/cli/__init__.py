"""The ``canon`` command line: parse options, call a command, print, map errors to exit codes."""

from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, ParamSpec, TypeVar

import typer

from toolkit import __version__
from toolkit.cli.shutdown import exit_promptly
from toolkit.errors import CanonError
from toolkit.secrets import redact

if TYPE_CHECKING:
    from toolkit.config import ProjectConfig

P = ParamSpec("P")
R = TypeVar("R")

app = typer.Typer(
    name="canon",
    help="Schema-first migrations and database-as-code for PostgreSQL.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class _State:
    project: Path | None = None


def out(text: str) -> None:
    """Print ``text`` to stdout with known passwords masked."""
    typer.echo(redact(text))


def err(text: str) -> None:
    """Print ``text`` to stderr with known passwords masked."""
    typer.echo(redact(text), err=True)


def boundary(func: Callable[P, R]) -> Callable[P, R]:
    """Run a command, turning toolkit errors into a message on stderr and an exit code."""

    @wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except CanonError as exc:
            err(f"error: {exc.render()}")
            raise typer.Exit(exc.exit_code) from None

    return wrapper


def project_config() -> "ProjectConfig":
    """The project selected by --project or found from the working directory."""
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


DatabaseOption = Annotated[str | None, typer.Option(
    "--database", "-d", help="Target database URL (default: CANON_DATABASE_URL, else the "
    "embedded server).", show_default=False,
)]


@app.command("ping")
@boundary
def ping(database: DatabaseOption = None) -> None:
    """Connect to the target database and print its server version."""
    from toolkit.commands import db

    result = db.ping(project_config(), database)
    out(f"{result.url}: PostgreSQL {result.server_version}, database {result.database}")


COMMAND_MODULES = ("db", "source", "migrate", "plan", "lint", "verify", "codegen")


def _register_command_groups() -> None:
    """Import the modules that add commands to ``app`` (each imports only typer eagerly)."""
    import importlib

    for name in COMMAND_MODULES:
        importlib.import_module(f"toolkit.cli.{name}")


def main() -> None:
    """Console-script entry point."""
    import gc

    # A canon run builds hundreds of thousands of small immutable objects and exits; the
    # cyclic collector's passes over them cost more than the few cycles it could free.
    gc.disable()
    code: int | str | None = 0
    try:
        app(prog_name="canon")
    except SystemExit as stop:
        code = stop.code
    finally:
        # Should the interpreter tear itself down after all (an error escaped, a thread
        # still runs), its last collection leaves frozen objects out: a quarter second
        # for a 2,000-table diff.
        gc.freeze()
    exit_promptly(code)


_register_command_groups()
