"""Drift: objects of a live database that are missing, unexpected or changed against the
declared (normalized) state, with the fields that differ and both values."""

from __future__ import annotations

import dataclasses
import fnmatch
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from toolkit.diff.equivalence import equivalent
from toolkit.model import Catalog, ObjectKey, Table
from toolkit.model.catalog import CatalogObject


class DriftKind(StrEnum):
    """How a live object differs from the declared one."""

    MISSING = "missing"
    UNEXPECTED = "unexpected"
    CHANGED = "changed"


@dataclass(frozen=True)
class FieldDifference:
    """One field of an object with its declared and live values."""

    field: str
    declared: Any
    live: Any


@dataclass(frozen=True)
class DriftFinding:
    """One object (or column) that drifted.

    ``key`` is the object's (for a column, its table's, with ``column`` naming it), so a
    report can point at where the object is declared.
    """

    kind: DriftKind
    object: str
    differences: tuple[FieldDifference, ...] = ()
    key: ObjectKey | None = None
    column: str | None = None

    def describe(self) -> str:
        """A line (or several) a person can read."""
        head = f"{self.kind}: {self.object}"
        details = [f"    {d.field}: declared {_show(d.declared)}, live {_show(d.live)}"
                   for d in self.differences]
        return "\n".join([head, *details])


def _show(value: Any) -> str:
    if value is None:
        return "(none)"
    if isinstance(value, tuple):
        return "[" + ", ".join(str(item) for item in value) + "]"
    return repr(value) if isinstance(value, str) else str(value)


def find_drift(declared: Catalog, live: Catalog, ignore: Sequence[str] = ()) -> list[DriftFinding]:
    """Every difference between ``declared`` and ``live``, grouped by object, in a stable order."""
    findings: list[DriftFinding] = []
    declared_objects = {obj.key: obj for obj in declared.objects()}
    live_objects = {obj.key: obj for obj in live.objects()}
    for key in sorted(declared_objects.keys() | live_objects.keys()):
        label = str(key)
        if _ignored(label, key.name, ignore):
            continue
        want, have = declared_objects.get(key), live_objects.get(key)
        if want == have:
            continue  # the common case, decided without walking the fields
        if have is None:
            findings.append(DriftFinding(DriftKind.MISSING, label, key=key))
        elif want is None:
            findings.append(DriftFinding(DriftKind.UNEXPECTED, label, key=key))
        elif isinstance(want, Table) and isinstance(have, Table):
            findings.extend(_table_drift(key, label, want, have))
        elif not equivalent(want, have):
            findings.append(DriftFinding(DriftKind.CHANGED, label,
                                         tuple(_field_differences(want, have)), key=key))
    return findings


def _ignored(label: str, name: str, patterns: Iterable[str]) -> bool:
    return any(fnmatch.fnmatchcase(label, p) or fnmatch.fnmatchcase(name, p) for p in patterns)


def _table_drift(key: ObjectKey, label: str, want: Table, have: Table) -> list[DriftFinding]:
    findings = []
    declared_columns = {c.name: c for c in want.columns}
    live_columns = {c.name: c for c in have.columns}
    for name in sorted(declared_columns.keys() | live_columns.keys()):
        column_label = f"column {want.name}.{name}"
        if name not in live_columns:
            findings.append(DriftFinding(DriftKind.MISSING, column_label, key=key, column=name))
        elif name not in declared_columns:
            findings.append(DriftFinding(DriftKind.UNEXPECTED, column_label, key=key,
                                         column=name))
        elif not equivalent(declared_columns[name], live_columns[name]):
            findings.append(DriftFinding(
                DriftKind.CHANGED, column_label,
                tuple(_field_differences(declared_columns[name], live_columns[name])),
                key=key, column=name))
    differences = tuple(d for d in _field_differences(want, have)
                        if d.field not in ("columns", "constraints"))
    if differences:
        findings.append(DriftFinding(DriftKind.CHANGED, label, differences, key=key))
    return findings


def _field_differences(want: CatalogObject | Any, have: CatalogObject | Any
                       ) -> Iterable[FieldDifference]:
    for field in dataclasses.fields(want):
        if not field.compare or field.name.startswith("_"):
            continue
        declared_value, live_value = getattr(want, field.name), getattr(have, field.name)
        if not equivalent(declared_value, live_value):
            yield FieldDifference(field.name, _plain(declared_value), _plain(live_value))


def _plain(value: Any) -> Any:
    if isinstance(value, StrEnum):
        return str(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return str(value)
    if isinstance(value, tuple):
        return tuple(_plain(item) for item in value)
    return value
