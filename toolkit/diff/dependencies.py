"""What each catalog object needs to exist first: recorded dependencies plus the implied ones."""

from __future__ import annotations

from collections import defaultdict

from toolkit.model import (
    Catalog,
    Constraint,
    EnumType,
    Function,
    Grant,
    Index,
    Policy,
    Sequence,
    Table,
    Trigger,
)
from toolkit.model.catalog import CatalogObject
from toolkit.model.names import KIND_SCHEMA, KIND_TABLE, ObjectKey, QualifiedName
from toolkit.model.objects import CompositeType, Domain, View
from toolkit.source.sqltext import quote_qualified

_TYPE_KINDS = ("enum", "domain", "type")


def _table_key(name: QualifiedName) -> ObjectKey:
    return ObjectKey(KIND_TABLE, name.schema, name.name)


class DependencyIndex:
    """Dependencies of the objects of one catalog, and the reverse (dependants).

    What one object needs is worked out when first asked for; the reverse index, which
    needs every object's dependencies, only when something asks for dependants.
    """

    @classmethod
    def of(cls, catalog: Catalog) -> DependencyIndex:
        """The index of ``catalog``, built once per catalog."""
        index: DependencyIndex = catalog.derived("dependencies", cls)
        return index

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self._types = {_type_text(obj.key): obj.key for obj in catalog.objects()
                       if obj.key.kind in _TYPE_KINDS}
        self._type_keys: dict[str, ObjectKey | None] = {}
        self._functions: dict[QualifiedName, list[ObjectKey]] = defaultdict(list)
        for function in catalog.functions:
            self._functions[function.name].append(function.key)
        self._requires: dict[ObjectKey, frozenset[ObjectKey]] = {}
        self._required_by: dict[ObjectKey, set[ObjectKey]] | None = None

    def requires(self, key: ObjectKey) -> frozenset[ObjectKey]:
        """What the object ``key`` needs to exist first (nothing for an unknown key)."""
        needs = self._requires.get(key)
        if needs is None:
            obj = self.catalog.by_key.get(key)
            needs = frozenset(self._compute(obj)) if obj is not None else frozenset()
            self._requires[key] = needs
        return needs

    def required_by(self, key: ObjectKey) -> set[ObjectKey]:
        """The objects that need ``key`` directly."""
        if self._required_by is None:
            reverse: dict[ObjectKey, set[ObjectKey]] = defaultdict(set)
            for obj in self.catalog.objects():
                for need in self.requires(obj.key):
                    reverse[need].add(obj.key)
            self._required_by = reverse
        return self._required_by.get(key, set())

    def dependants(self, key: ObjectKey) -> set[ObjectKey]:
        """Every object that needs ``key``, directly or through others."""
        found: set[ObjectKey] = set()
        stack = [key]
        while stack:
            for dependant in self.required_by(stack.pop()):
                if dependant not in found:
                    found.add(dependant)
                    stack.append(dependant)
        return found

    def type_key(self, data_type: str) -> ObjectKey | None:
        """The enum, domain or composite type a column type names, if it is in the catalog."""
        if not self._types:
            return None
        if data_type not in self._type_keys:
            base = data_type
            while base.endswith("[]"):
                base = base.removesuffix("[]")
            self._type_keys[data_type] = self._types.get(base)
        return self._type_keys[data_type]

    def _compute(self, obj: CatalogObject) -> set[ObjectKey]:
        needs = set(obj.depends_on)
        kind = type(obj)
        if kind in _NAMED_BY_QUALIFIED_NAME:
            needs.add(ObjectKey(KIND_SCHEMA, "", obj.name.schema))  # type: ignore[union-attr]
        if isinstance(obj, Constraint | Index | Policy | Trigger):
            needs.add(_table_key(obj.table))
            needs.add(ObjectKey(KIND_SCHEMA, "", obj.table.schema))
        if isinstance(obj, Constraint) and obj.references is not None:
            needs.add(_table_key(obj.references))
        if isinstance(obj, Table):
            if self._types:
                for column in obj.columns:
                    self._add_type(needs, column.data_type)
            if obj.partition_of is not None:
                needs.add(_table_key(obj.partition_of))
        if isinstance(obj, Domain):
            self._add_type(needs, obj.base_type)
        if isinstance(obj, CompositeType):
            for attribute in obj.attributes:
                self._add_type(needs, attribute.data_type)
        if isinstance(obj, Trigger):
            needs.update(self._functions.get(obj.function, ()))
        if isinstance(obj, Grant):
            needs.add(obj.target)
        if isinstance(obj, Function):
            for part in obj.signature.split(","):
                self._add_type(needs, part.strip())
            if obj.returns:
                self._add_type(needs, obj.returns.removeprefix("SETOF "))
        if isinstance(obj, View):
            for view_column in obj.columns:
                self._add_type(needs, view_column.data_type)
        needs.discard(obj.key)
        return needs

    def _add_type(self, needs: set[ObjectKey], data_type: str) -> None:
        key = self.type_key(data_type)
        if key is not None:
            needs.add(key)


_NAMED_BY_QUALIFIED_NAME = frozenset({Table, View, Function, Domain, CompositeType, EnumType,
                                      Sequence})


def _type_text(key: ObjectKey) -> str:
    """The name of a type as ``format_type`` prints it (quoted only where needed)."""
    return quote_qualified(QualifiedName(key.schema, key.name))
