"""Renderers of every change type: SQL statements without terminating semicolons."""

from __future__ import annotations

from psycopg import sql

from toolkit.diff.changes import (
    AddColumn,
    AddConstraint,
    AddEnumValues,
    AlterColumn,
    AlterDomain,
    AlterPolicy,
    AlterSequence,
    ColumnChange,
    CreateObject,
    DropColumn,
    DropObject,
    RebuildEnum,
    RenameColumn,
    RenameConstraint,
    RenameTable,
    ReplaceFunction,
    SetComment,
    SetRowSecurity,
)
from toolkit.model import (
    Column,
    CompositeType,
    Constraint,
    Domain,
    EnumType,
    Extension,
    Function,
    Grant,
    Index,
    Policy,
    QualifiedName,
    Schema,
    Sequence,
    Table,
    Trigger,
    View,
)
from toolkit.model.catalog import CatalogObject
from toolkit.model.objects import Identity
from toolkit.render.registry import renders
from toolkit.render.text import (
    compose,
    dollar_quoted,
    ident,
    join,
    literal,
    name,
    raw,
    role,
)

# Schemas and extensions -------------------------------------------------------------------


@renders(CreateObject, Schema)
def _create_schema(change: CreateObject) -> list[str]:
    schema: Schema = change.obj  # type: ignore[assignment]
    return [compose("CREATE SCHEMA {}", ident(schema.name))]


@renders(DropObject, Schema)
def _drop_schema(change: DropObject) -> list[str]:
    return [compose("DROP SCHEMA {}", ident(change.obj.key.name))]


@renders(CreateObject, Extension)
def _create_extension(change: CreateObject) -> list[str]:
    extension: Extension = change.obj  # type: ignore[assignment]
    return [compose("CREATE EXTENSION IF NOT EXISTS {} WITH SCHEMA {}", ident(extension.name),
                    ident(extension.schema))]


@renders(DropObject, Extension)
def _drop_extension(change: DropObject) -> list[str]:
    return [compose("DROP EXTENSION {}", ident(change.obj.key.name))]


# Types ------------------------------------------------------------------------------------


def _enum_sql(enum: EnumType) -> str:
    return compose("CREATE TYPE {} AS ENUM ({})", name(enum.name),
                   join([sql.Literal(label) for label in enum.labels]))


@renders(CreateObject, EnumType)
def _create_enum(change: CreateObject) -> list[str]:
    return [_enum_sql(change.obj)]  # type: ignore[arg-type]


@renders(DropObject, EnumType)
@renders(DropObject, CompositeType)
def _drop_type(change: DropObject) -> list[str]:
    return [compose("DROP TYPE {}", name(change.obj.name))]  # type: ignore[union-attr,arg-type]


@renders(AddEnumValues)
def _add_enum_values(change: AddEnumValues) -> list[str]:
    statements = []
    existing = list(change.before.labels)
    for position, label in enumerate(change.after.labels):
        if label in existing:
            continue
        if position == 0:
            where = compose("BEFORE {}", sql.Literal(change.after.labels[1]))
        else:
            where = compose("AFTER {}", sql.Literal(change.after.labels[position - 1]))
        statements.append(compose("ALTER TYPE {} ADD VALUE {} {}", name(change.after.name),
                                  sql.Literal(label), raw(where)))
        existing.append(label)
    return statements


@renders(RebuildEnum)
def _rebuild_enum(change: RebuildEnum) -> list[str]:
    target = change.after.name
    old = QualifiedName(target.schema, target.name + "__canon_old")
    statements = [compose("ALTER TYPE {} RENAME TO {}", name(target), ident(old.name)),
                  _enum_sql(change.after)]
    for table, column in change.columns:
        column_id = ident(column.name)
        if column.default is not None:
            statements.append(compose("ALTER TABLE {} ALTER COLUMN {} DROP DEFAULT", name(table),
                                      column_id))
        suffix = "[]" if column.data_type.endswith("[]") else ""
        new_type = compose("{}", name(target)) + suffix
        statements.append(compose("ALTER TABLE {} ALTER COLUMN {} TYPE {} USING {}::text{}::{}",
                                  name(table), column_id, raw(new_type), column_id, raw(suffix),
                                  raw(new_type)))
        if column.default is not None:
            statements.append(compose("ALTER TABLE {} ALTER COLUMN {} SET DEFAULT {}",
                                      name(table), column_id, raw(column.default)))
    statements.append(compose("DROP TYPE {}", name(old)))
    return statements


@renders(CreateObject, CompositeType)
def _create_composite(change: CreateObject) -> list[str]:
    composite: CompositeType = change.obj  # type: ignore[assignment]
    attributes = [compose("{} {}", ident(a.name), raw(a.data_type)) for a in composite.attributes]
    return [compose("CREATE TYPE {} AS ({})", name(composite.name),
                    join([raw(a) for a in attributes]))]


@renders(CreateObject, Domain)
def _create_domain(change: CreateObject) -> list[str]:
    domain: Domain = change.obj  # type: ignore[assignment]
    parts = [compose("CREATE DOMAIN {} AS {}", name(domain.name), raw(domain.base_type))]
    if domain.collation:
        parts.append("COLLATE " + domain.collation)
    if domain.default is not None:
        parts.append(compose("DEFAULT {}", raw(domain.default)))
    if domain.not_null:
        parts.append("NOT NULL")
    parts += [compose("CONSTRAINT {} {}", ident(c.name), raw(c.definition))
              for c in domain.checks]
    return [" ".join(parts)]


@renders(DropObject, Domain)
def _drop_domain(change: DropObject) -> list[str]:
    return [compose("DROP DOMAIN {}", name(change.obj.name))]  # type: ignore[union-attr,arg-type]


@renders(AlterDomain)
def _alter_domain(change: AlterDomain) -> list[str]:
    before, after = change.before, change.after
    target = name(after.name)
    statements = []
    if before.default != after.default:
        statements.append(compose("ALTER DOMAIN {} DROP DEFAULT", target) if after.default is None
                          else compose("ALTER DOMAIN {} SET DEFAULT {}", target,
                                       raw(after.default)))
    if before.not_null != after.not_null:
        statements.append(compose("ALTER DOMAIN {} " + ("SET" if after.not_null else "DROP")
                                  + " NOT NULL", target))
    old_checks = {c.name: c for c in before.checks}
    new_checks = {c.name: c for c in after.checks}
    for check_name, check in old_checks.items():
        if new_checks.get(check_name) != check:
            statements.append(compose("ALTER DOMAIN {} DROP CONSTRAINT {}", target,
                                      ident(check_name)))
    for check_name, check in new_checks.items():
        if old_checks.get(check_name) != check:
            statements.append(compose("ALTER DOMAIN {} ADD CONSTRAINT {} {}", target,
                                      ident(check_name), raw(check.definition)))
    return statements


# Sequences --------------------------------------------------------------------------------


def _sequence_options(sequence: Sequence, *, start: bool) -> str:
    parts = [compose("AS {}", raw(sequence.data_type)),
             compose("INCREMENT BY {}", sql.Literal(sequence.increment))]
    parts.append("NO MINVALUE" if sequence.min_value is None
                 else compose("MINVALUE {}", sql.Literal(sequence.min_value)))
    parts.append("NO MAXVALUE" if sequence.max_value is None
                 else compose("MAXVALUE {}", sql.Literal(sequence.max_value)))
    if start:
        parts.append(compose("START WITH {}", sql.Literal(sequence.start)))
    parts.append(compose("CACHE {}", sql.Literal(sequence.cache)))
    parts.append("CYCLE" if sequence.cycle else "NO CYCLE")
    return " ".join(parts)


@renders(CreateObject, Sequence)
def _create_sequence(change: CreateObject) -> list[str]:
    sequence: Sequence = change.obj  # type: ignore[assignment]
    return [compose("CREATE SEQUENCE {} ", name(sequence.name))
            + _sequence_options(sequence, start=True)]


@renders(DropObject, Sequence)
def _drop_sequence(change: DropObject) -> list[str]:
    return [compose("DROP SEQUENCE {}", name(change.obj.name))]  # type: ignore[union-attr,arg-type]


@renders(AlterSequence)
def _alter_sequence(change: AlterSequence) -> list[str]:
    return [compose("ALTER SEQUENCE {} ", name(change.after.name))
            + _sequence_options(change.after, start=change.before.start != change.after.start)]


# Tables and columns -----------------------------------------------------------------------


def column_sql(column: Column) -> str:
    """A column definition as in CREATE TABLE or ADD COLUMN."""
    parts = [compose("{} {}", ident(column.name), raw(column.data_type))]
    if column.collation:
        parts.append("COLLATE " + column.collation)
    if column.identity is Identity.ALWAYS:
        parts.append("GENERATED ALWAYS AS IDENTITY")
    elif column.identity is Identity.BY_DEFAULT:
        parts.append("GENERATED BY DEFAULT AS IDENTITY")
    if column.generated is not None:
        parts.append(compose("GENERATED ALWAYS AS ({}) STORED", raw(column.generated)))
    elif column.default is not None:
        parts.append(compose("DEFAULT {}", raw(column.default)))
    if column.not_null:
        parts.append("NOT NULL")
    return " ".join(parts)


def _constraint_sql(constraint: Constraint) -> str:
    return compose("CONSTRAINT {} {}", ident(constraint.name), raw(constraint.definition))


@renders(CreateObject, Table)
def _create_table(change: CreateObject) -> list[str]:
    table: Table = change.obj  # type: ignore[assignment]
    head = "CREATE UNLOGGED TABLE {}" if table.unlogged else "CREATE TABLE {}"
    if table.partition_of is not None:
        statement = compose(head + " PARTITION OF {} {}", name(table.name),
                            name(table.partition_of), raw(table.partition_bound or "DEFAULT"))
        elements = [_constraint_sql(c) for c in table.constraints]
        if elements:
            statement = compose(head + " PARTITION OF {} ({}) {}", name(table.name),
                                name(table.partition_of), raw(",\n    ".join(elements)),
                                raw(table.partition_bound or "DEFAULT"))
    else:
        elements = [column_sql(c) for c in table.columns]
        elements += [_constraint_sql(c) for c in table.constraints]
        body = ",\n    ".join(elements)
        statement = compose(head + " (\n    {}\n)", name(table.name), raw(body))
        if table.partition_by:
            statement += compose(" PARTITION BY {}", raw(table.partition_by))
    statements = [statement]
    if table.rls_enabled:
        statements.append(compose("ALTER TABLE {} ENABLE ROW LEVEL SECURITY", name(table.name)))
    if table.rls_forced:
        statements.append(compose("ALTER TABLE {} FORCE ROW LEVEL SECURITY", name(table.name)))
    return statements


@renders(DropObject, Table)
def _drop_table(change: DropObject) -> list[str]:
    return [compose("DROP TABLE {}", name(change.obj.name))]  # type: ignore[union-attr,arg-type]


@renders(RenameTable)
def _rename_table(change: RenameTable) -> list[str]:
    return [compose("ALTER TABLE {} RENAME TO {}", name(change.old), ident(change.new.name))]


@renders(RenameConstraint)
def _rename_constraint(change: RenameConstraint) -> list[str]:
    return [compose("ALTER TABLE {} RENAME CONSTRAINT {} TO {}", name(change.table),
                    ident(change.old), ident(change.new))]


@renders(AddColumn)
def _add_column(change: AddColumn) -> list[str]:
    return [compose("ALTER TABLE {} ADD COLUMN {}", name(change.table),
                    raw(column_sql(change.column)))]


@renders(DropColumn)
def _drop_column(change: DropColumn) -> list[str]:
    return [compose("ALTER TABLE {} DROP COLUMN {}", name(change.table),
                    ident(change.column.name))]


@renders(RenameColumn)
def _rename_column(change: RenameColumn) -> list[str]:
    return [compose("ALTER TABLE {} RENAME COLUMN {} TO {}", name(change.table),
                    ident(change.old), ident(change.new))]


@renders(AlterColumn)
def _alter_column(change: AlterColumn) -> list[str]:
    before, after = change.before, change.after
    flags = change.changes
    new_type, new_identity = ColumnChange.TYPE in flags, ColumnChange.IDENTITY in flags
    new_default = new_type or ColumnChange.DEFAULT in flags
    prefix = compose("ALTER TABLE {} ALTER COLUMN {} ", name(change.table), ident(after.name))
    statements = []
    if new_identity and before.identity is not None and after.identity is None:
        statements.append(prefix + "DROP IDENTITY")
    # The old default goes before a new type it may not fit; otherwise SET DEFAULT replaces
    # it, and only a default that is not replaced is dropped.
    if new_default and before.default and (new_type or not after.default):
        statements.append(prefix + "DROP DEFAULT")
    if new_type or ColumnChange.COLLATION in flags:
        using = compose(" USING {}::{}", ident(after.name), raw(after.data_type))
        collate = " COLLATE " + after.collation if after.collation else ""
        statements.append(prefix + compose("TYPE {}", raw(after.data_type)) + collate
                          + (using if new_type else ""))
    if new_default and after.default:
        statements.append(prefix + compose("SET DEFAULT {}", raw(after.default)))
    if ColumnChange.NULLABILITY in flags:
        statements.append(prefix + ("SET NOT NULL" if after.not_null else "DROP NOT NULL"))
    if new_identity and after.identity is not None:
        kind = "ALWAYS" if after.identity is Identity.ALWAYS else "BY DEFAULT"
        if before.identity is None:
            statements.append(prefix + f"ADD GENERATED {kind} AS IDENTITY")
        else:
            statements.append(prefix + f"SET GENERATED {kind}")
    if ColumnChange.COMMENT in flags:
        statements.append(compose("COMMENT ON COLUMN {}.{} IS {}", name(change.table),
                                  ident(after.name), literal(after.comment)))
    return statements


@renders(SetRowSecurity)
def _row_security(change: SetRowSecurity) -> list[str]:
    statements = []
    if change.enabled[0] != change.enabled[1]:
        verb = "ENABLE" if change.enabled[1] else "DISABLE"
        statements.append(compose("ALTER TABLE {} " + verb + " ROW LEVEL SECURITY",
                                  name(change.table)))
    if change.forced[0] != change.forced[1]:
        verb = "FORCE" if change.forced[1] else "NO FORCE"
        statements.append(compose("ALTER TABLE {} " + verb + " ROW LEVEL SECURITY",
                                  name(change.table)))
    return statements


@renders(AddConstraint)
def _add_constraint(change: AddConstraint) -> list[str]:
    constraint = change.constraint
    statement = compose("ALTER TABLE {} ADD ", name(constraint.table)) + _constraint_sql(
        constraint)
    if not change.not_valid:
        return [statement]
    return [statement + " NOT VALID",
            compose("ALTER TABLE {} VALIDATE CONSTRAINT {}", name(constraint.table),
                    ident(constraint.name))]


@renders(DropObject, Constraint)
def _drop_constraint(change: DropObject) -> list[str]:
    constraint: Constraint = change.obj  # type: ignore[assignment]
    return [compose("ALTER TABLE {} DROP CONSTRAINT {}", name(constraint.table),
                    ident(constraint.name))]


# Indexes, views, triggers ------------------------------------------------------------------


@renders(CreateObject, Index)
def _create_index(change: CreateObject) -> list[str]:
    index: Index = change.obj  # type: ignore[assignment]
    return [index.definition]


@renders(DropObject, Index)
def _drop_index(change: DropObject) -> list[str]:
    index: Index = change.obj  # type: ignore[assignment]
    return [compose("DROP INDEX {}", name(QualifiedName(index.table.schema, index.name)))]


@renders(CreateObject, View)
def _create_view(change: CreateObject) -> list[str]:
    view: View = change.obj  # type: ignore[assignment]
    head = "CREATE MATERIALIZED VIEW {}" if view.materialized else "CREATE VIEW {}"
    options = compose(" WITH ({})", raw(", ".join(view.options))) if view.options else ""
    query = view.definition.strip().rstrip(";").strip()
    return [compose(head, name(view.name)) + options + compose(" AS\n{}", raw(query))]


@renders(DropObject, View)
def _drop_view(change: DropObject) -> list[str]:
    view: View = change.obj  # type: ignore[assignment]
    head = "DROP MATERIALIZED VIEW {}" if view.materialized else "DROP VIEW {}"
    return [compose(head, name(view.name))]


@renders(CreateObject, Trigger)
def _create_trigger(change: CreateObject) -> list[str]:
    trigger: Trigger = change.obj  # type: ignore[assignment]
    return [trigger.definition]


@renders(DropObject, Trigger)
def _drop_trigger(change: DropObject) -> list[str]:
    trigger: Trigger = change.obj  # type: ignore[assignment]
    return [compose("DROP TRIGGER {} ON {}", ident(trigger.name), name(trigger.table))]


# Functions --------------------------------------------------------------------------------


def _config_clause(setting: str) -> str:
    key, _, value = setting.partition("=")
    if key == "search_path":
        items = [item.strip() for item in value.split(",")]
        values = [sql.Literal(item[1:-1].replace('""', '"') if item.startswith('"') else item)
                  for item in items]
        return compose("SET {} TO {}", ident(key), join(list(values)))
    return compose("SET {} TO {}", ident(key), sql.Literal(value))


def function_sql(function: Function, *, replace: bool = False) -> str:
    """CREATE [OR REPLACE] FUNCTION/PROCEDURE from the catalog's fields."""
    kind = "PROCEDURE" if function.procedure else "FUNCTION"
    head = ("CREATE OR REPLACE " if replace else "CREATE ") + kind + " {}({})"
    parts = [compose(head, name(function.name), raw(function.arguments))]
    if function.returns is not None and not function.procedure:
        parts.append(compose("RETURNS {}", raw(function.returns)))
    parts.append(compose("LANGUAGE {}", ident(function.language)))
    if not function.procedure:
        parts.append(function.volatility.upper())
        if function.strict:
            parts.append("STRICT")
    if function.security_definer:
        parts.append("SECURITY DEFINER")
    parts += [_config_clause(setting) for setting in function.config]
    parts.append(compose("AS {}", dollar_quoted(function.body)))
    return "\n".join(parts)


def _function_target(function: Function) -> str:
    kind = "PROCEDURE" if function.procedure else "FUNCTION"
    return compose(kind + " {}({})", name(function.name), raw(function.signature))


@renders(CreateObject, Function)
def _create_function(change: CreateObject) -> list[str]:
    return [function_sql(change.obj)]  # type: ignore[arg-type]


@renders(ReplaceFunction)
def _replace_function(change: ReplaceFunction) -> list[str]:
    return [function_sql(change.after, replace=True)]


@renders(DropObject, Function)
def _drop_function(change: DropObject) -> list[str]:
    return ["DROP " + _function_target(change.obj)]  # type: ignore[arg-type]


# Policies and grants ----------------------------------------------------------------------


def _policy_clauses(policy: Policy) -> str:
    parts = [compose("TO {}", join([role(r) for r in policy.roles]))]
    if policy.using is not None:
        parts.append(compose("USING ({})", raw(policy.using)))
    if policy.with_check is not None:
        parts.append(compose("WITH CHECK ({})", raw(policy.with_check)))
    return "\n    ".join(parts)


@renders(CreateObject, Policy)
def _create_policy(change: CreateObject) -> list[str]:
    policy: Policy = change.obj  # type: ignore[assignment]
    kind = "PERMISSIVE" if policy.permissive else "RESTRICTIVE"
    return [compose("CREATE POLICY {} ON {}\n    AS " + kind + " FOR " + policy.command + "\n    ",
                    ident(policy.name), name(policy.table)) + _policy_clauses(policy)]


@renders(AlterPolicy)
def _alter_policy(change: AlterPolicy) -> list[str]:
    policy = change.after
    drops_clause = ((change.before.using is not None and policy.using is None)
                    or (change.before.with_check is not None and policy.with_check is None))
    if drops_clause:
        # ALTER POLICY can set USING / WITH CHECK but never remove one.
        return _drop_policy(DropObject(change.before)) + _create_policy(CreateObject(policy))
    return [compose("ALTER POLICY {} ON {}\n    ", ident(policy.name), name(policy.table))
            + _policy_clauses(policy)]


@renders(DropObject, Policy)
def _drop_policy(change: DropObject) -> list[str]:
    policy: Policy = change.obj  # type: ignore[assignment]
    return [compose("DROP POLICY {} ON {}", ident(policy.name), name(policy.table))]


def _grant_target(grant: Grant) -> str:
    target = grant.target
    qualified = QualifiedName(target.schema, target.name)
    if target.kind in ("function", "procedure"):
        return compose(target.kind.upper() + " {}({})", name(qualified), raw(target.signature))
    if target.kind == "schema":
        return compose("SCHEMA {}", ident(target.name))
    if target.kind == "sequence":
        return compose("SEQUENCE {}", name(qualified))
    return compose("TABLE {}", name(qualified))


def _privilege(grant: Grant) -> str:
    if grant.columns:
        return grant.privilege + compose(" ({})", join([ident(c) for c in grant.columns]))
    return grant.privilege


@renders(CreateObject, Grant)
def _grant(change: CreateObject) -> list[str]:
    grant: Grant = change.obj  # type: ignore[assignment]
    option = " WITH GRANT OPTION" if grant.grantable else ""
    return [compose("GRANT " + _privilege(grant) + " ON {} TO {}", raw(_grant_target(grant)),
                    role(grant.grantee)) + option]


@renders(DropObject, Grant)
def _revoke(change: DropObject) -> list[str]:
    grant: Grant = change.obj  # type: ignore[assignment]
    return [compose("REVOKE " + _privilege(grant) + " ON {} FROM {}", raw(_grant_target(grant)),
                    role(grant.grantee))]


# Comments ---------------------------------------------------------------------------------


def _comment_target(obj: CatalogObject, column: str | None) -> str:
    if isinstance(obj, Table) and column is not None:
        return compose("COLUMN {}.{}", name(obj.name), ident(column))
    if isinstance(obj, Table):
        return compose("TABLE {}", name(obj.name))
    if isinstance(obj, View):
        return compose(("MATERIALIZED VIEW" if obj.materialized else "VIEW") + " {}",
                       name(obj.name))
    if isinstance(obj, Function):
        return _function_target(obj)
    if isinstance(obj, Index):
        return compose("INDEX {}", name(QualifiedName(obj.table.schema, obj.name)))
    if isinstance(obj, Constraint | Policy | Trigger):
        kind = {Constraint: "CONSTRAINT", Policy: "POLICY", Trigger: "TRIGGER"}[type(obj)]
        return compose(kind + " {} ON {}", ident(obj.name), name(obj.table))
    if isinstance(obj, Domain):
        return compose("DOMAIN {}", name(obj.name))
    if isinstance(obj, EnumType | CompositeType):
        return compose("TYPE {}", name(obj.name))
    if isinstance(obj, Sequence):
        return compose("SEQUENCE {}", name(obj.name))
    if isinstance(obj, Schema):
        return compose("SCHEMA {}", ident(obj.name))
    raise TypeError(f"comments on {type(obj).__name__} are not supported")


@renders(SetComment)
def _set_comment(change: SetComment) -> list[str]:
    return [compose("COMMENT ON {} IS {}", raw(_comment_target(change.target, change.column)),
                    literal(change.after))]
