"""The live inspector: a database's catalog, read in one snapshot, as a Catalog."""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
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
from toolkit.inspect.snapshot import Rows, read_rows
from toolkit.model import Catalog

if TYPE_CHECKING:
    import psycopg


def inspect_catalog(url: str, schemas: Sequence[str]) -> Catalog:
    """Connect to ``url`` and read the objects of ``schemas`` into a Catalog."""
    from toolkit.postgres.connect import connect

    with connect(url) as conn:
        return inspect_connection(conn, schemas)


def inspect_connection(conn: psycopg.Connection[Any], schemas: Sequence[str]) -> Catalog:
    """Read the objects of ``schemas`` through an open connection into a Catalog.

    The connection is left as it was found: the reads happen in a read-only transaction (or
    a savepoint, if a transaction is open) that is rolled back.
    """
    with _without_gc():
        return catalog_from_rows(read_rows(conn, schemas))


@contextmanager
def _without_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector.

    Tens of thousands of small immutable objects are created and none of them can form a
    reference cycle; collector passes over them would take a third of the time.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def catalog_from_rows(rows: dict[str, Rows]) -> Catalog:
    """Build the Catalog from the rows of every catalog query (see queries/*.sql)."""
    lookups = Lookups(rows["comments"], rows["dependencies"])
    grants.want_targets(rows["grants"], lookups)
    triggers.want_functions(rows["triggers"], lookups)
    namespaces.register_schemas(rows["schemas"], lookups)
    namespaces.register_extensions(rows["extensions"], lookups)
    usertypes.register(rows["enums"], rows["domains"], rows["composites"], lookups)
    sequences.register(rows["sequences"], lookups)
    tables.register(rows["tables"], rows["constraints"], lookups)
    indexes.register(rows["indexes"], lookups)
    views.register(rows["views"], lookups)
    routines.register(rows["functions"], lookups)
    return Catalog.build(
        schemas=namespaces.build_schemas(rows["schemas"], lookups),
        extensions=namespaces.build_extensions(rows["extensions"]),
        enums=usertypes.build_enums(rows["enums"], lookups),
        domains=usertypes.build_domains(rows["domains"], lookups),
        composites=usertypes.build_composites(rows["composites"], lookups),
        sequences=sequences.build(rows["sequences"], lookups),
        tables=tables.build(rows["tables"], rows["columns"], rows["constraints"], lookups),
        indexes=indexes.build(rows["indexes"], lookups),
        views=views.build(rows["views"], lookups),
        functions=routines.build(rows["functions"], lookups),
        triggers=triggers.build_triggers(rows["triggers"], lookups),
        policies=triggers.build_policies(rows["policies"], lookups),
        grants=grants.build(rows["grants"], lookups),
    )
