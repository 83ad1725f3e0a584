"""CLI command ``canon lint``: security, migration-safety, integrity and PL/pgSQL rules."""

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from toolkit.cli import app, boundary, out

if TYPE_CHECKING:
    from toolkit.config import ProjectConfig
    from toolkit.lint.registry import Rule

FORMATS = ("text", "json", "sarif", "github")


@app.command("lint")
@boundary
def lint(
    paths: Annotated[list[Path] | None, typer.Argument(
        help="SQL files or directories (default: the project's canonical files).",
        show_default=False)] = None,
    output_format: Annotated[str, typer.Option(
        "--format", "-f", help="text, json, sarif or github.")] = "text",
    explain: Annotated[str | None, typer.Option(
        "--explain", metavar="CODE", help="Explain one rule, with a bad and a good example.",
        show_default=False)] = None,
    migrations: Annotated[bool, typer.Option(
        "--migrations", help="Read PATHS as migrations; with no paths, also lint the "
        "project's migrations/ files with the migration-safety rules.")] = False,
    list_rules: Annotated[bool, typer.Option(
        "--list", help="List every rule: code, severity, name, summary.")] = False,
) -> None:
    """Check SQL for insecure RLS, unsafe migrations, integrity gaps and PL/pgSQL bugs.

    Exit status: 0 when no error-severity finding remains, 1 when one does, 2 on bad input.
    """
    from toolkit.commands import lint as use_case
    from toolkit.errors import CanonError, FindingsError

    if explain is not None:
        out(_explanation(use_case.explain(explain)))
        return
    if list_rules:
        out(_listing())
        return
    if output_format not in FORMATS:
        raise CanonError(f"unknown format {output_format!r}",
                         hint="use --format text, json, sarif or github")
    from toolkit.lint.report import FORMATS as RENDERERS

    config = _project_or_none(bool(paths))
    outcome = use_case.lint(config, paths or [], migrations=migrations)
    rendered = RENDERERS[output_format](outcome.result, outcome.rules)
    if rendered:
        out(rendered)
    if outcome.result.failed:
        raise FindingsError("lint found error-severity findings")


def _project_or_none(have_paths: bool) -> "ProjectConfig | None":
    """The project configuration; with explicit paths, lint also works outside a project."""
    from toolkit.cli import project_config
    from toolkit.errors import NoProjectError

    try:
        return project_config()
    except NoProjectError:
        if have_paths:
            return None
        raise


def _explanation(rule: "Rule") -> str:
    """The ``--explain`` text of a rule."""
    from toolkit.lint.registry import FAMILIES

    opt_in = "" if rule.enabled_by_default else ", opt-in"
    return (f"{rule.code} {rule.name} ({rule.severity}{opt_in}; "
            f"{FAMILIES.get(rule.family, rule.family)})\n{rule.summary}\n\n"
            f"{rule.explanation}\n\nBad:\n{_indent(rule.bad)}\n\nGood:\n{_indent(rule.good)}")


def _indent(text: str) -> str:
    """``text`` indented by four spaces."""
    return "\n".join(f"    {line}" for line in text.splitlines())


def _listing() -> str:
    """The ``--list`` table: one rule per line."""
    from toolkit.lint.registry import all_rules

    lines = []
    for code, rule in all_rules().items():
        opt_in = " (opt-in)" if not rule.enabled_by_default else ""
        lines.append(f"{code}  {rule.severity:<7}  {rule.name}{opt_in}: {rule.summary}")
    return "\n".join(lines)
