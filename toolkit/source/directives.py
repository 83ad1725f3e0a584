"""``-- canon:renamed-from old`` directives: a renamed table or column keeps its data.

The directive goes on the line of the column (or of ``CREATE TABLE``), or alone on the line
just above it. Other ``canon:`` directives belong to other commands and are left alone.
"""

from __future__ import annotations

from toolkit.errors import Location, SourceError
from toolkit.model import ObjectKey
from toolkit.source.comments import scan_comments
from toolkit.source.declarations import Declaration
from toolkit.source.files import SourceFile

RENAMED_FROM = "renamed-from"

Renames = dict[tuple[ObjectKey, str | None], str]
"""Old names by (table key, column or None for the table itself)."""


def find_renames(declarations: list[Declaration]) -> Renames:
    """Every ``canon:renamed-from`` directive, matched to its table or column."""
    tables: dict[str, list[Declaration]] = {}
    files: dict[str, SourceFile] = {}
    for declaration in declarations:
        if declaration.statement.kind == "CreateStmt":
            tables.setdefault(declaration.file.display, []).append(declaration)
        files.setdefault(declaration.file.display, declaration.file)
    renames: Renames = {}
    for display, file in sorted(files.items()):
        if b"canon:" in file.source.data:
            _file_renames(file, tables.get(display, []), renames)
    return renames


def _file_renames(file: SourceFile, tables: list[Declaration], renames: Renames) -> None:
    """Add the renamed-from directives of one file to ``renames``."""
    for comment in scan_comments(file.source.text):
        directive = comment.directive
        if directive is None or directive[0] != RENAMED_FROM:
            continue
        location = Location(file.path, comment.line, comment.column)
        line_text = file.source.line_text(comment.line)
        if not directive[1]:
            raise SourceError(location, "canon:renamed-from needs the old name",
                              hint="write `-- canon:renamed-from old_name`",
                              source_line=line_text)
        alone = not line_text[:comment.column - 1].strip()
        target = _target(file, tables, comment.line + 1 if alone else comment.line)
        if target is None:
            raise SourceError(location, "canon:renamed-from is not on a table or column line",
                              hint="put it at the end of the column's line (or of the CREATE "
                                   "TABLE line), or alone on the line above",
                              source_line=line_text)
        renames[target] = directive[1]


def _target(file: SourceFile, tables: list[Declaration],
            line: int) -> tuple[ObjectKey, str | None] | None:
    """The table (and column) declared on ``line``, if any."""
    for declaration in tables:
        for name, offset in declaration.columns:
            if file.source.position(offset)[0] == line:
                return declaration.key, name
        if declaration.statement.line == line:
            return declaration.key, None
    return None
