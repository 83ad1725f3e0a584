"""The ``canon`` command line: parse options, call a command, print, map errors to exit codes."""

import sys
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
"""The command line. Its commands are added by :func:`register_commands`."""


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


COMMAND_MODULES: dict[str, str] = {
    "db": "db",
    "compile": "source",
    "check": "migrate", "hash": "migrate", "renumber": "migrate", "migrate": "migrate",
    "rollback": "migrate", "status": "migrate",
    "plan": "plan", "diff": "plan",
    "lint": "lint",
    "drift": "verify", "verify-types": "verify",
    "gen": "codegen", "docs": "codegen", "inspect": "codegen",
}
"""The module under ``toolkit.cli`` that adds each command (or group of commands) to ``app``,
modules in the order ``--help`` lists their commands."""

ROOT_OPTIONS_WITH_VALUES = frozenset({"--project"})
"""The options before the command that take a value (the word after them is not a command)."""


def register_commands(command: str | None = None) -> None:
    """Add the commands to ``app``: those of the module that defines ``command``, or all of
    them (for None, or a name no module defines, which typer then reports).

    Typer works out every added command's options on each run, so a run adds only the
    module it needs. Importing ``toolkit.cli`` adds no command but ``ping``.
    """
    import importlib

    module = COMMAND_MODULES.get(command) if command is not None else None
    for name in [module] if module is not None else dict.fromkeys(COMMAND_MODULES.values()):
        importlib.import_module(f"toolkit.cli.{name}")


def command_in(args: list[str]) -> str | None:
    """The command ``args`` name: the first word that is not an option or an option's value
    (None if there is none, or if ``--help`` comes first: the help lists every command)."""
    takes_value = False
    for arg in args:
        if takes_value:
            takes_value = False
        elif arg in ("--help", "--"):
            return None
        elif arg in ROOT_OPTIONS_WITH_VALUES:
            takes_value = True
        elif not arg.startswith("-"):
            return arg
    return None


def main() -> None:
    """Console-script entry point."""
    import gc

    # A canon run builds hundreds of thousands of small immutable objects and exits; the
    # cyclic collector's passes over them cost more than the few cycles it could free.
    gc.disable()
    register_commands(command_in(sys.argv[1:]))
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

