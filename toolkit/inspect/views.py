"""Views and materialized views from their catalog rows."""

from __future__ import annotations

from toolkit.inspect.lookups import Lookups
from toolkit.inspect.snapshot import Rows
from toolkit.model import ObjectKey, View
from toolkit.model.names import KIND_MATVIEW, KIND_VIEW, object_key
from toolkit.model.objects import ViewColumn

_TRUE = frozenset(("true", "on", "yes"))
_FALSE = frozenset(("false", "off", "no"))


def register(rows: Rows, lookups: Lookups) -> None:
    """Keys of every view (its triggers, indexes and grants point at it), and the names of
    its columns (indexes and readers name them; a view's columns are never dropped, so
    they are numbered in order)."""
    for oid, schema, name, materialized, _, _, names, _ in rows:
        lookups.register(("pg_class", oid), _key(schema, name, materialized))
        lookups.attnames[oid] = dict(enumerate(names, start=1))


def _key(schema: str, name: str, materialized: bool) -> ObjectKey:
    return object_key(KIND_MATVIEW if materialized else KIND_VIEW, schema, name)


def build(rows: Rows, lookups: Lookups) -> list[View]:
    """Views from views.sql."""
    views = []
    for oid, schema, name, materialized, definition, options, names, types in rows:
        views.append(View(
            name=lookups.relation(oid, schema, name), definition=definition,
            materialized=materialized,
            columns=tuple(ViewColumn(*column) for column in zip(names, types, strict=True)),
            options=normalized_options(options or ()),
            comment=lookups.comment("pg_class", oid),
            depends_on=lookups.depends_on(("pg_class", oid))))
    return views


def normalized_options(options: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """``name=value`` options sorted, boolean spellings as ``true``/``false``.

    The server keeps an option as written: ``security_invoker`` and ``security_invoker = on``
    mean the same and must compare equal.
    """
    result = []
    for option in options:
        name, _, value = option.partition("=")
        lowered = value.lower()
        if lowered in _TRUE:
            value = "true"
        elif lowered in _FALSE:
            value = "false"
        result.append(f"{name}={value}")
    return tuple(sorted(result))
