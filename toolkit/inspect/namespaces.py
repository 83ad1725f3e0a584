"""Schemas and extensions from their catalog rows."""

from __future__ import annotations

from toolkit.inspect.lookups import Lookups
from toolkit.inspect.snapshot import Rows
from toolkit.model import Schema
from toolkit.model.names import KIND_EXTENSION, KIND_SCHEMA, object_key
from toolkit.model.objects import Extension


def register_schemas(rows: Rows, lookups: Lookups) -> None:
    """Keys of the schemas other objects point at."""
    for oid, name in rows:
        if lookups.wants(("pg_namespace", oid)):
            lookups.register(("pg_namespace", oid), object_key(KIND_SCHEMA, "", name))


def build_schemas(rows: Rows, lookups: Lookups) -> list[Schema]:
    """Schemas from schemas.sql."""
    return [Schema(name=name, comment=lookups.comment("pg_namespace", oid))
            for oid, name in rows]


def register_extensions(rows: Rows, lookups: Lookups) -> None:
    """Keys of the extensions other objects point at (through a type or function of theirs)."""
    for oid, name, *_ in rows:
        if lookups.wants(("pg_extension", oid)):
            lookups.register(("pg_extension", oid), object_key(KIND_EXTENSION, "", name))


def build_extensions(rows: Rows) -> list[Extension]:
    """Extensions from extensions.sql."""
    return [Extension(name=name, schema=schema, version=version)
            for _, name, schema, version in rows]
