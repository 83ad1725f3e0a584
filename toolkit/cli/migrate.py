"""CLI commands of the migration directory and runner: check, hash, renumber, migrate,
rollback, status.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from toolkit.cli import DatabaseOption, app, boundary, err, out, project_config

if TYPE_CHECKING:
    from pathlib import Path

    from toolkit.commands.migrate import RunResult
    from toolkit.migrate.history import Row
    from toolkit.migrate.runner import Done


class Format(StrEnum):
    """Output formats of check and status."""

    text = "text"
    json = "json"


FormatOption = Annotated[Format, typer.Option("--format", help="Output format.")]
ToOption = Annotated[int | None, typer.Option(
    "--to", metavar="VERSION", help="Stop at this version (numeric, e.g. 4 for 0004_x.sql).",
    show_default=False)]
DryRunOption = Annotated[bool, typer.Option(
    "--dry-run", help="Print the SQL that would run; change nothing.")]
LockTimeoutOption = Annotated[str, typer.Option(
    "--lock-timeout", help="Give up a statement that waits longer for a lock (0 = never).")]
StatementTimeoutOption = Annotated[str, typer.Option(
    "--statement-timeout", help="Cancel a statement that runs longer (0 = never).")]
WaitOption = Annotated[float, typer.Option(
    "--wait", metavar="SECONDS", help="How long to wait for another run's migration lock.")]


@app.command("check")
@boundary
def check_command(
    output: FormatOption = Format.text,
    replay: Annotated[bool, typer.Option(
        "--replay", help="Also replay the history on a scratch database: up, every rollback "
        "in reverse, up again.")] = False,
) -> None:
    """Check migrations/ and rollbacks/: numbering, pairing, names, canon.sum. No database.

    Exit 1 with every finding listed, 0 when clean.
    """
    import json

    from toolkit.commands import migrate

    result = migrate.check(project_config(), replay=replay)
    if output is Format.json:
        out(json.dumps({"migrations": result.migrations, "findings": [
            f.to_json(result.root) for f in result.findings]}, indent=2))
    else:
        for finding in result.findings:
            out(finding.render(result.root))
        if result.findings:
            out(f"{len(result.findings)} finding(s) in {result.migrations} migration(s)")
        else:
            out(f"ok: {result.migrations} migration(s), canon.sum matches")
    if result.findings:
        raise typer.Exit(1)


@app.command("hash")
@boundary
def hash_command() -> None:
    """Write migrations/canon.sum for the directory as it is (after reviewing hand edits)."""
    from toolkit.commands import migrate

    config = project_config()
    result = migrate.hash_directory(config)
    out(f"wrote {_shown(result.path, config.root)} ({result.files} file(s))")


@app.command("renumber")
@boundary
def renumber_command(database: DatabaseOption = None) -> None:
    """Move later duplicate versions to the next free ones; rewrite canon.sum.

    With --database, a migration that database has applied is never moved.
    """
    from toolkit.commands import migrate

    config = project_config()
    result = migrate.renumber(config, database)
    for move in result.moves:
        renamed = ", ".join(f"{_shown(a, config.root)} -> {b.name}" for a, b in move.renames)
        out(f"moved version {move.migration.version}: {renamed}")
    if not result.moves:
        out("no duplicate versions")
    out(f"wrote {_shown(result.sum_path, config.root)}")


@app.command("migrate")
@boundary
def migrate_command(
    *,
    database: DatabaseOption = None,
    to: ToOption = None,
    dry_run: DryRunOption = False,
    lock_timeout: LockTimeoutOption = "5s",
    statement_timeout: StatementTimeoutOption = "0",
    wait: WaitOption = 60.0,
    accept_changed_rollbacks: Annotated[bool, typer.Option(
        "--accept-changed-rollbacks",
        help="Record rollbacks edited since their migration was applied.")] = False,
) -> None:
    """Apply pending migrations in order, each in its own transaction."""
    from toolkit.commands import migrate
    from toolkit.migrate.runner import Settings

    settings = Settings(migrate.parse_duration(lock_timeout, "--lock-timeout"),
                        migrate.parse_duration(statement_timeout, "--statement-timeout"), wait)
    result = migrate.migrate(project_config(), database, to_version=to, dry_run=dry_run,
                             settings=settings,
                             accept_changed_rollbacks=accept_changed_rollbacks,
                             progress=_print_done)
    _report(result, "applied", "up to date", dry_run)


@app.command("rollback")
@boundary
def rollback_command(
    *,
    database: DatabaseOption = None,
    to: ToOption = None,
    steps: Annotated[int | None, typer.Option(
        "--steps", metavar="N", help="Revert the N newest applied migrations.",
        show_default=False)] = None,
    dry_run: DryRunOption = False,
    lock_timeout: LockTimeoutOption = "5s",
    statement_timeout: StatementTimeoutOption = "0",
    wait: WaitOption = 60.0,
) -> None:
    """Revert applied migrations newest first (--to VERSION or --steps N).

    Each runs its script from rollbacks/ in its own transaction.
    """
    from toolkit.commands import migrate
    from toolkit.migrate.runner import Settings

    settings = Settings(migrate.parse_duration(lock_timeout, "--lock-timeout"),
                        migrate.parse_duration(statement_timeout, "--statement-timeout"), wait)
    result = migrate.rollback(project_config(), database, to_version=to, steps=steps,
                              dry_run=dry_run, settings=settings, progress=_print_done)
    _report(result, "reverted", "nothing to revert", dry_run)


@app.command("status")
@boundary
def status_command(database: DatabaseOption = None, output: FormatOption = Format.text) -> None:
    """Show applied, pending and changed-since-applied migrations on the target database.

    Exit 1 when an applied migration changed or its file is missing.
    """
    import json

    from toolkit.commands import migrate

    result = migrate.status(project_config(), database)
    if output is Format.json:
        out(json.dumps({"target": result.target, "migrations": [
            {"version": row.version, "name": row.stem, "state": row.state.value,
             "applied_at_utc": row.applied_at.isoformat() if row.applied_at else None,
             "detail": row.detail or None} for row in result.rows]}, indent=2))
    else:
        _status_table(result.target, result.rows)
    if result.has_problems:
        raise typer.Exit(1)


def _status_table(target: str, rows: "list[Row]") -> None:
    from rich.console import Console
    from rich.table import Table

    from toolkit.migrate.history import State
    from toolkit.secrets import redact

    styles = {State.APPLIED: "green", State.PENDING: "yellow", State.CHANGED: "bold red",
              State.MISSING: "bold red"}
    table = Table(title=redact(target), title_justify="left")
    for column in ("version", "migration", "state", "applied at (UTC)", "detail"):
        table.add_column(column)
    for row in rows:
        applied = f"{row.applied_at:%Y-%m-%d %H:%M:%S}" if row.applied_at else ""
        table.add_row(str(row.version), row.stem, f"[{styles[row.state]}]{row.state.value}[/]",
                      applied, redact(row.detail))
    Console(soft_wrap=True).print(table)
    if not rows:
        out("no migrations")


def _print_done(done: "Done") -> None:
    verb = "applied" if done.direction == "apply" else "reverted"
    out(f"{verb} {done.stem} ({done.seconds * 1000:.0f} ms)")


def _report(result: "RunResult", verb: str, nothing: str, dry_run: bool) -> None:
    for warning in result.warnings:
        err(f"warning: {warning}")
    for note in result.notes:
        err(f"note: {note}")
    if dry_run:
        for planned in result.planned:
            mode = "" if planned.transactional else " (outside a transaction)"
            out(f"-- {planned.direction} {planned.migration.stem}{mode}")
            out(planned.sql)
        out(f"-- dry run on {result.target}: {len(result.planned)} migration(s) would be "
            f"{verb}; nothing was changed")
        return
    if result.done:
        out(f"{len(result.done)} migration(s) {verb} on {result.target}")
    else:
        out(f"{nothing} on {result.target}")


def _shown(path: "Path", root: "Path") -> str:
    from toolkit.paths import shown_path

    return str(shown_path(path, root))
