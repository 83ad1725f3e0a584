"""Names, object identities and source locations shared by every model object."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple


class QualifiedName(NamedTuple):
    """A schema-qualified name, unquoted (``public``, ``My Table``).

    Names and keys are named tuples rather than dataclasses: they are hashed and compared
    millions of times when large catalogs are diffed, and tuples do that in C.
    """

    schema: str
    name: str

    def __str__(self) -> str:
        return f"{self.schema}.{self.name}"


class ObjectKey(NamedTuple):
    """The identity of any catalog object, used for lookups, diffs and dependency edges.

    ``kind`` is one of the ``KIND_*`` constants. ``parent`` names the table an index,
    constraint, trigger or policy belongs to; ``signature`` is a function's identity
    argument list (``uuid, integer``); both are empty where they do not apply.
    """

    kind: str
    schema: str
    name: str
    parent: str = ""
    signature: str = ""

    def __str__(self) -> str:
        qualified = f"{self.schema}.{self.name}" if self.schema else self.name
        if self.signature or self.kind in (KIND_FUNCTION, KIND_PROCEDURE):
            qualified += f"({self.signature})"
        if self.parent:
            qualified += f" on {self.schema}.{self.parent}"
        return f"{self.kind} {qualified}"


_new_tuple = tuple.__new__


def object_key(kind: str, schema: str, name: str, parent: str = "",
               signature: str = "") -> ObjectKey:
    """``ObjectKey(kind, schema, name, parent, signature)``, made without the named tuple's
    argument handling, which costs twice as much (a large catalog makes tens of thousands)."""
    return _new_tuple(ObjectKey, (kind, schema, name, parent, signature))


def qualified_name(schema: str, name: str) -> QualifiedName:
    """``QualifiedName(schema, name)``, made as :func:`object_key` makes keys."""
    return _new_tuple(QualifiedName, (schema, name))


KIND_SCHEMA = "schema"
KIND_EXTENSION = "extension"
KIND_ENUM = "enum"
KIND_DOMAIN = "domain"
KIND_COMPOSITE = "type"
KIND_SEQUENCE = "sequence"
KIND_TABLE = "table"
KIND_COLUMN = "column"
"""Only in ``depends_on``: a column an object reads (``parent`` is its table)."""
KIND_CONSTRAINT = "constraint"
KIND_INDEX = "index"
KIND_VIEW = "view"
KIND_MATVIEW = "materialized view"
KIND_FUNCTION = "function"
KIND_PROCEDURE = "procedure"
KIND_TRIGGER = "trigger"
KIND_POLICY = "policy"
KIND_GRANT = "grant"


@dataclass(frozen=True)
class SourceLocation:
    """Where an object was declared: file path (as given), 1-based line and column."""

    path: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"
