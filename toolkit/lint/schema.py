"""What schema rules see: the declared Catalog plus each object's parse tree and place.

The Catalog says what exists (tables, keys, indexes, policies, functions, grants); the parse
trees say how expressions are built (a policy's USING clause, a column default, a function
body), which rules inspect without re-parsing any text.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from toolkit.lint.files import SourceFile, Spot
from toolkit.lint.settings import LintSettings
from toolkit.lint.types import SqlType, from_text
from toolkit.model import Catalog, Column, QualifiedName, SourceLocation, Table
from toolkit.source.parser import Statement


@dataclass(slots=True)
class Declared:
    """Where and how an object was declared: file, statement, its own node and offset."""

    file: SourceFile
    statement: Statement
    node: dict[str, Any]
    offset: int

    @property
    def spot(self) -> Spot:
        """The object's place, for a finding."""
        return Spot(self.file, self.offset)


@dataclass(slots=True)
class ColumnTree:
    """A column's declaration: its ``ColumnDef`` node, type and where the type is written."""

    declared: Declared
    type: SqlType
    type_offset: int


@dataclass
class SchemaView:
    """The declared schema as rules read it.

    ``declared`` maps the identity of each object the parse-tree adapter built to its
    declaration. For a catalog built elsewhere (the source reader's), declarations are found
    by object key, then by the object's location.
    """

    catalog: Catalog
    settings: LintSettings
    declared: dict[int, Declared] = field(default_factory=dict)
    objects: list[tuple[Any, Declared]] = field(default_factory=list)
    columns: dict[tuple[QualifiedName, str], ColumnTree] = field(default_factory=dict)
    by_kind: dict[str, list[tuple[SourceFile, Statement]]] = field(default_factory=dict)
    memo: dict[str, Any] = field(default_factory=dict)

    def remember(self, obj: Any, declared: Declared) -> None:
        """Record where the adapter found ``obj``."""
        self.declared[id(obj)] = declared
        self.objects.append((obj, declared))

    def tree(self, obj: Any) -> Declared | None:
        """The declaration of a catalog object, if it came from a parsed file."""
        found = self.declared.get(id(obj))
        if found is not None:
            return found
        by_key: dict[Any, Declared] | None = self.memo.get("by_key")
        if by_key is None:
            by_key = self.memo["by_key"] = {o.key: d for o, d in self.objects}
        found = by_key.get(getattr(obj, "key", None))
        if found is not None:
            return found
        location = getattr(obj, "location", None)
        if location is None:
            return None
        by_place = self.memo.get("by_place")
        if by_place is None:
            by_place = self.memo["by_place"] = {
                (str(d.file.path), *d.file.position(d.offset)): d for _, d in self.objects}
            by_place.update({(str(d.file.path), d.statement.line, d.statement.column): d
                             for _, d in self.objects if (str(d.file.path),
                                                          d.statement.line,
                                                          d.statement.column) not in by_place})
        place: Declared | None = by_place.get((location.path, location.line, location.column))
        return place

    def where(self, obj: Any) -> Spot | SourceLocation | None:
        """Where a catalog object was declared (its parse tree's place, else its location)."""
        declared = self.tree(obj)
        if declared is not None:
            return declared.spot
        location: SourceLocation | None = getattr(obj, "location", None)
        return location

    def table(self, name: QualifiedName) -> Table | None:
        """The declared table called ``name``."""
        tables: dict[QualifiedName, Table] | None = self.memo.get("tables")
        if tables is None:
            tables = self.memo["tables"] = {table.name: table for table in self.catalog.tables}
        return tables.get(name)

    def column_type(self, table: Table, column: Column) -> SqlType:
        """A column's type in canonical spelling."""
        tree = self.columns.get((table.name, column.name))
        return tree.type if tree is not None else from_text(column.data_type)

    def column_where(self, table: Table, column: Column) -> Spot | SourceLocation | None:
        """Where a column's type is written (else where the column or table is)."""
        tree = self.columns.get((table.name, column.name))
        if tree is not None:
            return Spot(tree.declared.file, tree.type_offset)
        return column.location or self.where(table)

    def statements(self, *kinds: str) -> Iterator[tuple[SourceFile, Statement]]:
        """Every declared statement of the given kinds, in file order."""
        for kind in kinds:
            yield from self.by_kind.get(kind, ())

    def exposed_tables(self) -> Iterator[Table]:
        """Tables in schemas API callers can reach."""
        for table in self.catalog.tables:
            if self.settings.is_exposed(table.name.schema):
                yield table
