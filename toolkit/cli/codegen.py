"""CLI commands for typed models, docs and inspect-to-files: gen python, gen typescript, docs,
inspect."""

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from toolkit.cli import app, boundary, err, out, project_config

gen_app = typer.Typer(help="Generate typed models from the schema.", no_args_is_help=True)
app.add_typer(gen_app, name="gen")


class PythonStyle(StrEnum):
    """The kind of Python classes to generate (mirrors toolkit.codegen.python.Style)."""

    dataclass = "dataclass"
    pydantic = "pydantic"
    typeddict = "typeddict"


SourceOption = Annotated[str | None, typer.Option(
    "--database", "-d", help="Read this live database instead of the canonical files.",
    show_default=False)]
OutputOption = Annotated[Path | None, typer.Option(
    "--output", "-o", help="Write to this file (default: print to stdout).", show_default=False)]


def _emit(text: str, output: Path | None) -> None:
    from toolkit.commands.codegen import write_output

    if output is None or str(output) == "-":
        typer.echo(text, nl=False)
    else:
        err(f"wrote {write_output(text, output)}")


@gen_app.command("python")
@boundary
def gen_python(
    output: OutputOption = None,
    style: Annotated[PythonStyle, typer.Option(
        "--style", help="dataclass, pydantic or typeddict.")] = PythonStyle.dataclass,
    database: SourceOption = None,
) -> None:
    """Python models: enums, and Row, Insert and Update classes per table and view."""
    from toolkit.codegen.python import Style
    from toolkit.commands.codegen import python_models

    _emit(python_models(project_config(), database, Style(style.value)), output)


@gen_app.command("typescript")
@boundary
def gen_typescript(output: OutputOption = None, database: SourceOption = None) -> None:
    """TypeScript types in the shape Supabase generates (the Database type)."""
    from toolkit.commands.codegen import typescript_models

    _emit(typescript_models(project_config(), database), output)


@app.command("docs")
@boundary
def docs(
    output: Annotated[Path, typer.Option(
        "--output", "-o", help="Where to write the Markdown ('-' prints it).")] = Path(
        "docs/schema.md"),
    database: SourceOption = None,
) -> None:
    """Markdown schema docs: tables, keys, indexes, policies, functions, migrations, ER diagram.

    With --database the docs describe that database and show which migrations it applied.
    """
    from toolkit.commands.codegen import schema_docs

    config = project_config()
    text = schema_docs(config, database)
    _emit(text, output if str(output) == "-" or output.is_absolute() else config.path(output))


@app.command("inspect")
@boundary
def inspect(
    database: Annotated[str | None, typer.Option(
        "--database", "-d", help="The database to read (default: CANON_DATABASE_URL).",
        show_default=False)] = None,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Project directory to write schema/, functions/ and policies/ "
        "into (default: the current project, else the working directory).",
        show_default=False)] = None,
    schema: Annotated[list[str] | None, typer.Option(
        "--schema", help="A schema to read (repeatable; default: the project's schemas).",
        show_default=False)] = None,
    force: Annotated[bool, typer.Option(
        "--force", help="Overwrite existing files that differ.")] = False,
) -> None:
    """Write canonical files from an existing database (adopt it into canon)."""
    from toolkit.commands.codegen import inspect_to_files
    from toolkit.config import ProjectConfig, env
    from toolkit.errors import ConfigError, NoProjectError

    url = database or env("CANON_DATABASE_URL")
    if url is None:
        raise ConfigError("canon inspect needs a database",
                          hint="pass --database URL or set CANON_DATABASE_URL")
    try:
        config = project_config()
    except NoProjectError:
        config = ProjectConfig(root=Path.cwd())
    root = (output or config.root).resolve()
    schemas = tuple(schema) if schema else config.schemas
    result = inspect_to_files(url, root, schemas, force=force)
    for path in result.written:
        out(f"wrote {path}")
    out(f"{len(result.written)} file(s) written, {len(result.unchanged)} unchanged under "
        f"{result.root} (schemas: {', '.join(result.schemas)})")
