"""The differ: compares a current and a desired catalog and lists the changes between them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from itertools import chain
from typing import TypeVar

from toolkit.diff.changes import (
    AddColumn,
    AddConstraint,
    AddEnumValues,
    AlterColumn,
    AlterDomain,
    AlterPolicy,
    AlterSequence,
    Change,
    CreateObject,
    DropColumn,
    DropObject,
    RebuildEnum,
    RenameColumn,
    RenameConstraint,
    RenameTable,
    ReplaceFunction,
    SetComment,
    SetRowSecurity,
    without_foreign_keys,
)
from toolkit.diff.dependencies import DependencyIndex
from toolkit.diff.equivalence import COMMENT, equivalent, same_sql
from toolkit.diff.hazards import Hazard, HazardKind
from toolkit.errors import CanonError
from toolkit.model import (
    Catalog,
    Column,
    Constraint,
    EnumType,
    Function,
    Grant,
    Policy,
    QualifiedName,
    Table,
)
from toolkit.model.catalog import CatalogObject
from toolkit.model.names import (
    KIND_COLUMN,
    KIND_TABLE,
    ObjectKey,
)
from toolkit.model.objects import Domain, Sequence

T = TypeVar("T", bound=CatalogObject)
K = TypeVar("K", ObjectKey, str)


@dataclass
class DiffResult:
    """Changes from current to desired (unordered) and notes for the person reading the plan."""

    changes: list[Change] = field(default_factory=list)
    notes: list[Hazard] = field(default_factory=list)
    current: Catalog | None = None
    """The current catalog with declared renames applied (what the changes start from)."""


def diff_catalogs(current: Catalog, desired: Catalog) -> DiffResult:
    """Every change that turns ``current`` into ``desired`` (order with ``order_changes``)."""
    return _Differ(current, desired).run()


class _Differ:
    def __init__(self, current: Catalog, desired: Catalog) -> None:
        self.result = DiffResult()
        self.current = self._apply_renames(current, desired)
        self.result.current = self.current
        self.desired = desired
        self.recreated: set[ObjectKey] = set()
        self._readers: dict[ObjectKey, set[ObjectKey]] | None = None

    @property
    def current_deps(self) -> DependencyIndex:
        """Dependencies of the current catalog (built on first use: most diffs never ask)."""
        return DependencyIndex.of(self.current)

    # Renames declared with -- canon:renamed-from -------------------------------------------

    def _apply_renames(self, current: Catalog, desired: Catalog) -> Catalog:
        renamed_tables: dict[QualifiedName, QualifiedName] = {}
        for table in desired.tables:
            if table.renamed_from and current.table(table.name) is None:
                old = table.name._replace(name=table.renamed_from)
                if current.table(old) is not None:
                    renamed_tables[old] = table.name
                    self.result.changes.append(RenameTable(old, table.name))
        if not renamed_tables and not any(
                column.renamed_from for table in desired.tables for column in table.columns):
            return current
        if not renamed_tables:
            tables = current.tables
        else:
            tables = tuple(self._renamed_table(t, renamed_tables, desired) for t in current.tables)
        renamed_columns: list[Table] = []
        for table in tables:
            wanted = desired.table(table.name)
            if wanted is None:
                renamed_columns.append(table)
                continue
            columns = []
            column_map: dict[str, str] = {}
            for column in table.columns:
                target = next((c for c in wanted.columns if c.renamed_from == column.name
                               and table.column(c.name) is None), None)
                if target is not None:
                    self.result.changes.append(RenameColumn(table.name, column.name,
                                                            target.name))
                    column_map[column.name] = target.name
                    column = replace(column, name=target.name)  # noqa: PLW2901
                columns.append(column)
            constraints = (self._follow_column_renames(table, wanted, column_map)
                           if column_map else table.constraints)
            renamed_columns.append(replace(table, columns=tuple(columns),
                                           constraints=constraints))

        def retarget(obj: T) -> T:
            table = getattr(obj, "table", None)
            if table in renamed_tables:
                moved: T = replace(obj, table=renamed_tables[table])  # type: ignore[arg-type]
                return moved
            return obj

        return replace(
            current,
            tables=tuple(sorted(renamed_columns, key=lambda t: t.key)),
            indexes=tuple(retarget(i) for i in current.indexes),
            triggers=tuple(retarget(t) for t in current.triggers),
            policies=tuple(retarget(p) for p in current.policies),
        )

    def _follow_column_renames(self, table: Table, wanted: Table,
                               column_map: dict[str, str]) -> tuple[Constraint, ...]:
        """Constraints over renamed columns: PostgreSQL rewrites them, names may follow."""
        constraints = []
        for constraint in table.constraints:
            columns = tuple(column_map.get(c, c) for c in constraint.columns)
            if columns == constraint.columns:
                constraints.append(constraint)
                continue
            match = [c for c in wanted.constraints
                     if (c.kind, c.columns, c.references, c.referenced_columns)
                     == (constraint.kind, columns, constraint.references,
                         constraint.referenced_columns)]
            if len(match) != 1:
                constraints.append(replace(constraint, columns=columns))
                continue
            if match[0].name != constraint.name:
                self.result.changes.append(
                    RenameConstraint(table.name, constraint.name, match[0].name))
            # The server prints the definition with the new column names; a change made in
            # the same migration beyond the rename is caught by the proof, not hidden.
            constraints.append(match[0])
        return tuple(constraints)

    def _renamed_table(self, table: Table, renames: dict[QualifiedName, QualifiedName],
                       desired: Catalog) -> Table:
        if table.name not in renames:
            return table
        new = renames[table.name]
        wanted = desired.table(new)
        wanted_by_definition = {(c.kind, c.definition): c.name
                                for c in (wanted.constraints if wanted else ())}
        constraints = []
        for constraint in table.constraints:
            moved = replace(constraint, table=new)
            target = wanted_by_definition.get((constraint.kind, constraint.definition))
            if target is not None and target != constraint.name:
                # Names PostgreSQL derived from the old table name follow the rename.
                self.result.changes.append(RenameConstraint(new, constraint.name, target))
                moved = replace(moved, name=target)
            constraints.append(moved)
        return replace(table, name=new, constraints=tuple(constraints))

    # The comparison -------------------------------------------------------------------------

    def run(self) -> DiffResult:
        self._simple(self.current.schemas, self.desired.schemas)
        self._simple(self.current.extensions, self.desired.extensions)
        self._enums()
        self._by_key(self.current.domains, self.desired.domains, self._domain)
        self._simple(self.current.composites, self.desired.composites)
        self._by_key(self.current.sequences, self.desired.sequences, self._sequence)
        self._tables()
        self._simple(self.current.indexes, self.desired.indexes)
        self._simple(self.current.views, self.desired.views)
        self._by_key(self.current.functions, self.desired.functions, self._function)
        self._simple(self.current.triggers, self.desired.triggers)
        self._by_key(self.current.policies, self.desired.policies, self._policy)
        self._simple(self.current.grants, self.desired.grants)
        self._recreate_dependants()
        self._drop_implied_grants()
        return self.result

    def _drop_implied_grants(self) -> None:
        """Grants vanish with a dropped object, and PUBLIC EXECUTE comes with a new function."""
        dropped: set[ObjectKey] = set()
        created: set[ObjectKey] = set()
        for change in self.result.changes:
            if isinstance(change, DropObject):
                dropped.add(change.key)
            elif isinstance(change, CreateObject):
                created.add(change.key)
        if not dropped and not created:
            return  # only changes made in place: no grant comes or goes with an object

        def implied(change: Change) -> bool:
            if isinstance(change, DropObject) and isinstance(change.obj, Grant):
                return change.obj.target in dropped
            if isinstance(change, CreateObject) and isinstance(change.obj, Grant):
                grant = change.obj
                return (grant.target in created and grant.grantee.lower() == "public"
                        and grant.privilege == "EXECUTE" and not grant.columns)
            return False

        self.result.changes = [c for c in self.result.changes if not implied(c)]
        # A new function can be executed by PUBLIC unless the desired state says otherwise.
        new_functions = [c.obj for c in self.result.changes
                         if isinstance(c, CreateObject) and isinstance(c.obj, Function)]
        if not new_functions:
            return
        desired_grants = {grant.key for grant in self.desired.grants}
        for function in new_functions:
            default = Grant(function.key, "public", "EXECUTE")
            if default.key not in desired_grants:
                self._add(DropObject(default))

    def _add(self, change: Change) -> None:
        self.result.changes.append(change)

    def _by_key(self, before: tuple[T, ...], after: tuple[T, ...], changed: object) -> None:
        if before == after:
            return  # equal objects (keys included) in the same order: nothing to compare
        old = {obj.key: obj for obj in before}
        new = {obj.key: obj for obj in after}
        for key in _only_in(old, new):
            self._add(DropObject(old[key]))
        for key in _only_in(new, old):
            self._create(new[key])
        for key in _in_both(old, new):
            if not equivalent(old[key], new[key]):
                changed(old[key], new[key])  # type: ignore[operator]

    def _simple(self, before: tuple[T, ...], after: tuple[T, ...]) -> None:
        self._by_key(before, after, self._recreate)

    def _create(self, obj: CatalogObject) -> None:
        self._add(CreateObject(obj))
        comment = getattr(obj, "comment", None)
        if comment is not None:
            self._add(SetComment(obj, None, comment))

    def _recreate(self, before: CatalogObject, after: CatalogObject) -> None:
        if equivalent(before, after, COMMENT):
            self._add(SetComment(after, getattr(before, "comment", None),
                                 getattr(after, "comment", None)))
            return
        self.recreated.add(before.key)
        self._add(DropObject(before))
        self._create(after)

    # Kinds with finer changes ----------------------------------------------------------------

    def _enums(self) -> None:
        self._by_key(self.current.enums, self.desired.enums, self._enum)

    def _enum(self, before: EnumType, after: EnumType) -> None:
        columns = tuple(self._columns_of_type(before.key))
        if _is_subsequence(before.labels, after.labels):
            self._add(AddEnumValues(before, after, columns))
        else:
            self._add(RebuildEnum(before, after, columns))
        if before.comment != after.comment:
            self._add(SetComment(after, before.comment, after.comment))

    def _columns_of_type(self, key: ObjectKey) -> Iterable[tuple[QualifiedName, Column]]:
        for table in self.current.tables:
            for column in table.columns:
                if self.current_deps.type_key(column.data_type) == key:
                    yield table.name, column

    def _domain(self, before: Domain, after: Domain) -> None:
        if before.base_type != after.base_type or before.collation != after.collation:
            raise CanonError(
                f"cannot change the base type or collation of domain {after.name}",
                hint="create a new domain and move the columns to it in a migration")
        self._add(AlterDomain(before, after))

    def _sequence(self, before: Sequence, after: Sequence) -> None:
        if not equivalent(before, after, COMMENT):
            self._add(AlterSequence(before, after))
        if before.comment != after.comment:
            self._add(SetComment(after, before.comment, after.comment))

    def _function(self, before: Function, after: Function) -> None:
        if not equivalent(before, after, COMMENT):
            if (before.returns != after.returns or before.arguments != after.arguments
                    or before.procedure != after.procedure):
                self.recreated.add(before.key)
                self._add(DropObject(before))
                self._add(CreateObject(after))
            else:
                self._add(ReplaceFunction(before, after))
        if before.comment != after.comment:
            self._add(SetComment(after, before.comment, after.comment))

    def _policy(self, before: Policy, after: Policy) -> None:
        same_kind = (before.command == after.command and before.permissive == after.permissive)
        keeps_clauses = ((after.using is not None or before.using is None)
                         and (after.with_check is not None or before.with_check is None))
        if not equivalent(before, after, COMMENT):
            if same_kind and keeps_clauses:
                self._add(AlterPolicy(before, after))
            else:
                self.recreated.add(before.key)
                self._add(DropObject(before))
                self._add(CreateObject(after))
        if before.comment != after.comment:
            self._add(SetComment(after, before.comment, after.comment))

    def _tables(self) -> None:
        if self.current.tables == self.desired.tables:
            return  # the same tables in the same order: nothing to compare
        old = {t.key: t for t in self.current.tables}
        new = {t.key: t for t in self.desired.tables}
        for key in _only_in(old, new):
            table = old[key]
            for constraint in table.constraints:
                if constraint.references is not None:
                    self._add(DropObject(constraint))
            self._add(DropObject(without_foreign_keys(table)))
        for key in _only_in(new, old):
            table = new[key]
            self._create(without_foreign_keys(table))
            for column in table.columns:
                if column.comment is not None:
                    self._add(SetComment(table, None, column.comment, column.name))
            for constraint in table.constraints:
                if constraint.references is not None:
                    self._add(AddConstraint(constraint))
        for key in _in_both(old, new):
            if old[key] != new[key]:  # the steps of _table each allow for SQL spelling
                self._table(old[key], new[key])

    def _table(self, before: Table, after: Table) -> None:
        if (before.partition_by, before.partition_of, before.partition_bound) != (
                after.partition_by, after.partition_of, after.partition_bound):
            raise CanonError(f"cannot change the partitioning of table {after.name}",
                             hint="create a new table and move the data in a migration")
        self._columns(before, after)
        self._constraints(before, after)
        if (before.rls_enabled, before.rls_forced) != (after.rls_enabled, after.rls_forced):
            self._add(SetRowSecurity(after.name, (before.rls_enabled, after.rls_enabled),
                                     (before.rls_forced, after.rls_forced)))
        if before.comment != after.comment:
            self._add(SetComment(after, before.comment, after.comment))

    def _columns(self, before: Table, after: Table) -> None:
        old = {c.name: c for c in before.columns}
        new = {c.name: c for c in after.columns}
        dropped = [old[name] for name in old if name not in new]
        added = [new[name] for name in new if name not in old]
        reshaped = {column.name for column in dropped}
        for column in dropped:
            self._add(DropColumn(after.name, column))
        for column in added:
            if column.comment is None:
                self._add(AddColumn(after.name, column))
            else:
                self._add(AddColumn(after.name, replace(column, comment=None)))
                self._add(SetComment(after, None, column.comment, column.name))
        for name, now in new.items():  # the desired column order: plans are reproducible
            was = old.get(name)
            if was is None or was is now or equivalent(was, now):
                continue  # new, or the same column (catalogs read together share columns)
            if not equivalent(was.generated, now.generated) and not (
                    was.generated and now.generated
                    and same_sql(was.generated, now.generated, "expression")):
                reshaped.add(name)
                self._add(DropColumn(after.name, was))
                self._add(AddColumn(after.name, now))
                continue
            if was.data_type != now.data_type:
                reshaped.add(name)
            self._add(AlterColumn(after.name, was, now))
        for column in dropped:
            for twin in added:
                if twin.data_type == column.data_type:
                    self.result.notes.append(_possible_rename(after.name, column, twin))
                    break
        if reshaped:
            self._recreate_readers(after, reshaped)

    def _recreate_readers(self, table: Table, columns: set[str]) -> None:
        """Views and policies reading columns that are dropped or retyped must be rebuilt.

        A catalog read from a database records which columns each reader uses; a reader
        without that record (a hand-built catalog) is rebuilt whenever its table changes.
        """
        readers = self._readers_of(table.key)
        if not readers:
            return
        deps = self.current_deps
        schema, name = table.name
        for dependant in sorted(readers):
            reads = {need.name for need in deps.requires(dependant)
                     if need.kind == KIND_COLUMN and need.parent == name and need.schema == schema}
            if not reads or not reads.isdisjoint(columns):
                self.recreated.add(dependant)

    def _readers_of(self, table: ObjectKey) -> set[ObjectKey]:
        """The views, materialized views and policies of the current catalog that need
        ``table`` directly (the only objects of those kinds are ``views`` and ``policies``)."""
        if self._readers is None:
            self._readers = self.current_deps.required_by_any_of_objects(
                chain(self.current.views, self.current.policies))
        return self._readers.get(table, set())

    def _constraints(self, before: Table, after: Table) -> None:
        if before.constraints == after.constraints:
            return  # the same constraints in the same order: nothing to compare
        old = {c.name: c for c in before.constraints}
        new = {c.name: c for c in after.constraints}
        for name in _only_in(old, new):
            self._add(DropObject(old[name]))
        for name in _only_in(new, old):
            self._add(AddConstraint(new[name], not_valid=_validates_separately(new[name])))
        for name in _in_both(old, new):
            if not equivalent(old[name], new[name], COMMENT):
                self.recreated.add(old[name].key)
                self._add(DropObject(old[name]))
                self._add(AddConstraint(new[name],
                                        not_valid=_validates_separately(new[name])))
            elif old[name].comment != new[name].comment:
                self._add(SetComment(new[name], old[name].comment, new[name].comment))

    # Dependants of what is dropped and recreated ---------------------------------------------

    def _recreate_dependants(self) -> None:
        """Objects that depend on something dropped must be dropped and recreated with it."""
        if not self.recreated and not any(isinstance(c, DropObject)
                                          for c in self.result.changes):
            return
        handled = {c.key for c in self.result.changes
                   if isinstance(c, DropObject | CreateObject | AddConstraint)}
        before = set(handled)
        dropped = {c.key for c in self.result.changes if isinstance(c, DropObject)}
        pending = set(self.recreated) | dropped
        seen: set[ObjectKey] = set()
        while pending:
            key = pending.pop()
            if key in seen:
                continue
            seen.add(key)
            for dependant in self.current_deps.required_by(key):
                pending.add(dependant)
                self._recreate_one(dependant, handled)
        for key in sorted(self.recreated - handled):
            self._recreate_one(key, handled)
        newly = handled - before
        # A recreated object takes its new definition whole: drop finer changes made redundant.
        self.result.changes = [
            c for c in self.result.changes
            if not (c.key in newly and isinstance(c, AlterPolicy | ReplaceFunction | SetComment)
                    and not getattr(c, "recreated", False))
        ]

    def _recreate_one(self, key: ObjectKey, handled: set[ObjectKey]) -> None:
        if key in handled or key.kind == KIND_TABLE:
            return
        before = self.current.get(key)
        after = self.desired.get(key)
        if before is None or after is None:
            return
        handled.add(key)
        self._add(DropObject(before))
        if isinstance(after, Constraint):
            self._add(AddConstraint(after, not_valid=_validates_separately(after)))
        else:
            self._add(CreateObject(after))
        comment = getattr(after, "comment", None)
        if comment is not None:
            self._add(SetComment(after, None, comment, recreated=True))


def _validates_separately(constraint: Constraint) -> bool:
    return constraint.kind.value in ("f", "c")


def _is_subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    iterator = iter(long)
    return all(label in iterator for label in short)


def _possible_rename(table: QualifiedName, dropped: Column, added: Column) -> Hazard:
    """The note that ``dropped`` and ``added`` (of one type) may be one column renamed."""
    return Hazard(HazardKind.POSSIBLE_RENAME,
                  f"{table.schema}.{table.name}: column {dropped.name} is dropped and "
                  f"{added.name} ({added.data_type}) added; if this is a rename, declare it "
                  f"with `-- canon:renamed-from {dropped.name}` on {added.name} to keep the "
                  "data")


def _only_in(first: Mapping[K, object], second: Mapping[K, object]) -> list[K]:
    """The keys of ``first`` missing from ``second``, sorted.

    Equal to ``sorted(first.keys() - second.keys())``; a catalog lists its objects in key
    order, so sorting the keys in ``first``'s order is a single pass.
    """
    return sorted([key for key in first if key not in second])


def _in_both(first: Mapping[K, object], second: Mapping[K, object]) -> list[K]:
    """The keys of both ``first`` and ``second``, sorted (as ``_only_in``, a single pass for
    keys already in order)."""
    return sorted([key for key in second if key in first])
