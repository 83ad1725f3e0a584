"""CLI commands of verification: ``canon drift`` and ``canon verify-types``."""

from pathlib import Path
from typing import Annotated

import typer

from toolkit.cli import DatabaseOption, app, boundary, out, project_config


@app.command("drift")
@boundary
def drift(
    database: DatabaseOption = None,
    against: Annotated[str, typer.Option("--against",
                                         help="canonical or migrations.")] = "canonical",
    output_format: Annotated[str, typer.Option("--format", help="text, json or sarif.")] = "text",
    show_sql: Annotated[bool, typer.Option("--sql", help="Print the statements that would "
                                           "reconcile the database.")] = False,
) -> None:
    """Compare a live database with the declared schema; exit 1 on drift."""
    from toolkit.commands.verify import drift as find
    from toolkit.errors import CanonError
    from toolkit.verify.reports import drift_json, drift_sarif, drift_text

    renderers = {"text": drift_text, "json": drift_json, "sarif": drift_sarif}
    if output_format not in renderers:
        raise CanonError(f"unknown format {output_format!r}",
                         hint="use --format text, json or sarif")
    config = project_config()
    report = find(config, database, against)
    if output_format == "sarif":
        from toolkit.verify.locations import declaration_sites

        out(drift_sarif(report.findings, report.database,
                        declaration_sites(config) if report.findings else None))
    else:
        out(renderers[output_format](report.findings, report.database))
    if show_sql and report.reconcile_sql:
        out("\n-- statements that would reconcile the database with the declared schema:")
        for statement in report.reconcile_sql:
            out(f"{statement};")
    if report.findings:
        raise typer.Exit(1)


@app.command("verify-types")
@boundary
def verify_types(
    models: Annotated[Path, typer.Option(
        "--models", help="The typed models: Supabase's types.ts, Python models, or a "
        "directory of them.", show_default=False)],
    database: DatabaseOption = None,
    output_format: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
    partial: Annotated[bool, typer.Option(
        "--partial", help="The models describe part of the schema: do not report tables "
        "they leave out.")] = False,
) -> None:
    """Check typed models against the declared schema (or --database); exit 1 on findings."""
    from toolkit.commands.verify_types import verify_types as check
    from toolkit.errors import CanonError
    from toolkit.verify.models.report import types_json, types_text

    renderers = {"text": types_text, "json": types_json}
    if output_format not in renderers:
        raise CanonError(f"unknown format {output_format!r}", hint="use --format text or json")
    report = check(project_config(), models, database, partial=partial)
    out(renderers[output_format](report.check, report.against))
    if report.check.findings:
        raise typer.Exit(1)
