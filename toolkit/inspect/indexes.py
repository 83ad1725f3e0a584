"""Indexes from their catalog rows."""

from __future__ import annotations

from toolkit.inspect.lookups import Lookups
from toolkit.inspect.snapshot import Rows
from toolkit.model import Index, ObjectKey, QualifiedName
from toolkit.model.names import KIND_INDEX


def register(rows: Rows, lookups: Lookups) -> None:
    """Keys of the indexes other objects point at."""
    for oid, _, schema, _, _, name, *_ in rows:
        if lookups.wants(("pg_class", oid)):
            lookups.register(("pg_class", oid), ObjectKey(KIND_INDEX, schema, name))


def build(rows: Rows, lookups: Lookups) -> list[Index]:
    """Indexes from indexes.sql; each needs its table (or materialized view)."""
    indexes = []
    keys = lookups.keys
    for (oid, relid, schema, table, _, name, definition, unique, method, index_keys, include,
         predicate) in rows:
        relation = keys.get(("pg_class", relid))
        indexes.append(Index(
            table=QualifiedName(schema, table), name=name, definition=definition,
            unique=unique, method=method, keys=tuple(index_keys), include=tuple(include),
            predicate=predicate, comment=lookups.comment("pg_class", oid),
            depends_on=lookups.depends_on(("pg_class", oid), ObjectKey(KIND_INDEX, schema, name),
                                          (relation,) if relation is not None else ())))
    return indexes
