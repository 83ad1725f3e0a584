"""Catalog objects: one frozen dataclass per kind of database object.

Conventions every producer follows (the source reader and the live inspector):

- Names are unquoted and exact (``public``, ``Mixed Case``).
- Types and expressions are SQL text. On a catalog read from a database they are exactly what
  the server prints with ``search_path`` empty (``format_type``, ``pg_get_expr``,
  ``pg_get_constraintdef``, ``pg_get_indexdef``, ``pg_get_triggerdef``), so two inspected
  catalogs compare equal exactly when the databases agree. On a catalog read from canonical
  files they are the declared text.
- ``location`` (where it was declared) and ``depends_on`` (what must exist first) never take
  part in equality.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from toolkit.model.names import (
    KIND_COMPOSITE,
    KIND_CONSTRAINT,
    KIND_DOMAIN,
    KIND_ENUM,
    KIND_EXTENSION,
    KIND_FUNCTION,
    KIND_GRANT,
    KIND_INDEX,
    KIND_MATVIEW,
    KIND_POLICY,
    KIND_PROCEDURE,
    KIND_SCHEMA,
    KIND_SEQUENCE,
    KIND_TABLE,
    KIND_TRIGGER,
    KIND_VIEW,
    ObjectKey,
    QualifiedName,
    SourceLocation,
    object_key,
)
from toolkit.model.once import computed_once


@dataclass(frozen=True)
class Schema:
    """A schema (namespace)."""

    name: str
    comment: str | None = None
    location: SourceLocation | None = field(default=None, compare=False)
    depends_on: tuple[ObjectKey, ...] = field(default=(), compare=False)

    @computed_once
    def key(self) -> ObjectKey:
        """Identity of this schema."""
        return object_key(KIND_SCHEMA, "", self.name)


@dataclass(frozen=True)
class Extension:
    """An installed extension and the schema its objects live in."""

    name: str
    schema: str = "public"
    version: str | None = field(default=None, compare=False)
    location: SourceLocation | None = field(default=None, compare=False)
    depends_on: tuple[ObjectKey, ...] = field(default=(), compare=False)

    @computed_once
    def key(self) -> ObjectKey:
        """Identity of this extension."""
        return object_key(KIND_EXTENSION, "", self.name)


@dataclass(frozen=True)
class EnumType:
    """An enum type; ``labels`` in sort order."""

    name: QualifiedName
    labels: tuple[str, ...]
    comment: str | None = None
    location: SourceLocation | None = field(default=None, compare=False)
    depends_on: tuple[ObjectKey, ...] = field(default=(), compare=False)

    @computed_once
    def key(self) -> ObjectKey:
        """Identity of this type."""
        return object_key(KIND_ENUM, self.name.schema, self.name.name)


@dataclass(frozen=True)
class DomainCheck:
    """A named CHECK constraint of a domain; ``definition`` is ``CHECK (...)``."""

    name: str
    definition: str


@dataclass(frozen=True)
class Domain:
    """A domain over a base type."""

    name: QualifiedName
    base_type: str
    not_null: bool = False
    default: str | None = None
    collation: str | None = None
    checks: tuple[DomainCheck, ...] = ()
    comment: str | None = None
    location: SourceLocation | None = field(default=None, compare=False)
    depends_on: tuple[ObjectKey, ...] = field(default=(), compare=False)

    @computed_once
    def key(self) -> ObjectKey:
        """Identity of this domain."""
        return object_key(KIND_DOMAIN, self.name.schema, self.name.name)


@dataclass(frozen=True)
class Attribute:
    """An attribute of a composite type."""

    name: str
    data_type: str
    collation: str | None = None


@dataclass(frozen=True)
class CompositeType:
    """A composite type (``CREATE TYPE name AS (...)``)."""

    name: QualifiedName
    attributes: tuple[Attribute, ...]
    comment: str | None = None
    location: SourceLocation | None = field(default=None, compare=False)
    depends_on: tuple[ObjectKey, ...] = field(default=(), compare=False)

    @computed_once
    def key(self) -> ObjectKey:
        """Identity of this type."""
        return object_key(KIND_COMPOSITE, self.name.schema, self.name.name)


@dataclass(frozen=True)
class Sequence:
    """A free-standing sequence (sequences behind serial/identity columns are not listed)."""

    name: QualifiedName
    data_type: str = "bigint"
    start: int = 1
    increment: int = 1
    min_value: int | None = None
    max_value: int | None = None
    cache: int = 1
    cycle: bool = False
    owned_by: str | None = None
    comment: str | None = None
    location: SourceLocation | None = field(default=None, compare=False)
    depends_on: tuple[ObjectKey, ...] = field(default=(), compare=False)

    @computed_once
    def key(self) -> ObjectKey:
        """Identity of this sequence."""
        return object_key(KIND_SEQUENCE, self.name.schema, self.name.name)


class Identity(StrEnum):
    """How an identity column generates values."""

    ALWAYS = "always"
    BY_DEFAULT = "by default"


@dataclass(frozen=True, slots=True)
class Column:
    """A table column (with slots: a large database has tens of thousands)."""

    name: str
    data_type: str
    not_null: bool = False
    default: str | None = None
    identity: Identity | None = None
    generated: str | None = None
    collation: str | None = None
    comment: str | None = None
    renamed_from: str | None = field(default=None, compare=False)
    location: SourceLocation | None = field(default=None, compare=False)
    virtual: bool = False
    """With ``generated``: computed when read (PostgreSQL 18 ``VIRTUAL``), not ``STORED``."""


class ConstraintKind(StrEnum):
    """Kinds of table constraints, with PostgreSQL's ``contype`` letters as values."""

    PRIMARY_KEY = "p"
    UNIQUE = "u"
    CHECK = "c"
    FOREIGN_KEY = "f"
    EXCLUDE = "x"


@dataclass(frozen=True)
class Constraint:
    """A table constraint; ``definition`` is the text after ``CONSTRAINT name``."""

    table: QualifiedName
    name: str
    kind: ConstraintKind
    definition: str
    columns: tuple[str, ...] = ()
    references: QualifiedName | None = None
    referenced_columns: tuple[str, ...] = ()
    on_delete: str = "NO ACTION"
    on_update: str = "NO ACTION"
    deferrable: bool = False
    initially_deferred: bool = False
    validated: bool = field(default=True, compare=False)
    comment: str | None = None
    location: SourceLocation | None = field(default=None, compare=False)
    depends_on: tuple[ObjectKey, ...] = field(default=(), compare=False)

    @computed_once
    def key(self) -> ObjectKey:
        """Identity of this constraint."""
        return object_key(KIND_CONSTRAINT, self.table.schema, self.name, parent=self.table.name)


@dataclass(frozen=True)
class Table:
    """A table with its columns and constraints (indexes, triggers, policies are separate)."""

    name: QualifiedName
    columns: tuple[Column, ...] = ()
    constraints: tuple[Constraint, ...] = ()
    rls_enabled: bool = False
    rls_forced: bool = False
    unlogged: bool = False
    partition_by: str | None = None
    partition_of: QualifiedName | None = None
    partition_bound: str | None = None
    comment: str | None = None
    renamed_from: str | None = field(default=None, compare=False)
    location: SourceLocation | None = field(default=None, compare=False)
    depends_on: tuple[ObjectKey, ...] = field(default=(), compare=False)

    @computed_once
    def key(self) -> ObjectKey:
        """Identity of this table."""
        return object_key(KIND_TABLE, self.name.schema, self.name.name)

    @property
    def primary_key(self) -> tuple[str, ...]:
        """The primary key's column names, in key order (empty when the table has none)."""
        for constraint in self.constraints:
            if constraint.kind is ConstraintKind.PRIMARY_KEY:
                return constraint.columns
        return ()

    def column(self, name: str) -> Column | None:
        """The column called ``name``, if any."""
        return next((column for column in self.columns if column.name == name), None)


@dataclass(frozen=True)
class Index:
    """An index; ``definition`` is the whole ``CREATE INDEX`` statement."""

    table: QualifiedName
    name: str
    definition: str
    unique: bool = False
    method: str = "btree"
    keys: tuple[str, ...] = ()
    include: tuple[str, ...] = ()
    predicate: str | None = None
    comment: str | None = None
    location: SourceLocation | None = field(default=None, compare=False)
    depends_on: tuple[ObjectKey, ...] = field(default=(), compare=False)

    @computed_once
    def key(self) -> ObjectKey:
        """Identity of this index (index names are unique per schema)."""
        return object_key(KIND_INDEX, self.table.schema, self.name)


@dataclass(frozen=True)
class ViewColumn:
    """A column a view returns."""

    name: str
    data_type: str


@dataclass(frozen=True)
class View:
    """A view or materialized view; ``definition`` is its query."""

    name: QualifiedName
    definition: str
    materialized: bool = False
    columns: tuple[ViewColumn, ...] = field(default=(), compare=False)
    options: tuple[str, ...] = ()
    comment: str | None = None
    location: SourceLocation | None = field(default=None, compare=False)
    depends_on: tuple[ObjectKey, ...] = field(default=(), compare=False)

    @computed_once
    def key(self) -> ObjectKey:
        """Identity of this view."""
        kind = KIND_MATVIEW if self.materialized else KIND_VIEW
        return object_key(kind, self.name.schema, self.name.name)


@dataclass(frozen=True)
class Function:
    """A function or procedure.

    ``signature`` is the identity argument types (``uuid, integer``), ``arguments`` the full
    argument list with names, modes and defaults, ``body`` the source between the dollar quotes.
    """

    name: QualifiedName
    signature: str
    arguments: str
    returns: str | None
    language: str
    body: str
    procedure: bool = False
    volatility: str = "volatile"
    strict: bool = False
    security_definer: bool = False
    config: tuple[str, ...] = ()
    comment: str | None = None
    location: SourceLocation | None = field(default=None, compare=False)
    depends_on: tuple[ObjectKey, ...] = field(default=(), compare=False)

    @computed_once
    def key(self) -> ObjectKey:
        """Identity of this function (name and argument types)."""
        kind = KIND_PROCEDURE if self.procedure else KIND_FUNCTION
        return object_key(kind, self.name.schema, self.name.name, signature=self.signature)


@dataclass(frozen=True)
class Trigger:
    """A trigger; ``definition`` is the whole ``CREATE TRIGGER`` statement."""

    table: QualifiedName
    name: str
    definition: str
    function: QualifiedName
    timing: str = "AFTER"
    events: tuple[str, ...] = ()
    for_each_row: bool = True
    comment: str | None = None
    location: SourceLocation | None = field(default=None, compare=False)
    depends_on: tuple[ObjectKey, ...] = field(default=(), compare=False)

    @computed_once
    def key(self) -> ObjectKey:
        """Identity of this trigger."""
        return object_key(KIND_TRIGGER, self.table.schema, self.name, parent=self.table.name)


@dataclass(frozen=True)
class Policy:
    """A row level security policy; ``command`` is ALL, SELECT, INSERT, UPDATE or DELETE."""

    table: QualifiedName
    name: str
    permissive: bool = True
    command: str = "ALL"
    roles: tuple[str, ...] = ("public",)
    using: str | None = None
    with_check: str | None = None
    comment: str | None = None
    location: SourceLocation | None = field(default=None, compare=False)
    depends_on: tuple[ObjectKey, ...] = field(default=(), compare=False)

    @computed_once
    def key(self) -> ObjectKey:
        """Identity of this policy."""
        return object_key(KIND_POLICY, self.table.schema, self.name, parent=self.table.name)


@dataclass(frozen=True)
class Grant:
    """One privilege granted on one object to one role.

    ``target`` is the object's key; ``columns`` is set for column privileges.
    """

    target: ObjectKey
    grantee: str
    privilege: str
    columns: tuple[str, ...] = ()
    grantable: bool = False
    location: SourceLocation | None = field(default=None, compare=False)
    depends_on: tuple[ObjectKey, ...] = field(default=(), compare=False)

    @computed_once
    def key(self) -> ObjectKey:
        """Identity of this grant."""
        columns = f"({', '.join(self.columns)})" if self.columns else ""
        return object_key(KIND_GRANT, self.target.schema,
                         f"{self.privilege}{columns} to {self.grantee}",
                         parent=f"{self.target.kind} {self.target.name}",
                         signature=self.target.signature)
