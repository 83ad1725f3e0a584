"""Statement order from dependencies: a deterministic topological sort of changes."""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Callable, Collection, Sequence
from typing import Any, NamedTuple

from toolkit.diff.changes import (
    AddColumn,
    AddConstraint,
    AddEnumValues,
    AlterColumn,
    AlterDomain,
    AlterPolicy,
    AlterSequence,
    Change,
    ColumnChange,
    CreateObject,
    DropColumn,
    DropObject,
    RebuildEnum,
    RenameColumn,
    RenameConstraint,
    ReplaceFunction,
    SetComment,
    SetRowSecurity,
)
from toolkit.diff.dependencies import DependencyIndex
from toolkit.errors import CanonError
from toolkit.model import Catalog, Grant
from toolkit.model.names import KIND_TABLE, ObjectKey

_NONE: tuple[ObjectKey, ...] = ()


class _ChangeEdges(NamedTuple):
    """What one change provides, alters in place, removes, reshapes and needs.

    ``alters`` is what it provides without creating it; ``reshapes`` are tables whose
    columns change shape, so readers of them must be gone first.
    """

    provides: Collection[ObjectKey]
    alters: Collection[ObjectKey]
    removes: Collection[ObjectKey] = _NONE
    reshapes: Collection[ObjectKey] = _NONE
    needs: Collection[ObjectKey] = _NONE


class _Edges:
    """The edges of each change, worked out by change type (see ``_EDGE_RULES``)."""

    def __init__(self, current: Catalog, desired: Catalog) -> None:
        self.before = DependencyIndex.of(current)
        self.after = DependencyIndex.of(desired)

    def of(self, change: Change, key: ObjectKey) -> _ChangeEdges:
        """The edges of ``change``, whose key is ``key``."""
        return _edge_rule(type(change))(self, change, key)

    def created(self, change: CreateObject | AddConstraint, key: ObjectKey) -> _ChangeEdges:
        """A new object needs what it depends on; it alters nothing in place."""
        return _ChangeEdges((key,), _NONE, needs=self.after.requires(key))

    def redefined(self, change: ReplaceFunction | AlterPolicy | AlterDomain | AlterSequence,
                  key: ObjectKey) -> _ChangeEdges:
        """An object redefined in place needs what its new definition depends on."""
        return _ChangeEdges((key,), (key,), needs=self.after.requires(key))

    def dropped(self, change: DropObject, key: ObjectKey) -> _ChangeEdges:
        """A dropped object is removed."""
        return _ChangeEdges(_NONE, _NONE, removes=(key,))

    def commented(self, change: SetComment, key: ObjectKey) -> _ChangeEdges:
        """A comment needs its object and provides nothing."""
        return _ChangeEdges(_NONE, _NONE, needs=(key,))

    def enum_rebuilt(self, change: RebuildEnum, key: ObjectKey) -> _ChangeEdges:
        """A rebuilt enum alters the type and reshapes the tables using it."""
        tables = _enum_tables(change)
        provides = {key} | tables
        return _ChangeEdges(provides, provides, reshapes=tables)

    def enum_extended(self, change: AddEnumValues, key: ObjectKey) -> _ChangeEdges:
        """New enum values alter the type and the tables using it."""
        provides = {key} | _enum_tables(change)
        return _ChangeEdges(provides, provides)

    def column_added(self, change: AddColumn, key: ObjectKey) -> _ChangeEdges:
        """A new column alters its table and needs the table and its type."""
        return _ChangeEdges((key,), (key,),
                            needs=self._table_and_type(key, change.column.data_type))

    def column_altered(self, change: AlterColumn, key: ObjectKey) -> _ChangeEdges:
        """A changed column needs its table and its type; a new type reshapes the table."""
        reshapes = (key,) if ColumnChange.TYPE in change.changes else _NONE
        return _ChangeEdges((key,), (key,), reshapes=reshapes,
                            needs=self._table_and_type(key, change.after.data_type))

    def column_dropped(self, change: DropColumn, key: ObjectKey) -> _ChangeEdges:
        """A dropped column reshapes its table."""
        return _ChangeEdges((key,), (key,), reshapes=(key,), needs=(key,))

    def table_altered(self, change: RenameColumn | SetRowSecurity,
                      key: ObjectKey) -> _ChangeEdges:
        """Another change made in a table needs the table."""
        return _ChangeEdges((key,), (key,), needs=(key,))

    def constraint_renamed(self, change: RenameConstraint, key: ObjectKey) -> _ChangeEdges:
        """A renamed constraint needs its table."""
        return _ChangeEdges((key,), (key,),
                            needs=(ObjectKey(KIND_TABLE, change.table.schema,
                                             change.table.name),))

    def other(self, change: Change, key: ObjectKey) -> _ChangeEdges:
        """Any other change (a table rename) provides its object and needs nothing."""
        return _ChangeEdges((key,), (key,))

    def _table_and_type(self, table: ObjectKey, data_type: str) -> tuple[ObjectKey, ...]:
        """The table of a column and the column's type, if the catalog defines that type."""
        type_key = self.after.type_key(data_type)
        return (table,) if type_key is None else (table, type_key)


def _enum_tables(change: RebuildEnum | AddEnumValues) -> set[ObjectKey]:
    return {ObjectKey(KIND_TABLE, table.schema, table.name) for table, _ in change.columns}


EdgeRule = Callable[[_Edges, Any, ObjectKey], _ChangeEdges]

_EDGE_RULES: dict[type[Change], EdgeRule] = {
    CreateObject: _Edges.created,
    AddConstraint: _Edges.created,
    ReplaceFunction: _Edges.redefined,
    AlterPolicy: _Edges.redefined,
    AlterDomain: _Edges.redefined,
    AlterSequence: _Edges.redefined,
    DropObject: _Edges.dropped,
    SetComment: _Edges.commented,
    RebuildEnum: _Edges.enum_rebuilt,
    AddEnumValues: _Edges.enum_extended,
    AddColumn: _Edges.column_added,
    AlterColumn: _Edges.column_altered,
    DropColumn: _Edges.column_dropped,
    RenameColumn: _Edges.table_altered,
    SetRowSecurity: _Edges.table_altered,
    RenameConstraint: _Edges.constraint_renamed,
}


def _edge_rule(kind: type[Change]) -> EdgeRule:
    """The rule of change type ``kind``: its own, else that of its nearest listed base
    (remembered for the type)."""
    rule = _EDGE_RULES.get(kind)
    if rule is None:
        rule = next((_EDGE_RULES[base] for base in kind.__mro__ if base in _EDGE_RULES),
                    _Edges.other)
        _EDGE_RULES[kind] = rule
    return rule


def order_changes(changes: Sequence[Change], current: Catalog, desired: Catalog) -> list[Change]:
    """Order ``changes`` so every statement finds what it needs and nothing it removes."""
    edges = _Edges(current, desired)
    keys = [change.key for change in changes]
    of_change = [edges.of(change, key) for change, key in zip(changes, keys, strict=True)]
    provided_by: dict[ObjectKey, list[int]] = defaultdict(list)
    removed_by: dict[ObjectKey, list[int]] = defaultdict(list)
    touched_by: dict[ObjectKey, set[int]] = defaultdict(set)  # alters in place
    for index, change_edges in enumerate(of_change):
        for key in change_edges.provides:
            provided_by[key].append(index)
        for key in change_edges.alters:
            touched_by[key].add(index)
        for key in change_edges.removes:
            removed_by[key].append(index)

    # Dependants matter only when something removes or alters them in place.
    dependants = edges.before.required_by_any_of(removed_by.keys() | touched_by.keys())
    no_keys: set[ObjectKey] = set()
    after: list[set[int]] = [set() for _ in changes]  # after[i]: must run before i
    for index, change in enumerate(changes):
        change_edges, waits = of_change[index], after[index]
        for need in change_edges.needs:
            # Alters of one table do not wait for each other; creations wait for all of them.
            if need in change_edges.alters:
                providers = provided_by.get(need, ())
                touched = touched_by.get(need, ())
                if len(providers) > len(touched):  # touched ones also provide: some do not alter
                    waits.update(i for i in providers if i not in touched)
            else:
                waits.update(provided_by.get(need, ()))
        for key in change_edges.removes:
            # Whatever depended on the removed object must be removed or reshaped first.
            for dependant in dependants.get(key, no_keys):
                waits.update(removed_by.get(dependant, ()))
                waits.update(touched_by.get(dependant, ()))
        for table in change_edges.reshapes:
            for dependant in dependants.get(table, no_keys):
                waits.update(removed_by.get(dependant, ()))
        if isinstance(change, CreateObject | AddConstraint):
            waits.update(removed_by.get(keys[index], ()))
        if isinstance(change, DropObject) and isinstance(change.obj, Grant):
            # A revoke on a new object runs once the object exists (not after its alters,
            # which may wait for the revoke: a dropped column waits for its table's grants).
            target = change.obj.target
            altered = touched_by.get(target, ())
            waits.update(i for i in provided_by.get(target, ()) if i not in altered)
        waits.discard(index)

    return _topological([*changes], keys, after)


def _topological(changes: list[Change], keys: list[ObjectKey], after: list[set[int]],
                 ) -> list[Change]:
    """``changes`` (whose keys are ``keys``) with each one after those in its ``after`` set;
    of the changes free to run, the first by phase, then key, then place runs next."""
    # Rank every change once; the heap holds places in that ranking (plain ints). Changes
    # made in one table share its key, and its text.
    labels = {key: str(key) for key in dict.fromkeys(keys)}
    by_rank = sorted(range(len(changes)),
                     key=lambda index: (changes[index].phase, labels[keys[index]], index))
    blocking = [len(deps) for deps in after]
    if not any(blocking):  # nothing waits for anything: the ranking is the order
        return [changes[index] for index in by_rank]
    unblocks: list[list[int]] = [[] for _ in changes]
    for index, deps in enumerate(after):
        for dep in deps:
            unblocks[dep].append(index)
    place = [0] * len(changes)
    for position, index in enumerate(by_rank):
        place[index] = position
    ready = [place[i] for i, n in enumerate(blocking) if n == 0]
    heapq.heapify(ready)
    ordered: list[Change] = []
    while ready:
        index = by_rank[heapq.heappop(ready)]
        ordered.append(changes[index])
        for follower in unblocks[index]:
            blocking[follower] -= 1
            if blocking[follower] == 0:
                heapq.heappush(ready, place[follower])
    if len(ordered) != len(changes):
        stuck = [labels[keys[i]] for i, n in enumerate(blocking) if n > 0]
        raise CanonError("the changes depend on each other in a cycle: " + ", ".join(stuck[:10]),
                         hint="break the cycle in the canonical files (e.g. a foreign key "
                              "declared with ALTER TABLE ... ADD CONSTRAINT)")
    return ordered
