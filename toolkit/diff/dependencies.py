"""What each catalog object needs to exist first: recorded dependencies plus the implied ones."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

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
from toolkit.model.names import (
    KIND_SCHEMA,
    KIND_TABLE,
    ObjectKey,
    QualifiedName,
    object_key,
)
from toolkit.model.objects import CompositeType, Domain, View


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
        # Enums, domains and composite types are the only objects of the type kinds.
        self._types = {_type_text(obj.key): obj.key
                       for kind in (catalog.enums, catalog.domains, catalog.composites)
                       for obj in kind}
        self._type_keys: dict[str, ObjectKey | None] = {}
        self._functions: dict[QualifiedName, list[ObjectKey]] = defaultdict(list)
        for function in catalog.functions:
            self._functions[function.name].append(function.key)
        self._requires: dict[ObjectKey, frozenset[ObjectKey]] = {}
        self._required_by: dict[ObjectKey, set[ObjectKey]] | None = None
        self._table_keys: dict[QualifiedName, ObjectKey] = {}
        self._schema_keys: dict[str, ObjectKey] = {}

    def requires(self, key: ObjectKey) -> frozenset[ObjectKey]:
        """What the object ``key`` needs to exist first (nothing for an unknown key)."""
        needs = self._requires.get(key)
        if needs is None:
            obj = self.catalog.get(key)
            needs = self._compute(obj) if obj is not None else frozenset()
            self._requires[key] = needs
        return needs

    def required_by(self, key: ObjectKey) -> set[ObjectKey]:
        """The objects that need ``key`` directly."""
        if self._required_by is None:
            self._required_by = self._reverse()
        return self._required_by.get(key, set())

    def required_by_any_of(self, keys: Iterable[ObjectKey]) -> dict[ObjectKey, set[ObjectKey]]:
        """For every object, which of the objects ``keys`` need it directly.

        The same as ``required_by`` with the answers narrowed to ``keys``, without working
        out the dependencies of every other object of the catalog.
        """
        reverse: dict[ObjectKey, set[ObjectKey]] = defaultdict(set)
        for key in keys:
            for need in self.requires(key):
                reverse[need].add(key)
        return reverse

    def required_by_any_of_objects(self, objects: Iterable[CatalogObject],
                                   ) -> dict[ObjectKey, set[ObjectKey]]:
        """``required_by_any_of`` the keys of ``objects`` (objects of this catalog), taking
        each object as given rather than looking it up by its key."""
        reverse: dict[ObjectKey, set[ObjectKey]] = defaultdict(set)
        known = self._requires
        for obj in objects:
            key = obj.key
            needs = known.get(key)
            if needs is None:
                needs = known[key] = self._compute(obj)
            for need in needs:
                reverse[need].add(key)
        return reverse

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

    def _reverse(self) -> dict[ObjectKey, set[ObjectKey]]:
        """Every object's dependants, from every object's dependencies.

        Works from the objects themselves rather than looking each one up by key; where
        two objects share a key, the last one's dependencies count, as in ``Catalog.by_key``.
        """
        keys: list[ObjectKey] = []
        for obj in self.catalog.objects():
            keys.append(obj.key)
            self._requires[obj.key] = self._compute(obj)
        reverse: dict[ObjectKey, set[ObjectKey]] = defaultdict(set)
        for key in keys:
            for need in self._requires[key]:
                reverse[need].add(key)
        return reverse

    def _compute(self, obj: CatalogObject) -> frozenset[ObjectKey]:
        """What ``obj`` records it needs plus what its kind implies (see ``_IMPLIED``)."""
        needs = list(obj.depends_on)
        for add_implied in _implied_for(type(obj)):
            add_implied(self, obj, needs)
        found = frozenset(needs)
        return found - {obj.key} if obj.key in found else found

    # What each kind of object implies --------------------------------------------------------

    def _schema_key(self, schema: str) -> ObjectKey:
        key = self._schema_keys.get(schema)
        if key is None:
            key = self._schema_keys[schema] = object_key(KIND_SCHEMA, "", schema)
        return key

    def _table_key(self, name: QualifiedName) -> ObjectKey:
        key = self._table_keys.get(name)
        if key is None:
            key = self._table_keys[name] = object_key(KIND_TABLE, name.schema, name.name)
        return key

    def _needs_schema(self, obj: Any, needs: list[ObjectKey]) -> None:
        """An object named by a qualified name needs its schema."""
        needs.append(self._schema_key(obj.name.schema))

    def _needs_table(self, obj: Constraint | Index | Policy | Trigger,
                     needs: list[ObjectKey]) -> None:
        """A part of a table needs the table and its schema."""
        needs.append(self._table_key(obj.table))
        needs.append(self._schema_key(obj.table.schema))

    def _needs_referenced_table(self, obj: Constraint, needs: list[ObjectKey]) -> None:
        """A foreign key needs the table it references."""
        if obj.references is not None:
            needs.append(self._table_key(obj.references))

    def _needs_table_types(self, obj: Table, needs: list[ObjectKey]) -> None:
        """A table needs its columns' types and the table it is a partition of."""
        if self._types:
            for column in obj.columns:
                self._add_type(needs, column.data_type)
        if obj.partition_of is not None:
            needs.append(self._table_key(obj.partition_of))

    def _needs_base_type(self, obj: Domain, needs: list[ObjectKey]) -> None:
        """A domain needs its base type."""
        self._add_type(needs, obj.base_type)

    def _needs_attribute_types(self, obj: CompositeType, needs: list[ObjectKey]) -> None:
        """A composite type needs its attributes' types."""
        for attribute in obj.attributes:
            self._add_type(needs, attribute.data_type)

    def _needs_trigger_function(self, obj: Trigger, needs: list[ObjectKey]) -> None:
        """A trigger needs the functions of the name it calls."""
        needs.extend(self._functions.get(obj.function, ()))

    def _needs_grant_target(self, obj: Grant, needs: list[ObjectKey]) -> None:
        """A grant needs the object it is on."""
        needs.append(obj.target)

    def _needs_signature_types(self, obj: Function, needs: list[ObjectKey]) -> None:
        """A function needs its argument and result types."""
        for part in obj.signature.split(","):
            self._add_type(needs, part.strip())
        if obj.returns:
            self._add_type(needs, obj.returns.removeprefix("SETOF "))

    def _needs_view_column_types(self, obj: View, needs: list[ObjectKey]) -> None:
        """A view needs the types of the columns it returns."""
        for view_column in obj.columns:
            self._add_type(needs, view_column.data_type)

    def _add_type(self, needs: list[ObjectKey], data_type: str) -> None:
        key = self.type_key(data_type)
        if key is not None:
            needs.append(key)


ImpliedNeeds = Callable[[DependencyIndex, Any, list[ObjectKey]], None]

_NAMED_BY_QUALIFIED_NAME = frozenset({Table, View, Function, Domain, CompositeType, EnumType,
                                      Sequence})

# Which rules apply to an object of a type, in the order they are applied.
_IMPLIED: tuple[tuple[Callable[[type], bool], ImpliedNeeds], ...] = (
    (lambda kind: kind in _NAMED_BY_QUALIFIED_NAME, DependencyIndex._needs_schema),
    (lambda kind: issubclass(kind, Constraint | Index | Policy | Trigger),
     DependencyIndex._needs_table),
    (lambda kind: issubclass(kind, Constraint), DependencyIndex._needs_referenced_table),
    (lambda kind: issubclass(kind, Table), DependencyIndex._needs_table_types),
    (lambda kind: issubclass(kind, Domain), DependencyIndex._needs_base_type),
    (lambda kind: issubclass(kind, CompositeType), DependencyIndex._needs_attribute_types),
    (lambda kind: issubclass(kind, Trigger), DependencyIndex._needs_trigger_function),
    (lambda kind: issubclass(kind, Grant), DependencyIndex._needs_grant_target),
    (lambda kind: issubclass(kind, Function), DependencyIndex._needs_signature_types),
    (lambda kind: issubclass(kind, View), DependencyIndex._needs_view_column_types),
)


_IMPLIED_BY_TYPE: dict[type, tuple[ImpliedNeeds, ...]] = {}


def _implied_for(kind: type) -> tuple[ImpliedNeeds, ...]:
    """The rules of ``_IMPLIED`` that apply to objects of type ``kind`` (worked out once)."""
    rules = _IMPLIED_BY_TYPE.get(kind)
    if rules is None:
        rules = _IMPLIED_BY_TYPE[kind] = tuple(rule for applies, rule in _IMPLIED
                                               if applies(kind))
    return rules


def _type_text(key: ObjectKey) -> str:
    """The name of a type as ``format_type`` prints it (quoted only where needed)."""
    # Loaded here: quoting needs the SQL parser's keyword lists, and a catalog without types
    # of its own, compared by a diff where no SQL text differs, needs no parser at all.
    from toolkit.source.sqltext import quote_qualified

    return quote_qualified(QualifiedName(key.schema, key.name))
