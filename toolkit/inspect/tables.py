"""Tables with their columns and constraints from their catalog rows."""

from __future__ import annotations

from collections import defaultdict

from toolkit.inspect.instances import maker
from toolkit.inspect.lookups import Lookups
from toolkit.inspect.snapshot import Rows
from toolkit.model import Column, Constraint, ConstraintKind, ObjectKey, Table
from toolkit.model.names import KIND_CONSTRAINT, KIND_INDEX, KIND_TABLE, object_key
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
        key = object_key(KIND_TABLE, schema, name)
        lookups.relation(oid, schema, name)
        lookups.register(("pg_class", oid), key)
        if lookups.wants(("pg_type", row_type)):
            lookups.register(("pg_type", row_type), key)
    for oid, index_oid, _, _, schema, table, name, kind, *_ in constraints:
        if kind in _BACKED_BY_INDEX:
            lookups.alias(("pg_class", index_oid), ("pg_constraint", oid))
            lookups.register(("pg_class", index_oid),
                             object_key(KIND_CONSTRAINT, schema, name, parent=table))


def build(tables: Rows, columns: Rows, constraints: Rows, lookups: Lookups) -> list[Table]:
    """Tables from tables.sql, columns.sql and constraints.sql."""
    columns_of = _columns(columns, lookups)
    constraints_of = _constraints(constraints, lookups)
    built = []
    keys = lookups.keys
    for (oid, _, schema, name, rls_enabled, rls_forced, unlogged, partition_by, parent_oid,
         parent_schema, parent_name, partition_bound) in tables:
        parent = (lookups.relation(parent_oid, parent_schema, parent_name)
                  if parent_name is not None else None)
        parent_key = keys.get(("pg_class", parent_oid)) if parent_oid is not None else None
        implied = (parent_key,) if parent_key is not None else ()
        built.append(_table(
            name=lookups.relation(oid, schema, name),
            columns=tuple(columns_of.get(oid, ())),
            constraints=tuple(constraints_of.get(oid, ())),
            rls_enabled=rls_enabled, rls_forced=rls_forced, unlogged=unlogged,
            partition_by=partition_by, partition_of=parent, partition_bound=partition_bound,
            comment=lookups.comment("pg_class", oid),
            depends_on=lookups.depends_on(("pg_class", oid), implied),
        ))
    return built


def _columns(rows: Rows, lookups: Lookups) -> dict[int, list[Column]]:
    """Columns by table (rows come ordered by table, then column number); also records every
    column's name for constraints and indexes, and the privileges granted on columns for
    grants. Plain columns (identity ones too) come from the shared pool."""
    columns: dict[int, list[Column]] = {}
    names = lookups.attnames
    current = None
    table: list[Column] = []
    numbered: dict[int, str] = {}
    commented = False
    plain = lookups.shared.columns
    for (relid, number, name, data_type, not_null, expression, identity, generated,
         collation, privileges) in rows:
        if privileges:
            lookups.column_grants.extend(
                ("pg_class", relid, name, grantee, privilege, grantable == "true")
                for grantee, privilege, grantable in privileges)
        if relid != current:
            current = relid
            table = columns[relid] = []
            numbered = names[relid] = {}
            commented = ("pg_class", relid) in lookups.commented
        numbered[number] = name
        if generated is None and collation is None and not commented:
            shape = (name, data_type, not_null, expression, identity)
            column = plain.get(shape)
            if column is None:
                column = plain[shape] = _column(
                    name=name, data_type=data_type, not_null=not_null, default=expression,
                    identity=_IDENTITY[identity] if identity else None)
            table.append(column)
            continue
        table.append(_column(
            name=name, data_type=data_type, not_null=not_null,
            default=None if generated else expression,
            identity=_IDENTITY[identity] if identity else None,
            generated=expression if generated else None,
            virtual=generated == "v",
            collation=collation,
            comment=lookups.comment("pg_class", relid, number) if commented else None))
    return columns


def _constraints(rows: Rows, lookups: Lookups) -> dict[int, list[Constraint]]:
    constraints: dict[int, list[Constraint]] = defaultdict(list)
    keys = lookups.keys
    built = lookups.shared.built
    source: tuple[object, ...] = ()
    for (oid, index_oid, relid, ref_relid, schema, table, name, kind, definition, numbers,
         names, ref_schema, ref_table, ref_index, ref_numbers, ref_names, on_delete, on_update,
         deferrable, deferred, validated) in rows:
        comment = lookups.comment("pg_constraint", oid)
        if built is not None:
            # The definition names the columns that the column numbers stand for.
            source = ("constraint", schema, table, name, kind, definition, ref_schema,
                      ref_table, ref_index, on_delete, on_update, deferrable, deferred,
                      validated, comment)
            if (found := built.get(source)) is not None:
                constraints[relid].append(found)
                continue
        own_table = keys[("pg_class", relid)]
        implied: tuple[ObjectKey, ...] = (own_table,)
        references = None
        if ref_table is not None:
            references = lookups.relation(ref_relid, ref_schema, ref_table)
            referenced = keys.get(("pg_class", ref_relid))
            if referenced is not None:
                # The constraint (or unique index) the reference uses, then both tables;
                # in key order ("constraint" < "index" < "table").
                uses = (keys.get(("pg_class", index_oid))
                        or object_key(KIND_INDEX, ref_schema, ref_index))
                tables = ((own_table,) if referenced == own_table
                          else tuple(sorted((own_table, referenced))))
                implied = (uses, *tables)
        constraint = _constraint(
            table=lookups.relation(relid, schema, table), name=name, kind=_KINDS[kind],
            # The same constraint, validated or not, has one definition; ``validated`` says.
            definition=definition if validated else definition.removesuffix(" NOT VALID"),
            columns=tuple(names) if names is not None else lookups.names(relid, numbers),
            references=references,
            referenced_columns=(tuple(ref_names) if ref_names is not None
                                else lookups.names(ref_relid, ref_numbers)),
            on_delete=_ACTIONS.get(on_delete, "NO ACTION"),
            on_update=_ACTIONS.get(on_update, "NO ACTION"),
            deferrable=deferrable, initially_deferred=deferred, validated=validated,
            comment=comment,
            depends_on=lookups.depends_on(("pg_constraint", oid), implied))
        if built is not None:
            built[source] = constraint
        constraints[relid].append(constraint)
    return constraints
