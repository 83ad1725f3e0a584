"""The live inspector: a database's catalog, read in one snapshot, as a Catalog."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from itertools import chain
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from toolkit.inspect import (
    grants,
    indexes,
    namespaces,
    routines,
    sequences,
    tables,
    triggers,
    usertypes,
    views,
)
from toolkit.inspect.lookups import Lookups
from toolkit.inspect.shared import SharedValues
from toolkit.inspect.snapshot import Rows, stream_rows, stream_rows_from
from toolkit.memory import gc_paused
from toolkit.model import Catalog

if TYPE_CHECKING:
    import psycopg

_BY_KEY = attrgetter("key")
"""An object's key (the sort key of a catalog's tuples)."""


def inspect_catalog(url: str, schemas: Sequence[str]) -> Catalog:
    """Connect to ``url`` and read the objects of ``schemas`` into a Catalog.

    The server answers two catalog queries at a time, on two sessions sharing one snapshot
    (see :func:`~toolkit.inspect.snapshot.stream_rows_from`).
    """
    with gc_paused():
        return catalog_from_rows(stream_rows_from(url, schemas))


def inspect_connection(conn: psycopg.Connection[Any], schemas: Sequence[str]) -> Catalog:
    """Read the objects of ``schemas`` through an open connection into a Catalog.

    The connection is left as it was found: the reads happen in a read-only transaction (or
    a savepoint, if a transaction is open) that is rolled back. Objects are built from each
    query's rows while the server is still answering the later queries.
    """
    with gc_paused():
        return catalog_from_rows(stream_rows(conn, schemas))


def catalog_from_rows(results: Iterable[tuple[str, Rows]],
                      shared: SharedValues | None = None) -> Catalog:
    """Build the Catalog from ``(query name, rows)`` pairs for every query in queries/*.sql.

    Pairs may arrive one by one (in ``sqlfiles.QUERY_NAMES`` order, for the most overlap):
    each step runs as soon as the rows it needs are there. Catalogs that will be compared
    can be given one ``shared`` pool, so that what they have in common is one object.
    """
    assembly = _Assembly(shared)
    for name, rows in results:
        assembly.add(name, rows)
    return assembly.catalog()


class _Assembly:
    """The catalog under construction, step by step."""

    def __init__(self, shared: SharedValues | None) -> None:
        self.shared = shared
        self.rows: dict[str, Rows] = {}
        self.kinds: dict[str, tuple[Any, ...]] = {}
        self.lookups: Lookups | None = None
        self.next_step = 0

    def add(self, name: str, rows: Rows) -> None:
        """Take the rows of one query and run every step that now has what it needs."""
        self.rows[name] = rows
        while self.next_step < len(_STEPS):
            needs, step = _STEPS[self.next_step]
            if not all(need in self.rows for need in needs):
                return
            step(self)
            self.next_step += 1

    def catalog(self) -> Catalog:
        """The finished catalog; every query's rows must have been added."""
        if self.next_step < len(_STEPS):
            missing = sorted({need for needs, _ in _STEPS for need in needs} - self.rows.keys())
            raise ValueError(f"rows missing for {', '.join(missing)}")
        return Catalog(**self.kinds)

    def put(self, **kinds: list[Any]) -> None:
        """Record built objects of some kinds, sorted by key as Catalog.build would."""
        for kind, objects in kinds.items():
            self.kinds[kind] = tuple(sorted(objects, key=_BY_KEY))

    def _lookups(self) -> Lookups:
        assert self.lookups is not None
        return self.lookups

    def registry(self) -> None:
        """Keys of every object something points at."""
        rows = self.rows
        lookups = self.lookups = Lookups(rows["comments"], rows["dependencies"],
                                        rows["extension_members"], self.shared)
        grants.want_targets(rows["grants"], lookups)
        triggers.want_functions(rows["triggers"], lookups)
        namespaces.register_schemas(rows["schemas"], lookups)
        namespaces.register_extensions(rows["extensions"], lookups)
        usertypes.register(rows["enums"], rows["domains"], rows["composites"], lookups)
        sequences.register(rows["sequences"], lookups)
        tables.register(rows["tables"], rows["constraints"], lookups)
        views.register(rows["views"], lookups)
        routines.register(rows["functions"], lookups)

    def tables(self) -> None:
        """Tables with their columns and constraints, then every kind whose dependencies
        name columns (so only once the tables' columns are known) or need nothing more."""
        rows = self.rows
        lookups = self._lookups()
        self.put(
            tables=tables.build(rows["tables"], rows["columns"], rows["constraints"], lookups),
            schemas=namespaces.build_schemas(rows["schemas"], lookups),
            extensions=namespaces.build_extensions(rows["extensions"]),
            enums=usertypes.build_enums(rows["enums"], lookups),
            domains=usertypes.build_domains(rows["domains"], lookups),
            composites=usertypes.build_composites(rows["composites"], lookups),
            sequences=sequences.build(rows["sequences"], lookups),
            views=views.build(rows["views"], lookups),
            functions=routines.build(rows["functions"], lookups),
            triggers=triggers.build_triggers(rows["triggers"], lookups),
            # Privileges on tables' columns came with the columns.
            grants=grants.build(chain(rows["grants"], lookups.column_grants), lookups),
        )

    def indexes(self) -> None:
        """Indexes (their columns are named from the tables' and views' rows)."""
        self.put(indexes=indexes.build(self.rows["indexes"], self._lookups()))

    def policies(self) -> None:
        """Row level security policies."""
        self.put(policies=triggers.build_policies(self.rows["policies"], self._lookups()))


# Each step runs once the rows it names are in, and after the steps before it.
_STEPS: tuple[tuple[tuple[str, ...], Callable[[_Assembly], None]], ...] = (
    (("comments", "dependencies", "extension_members", "schemas", "extensions", "enums",
      "domains", "composites", "sequences", "functions", "tables", "views", "triggers",
      "grants", "constraints"),
     _Assembly.registry),
    (("columns",), _Assembly.tables),
    (("indexes",), _Assembly.indexes),
    (("policies",), _Assembly.policies),
)
