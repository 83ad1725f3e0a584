"""What one canonical statement declares: objects, edits of other objects, and references.

Readers turn each statement into a :class:`Declaration`; the catalog builder resolves the
references and edits across all files, and the orderer sorts declarations by dependencies.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from toolkit.errors import Location
from toolkit.model import ObjectKey
from toolkit.source.files import SourceFile
from toolkit.source.nodes import Name
from toolkit.source.parser import Statement

# Output order among statements whose dependencies are all met: lower rank first.
RANK = {
    "schema": 0, "extension": 1, "type": 2, "sequence": 3, "table": 4, "constraint": 5,
    "index": 6, "function": 7, "view": 8, "materialized view": 9, "trigger": 10, "rls": 11,
    "policy": 12, "sequence owner": 13, "grant": 14, "revoke": 15, "comment": 16,
}


SortKey = tuple[int, str, str, str, str, str, str]


def sort_key(rank: str, key: ObjectKey, text: str = "") -> SortKey:
    """A plain tuple ordering statements by rank, object key and text (fast to compare)."""
    return RANK[rank], key.kind, key.schema, key.name, key.parent, key.signature, text


class Edge(Enum):
    """How a reference constrains the order of statements."""

    HARD = "hard"  # the referenced object must exist when the statement runs
    FOREIGN_KEY = "foreign key"  # like HARD, but can be deferred to ALTER TABLE ADD CONSTRAINT
    BODY = "body"  # used by a PL/pgSQL body: recorded, checked at run time, not ordered
    OWNED_BY = "owned by"  # a sequence's owner: ordered with the separate ALTER SEQUENCE


class Want(Enum):
    """What kind of object a name must resolve to."""

    RELATION = "relation"  # table, view, materialized view or sequence
    TABLE = "table"
    TRIGGER_TARGET = "table or view"
    TYPE = "type"
    FUNCTION = "function"
    TRIGGER_FUNCTION = "trigger function"
    SEQUENCE = "sequence"
    SCHEMA = "schema"


@dataclass(slots=True)
class Site:
    """A byte offset in a file; its line and column are worked out only when needed."""

    file: SourceFile
    offset: int

    @property
    def location(self) -> Location:
        """File, line and column of the offset."""
        return self.file.location(self.offset)


@dataclass(slots=True)
class Reference:
    """A name a statement uses, where it is used, and whether it must be defined."""

    want: Want
    name: Name
    site: Site
    edge: Edge = Edge.HARD
    required: bool = False
    role: str | tuple[str, str, str] = ""
    constraint: str | None = None

    @property
    def location(self) -> Location:
        """Where the name is written."""
        return self.site.location

    @property
    def role_text(self) -> str:
        """What refers to the name, for messages (``foreign key "Fk" references``)."""
        if isinstance(self.role, str):
            return self.role
        from toolkit.source.sqltext import quote_ident

        before, name, after = self.role
        return before + quote_ident(name) + after


@dataclass(frozen=True)
class SetRowSecurity:
    """``ALTER TABLE ... ENABLE/FORCE ROW LEVEL SECURITY``."""

    table: Name
    location: Location
    enable: bool = False
    force: bool = False


@dataclass(frozen=True)
class AddConstraint:
    """``ALTER TABLE ... ADD CONSTRAINT``: the constraint is among the statement's objects."""

    key: ObjectKey
    location: Location


@dataclass(frozen=True)
class SetComment:
    """``COMMENT ON kind name IS ...``: ``target`` is resolved by the builder."""

    kind: str
    name: Name
    location: Location
    comment: str | None
    parent: Name | None = None
    column: str | None = None
    signature: str | None = None


@dataclass(frozen=True)
class GrantSpec:
    """``GRANT``/``REVOKE`` before its targets are resolved to object keys."""

    objtype: str
    targets: tuple[tuple[Name, str | None], ...]
    all_in_schemas: tuple[str, ...]
    privileges: tuple[tuple[str, tuple[str, ...]], ...]
    grantees: tuple[str, ...]
    grantable: bool
    is_grant: bool
    location: Location


Edit = SetRowSecurity | AddConstraint | SetComment | GrantSpec


@dataclass
class Declaration:
    """One canonical statement and what it means.

    Everything needed to check the files and order the statements (keys, references, names)
    is filled in when the statement is read; the model objects are built by ``make`` only
    when someone asks for :attr:`objects` (compiling the script rarely needs them).
    """

    statement: Statement
    file: SourceFile
    rank: str
    key: ObjectKey
    make: Callable[[], list[Any]] | None = None
    edits: list[Edit] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    provides: list[ObjectKey] = field(default_factory=list)
    owned_by: tuple[Name, str] | None = None
    fk_paths: dict[str, tuple[int, int | None]] = field(default_factory=dict)
    columns: list[tuple[str, int]] = field(default_factory=list)
    extension_schema: str | None = None
    body_references: Callable[[], list[Reference]] | None = None
    _objects: list[Any] | None = field(default=None, repr=False)

    @property
    def objects(self) -> list[Any]:
        """The model objects this statement declares (built on first use)."""
        if self._objects is None:
            self._objects = self.make() if self.make is not None else []
        return self._objects

    @property
    def sort_key(self) -> SortKey:
        """Tie-break order: rank, then the object key, then the text (never the file)."""
        return sort_key(self.rank, self.key, self.statement.text)

    @property
    def location(self) -> Location:
        """Where the statement starts."""
        return self.statement.location
