"""TypeScript models in the shape ``supabase gen types typescript`` prints: a ``Database`` type
(schemas -> Tables / Views -> Row / Insert / Update / Relationships, Functions with Args and
Returns, Enums, CompositeTypes), the ``Json`` type, the ``Tables`` / ``TablesInsert`` /
``TablesUpdate`` / ``Enums`` / ``CompositeTypes`` helpers and the ``Constants`` object, so an
application written against Supabase's output compiles against canon's unchanged.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from toolkit.codegen.shapes import CompositeShape, Presence, Relation, Routine, Shapes
from toolkit.codegen.templating import render
from toolkit.codegen.types import SqlType, typescript_type
from toolkit.model import EnumType

_LINE_WIDTH = 80


@dataclass(frozen=True)
class TsMember:
    """One ``key: type`` line of an object type (``key?: type`` when optional)."""

    key: str
    type: str
    optional: bool = False

    def __str__(self) -> str:
        return f"{self.key}{'?' if self.optional else ''}: {self.type}"


@dataclass(frozen=True)
class TsRelationship:
    """One entry of a table's ``Relationships`` list."""

    name: str
    columns: str
    one_to_one: str
    referenced: str
    referenced_columns: str


@dataclass(frozen=True)
class TsRelation:
    """A table or view: its Row, Insert and Update members and relationships."""

    key: str
    row: tuple[TsMember, ...]
    insert: tuple[TsMember, ...] | None
    update: tuple[TsMember, ...] | None
    relationships: tuple[TsRelationship, ...]


@dataclass(frozen=True)
class TsArgs:
    """The arguments of one overload (empty: it takes none)."""

    members: tuple[TsMember, ...]

    def width(self) -> int:
        """Characters the overload's Args take on one line."""
        if not self.members:
            return len("Record<PropertyKey, never>")
        return len("{  }") + sum(len(str(m)) + 2 for m in self.members) - 2


@dataclass(frozen=True)
class TsFunction:
    """A function: the Args of each overload and its Returns type.

    ``inline`` says whether all Args fit on the ``Args:`` line, as prettier would keep them;
    otherwise each overload goes on its own ``| ...`` line, expanded when it is too long.
    """

    key: str
    variants: tuple[TsArgs, ...]
    returns: str
    returns_columns: tuple[TsMember, ...] = ()
    returns_set: bool = False

    @property
    def inline(self) -> bool:
        """Whether every overload's Args fit on the ``Args:`` line."""
        width = len("        Args: ") + sum(v.width() + 3 for v in self.variants) - 3
        return width <= _LINE_WIDTH

    def fits(self, variant: TsArgs) -> bool:
        """Whether one overload fits on its own ``| ...`` line."""
        return len("          | ") + variant.width() <= _LINE_WIDTH


@dataclass(frozen=True)
class TsSchema:
    """Everything under one schema's key of ``Database``."""

    key: str
    tables: tuple[TsRelation, ...]
    views: tuple[TsRelation, ...]
    functions: tuple[TsFunction, ...]
    enums: tuple[tuple[str, str, str], ...]  # key, union type, constants array
    composites: tuple[tuple[str, tuple[TsMember, ...]], ...]


def generate_typescript(shapes: Shapes, origin: str) -> str:
    """The TypeScript module for ``shapes``."""
    generator = _TypeScript(shapes)
    schemas = [generator.schema(schema) for schema in shapes.schemas]
    default = "public" if "public" in shapes.schemas else (shapes.schemas or ("public",))[0]
    return render("typescript.ts.j2", origin=origin, schemas=schemas,
                  default_schema=json.dumps(default))


def ts_key(name: str) -> str:
    """An object key: bare when it is an identifier, else a string literal."""
    if name.isascii() and name.replace("$", "_").isidentifier():
        return name
    return json.dumps(name, ensure_ascii=False)


def _path(*parts: str) -> str:
    return "Database" + "".join(f"[{json.dumps(part, ensure_ascii=False)}]" for part in parts)


class _TypeScript:
    def __init__(self, shapes: Shapes) -> None:
        self.shapes = shapes
        self.schemas = set(shapes.schemas)
        self.views = {r.name for r in shapes.relations if r.view}

    def _reference(self, sql_type: SqlType) -> str:
        if sql_type.enum is not None:
            enum = sql_type.enum
            if enum.name.schema in self.schemas:
                return _path(enum.name.schema, "Enums", enum.name.name)
            return _labels(enum) or "never"
        if sql_type.composite is not None and sql_type.composite.schema in self.schemas:
            return _path(sql_type.composite.schema, "CompositeTypes", sql_type.composite.name)
        relation = sql_type.relation
        if relation is not None and relation.schema in self.schemas:
            kind = "Views" if relation in self.views else "Tables"
            return _path(relation.schema, kind, relation.name, "Row")
        return "unknown"

    def type_of(self, sql_type: SqlType, nullable: bool = False) -> str:
        """A TypeScript type, with ``| null`` when it can be NULL."""
        text = typescript_type(sql_type, self._reference)
        return text + " | null" if nullable and text != "unknown" else text

    def schema(self, schema: str) -> TsSchema:
        part = self.shapes.in_schema(schema)
        tables = tuple(self._relation(r) for r in _by_key(part.relations) if not r.view)
        views = tuple(self._relation(r) for r in _by_key(part.relations) if r.view)
        return TsSchema(
            key=ts_key(schema), tables=tables, views=views,
            functions=self._functions(part.routines),
            enums=tuple((ts_key(e.name.name), _labels(e) or "never",
                         "[" + ", ".join(json.dumps(label, ensure_ascii=False)
                                         for label in e.labels) + "]")
                        for e in sorted(part.enums, key=lambda e: _order(e.name.name))),
            composites=tuple(self._composite(c) for c in sorted(
                part.composites, key=lambda c: _order(c.name.name))),
        )

    def _composite(self, composite: CompositeShape) -> tuple[str, tuple[TsMember, ...]]:
        return ts_key(composite.name.name), tuple(
            TsMember(ts_key(name), self.type_of(sql_type, True))
            for name, sql_type in composite.attributes)

    def _relation(self, relation: Relation) -> TsRelation:
        fields = sorted(relation.fields, key=lambda f: _order(f.name))
        row = tuple(TsMember(ts_key(f.name), self.type_of(f.type, f.nullable)) for f in fields)
        insert = update = None
        if relation.writable:
            insert = tuple(self._writer(f.name, f.type, f.nullable or relation.view, f.insert)
                           for f in fields)
            update = tuple(self._writer(f.name, f.type, f.nullable or relation.view, f.update)
                           for f in fields)
        relationships = tuple(
            TsRelationship(
                name=json.dumps(r.name, ensure_ascii=False),
                columns=json.dumps(list(r.columns), ensure_ascii=False),
                one_to_one="true" if r.one_to_one else "false",
                referenced=json.dumps(r.referenced.name, ensure_ascii=False),
                referenced_columns=json.dumps(list(r.referenced_columns), ensure_ascii=False))
            for r in relation.relationships if r.referenced.schema == relation.name.schema)
        return TsRelation(ts_key(relation.name.name), row, insert, update, relationships)

    def _writer(self, name: str, sql_type: SqlType, nullable: bool, presence: Presence
                ) -> TsMember:
        if presence is Presence.NEVER:
            return TsMember(ts_key(name), "never", optional=True)
        return TsMember(ts_key(name), self.type_of(sql_type, nullable),
                        optional=presence is Presence.OPTIONAL)

    def _functions(self, routines: Sequence[Routine]) -> tuple[TsFunction, ...]:
        groups: dict[str, list[Routine]] = {}
        for routine in routines:
            groups.setdefault(routine.name.name, []).append(routine)
        return tuple(self._function(name, groups[name]) for name in sorted(groups, key=_order))

    def _function(self, name: str, overloads: list[Routine]) -> TsFunction:
        variants = tuple(TsArgs(tuple(TsMember(ts_key(a.name), self.type_of(a.type),
                                               optional=a.optional) for a in routine.arguments))
                         for routine in overloads)
        first = overloads[0]
        if first.returns is None:
            columns = tuple(TsMember(ts_key(n), self.type_of(t)) for n, t in first.columns)
            return TsFunction(ts_key(name), variants, "", columns, first.returns_set)
        returns = self.type_of(first.returns)
        if first.returns_set:
            returns = (f"({returns})" if " " in returns else returns) + "[]"
        return TsFunction(ts_key(name), variants, returns)


def _order(name: str) -> tuple[str, str]:
    """Sort key close to Supabase's ``localeCompare`` order: case-insensitive first."""
    return name.lower(), name


def _by_key(relations: Sequence[Relation]) -> list[Relation]:
    return sorted(relations, key=lambda r: _order(r.name.name))


def _labels(enum: EnumType) -> str:
    return " | ".join(json.dumps(label, ensure_ascii=False) for label in enum.labels)
