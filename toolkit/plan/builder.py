"""A plan: the ordered up changes between two catalogs, their reverse, and the hazards."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from toolkit.diff import diff_catalogs, order_changes
from toolkit.diff.changes import Change
from toolkit.diff.hazards import Hazard
from toolkit.model import Catalog
from toolkit.render import render_changes


@dataclass(frozen=True)
class Plan:
    """Ordered changes in both directions, with hazards and notes."""

    up: tuple[Change, ...]
    down: tuple[Change, ...]
    notes: tuple[Hazard, ...] = ()
    up_sql: tuple[str, ...] = field(default=())
    down_sql: tuple[str, ...] = field(default=())

    @property
    def empty(self) -> bool:
        """Whether there is nothing to do."""
        return not self.up

    @property
    def hazards(self) -> tuple[Hazard, ...]:
        """Hazards of the up direction."""
        return tuple(hazard for change in self.up for hazard in change.hazards)

    @property
    def destructive(self) -> tuple[Hazard, ...]:
        """The hazards that can lose data."""
        return tuple(hazard for hazard in self.hazards if hazard.destructive)

    @property
    def not_restored(self) -> tuple[str, ...]:
        """What the down direction cannot bring back."""
        return tuple(lost for change in self.up if (lost := change.lost_on_reverse))


def build_plan(current: Catalog, desired: Catalog, *, with_down: bool = True) -> Plan:
    """Diff, order and render ``current`` -> ``desired``; the down is the reverse of the up.

    ``with_down=False`` skips the down direction (``canon diff`` prints only the up).
    """
    result = diff_catalogs(current, desired)
    if not result.changes:
        return Plan(up=(), down=(), notes=tuple(result.notes))
    up = order_changes(result.changes, result.current or current, desired)
    down = [change.reverse() for change in reversed(up)] if with_down else []
    return Plan(up=tuple(up), down=tuple(down), notes=tuple(result.notes),
                up_sql=tuple(render_changes(up)), down_sql=tuple(render_changes(down)))


def catalogs_match(actual: Catalog, expected: Catalog) -> list[str]:
    """Differences that remain between two catalogs, as readable lines (empty when equal)."""
    result = diff_catalogs(actual, expected)
    return [f"{type(change).__name__} {change.key}" for change in result.changes]


def with_renames(normalized: Catalog, declared: Catalog) -> Catalog:
    """Carry what only the canonical files know onto a normalized catalog.

    That is the ``-- canon:renamed-from`` directives of tables and columns, and what function
    bodies use (PostgreSQL records no dependencies for a body, so ordering needs the parsed
    ones to create a function after the tables it reads).
    """
    tables = []
    for table in normalized.tables:
        source = declared.table(table.name)
        if source is None:
            tables.append(table)
            continue
        columns = tuple(
            replace(column, renamed_from=declared_column.renamed_from)
            if (declared_column := source.column(column.name)) is not None
            and declared_column.renamed_from else column
            for column in table.columns
        )
        tables.append(replace(table, columns=columns, renamed_from=source.renamed_from))
    declared_functions = {function.key: function for function in declared.functions}
    functions = tuple(
        replace(function, depends_on=tuple(sorted(
            set(function.depends_on) | set(declared_functions[function.key].depends_on))))
        if function.key in declared_functions else function
        for function in normalized.functions
    )
    return replace(normalized, tables=tuple(tables), functions=functions)
