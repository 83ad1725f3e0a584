"""``canon db``: the project's embedded PostgreSQL server."""

import typer

from toolkit.cli import app, boundary, err, out, project_config

db_app = typer.Typer(help="The project's embedded PostgreSQL server (under .canon/).",
                     no_args_is_help=True)
app.add_typer(db_app, name="db")


@db_app.command("start")
@boundary
def db_start() -> None:
    """Start the embedded server (harmless if it already runs)."""
    from toolkit.commands import db

    status = db.db_start(project_config())
    out(f"PostgreSQL {status.version} running (pid {status.pid}) at {status.url}")


@db_app.command("stop")
@boundary
def db_stop() -> None:
    """Stop the embedded server."""
    from toolkit.commands import db

    stopped = db.db_stop(project_config())
    out("stopped" if stopped else "not running")


@db_app.command("status")
@boundary
def db_status() -> None:
    """Show whether the embedded server runs, its URL and data directory."""
    from rich.console import Console
    from rich.table import Table

    from toolkit.commands import db

    status = db.db_status(project_config())
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
    from toolkit.commands import db

    status = db.db_status(project_config())
    if status.url is None:
        err("error: the embedded server is not running\nhint: run `canon db start`")
        raise typer.Exit(1)
    out(status.url)
