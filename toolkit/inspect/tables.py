"""Tables with their columns and constraints from their catalog rows."""

from __future__ import annotations

from collections import defaultdict

from toolkit.inspect.instances import maker
from toolkit.inspect.lookups import Lookups
from toolkit.inspect.snapshot import Rows
from toolkit.model import Column, Constraint, ConstraintKind, ObjectKey, QualifiedName, Table
from toolkit.model.names import KIND_CONSTRAINT, KIND_INDEX, KIND_TABLE
from toolkit.model.objects import Identity

_IDENTITY = {"a": Identity.ALWAYS, "d": Identity.BY_DEFAULT}
_ACTIONS = {"a": "NO ACTION", "r": "RESTRICT", "c": "CASCADE", "n": "SET NULL",
            "d": "SET DEFAULT"}
_KINDS = {kind.value: kind for kind in ConstraintKind}
_BACKED_BY_INDEX = ("p", "u", "x")
_column = maker(Column)
_constraint = maker(Constraint)
_table = maker(Table)


def register(tables: Rows, constraints: Rows, lookups: Lookups) -> None:
    """Keys of every table (and of its row type, if wanted) and of constraints' indexes.

    A PRIMARY KEY, UNIQUE or EXCLUDE constraint stands for its index: dependencies recorded
    for the index are the constraint's, and a foreign key that needs the index needs the
    constraint.
    """
    for oid, row_type, schema, name, *_ in tables:
        key = ObjectKey(KIND_TABLE, schema, name)
        lookups.register(("pg_class", oid), key)
        if lookups.wants(("pg_type", row_type)):
            lookups.register(("pg_type", row_type), key)
    for oid, index_oid, _, _, schema, table, name, kind, *_ in constraints:
        if kind in _BACKED_BY_INDEX:
            lookups.alias(("pg_class", index_oid), ("pg_constraint", oid))
            lookups.register(("pg_class", index_oid),
                             ObjectKey(KIND_CONSTRAINT, schema, name, parent=table))


def build(tables: Rows, columns: Rows, constraints: Rows, lookups: Lookups) -> list[Table]:
    """Tables from tables.sql, columns.sql and constraints.sql."""
    columns_of = _columns(columns, lookups)
    constraints_of = _constraints(constraints, lookups)
    built = []
    keys = lookups.keys
    for (oid, _, schema, name, rls_enabled, rls_forced, unlogged, partition_by, parent_oid,
         parent_schema, parent_name, partition_bound) in tables:
        key = keys[("pg_class", oid)]
        parent = QualifiedName(parent_schema, parent_name) if parent_name is not None else None
        parent_key = keys.get(("pg_class", parent_oid)) if parent_oid is not None else None
        implied = (parent_key,) if parent_key is not None else ()
        built.append(_table(
            name=QualifiedName(schema, name),
            columns=tuple(columns_of.get(oid, ())),
            constraints=tuple(constraints_of.get(oid, ())),
            rls_enabled=rls_enabled, rls_forced=rls_forced, unlogged=unlogged,
            partition_by=partition_by, partition_of=parent, partition_bound=partition_bound,
            comment=lookups.comment("pg_class", oid),
            depends_on=lookups.depends_on(("pg_class", oid), key, implied),
        ))
    return built


def _columns(rows: Rows, lookups: Lookups) -> dict[int, list[Column]]:
    """Columns by table; also records every column's name for constraints and indexes."""
    columns: dict[int, list[Column]] = defaultdict(list)
    commented = lookups.commented
    names = lookups.attnames
    for (relid, number, name, data_type, not_null, expression, identity, generated,
         collation) in rows:
        names.setdefault(relid, {})[number] = name
        columns[relid].append(_column(
            name=name, data_type=data_type, not_null=not_null,
            default=None if generated else expression,
            identity=_IDENTITY[identity] if identity else None,
            generated=expression if generated else None,
            collation=collation,
            comment=(lookups.comment("pg_class", relid, number)
                     if ("pg_class", relid) in commented else None),
            virtual=generated == "v"))
    return columns


def _constraints(rows: Rows, lookups: Lookups) -> dict[int, list[Constraint]]:
    constraints: dict[int, list[Constraint]] = defaultdict(list)
    keys = lookups.keys
    for (oid, index_oid, relid, ref_relid, schema, table, name, kind, definition, numbers,
         names, ref_schema, ref_table, ref_index, ref_numbers, ref_names, on_delete, on_update,
         deferrable, deferred, validated) in rows:
        key = ObjectKey(KIND_CONSTRAINT, schema, name, parent=table)
        implied: tuple[ObjectKey, ...] = (keys[("pg_class", relid)],)
        if kind == "f" and ("pg_class", ref_relid) in keys:
            # The referenced table, and the constraint (or unique index) the reference uses.
            implied = tuple(sorted({
                implied[0], keys[("pg_class", ref_relid)],
                keys.get(("pg_class", index_oid)) or ObjectKey(KIND_INDEX, ref_schema, ref_index),
            }))
        constraints[relid].append(_constraint(
            table=QualifiedName(schema, table), name=name, kind=_KINDS[kind],
            # The same constraint, validated or not, has one definition; ``validated`` says.
            definition=definition if validated else definition.removesuffix(" NOT VALID"),
            columns=tuple(names) if names is not None else lookups.names(relid, numbers),
            references=QualifiedName(ref_schema, ref_table) if ref_table is not None else None,
            referenced_columns=(tuple(ref_names) if ref_names is not None
                                else lookups.names(ref_relid, ref_numbers)),
            on_delete=_ACTIONS.get(on_delete, "NO ACTION"),
            on_update=_ACTIONS.get(on_update, "NO ACTION"),
            deferrable=deferrable, initially_deferred=deferred, validated=validated,
            comment=lookups.comment("pg_constraint", oid),
            depends_on=lookups.depends_on(("pg_constraint", oid), key, implied)))
    return constraints
