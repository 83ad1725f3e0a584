"""Preludes: SQL for what the platform provides, applied before the canonical files.

``prelude = ["supabase", "sql/extra.sql"]`` in ``[tool.canon]`` lists shipped preludes (by
name, from ``toolkit/source/preludes/``) and project files (by path). canon applies them on
scratch databases and on the embedded default server, counts their objects as defined when
checking references, and never writes them into compiled output or migrations.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from toolkit.config import ProjectConfig
from toolkit.errors import ConfigError

if TYPE_CHECKING:
    from toolkit.source.files import SourceFile
    from toolkit.source.resolve import External

# The readers (and pglast) are imported only to parse a prelude: applying one to a database
# (the embedded default server of `canon migrate`, `status`, `drift`) needs only its text.
SHIPPED = Path(__file__).resolve().parent / "preludes"
# Prelude statements that define nothing (grants, comments and DO blocks).
NOT_DEFINING = frozenset({"GrantStmt", "CommentStmt", "AlterTableStmt"})


def shipped_names() -> list[str]:
    """Names of the preludes canon ships."""
    return sorted(path.stem for path in SHIPPED.glob("*.sql"))


def prelude_paths(config: ProjectConfig) -> list[tuple[str, Path]]:
    """``(name as configured, file)`` of each configured prelude, in order."""
    found = []
    for entry in config.prelude:
        if "/" in entry or "\\" in entry or entry.endswith(".sql"):
            path = config.path(Path(entry))
            if not path.is_file():
                raise ConfigError(f"prelude file {entry} does not exist (looked in {path})",
                                  hint="fix the path in `prelude = [...]` under [tool.canon] "
                                       "(relative to the project root)")
        else:
            path = SHIPPED / (entry + ".sql")
            if not path.is_file():
                raise ConfigError(f"unknown prelude {entry!r}",
                                  hint="shipped preludes: " + ", ".join(shipped_names())
                                  + "; or give a path to a .sql file in the project")
        found.append((entry, path))
    return found


def prelude_sql(config: ProjectConfig) -> str:
    """The SQL of every configured prelude, in order ("" when there is none)."""
    parts = []
    for name, path in prelude_paths(config):
        text = path.read_text(encoding="utf-8").rstrip()
        parts.append("-- canon prelude: " + name + "\n" + text + "\n")
    return "\n".join(parts)


def prelude_files(config: ProjectConfig) -> list[SourceFile]:
    """The configured preludes, parsed (syntax errors point into the prelude file)."""
    from toolkit.source.files import read_sql_file

    files = []
    for name, path in prelude_paths(config):
        shown = Path("prelude:" + name) if path.is_relative_to(SHIPPED) else Path(name)
        files.append(read_sql_file(path, shown))
    return files


def prelude_objects(config: ProjectConfig) -> External:
    """Everything the preludes define, for reference checks."""
    from toolkit.source.declarations import Declaration
    from toolkit.source.readers.common import ReadContext
    from toolkit.source.resolve import External
    from toolkit.source.statements import READERS

    external = External()
    context = ReadContext(postgres_version=config.postgres_version)
    declarations: list[Declaration] = []
    for file in prelude_files(config):
        for statement in file.statements:
            if statement.kind not in READERS or statement.kind in NOT_DEFINING:
                continue
            if statement.kind == "CreateTableAsStmt" and statement.node.get(
                    "objtype") != "OBJECT_MATVIEW":
                continue
            declarations.append(READERS[statement.kind](statement, file, context))
    context.finish()
    for declaration in declarations:
        for key in declaration.provides:
            external.index.add(key)
        if declaration.extension_schema is not None:
            external.extension_schemas.add(declaration.extension_schema)
    return external
