"""What the model generators print, independent of the language: relations with their fields,
enums, composite types and callable functions, normalized so a catalog read from canonical
files and one read from a database give the same shapes when the two agree.

Normalization: types go through the type map (:mod:`toolkit.codegen.types`); a column is NOT
NULL when declared so, in the primary key, an identity column, a serial or of a NOT NULL
domain; it has a default when it declares one, is an identity or serial column, or its domain
has one. Everything comes out in a stable order (schemas as configured, objects by name).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from sqlglot import exp
from sqlglot.errors import SqlglotError

from toolkit.codegen.signatures import Mode, signature_of
from toolkit.codegen.types import SqlType, TypeResolver
from toolkit.codegen.views import ViewAnalyzer, table_column_not_null
from toolkit.model import (
    Catalog,
    Column,
    ConstraintKind,
    EnumType,
    Function,
    QualifiedName,
    Table,
)
from toolkit.model.objects import Identity

_SERIALS = (exp.DataType.Type.SERIAL, exp.DataType.Type.BIGSERIAL,
            exp.DataType.Type.SMALLSERIAL)


class Presence(StrEnum):
    """Whether a field appears in an Insert or Update: must, may, or must not."""

    REQUIRED = "required"
    OPTIONAL = "optional"
    NEVER = "never"


@dataclass(frozen=True)
class Field:
    """One column of a relation as the models see it."""

    name: str
    type: SqlType
    nullable: bool
    insert: Presence
    update: Presence
    comment: str | None = None


@dataclass(frozen=True)
class Relationship:
    """A foreign key, as Supabase's ``Relationships`` list describes it."""

    name: str
    columns: tuple[str, ...]
    referenced: QualifiedName
    referenced_columns: tuple[str, ...]
    one_to_one: bool


@dataclass(frozen=True)
class Relation:
    """A table or view with its fields; ``writable`` says whether Insert/Update exist."""

    name: QualifiedName
    fields: tuple[Field, ...]
    view: bool = False
    writable: bool = True
    relationships: tuple[Relationship, ...] = ()
    comment: str | None = None


@dataclass(frozen=True)
class CompositeShape:
    """A composite type's attributes (every attribute may be NULL)."""

    name: QualifiedName
    attributes: tuple[tuple[str, SqlType], ...]


@dataclass(frozen=True)
class Argument:
    """One argument callers pass to a function."""

    name: str
    type: SqlType
    optional: bool


@dataclass(frozen=True)
class Routine:
    """A callable function: arguments, and its result (a type, or named output columns)."""

    name: QualifiedName
    arguments: tuple[Argument, ...]
    returns: SqlType | None
    columns: tuple[tuple[str, SqlType], ...] = ()
    returns_set: bool = False
    comment: str | None = None


@dataclass(frozen=True)
class Shapes:
    """Everything the model generators print, per schema, in a stable order."""

    schemas: tuple[str, ...]
    relations: tuple[Relation, ...]
    enums: tuple[EnumType, ...]
    composites: tuple[CompositeShape, ...]
    routines: tuple[Routine, ...]

    def in_schema(self, schema: str) -> Shapes:
        """The part of these shapes in one schema."""
        return Shapes(
            (schema,),
            tuple(r for r in self.relations if r.name.schema == schema),
            tuple(e for e in self.enums if e.name.schema == schema),
            tuple(c for c in self.composites if c.name.schema == schema),
            tuple(r for r in self.routines if r.name.schema == schema),
        )


def build_shapes(catalog: Catalog, schemas: Sequence[str]) -> Shapes:
    """The shapes of ``catalog``'s objects in ``schemas``."""
    resolver = TypeResolver(catalog, schemas)
    views = ViewAnalyzer(catalog, resolver)
    wanted = set(schemas)
    order = {schema: index for index, schema in enumerate(schemas)}

    def key(name: QualifiedName) -> tuple[int, str]:
        return order.get(name.schema, len(order)), name.name

    relations = [_table(table, catalog, resolver) for table in catalog.tables
                 if table.name.schema in wanted and table.partition_of is None]
    for view in catalog.views:
        if view.name.schema not in wanted:
            continue
        shape = views.shape(view)
        fields = tuple(
            Field(c.name, c.type, nullable=not c.not_null,
                  insert=Presence.OPTIONAL if c.writable else Presence.NEVER,
                  update=Presence.OPTIONAL if c.writable else Presence.NEVER)
            for c in shape.columns)
        relations.append(Relation(view.name, fields, view=True, writable=shape.writable,
                                  comment=view.comment))
    composites = [CompositeShape(c.name, tuple((a.name, resolver.resolve(a.data_type))
                                               for a in c.attributes))
                  for c in catalog.composites if c.name.schema in wanted]
    routines = [routine for function in catalog.functions
                if function.name.schema in wanted and not function.procedure
                and (routine := _routine(function, resolver)) is not None]
    return Shapes(
        schemas=tuple(schemas),
        relations=tuple(sorted(relations, key=lambda r: key(r.name))),
        enums=tuple(sorted((e for e in catalog.enums if e.name.schema in wanted),
                           key=lambda e: key(e.name))),
        composites=tuple(sorted(composites, key=lambda c: key(c.name))),
        routines=tuple(sorted(routines, key=lambda r: (key(r.name), _argument_key(r)))),
    )


def _argument_key(routine: Routine) -> str:
    return ", ".join(argument.type.display for argument in routine.arguments)


def _table(table: Table, catalog: Catalog, resolver: TypeResolver) -> Relation:
    fields = tuple(_field(table, column, resolver) for column in table.columns)
    return Relation(table.name, fields, relationships=_relationships(table, catalog),
                    comment=table.comment)


@cache
def is_serial(type_text: str) -> bool:
    """Whether ``type_text`` is ``serial``, ``bigserial`` or ``smallserial`` (and aliases)."""
    try:
        parsed = exp.DataType.build(type_text, dialect="postgres")
    except (SqlglotError, ValueError):
        return type_text.strip().lower() in ("serial2", "serial4", "serial8")
    return parsed.this in _SERIALS


def _field(table: Table, column: Column, resolver: TypeResolver) -> Field:
    domain = resolver.domain_of(column.data_type)
    serial = is_serial(column.data_type)
    not_null = serial or table_column_not_null(table, column.name, resolver)
    has_default = (column.default is not None or column.identity is not None or serial
                   or (domain is not None and domain.default is not None))
    if column.generated is not None or column.identity is Identity.ALWAYS:
        insert = update = Presence.NEVER
    else:
        insert = Presence.OPTIONAL if has_default or not not_null else Presence.REQUIRED
        update = Presence.OPTIONAL
    return Field(column.name, resolver.resolve(column.data_type), nullable=not not_null,
                 insert=insert, update=update, comment=column.comment)


def unique_column_sets(table: Table, catalog: Catalog) -> set[frozenset[str]]:
    """Column sets that are unique in ``table`` (primary key, UNIQUE, plain unique indexes)."""
    sets = {frozenset(c.columns) for c in table.constraints
            if c.kind in (ConstraintKind.PRIMARY_KEY, ConstraintKind.UNIQUE) and c.columns}
    sets |= {frozenset(index.keys) for index in catalog.indexes_on(table.name)
             if index.unique and index.predicate is None and index.keys}
    return sets


def _relationships(table: Table, catalog: Catalog) -> tuple[Relationship, ...]:
    unique = unique_column_sets(table, catalog)
    found = [Relationship(c.name, c.columns, c.references, c.referenced_columns,
                          frozenset(c.columns) in unique)
             for c in table.constraints
             if c.kind is ConstraintKind.FOREIGN_KEY and c.references is not None]
    return tuple(sorted(found, key=lambda r: (r.name, r.referenced.name)))


def _routine(function: Function, resolver: TypeResolver) -> Routine | None:
    signature = signature_of(function)
    inputs = signature.inputs
    if signature.returns is not None:
        result = resolver.resolve(signature.returns)
        if result.base is not None and result.base.name == "trigger":
            return None
    if any(not p.name for p in inputs) and len(inputs) > 1:
        return None  # PostgREST cannot call it with named arguments
    arguments = tuple(Argument(p.name, resolver.resolve(p.type), p.has_default)
                      for p in inputs)
    outputs = signature.outputs
    table_columns = tuple((p.name, resolver.resolve(p.type)) for p in outputs)
    returns_set = signature.returns_set
    if any(p.mode is Mode.TABLE for p in outputs) or len(outputs) > 1:
        return Routine(function.name, arguments, None, table_columns, returns_set,
                       function.comment)
    returns = resolver.resolve(signature.returns or "void")
    return Routine(function.name, arguments, returns, (), returns_set, function.comment)
