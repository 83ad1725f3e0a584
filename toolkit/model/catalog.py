"""The Catalog: every object of a database (or of the canonical files), with lookups and JSON."""

from __future__ import annotations

import dataclasses
import enum
import types
import typing
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any, Union

from toolkit.model.names import (
    KIND_MATVIEW,
    KIND_POLICY,
    KIND_TABLE,
    KIND_VIEW,
    ObjectKey,
    QualifiedName,
)
from toolkit.model.objects import (
    CompositeType,
    Constraint,
    Domain,
    EnumType,
    Extension,
    Function,
    Grant,
    Index,
    Policy,
    Schema,
    Sequence,
    Table,
    Trigger,
    View,
)

CatalogObject = (
    Schema | Extension | EnumType | Domain | CompositeType | Sequence | Table | Constraint | Index
    | View | Function | Trigger | Policy | Grant
)

JSON_FORMAT_VERSION = 1

# Kinds of objects that only one tuple of a catalog holds, with that tuple's field name.
_FIELD_OF_KIND = {KIND_TABLE: "tables", KIND_VIEW: "views", KIND_MATVIEW: "views",
                  KIND_POLICY: "policies"}

Part = typing.TypeVar("Part", Index, Policy, Trigger)


@dataclass(frozen=True)
class Catalog:
    """All objects of one database state, each kind as a tuple sorted by key."""

    schemas: tuple[Schema, ...] = ()
    extensions: tuple[Extension, ...] = ()
    enums: tuple[EnumType, ...] = ()
    domains: tuple[Domain, ...] = ()
    composites: tuple[CompositeType, ...] = ()
    sequences: tuple[Sequence, ...] = ()
    tables: tuple[Table, ...] = ()
    indexes: tuple[Index, ...] = ()
    views: tuple[View, ...] = ()
    functions: tuple[Function, ...] = ()
    triggers: tuple[Trigger, ...] = ()
    policies: tuple[Policy, ...] = ()
    grants: tuple[Grant, ...] = ()
    _derived: dict[str, Any] = field(default_factory=dict, init=False, compare=False,
                                     repr=False)

    def derived(self, name: str, build: typing.Callable[[Catalog], Any]) -> Any:
        """``build(self)`` computed once per catalog and kept (catalogs are immutable)."""
        if name not in self._derived:
            self._derived[name] = build(self)
        return self._derived[name]

    @classmethod
    def build(cls, **kinds: typing.Iterable[Any]) -> Catalog:
        """A catalog whose tuples are sorted by key, so equal states compare equal."""
        return cls(**{name: tuple(sorted(objects, key=lambda o: o.key))
                      for name, objects in kinds.items()})

    def objects(self) -> Iterator[CatalogObject]:
        """Every object, constraints included, in a stable order."""
        for kind in dataclasses.fields(self):
            if kind.name.startswith("_"):
                continue
            for obj in getattr(self, kind.name):
                yield obj
                if isinstance(obj, Table):
                    yield from obj.constraints

    @cached_property
    def by_key(self) -> dict[ObjectKey, CatalogObject]:
        """Every object by its key."""
        return {obj.key: obj for obj in self.objects()}

    def get(self, key: ObjectKey) -> CatalogObject | None:
        """The object with ``key``, if present.

        Tables, views and policies are looked up among their own tuple only, so asking for
        them does not work out the key of every object of the catalog.
        """
        name = _FIELD_OF_KIND.get(key.kind)
        if name is None:
            return self.by_key.get(key)
        found: dict[ObjectKey, CatalogObject] = self.derived(
            "by_key:" + name, lambda catalog: {obj.key: obj for obj in getattr(catalog, name)})
        return found.get(key)

    def table(self, name: QualifiedName) -> Table | None:
        """The table called ``name``, if present."""
        found = self.get(ObjectKey("table", name.schema, name.name))
        return found if isinstance(found, Table) else None

    def indexes_on(self, table: QualifiedName) -> tuple[Index, ...]:
        """Indexes of ``table``, in catalog order."""
        grouped: dict[QualifiedName, tuple[Index, ...]] = self.derived(
            "indexes_on", lambda catalog: _by_table(catalog.indexes))
        return grouped.get(table, ())

    def policies_on(self, table: QualifiedName) -> tuple[Policy, ...]:
        """Policies of ``table``, in catalog order."""
        grouped: dict[QualifiedName, tuple[Policy, ...]] = self.derived(
            "policies_on", lambda catalog: _by_table(catalog.policies))
        return grouped.get(table, ())

    def triggers_on(self, table: QualifiedName) -> tuple[Trigger, ...]:
        """Triggers of ``table``, in catalog order."""
        grouped: dict[QualifiedName, tuple[Trigger, ...]] = self.derived(
            "triggers_on", lambda catalog: _by_table(catalog.triggers))
        return grouped.get(table, ())

    def to_json(self) -> dict[str, Any]:
        """The catalog as plain JSON data (stable: sorted, no locations lost)."""
        data: dict[str, Any] = {"format": JSON_FORMAT_VERSION}
        for kind in dataclasses.fields(self):
            if not kind.name.startswith("_"):
                data[kind.name] = [_to_json(obj) for obj in getattr(self, kind.name)]
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Catalog:
        """Rebuild a catalog written by :meth:`to_json`."""
        if data.get("format") != JSON_FORMAT_VERSION:
            raise ValueError(f"unsupported catalog format {data.get('format')!r}")
        hints = typing.get_type_hints(cls)
        values = {}
        for kind in dataclasses.fields(cls):
            if kind.name.startswith("_"):
                continue
            values[kind.name] = _from_json(hints[kind.name], data.get(kind.name, []))
        return cls(**values)


def _by_table(parts: tuple[Part, ...]) -> dict[QualifiedName, tuple[Part, ...]]:
    """``parts`` grouped by the table they belong to, each group in the given order."""
    grouped: dict[QualifiedName, list[Part]] = {}
    for part in parts:
        grouped.setdefault(part.table, []).append(part)
    return {table: tuple(members) for table, members in grouped.items()}


def _to_json(value: Any) -> Any:
    if isinstance(value, tuple) and hasattr(value, "_fields"):
        return {name: _to_json(item) for name, item in zip(value._fields, value, strict=True)}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _to_json(getattr(value, f.name)) for f in dataclasses.fields(value)
                if not f.name.startswith("_")}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple | list):
        return [_to_json(item) for item in value]
    return value


def _from_json(hint: Any, value: Any) -> Any:
    return _decoder(hint)(value)


def _identity(value: Any) -> Any:
    return value


@cache
def _decoder(hint: Any) -> typing.Callable[[Any], Any]:
    """A function turning JSON data into a value of type ``hint`` (built once per type)."""
    origin = typing.get_origin(hint)
    if origin in (Union, types.UnionType):
        options = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        inner = _decoder(options[0])
        if inner is _identity:
            return _identity
        return lambda value: None if value is None else inner(value)
    if origin is tuple:
        item = _decoder(typing.get_args(hint)[0])
        if item is _identity:
            return tuple
        return lambda value: tuple([item(element) for element in value])
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return hint
    if isinstance(hint, type) and issubclass(hint, tuple) and hasattr(hint, "_fields"):
        return lambda value: hint(**value)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        hints = typing.get_type_hints(hint)
        fields = [(f.name, _decoder(hints[f.name])) for f in dataclasses.fields(hint) if f.init]

        def build(value: dict[str, Any]) -> Any:
            return hint(**{name: decode(value[name]) for name, decode in fields
                           if name in value})

        return build
    return _identity
