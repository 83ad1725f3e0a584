"""Enums, domains and composite types from their catalog rows."""

from __future__ import annotations

from toolkit.inspect.lookups import Lookups
from toolkit.inspect.snapshot import Rows
from toolkit.model import CompositeType, Domain, EnumType, ObjectKey
from toolkit.model.names import KIND_COMPOSITE, KIND_DOMAIN, KIND_ENUM, object_key, qualified_name
from toolkit.model.objects import Attribute, DomainCheck


def register(enums: Rows, domains: Rows, composites: Rows, lookups: Lookups) -> None:
    """Keys of the types (and their array types) other objects point at.

    A domain's CHECK constraints are recorded as separate objects; their dependencies are
    the domain's.
    """
    for kind, rows in ((KIND_ENUM, enums), (KIND_DOMAIN, domains)):
        for oid, array_oid, schema, name, *_ in rows:
            _register(lookups, object_key(kind, schema, name), ("pg_type", oid),
                      ("pg_type", array_oid))
    for oid, *_, check_oids, _, _, _ in domains:
        for check_oid in check_oids:
            lookups.alias(("pg_constraint", check_oid), ("pg_type", oid))
    for oid, array_oid, relid, schema, name, *_ in composites:
        _register(lookups, object_key(KIND_COMPOSITE, schema, name), ("pg_type", oid),
                  ("pg_type", array_oid), ("pg_class", relid))


def _register(lookups: Lookups, key: ObjectKey, *refs: tuple[str, int]) -> None:
    for ref in refs:
        if lookups.wants(ref):
            lookups.register(ref, key)


def build_enums(rows: Rows, lookups: Lookups) -> list[EnumType]:
    """Enum types from enums.sql."""
    return [EnumType(name=qualified_name(schema, name), labels=tuple(labels),
                     comment=lookups.comment("pg_type", oid))
            for oid, _, schema, name, labels in rows]


def build_domains(rows: Rows, lookups: Lookups) -> list[Domain]:
    """Domains from domains.sql; a CHECK not yet validated reads as the same CHECK."""
    domains = []
    for (oid, _, schema, name, base_type, not_null, default, collation, _, check_names,
         check_defs, check_valid) in rows:
        checks = tuple(
            DomainCheck(check_name, definition if valid
                        else definition.removesuffix(" NOT VALID"))
            for check_name, definition, valid in zip(check_names, check_defs, check_valid,
                                                     strict=True))
        domains.append(Domain(
            name=qualified_name(schema, name), base_type=base_type, not_null=not_null,
            default=default, collation=collation, checks=checks,
            comment=lookups.comment("pg_type", oid),
            depends_on=lookups.depends_on(("pg_type", oid))))
    return domains


def build_composites(rows: Rows, lookups: Lookups) -> list[CompositeType]:
    """Composite types from composites.sql."""
    composites = []
    for oid, _, relid, schema, name, names, types, collations in rows:
        composites.append(CompositeType(
            name=qualified_name(schema, name),
            attributes=tuple(Attribute(*attribute)
                             for attribute in zip(names, types, collations, strict=True)),
            comment=lookups.comment("pg_type", oid),
            depends_on=lookups.depends_on(("pg_class", relid))))
    return composites
