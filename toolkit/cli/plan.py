"""CLI commands of planning: ``canon plan`` and ``canon diff``."""

from typing import Annotated

import typer

from toolkit.cli import app, boundary, out, project_config


@app.command("plan")
@boundary
def plan(
    message: Annotated[str, typer.Option("--message", "-m", help="What the migration does; "
                                         "becomes its file name.")] = "",
    allow_destructive: Annotated[bool, typer.Option(
        "--allow-destructive", help="Allow changes that can lose data.")] = False,
    check: Annotated[bool, typer.Option(
        "--check", help="Exit 1 if the canonical files hold changes no migration has.")] = False,
) -> None:
    """Generate the next numbered up/down migration, proven on a scratch database."""
    from toolkit.commands.plan import plan_migration
    from toolkit.errors import CanonError

    if not check and not message.strip():
        raise CanonError("a message is required", hint='canon plan -m "add payouts"')
    outcome = plan_migration(project_config(), message.strip(),
                             allow_destructive=allow_destructive, check=check)
    if outcome.written is None:
        out("nothing to do: the migrations already build the canonical schema")
        return
    up, down = outcome.written
    for note in outcome.plan.notes:
        out(f"note: {note.message}")
    out(f"wrote {up}\nwrote {down}\n({len(outcome.plan.up_sql)} statement(s), proven: "
        "up, down and up again on a scratch database)")


@app.command("diff")
@boundary
def diff(
    source: Annotated[str, typer.Option("--from", help="canonical, migrations or a URL.")],
    target: Annotated[str, typer.Option("--to", help="canonical, migrations or a URL.")],
    output_format: Annotated[str, typer.Option("--format", help="sql or json.")] = "sql",
) -> None:
    """Print the statements that turn one state into another."""
    import json

    from toolkit.commands.plan import diff_states
    from toolkit.errors import CanonError

    if output_format not in ("sql", "json"):
        raise CanonError(f"unknown format {output_format!r}", hint="use --format sql or json")
    result = diff_states(project_config(), source, target,
                         with_down=output_format == "json")
    if output_format == "json":
        out(json.dumps({
            "changes": [{"change": type(c).__name__, "object": str(c.key)} for c in result.up],
            "up": list(result.up_sql), "down": list(result.down_sql),
            "hazards": [h.message for h in result.hazards],
        }, indent=2))
        return
    if result.up_sql:
        out("".join(f"{statement};\n" for statement in result.up_sql).rstrip("\n"))
