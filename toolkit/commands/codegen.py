"""Use cases of typed models, schema docs and inspect-to-files: they return text or written
paths and raise toolkit errors; the CLI prints."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from toolkit.config import ProjectConfig
from toolkit.errors import CanonError

if TYPE_CHECKING:
    from toolkit.codegen.docs import MigrationLine
    from toolkit.codegen.python import Style
    from toolkit.model import Catalog


def read_catalog(config: ProjectConfig, database: str | None) -> Catalog:
    """The canonical files' catalog, or the live database's when ``database`` is given."""
    if database is None:
        from toolkit.source import load_catalog

        return load_catalog(config)
    from toolkit.inspect import inspect_catalog

    return inspect_catalog(database, config.schemas)


def python_models(config: ProjectConfig, database: str | None, style: Style) -> str:
    """The Python module of typed models."""
    from toolkit.codegen.python import generate_python
    from toolkit.codegen.shapes import build_shapes

    shapes = build_shapes(read_catalog(config, database), config.schemas)
    return generate_python(shapes, style, "the project's schema")


def typescript_models(config: ProjectConfig, database: str | None) -> str:
    """The TypeScript module with the ``Database`` type."""
    from toolkit.codegen.shapes import build_shapes
    from toolkit.codegen.typescript import generate_typescript

    shapes = build_shapes(read_catalog(config, database), config.schemas)
    return generate_typescript(shapes, "the project's schema")


def schema_docs(config: ProjectConfig, database: str | None) -> str:
    """The Markdown documentation of the schema, with the migration inventory."""
    from toolkit.codegen.docs import DocsInput, generate_docs
    from toolkit.codegen.domains import domain_groups

    catalog = read_catalog(config, database)
    data = DocsInput(
        origin="the canonical files" if database is None else "a live database",
        schemas=config.schemas,
        migrations=migration_lines(config, database),
        with_database=database is not None,
        groups=domain_groups(config),
    )
    return generate_docs(catalog, data)


def migration_lines(config: ProjectConfig, database: str | None) -> list[MigrationLine]:
    """The migration inventory: every migration's status, and with a database its state."""
    from toolkit.codegen.docs import MigrationLine
    from toolkit.migrate.directory import MigrationDirectory

    directory = MigrationDirectory.load(config)
    states: dict[str, str] = {}
    if database is not None:
        from toolkit.migrate.history import compare, read_applied
        from toolkit.postgres.connect import connect

        with connect(database, autocommit=True) as conn:
            applied = read_applied(conn)
        states = {row.stem: row.state.value.upper() for row in compare(directory, applied)}
    return [MigrationLine(
        version=entry.migration.stem.split("_", 1)[0],
        file=entry.migration.name,
        rollback=entry.migration.down_path.name if entry.migration.down_path else "",
        status=entry.status.value,
        applied=states.get(entry.migration.stem) if database is not None else None,
    ) for entry in directory.entries()]


@dataclass(frozen=True)
class InspectResult:
    """Files ``canon inspect`` wrote (relative to ``root``), and the schemas it read."""

    root: Path
    written: list[str]
    unchanged: list[str]
    schemas: tuple[str, ...]


def inspect_to_files(database: str, root: Path, schemas: Sequence[str], *,
                     force: bool = False) -> InspectResult:
    """Write canonical files for ``database``'s ``schemas`` under ``root``.

    An existing file with other content is an error unless ``force``; a ``canon.toml`` naming
    the schemas is written when ``root`` has no project configuration.
    """
    from toolkit.codegen.canonical import canonical_files, uses_supabase
    from toolkit.codegen.templating import render
    from toolkit.inspect import inspect_catalog
    from toolkit.output import write_file

    catalog = inspect_catalog(database, schemas)
    files = canonical_files(catalog, schemas)
    if not _has_project_file(root):
        files["canon.toml"] = render("canon.toml.j2", schemas=list(schemas),
                                     prelude=["supabase"] if uses_supabase(catalog) else [])
    conflicts = [path for path, text in files.items()
                 if (root / path).exists() and (root / path).read_text(encoding="utf-8") != text]
    if conflicts and not force:
        shown = ", ".join(conflicts[:5]) + (" ..." if len(conflicts) > 5 else "")
        raise CanonError(f"{len(conflicts)} file(s) under {root} already exist with other "
                         f"content: {shown}",
                         hint="inspect into an empty directory, or pass --force to overwrite")
    written, unchanged = [], []
    for path, text in files.items():
        target = root / path
        if target.exists() and target.read_text(encoding="utf-8") == text:
            unchanged.append(path)
            continue
        write_file(target, text, hint="inspect into a writable directory (-o DIR)")
        written.append(path)
    return InspectResult(root, written, unchanged, tuple(schemas))


def _has_project_file(root: Path) -> bool:
    """Whether ``root`` has canon configuration (an unreadable one counts as none)."""
    from toolkit.config import project_file
    from toolkit.errors import ConfigError

    try:
        return project_file(root) is not None
    except ConfigError:
        return (root / "canon.toml").exists()


def write_output(text: str, path: Path) -> Path:
    """Write generated ``text`` to ``path`` (directories created); return the path."""
    from toolkit.output import write_file

    return write_file(path, text, hint="choose a writable output path with -o")
