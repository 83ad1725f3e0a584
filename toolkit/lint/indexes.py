"""Index shapes: the key elements of every index and PRIMARY KEY/UNIQUE constraint of a table.

Two indexes serve the same lookups when their access method, key elements (column or
expression, operator class, collation, direction) and predicate agree. Elements come from
the parse tree when there is one, else from the catalog's key text.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from toolkit.lint.files import Spot
from toolkit.lint.schema import SchemaView
from toolkit.lint.tree import fingerprint, strings, unwrap
from toolkit.model import ConstraintKind, Index, QualifiedName, SourceLocation, Table


@dataclass(frozen=True)
class Element:
    """One key element: a column name or an expression fingerprint, with its options."""

    key: Any
    column: str | None
    opclass: tuple[str, ...] = ()
    collation: tuple[str, ...] = ()
    descending: bool = False

    def same_key(self, other: Element) -> bool:
        """Whether both elements index the same value the same way (ignoring direction)."""
        return (self.key, self.opclass, self.collation) == (other.key, other.opclass,
                                                             other.collation)


@dataclass(frozen=True)
class Shape:
    """An index or a PRIMARY KEY/UNIQUE constraint of one table, as lookups see it."""

    name: str
    table: QualifiedName
    method: str
    unique: bool
    elements: tuple[Element, ...]
    include: tuple[str, ...]
    predicate: Any
    where: Spot | SourceLocation | None
    constraint: str | None = None

    @property
    def columns(self) -> tuple[str, ...] | None:
        """The key columns, or None when some element is an expression."""
        names = tuple(element.column for element in self.elements)
        return None if any(name is None for name in names) else names  # type: ignore[return-value]

    @property
    def label(self) -> str:
        """``name (a, b)`` for messages."""
        keys = ", ".join(element.column or "(expression)" for element in self.elements)
        kind = f"{self.constraint} constraint " if self.constraint else "index "
        return f"{kind}{self.name} ({keys})"

    def leads_with(self, other: Shape, count: int) -> bool:
        """Whether the first ``count`` elements of both shapes agree (one scan direction)."""
        if len(self.elements) < count or len(other.elements) < count:
            return False
        mine, theirs = self.elements[:count], other.elements[:count]
        if not all(a.same_key(b) for a, b in zip(mine, theirs, strict=True)):
            return False
        same = all(a.descending == b.descending for a, b in zip(mine, theirs, strict=True))
        flipped = all(a.descending != b.descending for a, b in zip(mine, theirs, strict=True))
        return same or flipped


def table_shapes(schema: SchemaView) -> dict[QualifiedName, list[Shape]]:
    """Shapes of every table's indexes and PRIMARY KEY/UNIQUE constraints (built once)."""
    cached: dict[QualifiedName, list[Shape]] | None = schema.memo.get("shapes")
    if cached is None:
        cached = schema.memo["shapes"] = _table_shapes(schema)
    return cached


def _table_shapes(schema: SchemaView) -> dict[QualifiedName, list[Shape]]:
    """Build the shapes of every table (see :func:`table_shapes`)."""
    shapes: dict[QualifiedName, list[Shape]] = {}
    for table in schema.catalog.tables:
        shapes[table.name] = list(_constraint_shapes(schema, table))
    for index in schema.catalog.indexes:
        shapes.setdefault(index.table, []).append(_index_shape(schema, index))
    return shapes


def _constraint_shapes(schema: SchemaView, table: Table) -> Iterator[Shape]:
    """Shapes of a table's PRIMARY KEY and UNIQUE constraints."""
    for constraint in table.constraints:
        if constraint.kind not in (ConstraintKind.PRIMARY_KEY, ConstraintKind.UNIQUE):
            continue
        label = "PRIMARY KEY" if constraint.kind is ConstraintKind.PRIMARY_KEY else "UNIQUE"
        yield Shape(constraint.name, table.name, "btree", True,
                    tuple(Element(column, column) for column in constraint.columns), (), None,
                    schema.where(constraint), constraint=label)


def _index_shape(schema: SchemaView, index: Index) -> Shape:
    """The shape of one index, from its parse tree when there is one."""
    declared = schema.tree(index)
    if declared is None:
        elements = tuple(Element(key, None if key.startswith("(") else key)
                         for key in index.keys)
        return Shape(index.name, index.table, index.method, index.unique, elements,
                     index.include, index.predicate, schema.where(index))
    node = declared.node
    elements = tuple(_element(item) for item in node.get("indexParams", ()))
    include = tuple(unwrap(item)[1].get("name", "") for item in
                    node.get("indexIncludingParams", ()))
    predicate = node.get("whereClause")
    return Shape(index.name, index.table, node.get("accessMethod", "btree"),
                 bool(node.get("unique")), elements, include,
                 fingerprint(predicate) if predicate is not None else None, declared.spot)


def _element(item: Any) -> Element:
    """One ``IndexElem`` as an :class:`Element`."""
    fields = unwrap(item)[1]
    opclass = tuple(strings(fields.get("opclass")))
    collation = tuple(strings(fields.get("collation")))
    descending = fields.get("ordering") == "SORTBY_DESC"
    if fields.get("name"):
        return Element(fields["name"], fields["name"], opclass, collation, descending)
    return Element(fingerprint(fields.get("expr")), None, opclass, collation, descending)
