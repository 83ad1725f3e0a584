"""Typed changes between two catalogs; each one knows its reverse and its hazards."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Generic, TypeVar

from toolkit.diff.equivalence import same_sql
from toolkit.diff.hazards import Hazard, HazardKind, is_widening
from toolkit.model import Column, Constraint, EnumType, Function, Policy, QualifiedName, Table
from toolkit.model.catalog import CatalogObject
from toolkit.model.names import KIND_CONSTRAINT, KIND_TABLE, ObjectKey, object_key
from toolkit.model.objects import Domain, Sequence
from toolkit.model.once import computed_once

T = TypeVar("T", Function, Policy, EnumType, Sequence, Domain)


class Phase:
    """Tie-break order of changes that dependencies leave unordered."""

    RENAME = -1
    REMOVE = 0
    ALTER = 1
    CREATE = 2


@dataclass(frozen=True)
class Change:
    """Base of every change; subclasses are frozen dataclasses."""

    phase = Phase.ALTER

    @property
    def key(self) -> ObjectKey:
        """The object the change acts on."""
        raise NotImplementedError

    def reverse(self) -> Change:
        """The change that undoes this one."""
        raise NotImplementedError

    @property
    def hazards(self) -> tuple[Hazard, ...]:
        """Hazards of applying this change."""
        return ()

    @property
    def lost_on_reverse(self) -> str | None:
        """What the reverse of this change cannot restore (None when it restores everything)."""
        return None


@dataclass(frozen=True)
class Redefine(Change, Generic[T]):
    """Base of changes that turn one definition of an object into another in place; the
    reverse turns it back (same change, ``before`` and ``after`` swapped)."""

    before: T
    after: T

    @property
    def key(self) -> ObjectKey:
        """The redefined object's key."""
        key: ObjectKey = self.after.key
        return key

    def reverse(self) -> Change:
        """The same change with ``before`` and ``after`` swapped."""
        return replace(self, before=self.after, after=self.before)


@dataclass(frozen=True)
class TableChange(Change):
    """Base of changes made inside an existing table (its columns, its row security); the
    table's key is theirs."""

    table: QualifiedName

    @computed_once
    def key(self) -> ObjectKey:
        """The table's key (made once: the differ and ordering ask for it often)."""
        return object_key(KIND_TABLE, self.table.schema, self.table.name)


@dataclass(frozen=True)
class CreateObject(Change):
    """Create an object (for tables: without foreign keys, which are separate changes)."""

    obj: CatalogObject
    phase = Phase.CREATE

    @property
    def key(self) -> ObjectKey:
        """The created object's key."""
        return self.obj.key

    def reverse(self) -> Change:
        """Drop the object again."""
        return DropObject(self.obj)

    @property
    def lost_on_reverse(self) -> str | None:
        """Rows written to a created table are lost when the rollback drops it."""
        if isinstance(self.obj, Table):
            return f"rows written to {self.obj.name} after this migration"
        return None


@dataclass(frozen=True)
class DropObject(Change):
    """Drop an object."""

    obj: CatalogObject
    phase = Phase.REMOVE

    @property
    def key(self) -> ObjectKey:
        """The dropped object's key."""
        return self.obj.key

    def reverse(self) -> Change:
        """Create the object again (a dropped table comes back empty)."""
        if isinstance(self.obj, Constraint):
            return AddConstraint(self.obj, not_valid=False)
        return CreateObject(self.obj)

    @property
    def hazards(self) -> tuple[Hazard, ...]:
        """Dropping a table or sequence loses its data."""
        if self.obj.key.kind in (KIND_TABLE, "sequence"):
            return (Hazard(HazardKind.DATA_LOSS,
                           f"drops {self.obj.key} and all of its data"),)
        return ()

    @property
    def lost_on_reverse(self) -> str | None:
        """A recreated table is empty."""
        if self.obj.key.kind == KIND_TABLE:
            return f"the rows of {self.obj.key}: the rollback recreates it empty"
        return None


@dataclass(frozen=True)
class AddConstraint(Change):
    """Add a constraint to an existing table; ``not_valid`` adds it NOT VALID then validates."""

    constraint: Constraint
    not_valid: bool = False
    phase = Phase.CREATE

    @property
    def key(self) -> ObjectKey:
        """The constraint's key."""
        return self.constraint.key

    def reverse(self) -> Change:
        """Drop the constraint."""
        return DropObject(self.constraint)


@dataclass(frozen=True)
class AddColumn(TableChange):
    """Add a column to an existing table."""

    column: Column
    phase = Phase.ALTER

    def reverse(self) -> Change:
        """Drop the column."""
        return DropColumn(self.table, self.column)

    @property
    def lost_on_reverse(self) -> str | None:
        """Values written to the new column are lost on rollback."""
        return f"values written to {self.table}.{self.column.name}"


@dataclass(frozen=True)
class DropColumn(TableChange):
    """Drop a column."""

    column: Column
    phase = Phase.ALTER

    def reverse(self) -> Change:
        """Add the column back (empty)."""
        return AddColumn(self.table, self.column)

    @property
    def hazards(self) -> tuple[Hazard, ...]:
        """Dropping a column loses its values."""
        return (Hazard(HazardKind.DATA_LOSS,
                       f"drops column {self.table}.{self.column.name} and its values"),)

    @property
    def lost_on_reverse(self) -> str | None:
        """The re-added column is empty."""
        return f"the values of {self.table}.{self.column.name}: the rollback re-adds it empty"


class ColumnChange(StrEnum):
    """An attribute of a column that an :class:`AlterColumn` changes."""

    TYPE = "type"
    DEFAULT = "default"
    NULLABILITY = "nullability"
    IDENTITY = "identity"
    COLLATION = "collation"
    COMMENT = "comment"


@dataclass(frozen=True)
class AlterColumn(TableChange):
    """Change a column's type, default, nullability, identity, collation or comment."""

    before: Column
    after: Column
    phase = Phase.ALTER

    @computed_once
    def changes(self) -> frozenset[ColumnChange]:
        """The attributes that differ (worked out once: ordering, hazards and SQL ask; a
        set of string members answers ``in`` in C, which a ``Flag`` does not)."""
        before, after = self.before, self.after
        found = []
        if before.data_type != after.data_type:
            found.append(ColumnChange.TYPE)
        if not _same_expression(before.default, after.default):
            found.append(ColumnChange.DEFAULT)
        if before.not_null != after.not_null:
            found.append(ColumnChange.NULLABILITY)
        if before.identity != after.identity:
            found.append(ColumnChange.IDENTITY)
        if before.collation != after.collation:
            found.append(ColumnChange.COLLATION)
        if before.comment != after.comment:
            found.append(ColumnChange.COMMENT)
        return frozenset(found)

    def reverse(self) -> Change:
        """Change the column back."""
        return AlterColumn(self.table, self.after, self.before)

    @property
    def hazards(self) -> tuple[Hazard, ...]:
        """A narrowing type change can fail or truncate values."""
        if ColumnChange.TYPE in self.changes and not is_widening(self.before.data_type,
                                                                   self.after.data_type):
            return (Hazard(HazardKind.DATA_LOSS,
                           f"changes {self.table}.{self.after.name} from "
                           f"{self.before.data_type} to {self.after.data_type}, which can "
                           "fail or lose precision"),)
        return ()

    @property
    def lost_on_reverse(self) -> str | None:
        """Widening back and forth may not round-trip values."""
        if ColumnChange.TYPE in self.changes and not is_widening(self.after.data_type,
                                                                   self.before.data_type):
            return (f"values of {self.table}.{self.after.name} that do not fit "
                    f"{self.before.data_type}")
        return None


@dataclass(frozen=True)
class RenameColumn(TableChange):
    """Rename a column, keeping its data."""

    old: str
    new: str
    phase = Phase.RENAME

    def reverse(self) -> Change:
        """Rename it back."""
        return RenameColumn(self.table, self.new, self.old)


@dataclass(frozen=True)
class RenameConstraint(Change):
    """Rename a constraint (one whose name followed a renamed table's)."""

    table: QualifiedName
    old: str
    new: str
    phase = Phase.RENAME

    @property
    def key(self) -> ObjectKey:
        """The constraint's new key."""
        return object_key(KIND_CONSTRAINT, self.table.schema, self.new, parent=self.table.name)

    def reverse(self) -> Change:
        """Rename it back."""
        return RenameConstraint(self.table, self.new, self.old)


@dataclass(frozen=True)
class RenameTable(Change):
    """Rename a table, keeping its data (same schema)."""

    old: QualifiedName
    new: QualifiedName
    phase = Phase.RENAME

    @property
    def key(self) -> ObjectKey:
        """The table's new key."""
        return object_key(KIND_TABLE, self.new.schema, self.new.name)

    def reverse(self) -> Change:
        """Rename it back."""
        return RenameTable(self.new, self.old)


@dataclass(frozen=True)
class SetRowSecurity(TableChange):
    """Enable, disable, force or unforce row level security on a table."""

    enabled: tuple[bool, bool]
    forced: tuple[bool, bool]
    phase = Phase.ALTER

    def reverse(self) -> Change:
        """Restore the previous flags."""
        return SetRowSecurity(self.table, (self.enabled[1], self.enabled[0]),
                              (self.forced[1], self.forced[0]))


@dataclass(frozen=True)
class SetComment(Change):
    """Change the comment of an object (or of one of a table's columns)."""

    target: CatalogObject
    before: str | None
    after: str | None
    column: str | None = None
    recreated: bool = False
    phase = Phase.CREATE

    @property
    def key(self) -> ObjectKey:
        """The commented object's key."""
        return self.target.key

    def reverse(self) -> Change:
        """Restore the previous comment."""
        return SetComment(self.target, self.after, self.before, self.column)


@dataclass(frozen=True)
class ReplaceFunction(Redefine[Function]):
    """CREATE OR REPLACE a function whose signature and result type stay the same."""

    phase = Phase.CREATE


@dataclass(frozen=True)
class AlterPolicy(Redefine[Policy]):
    """ALTER POLICY: roles, USING or WITH CHECK change, command and kind stay."""

    phase = Phase.CREATE


@dataclass(frozen=True)
class AddEnumValues(Redefine[EnumType]):
    """ALTER TYPE ... ADD VALUE for labels ``after`` has and ``before`` lacks."""

    columns: tuple[tuple[QualifiedName, Column], ...] = ()
    phase = Phase.ALTER

    def reverse(self) -> Change:
        """Removing values needs a rebuild of the type."""
        return RebuildEnum(self.after, self.before, self.columns)


@dataclass(frozen=True)
class RebuildEnum(Redefine[EnumType]):
    """Recreate an enum type with other labels, converting every column that uses it."""

    columns: tuple[tuple[QualifiedName, Column], ...] = ()
    phase = Phase.ALTER

    @property
    def removed_labels(self) -> tuple[str, ...]:
        """Labels that disappear."""
        return tuple(label for label in self.before.labels if label not in self.after.labels)

    @property
    def hazards(self) -> tuple[Hazard, ...]:
        """Rows holding a removed label make the rebuild fail."""
        if self.removed_labels:
            return (Hazard(HazardKind.DATA_LOSS,
                           f"removes value(s) {', '.join(self.removed_labels)} from "
                           f"{self.before.name}; rows holding them make the migration fail"),)
        return ()


@dataclass(frozen=True)
class AlterSequence(Redefine[Sequence]):
    """ALTER SEQUENCE options."""


@dataclass(frozen=True)
class AlterDomain(Redefine[Domain]):
    """ALTER DOMAIN default, NOT NULL and CHECK constraints (same base type)."""


def _same_expression(first: str | None, second: str | None) -> bool:
    if first is None or second is None:
        return first is second
    return same_sql(first, second, "expression")


def without_foreign_keys(table: Table) -> Table:
    """``table`` minus its foreign keys (they are created by separate changes)."""
    kept = tuple(c for c in table.constraints if c.references is None)
    return replace(table, constraints=kept)
