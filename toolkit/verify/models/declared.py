"""What typed models declare, whatever the language: relations with their Row, Insert and Update
shapes, enums, composite types and functions, each with where it is written."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from toolkit.errors import Location
from toolkit.model import QualifiedName
from toolkit.verify.models.forms import Form


class Role(StrEnum):
    """Which of a relation's shapes a declaration is."""

    ROW = "Row"
    INSERT = "Insert"
    UPDATE = "Update"


@dataclass(frozen=True)
class ModelField:
    """One field of a model: the column it names, its type form and how it may be given.

    ``optional``: the field may be left out (``key?:``, a default, ``NotRequired``).
    ``unset_is_none``: None doubles as "left out" (a pydantic field defaulting to None), so
    ``| None`` on it says nothing about the column's nullability.
    """

    column: str
    form: Form
    nullable: bool
    optional: bool
    text: str
    location: Location
    unset_is_none: bool = False


@dataclass(frozen=True)
class ModelShape:
    """A Row, Insert or Update declaration: its fields, the name it is declared as, where."""

    role: Role
    fields: tuple[ModelField, ...]
    declared_as: str
    location: Location

    def field(self, column: str) -> ModelField | None:
        """The field for ``column``, if declared."""
        return next((f for f in self.fields if f.column == column), None)


@dataclass(frozen=True)
class TableHint:
    """How a Python class names its table: an explicit ``__tablename__`` or its class name."""

    explicit: str | None
    stem: str


@dataclass(frozen=True)
class ModelRelation:
    """A table or view the models declare.

    TypeScript names it (``name``, ``view``); a Python class gives a :class:`TableHint`
    the checker resolves against the database, and ``nested`` when another model uses it as a
    field's type (a value inside a column, unless it resolves to a table).
    """

    name: QualifiedName | None
    shapes: tuple[ModelShape, ...]
    location: Location
    view: bool | None = None
    hint: TableHint | None = None
    nested: bool = False

    def shape(self, role: Role) -> ModelShape | None:
        """The shape declared for ``role``, if any."""
        return next((s for s in self.shapes if s.role is role), None)


@dataclass(frozen=True)
class ModelEnum:
    """An enum the models declare, with its labels."""

    name: QualifiedName
    labels: tuple[str, ...]
    location: Location


@dataclass(frozen=True)
class ModelComposite:
    """A composite type the models declare."""

    name: QualifiedName
    fields: tuple[ModelField, ...]
    location: Location


@dataclass(frozen=True)
class ModelArguments:
    """One overload's arguments (empty: it takes none)."""

    fields: tuple[ModelField, ...]
    location: Location


@dataclass(frozen=True)
class ModelFunction:
    """A function the models declare: the arguments of each overload and what it returns.

    ``returns`` is None when the model does not say; ``returns_columns`` is set when it returns
    rows of named columns (``{ a: T }[]``), with ``returns_set`` for the array.
    """

    name: QualifiedName
    overloads: tuple[ModelArguments, ...]
    returns: ModelField | None
    location: Location
    returns_columns: tuple[ModelField, ...] | None = None
    returns_set: bool = False


@dataclass(frozen=True)
class ModelFile:
    """Everything one models file declares.

    ``schemas``: the schemas a TypeScript ``Database`` lists, each complete (what it leaves
    out, the database should not have either); Python files list none. ``anchors``: where
    each schema and section is written (``"public"``, ``"public.Tables"``), for findings
    about what a section leaves out.
    """

    path: Path
    language: str
    relations: tuple[ModelRelation, ...] = ()
    enums: tuple[ModelEnum, ...] = ()
    composites: tuple[ModelComposite, ...] = ()
    functions: tuple[ModelFunction, ...] = ()
    schemas: tuple[str, ...] = ()
    location: Location | None = None
    anchors: dict[str, Location] = field(default_factory=dict)

    def anchor(self, schema: str, section: str = "") -> Location | None:
        """Where ``schema``'s ``section`` is written, else the schema, else the file's type."""
        return (self.anchors.get(f"{schema}.{section}") or self.anchors.get(schema)
                or self.location)
