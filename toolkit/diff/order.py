"""Statement order from dependencies: a deterministic topological sort of changes."""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Sequence

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


class _Edges:
    """What each change provides, removes, reshapes and needs."""

    def __init__(self, current: Catalog, desired: Catalog) -> None:
        self.before = DependencyIndex.of(current)
        self.after = DependencyIndex.of(desired)

    def provides(self, change: Change) -> set[ObjectKey]:
        if isinstance(change, DropObject | SetComment):
            return set()
        if isinstance(change, RebuildEnum | AddEnumValues):
            return {change.key} | self._enum_tables(change)
        return {change.key}

    def removes(self, change: Change) -> set[ObjectKey]:
        if isinstance(change, DropObject):
            return {change.key}
        return set()

    def reshapes(self, change: Change) -> set[ObjectKey]:
        """Tables whose columns change shape, so readers of them must be gone first."""
        if isinstance(change, DropColumn):
            return {change.key}
        if isinstance(change, AlterColumn) and ColumnChange.TYPE in change.changes:
            return {change.key}
        if isinstance(change, RebuildEnum):
            return self._enum_tables(change)
        return set()

    def needs(self, change: Change) -> set[ObjectKey]:
        if isinstance(change, CreateObject | AddConstraint | ReplaceFunction | AlterPolicy
                      | AlterDomain | AlterSequence):
            return set(self.after.requires(change.key))
        if isinstance(change, AddColumn | AlterColumn):
            needed = {change.key}
            type_key = self.after.type_key(change.column.data_type
                                           if isinstance(change, AddColumn)
                                           else change.after.data_type)
            if type_key is not None:
                needed.add(type_key)
            return needed
        if isinstance(change, SetComment):
            return {change.key}
        if isinstance(change, RenameColumn | SetRowSecurity | DropColumn):
            return {change.key}
        if isinstance(change, RenameConstraint):
            return {ObjectKey(KIND_TABLE, change.table.schema, change.table.name)}
        return set()

    @staticmethod
    def _enum_tables(change: RebuildEnum | AddEnumValues) -> set[ObjectKey]:
        return {ObjectKey(KIND_TABLE, table.schema, table.name)
                for table, _ in change.columns}


def order_changes(changes: Sequence[Change], current: Catalog, desired: Catalog) -> list[Change]:
    """Order ``changes`` so every statement finds what it needs and nothing it removes."""
    edges = _Edges(current, desired)
    count = len(changes)
    provided_by: dict[ObjectKey, list[int]] = defaultdict(list)
    removed_by: dict[ObjectKey, list[int]] = defaultdict(list)
    touched_by: dict[ObjectKey, list[int]] = defaultdict(list)
    touches: list[set[ObjectKey]] = []  # what each change alters in place (not creates)
    for index, change in enumerate(changes):
        provides = edges.provides(change)
        altered = set() if isinstance(change, CreateObject | AddConstraint) else provides
        touches.append(altered)
        for key in provides:
            provided_by[key].append(index)
        for key in altered:
            touched_by[key].append(index)
        for key in edges.removes(change):
            removed_by[key].append(index)

    after: list[set[int]] = [set() for _ in range(count)]  # after[i]: must run before i
    for index, change in enumerate(changes):
        for need in edges.needs(change):
            # Alters of one table do not wait for each other; creations wait for all of them.
            if need in touches[index]:
                after[index].update(i for i in provided_by.get(need, ())
                                    if i not in touched_by.get(need, ()))
            else:
                after[index].update(provided_by.get(need, ()))
        for key in edges.removes(change):
            # Whatever depended on the removed object must be removed or reshaped first.
            for dependant in edges.before.required_by(key):
                after[index].update(removed_by.get(dependant, ()))
                after[index].update(touched_by.get(dependant, ()))
        for table in edges.reshapes(change):
            for dependant in edges.before.required_by(table):
                after[index].update(removed_by.get(dependant, ()))
        if isinstance(change, CreateObject | AddConstraint):
            after[index].update(removed_by.get(change.key, ()))
        if isinstance(change, DropObject) and isinstance(change.obj, Grant):
            # A revoke on a new object runs once the object exists.
            after[index].update(provided_by.get(change.obj.target, ()))
        after[index].discard(index)

    return _topological([*changes], after)


def _topological(changes: list[Change], after: list[set[int]]) -> list[Change]:
    blocking = [len(deps) for deps in after]
    unblocks: list[list[int]] = [[] for _ in changes]
    for index, deps in enumerate(after):
        for dep in deps:
            unblocks[dep].append(index)

    def rank(index: int) -> tuple[int, str, int]:
        change = changes[index]
        return change.phase, str(change.key), index

    ready = [rank(i) for i, n in enumerate(blocking) if n == 0]
    heapq.heapify(ready)
    ordered: list[Change] = []
    while ready:
        _, _, index = heapq.heappop(ready)
        ordered.append(changes[index])
        for follower in unblocks[index]:
            blocking[follower] -= 1
            if blocking[follower] == 0:
                heapq.heappush(ready, rank(follower))
    if len(ordered) != len(changes):
        stuck = [str(changes[i].key) for i, n in enumerate(blocking) if n > 0]
        raise CanonError("the changes depend on each other in a cycle: " + ", ".join(stuck[:10]),
                         hint="break the cycle in the canonical files (e.g. a foreign key "
                              "declared with ALTER TABLE ... ADD CONSTRAINT)")
    return ordered
