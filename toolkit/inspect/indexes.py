"""Indexes from their catalog rows."""

from __future__ import annotations

from toolkit.inspect.instances import maker
from toolkit.inspect.lookups import Lookups
from toolkit.inspect.snapshot import Rows
from toolkit.model import Index

_index = maker(Index)


def build(rows: Rows, lookups: Lookups) -> list[Index]:
    """Indexes from indexes.sql; each needs its table (or materialized view).

    A key or INCLUDE column is its name; an expression is its text.
    """
    indexes = []
    keys = lookups.keys
    built = lookups.shared.built
    source: tuple[object, ...] = ()
    for (oid, relid, schema, table, name, definition, unique, method, key_count, numbers,
         printed, predicate) in rows:
        comment = lookups.comment("pg_class", oid)
        if built is not None:
            # The statement names the columns that the column numbers stand for.
            source = ("index", schema, table, name, definition, unique, method, key_count,
                      predicate, comment)
            if (found := built.get(source)) is not None:
                indexes.append(found)
                continue
        elements = printed if printed is not None else lookups.names(relid, numbers)
        relation = keys.get(("pg_class", relid))
        index = _index(
            table=lookups.relation(relid, schema, table), name=name, definition=definition,
            unique=unique, method=method, keys=tuple(elements[:key_count]),
            include=tuple(elements[key_count:]), predicate=predicate, comment=comment,
            depends_on=lookups.depends_on(("pg_class", oid),
                                          (relation,) if relation is not None else ()))
        if built is not None:
            built[source] = index
        indexes.append(index)
    return indexes
