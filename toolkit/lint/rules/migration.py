"""Migration safety rules (MIG): locks, table rewrites, lost data and broken transactions.

These read migration files statement by statement. A table created earlier in the same file
holds no rows yet, so the rules about long locks and scans leave it alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

from toolkit.lint.columns import ColumnRule, ColumnSite
from toolkit.lint.files import SourceFile, Spot
from toolkit.lint.findings import Severity
from toolkit.lint.registry import MIGRATION_ONLY, Hit, Rule, register
from toolkit.lint.state import MigrationState, StatementContext
from toolkit.lint.tree import (
    alter_commands,
    def_elems,
    func_name,
    qualified,
    range_var,
    strings,
    unwrap,
    walk,
)
from toolkit.lint.types import SERIAL_TYPES, from_type_name

VOLATILE_FUNCTIONS = frozenset({
    "random", "gen_random_uuid", "uuid_generate_v1", "uuid_generate_v1mc",
    "uuid_generate_v4", "extensions.uuid_generate_v4", "clock_timestamp", "timeofday",
    "nextval", "setseed", "txid_current", "pg_current_xact_id", "uuidv4", "uuidv7",
    "random_normal", "gen_random_bytes", "extensions.gen_random_bytes",
})
_LOCKING_KINDS = frozenset({"AlterTableStmt", "IndexStmt", "DropStmt", "RenameStmt",
                            "AlterEnumStmt", "CreateTrigStmt", "CreatePolicyStmt",
                            "AlterPolicyStmt", "TruncateStmt", "ClusterStmt", "ReindexStmt",
                            "AlterDomainStmt", "VacuumStmt"})


def _table(ctx: StatementContext) -> tuple[str, str]:
    """``(schema, name)`` of the statement's relation."""
    return range_var(ctx.node.get("relation"), ctx.default_schema)


def _name(table: tuple[str, str]) -> str:
    """``schema.name`` for messages."""
    return f"{table[0]}.{table[1]}"


def _added_constraints(ctx: StatementContext, contype: str) -> Iterator[dict[str, Any]]:
    """Constraints of one kind an ALTER TABLE adds (table-level or on an added column)."""
    for subtype, fields in alter_commands(ctx.node):
        definition = fields.get("def", {})
        if subtype == "AT_AddConstraint":
            constraint = definition.get("Constraint", {})
            if constraint.get("contype") == contype:
                yield constraint
        elif subtype == "AT_AddColumn" and contype == "CONSTR_FOREIGN":
            for item in definition.get("ColumnDef", {}).get("constraints", ()):
                constraint = unwrap(item)[1]
                if constraint.get("contype") == contype:
                    yield constraint


def _added_columns(ctx: StatementContext) -> Iterator[dict[str, Any]]:
    """``ColumnDef`` fields of the columns an ALTER TABLE adds."""
    for subtype, fields in alter_commands(ctx.node):
        if subtype == "AT_AddColumn":
            yield fields.get("def", {}).get("ColumnDef", {})


def _column_constraints(column: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """A column's constraints by kind (``CONSTR_NOTNULL``, ...)."""
    found = {}
    for item in column.get("constraints", ()):
        fields = unwrap(item)[1]
        found[fields.get("contype", "")] = fields
    return found


def _is_serial(column: dict[str, Any]) -> bool:
    """Whether a ``ColumnDef`` is declared serial, bigserial or smallserial."""
    return from_type_name(column.get("typeName", {})).base in SERIAL_TYPES


def _dropped(ctx: StatementContext) -> Iterator[tuple[list[str], tuple[str, str]]]:
    """``(name as written, (schema, name))`` of each object a DROP statement names."""
    for item in ctx.node.get("objects", ()):
        names = strings(unwrap(item)[1].get("items"))
        yield names, qualified(names, ctx.default_schema)


class _AlterTableRule(Rule):
    """A migration rule about ALTER TABLE statements."""

    modes = MIGRATION_ONLY
    kinds = ("AlterTableStmt",)


class _ExistingTableRule(_AlterTableRule):
    """A migration rule about a statement on a table that existed before the migration.

    The statement is ALTER TABLE unless ``kinds`` says otherwise; :meth:`check_table` sees
    only tables the migration did not create (those hold no rows yet).
    """

    def check_statement(self, ctx: StatementContext) -> Iterator[Hit]:
        """Hand a statement on a table the migration did not create to :meth:`check_table`."""
        table = _table(ctx)
        if not ctx.is_new_table(*table):
            yield from self.check_table(ctx, _name(table))

    def check_table(self, ctx: StatementContext, table: str) -> Iterator[Hit]:
        """Findings for a statement on ``table`` (``schema.name``), which may hold rows."""
        return iter(())


class _AddedConstraintRule(_ExistingTableRule):
    """Constraints of one kind added to an existing table without the field that makes it safe.

    ``safeguard`` is the ``Constraint`` field that avoids the long lock (``skip_validation``
    for NOT VALID, ``indexname`` for USING INDEX); ``message`` is formatted with ``table``.
    """

    contype: ClassVar[str]
    safeguard: ClassVar[str]
    message: ClassVar[str]

    def check_table(self, ctx: StatementContext, table: str) -> Iterator[Hit]:
        """Report each added constraint of the rule's kind that lacks the safeguard."""
        for constraint in _added_constraints(ctx, self.contype):
            if not constraint.get(self.safeguard):
                yield Hit(self.message.format(table=table), ctx.spot(constraint.get("location")))


class _SubcommandRule(_ExistingTableRule):
    """One kind of ALTER TABLE sub-command on an existing table.

    ``message`` is formatted with ``table`` and ``name`` (the sub-command's column or
    constraint name).
    """

    subtype: ClassVar[str]
    message: ClassVar[str]

    def check_table(self, ctx: StatementContext, table: str) -> Iterator[Hit]:
        """Report each sub-command of the rule's subtype."""
        for subtype, fields in alter_commands(ctx.node):
            if subtype == self.subtype:
                yield Hit(self.message.format(table=table, name=fields.get("name")), ctx.spot())


@register
class IndexWithoutConcurrently(_ExistingTableRule):
    """MIG001."""

    code = "MIG001"
    name = "require-concurrent-index-creation"
    severity = Severity.WARNING
    kinds = ("IndexStmt",)
    summary = "CREATE INDEX without CONCURRENTLY on an existing table"
    explanation = (
        "CREATE INDEX takes a SHARE lock: every INSERT, UPDATE and DELETE on the table waits "
        "until the whole index is built, minutes on a large table. CREATE INDEX CONCURRENTLY "
        "builds it without blocking writes (it cannot run inside a transaction block).")
    bad = "CREATE INDEX orders_status_idx ON orders (status);"
    good = "CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);"

    def check_table(self, ctx: StatementContext, table: str) -> Iterator[Hit]:
        """Find where: CREATE INDEX without CONCURRENTLY on an existing table."""
        if not ctx.node.get("concurrent"):
            yield Hit(f"CREATE INDEX on {table} blocks writes while it builds; use "
                      "CREATE INDEX CONCURRENTLY", ctx.spot())


@register
class DropIndexWithoutConcurrently(Rule):
    """MIG002."""

    code = "MIG002"
    name = "require-concurrent-index-deletion"
    severity = Severity.WARNING
    modes = MIGRATION_ONLY
    kinds = ("DropStmt",)
    summary = "DROP INDEX without CONCURRENTLY"
    explanation = (
        "DROP INDEX takes an ACCESS EXCLUSIVE lock on the index's table, so it waits for "
        "every running query on the table and blocks every new one meanwhile. DROP INDEX "
        "CONCURRENTLY waits for conflicting transactions without blocking others.")
    bad = "DROP INDEX orders_status_idx;"
    good = "DROP INDEX CONCURRENTLY orders_status_idx;"

    def check_statement(self, ctx: StatementContext) -> Iterator[Hit]:
        """Find where: DROP INDEX without CONCURRENTLY."""
        node = ctx.node
        if node.get("removeType") != "OBJECT_INDEX" or node.get("concurrent"):
            return
        state = ctx.state
        for names, index in _dropped(ctx):
            if state is not None and index in state.created_indexes:
                continue
            yield Hit(f"DROP INDEX {'.'.join(names)} locks its table; use DROP INDEX "
                      "CONCURRENTLY", ctx.spot())


@register
class ConcurrentlyInTransaction(Rule):
    """MIG003."""

    code = "MIG003"
    name = "concurrently-in-transaction"
    severity = Severity.ERROR
    modes = MIGRATION_ONLY
    kinds = ("IndexStmt", "DropStmt", "ReindexStmt")
    summary = "CONCURRENTLY inside a transaction block"
    explanation = (
        "CREATE INDEX CONCURRENTLY, DROP INDEX CONCURRENTLY and REINDEX CONCURRENTLY cannot "
        "run inside a transaction block: PostgreSQL raises an error. Run them outside "
        "BEGIN ... COMMIT, in a migration of their own.")
    bad = "BEGIN;\nCREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);\nCOMMIT;"
    good = "CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);"

    def check_statement(self, ctx: StatementContext) -> Iterator[Hit]:
        """Find where: CONCURRENTLY inside a transaction block."""
        if ctx.state is None or not ctx.state.in_transaction:
            return
        concurrent = bool(ctx.node.get("concurrent")) or "concurrently" in def_elems(
            ctx.node.get("params"))
        if concurrent:
            yield Hit("CONCURRENTLY cannot run inside a transaction block; move the statement "
                      "out of BEGIN ... COMMIT", ctx.spot())


@register
class CheckWithoutNotValid(_AddedConstraintRule):
    """MIG004."""

    code = "MIG004"
    name = "constraint-missing-not-valid"
    severity = Severity.WARNING
    summary = "CHECK constraint added without NOT VALID"
    explanation = (
        "ADD CONSTRAINT ... CHECK scans the whole table under an ACCESS EXCLUSIVE lock to "
        "validate existing rows. Add it NOT VALID (new rows are checked at once), then "
        "VALIDATE CONSTRAINT in a later transaction, which scans under a lock that lets "
        "reads and writes continue.")
    bad = "ALTER TABLE orders ADD CONSTRAINT orders_qty_positive CHECK (qty > 0);"
    good = ("ALTER TABLE orders ADD CONSTRAINT orders_qty_positive CHECK (qty > 0) NOT VALID;\n"
            "-- in the next migration:\n"
            "ALTER TABLE orders VALIDATE CONSTRAINT orders_qty_positive;")
    contype = "CONSTR_CHECK"
    safeguard = "skip_validation"
    message = ("CHECK constraint on {table} validates every row under an ACCESS EXCLUSIVE "
               "lock; add it NOT VALID and VALIDATE it later")


@register
class ForeignKeyWithoutNotValid(_AddedConstraintRule):
    """MIG005."""

    code = "MIG005"
    name = "adding-foreign-key-constraint"
    severity = Severity.WARNING
    summary = "foreign key added without NOT VALID"
    explanation = (
        "Adding a foreign key locks both tables (SHARE ROW EXCLUSIVE) while every existing "
        "row is checked against the referenced table. Add it NOT VALID, then VALIDATE "
        "CONSTRAINT in a later transaction, which does not block writes.")
    bad = ("ALTER TABLE orders ADD CONSTRAINT orders_customer_fkey\n"
           "    FOREIGN KEY (customer_id) REFERENCES customers (id);")
    good = ("ALTER TABLE orders ADD CONSTRAINT orders_customer_fkey\n"
            "    FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;")
    contype = "CONSTR_FOREIGN"
    safeguard = "skip_validation"
    message = ("foreign key on {table} is validated under locks on both tables; add it NOT "
               "VALID and VALIDATE it later")


@register
class ValidateInSameTransaction(_AlterTableRule):
    """MIG006."""

    code = "MIG006"
    name = "validate-in-same-transaction"
    severity = Severity.WARNING
    summary = "constraint validated in the transaction that added it NOT VALID"
    explanation = (
        "NOT VALID followed by VALIDATE CONSTRAINT only helps when they run in separate "
        "transactions: in one transaction the ACCESS EXCLUSIVE lock taken by ADD CONSTRAINT "
        "is still held while VALIDATE scans the table. Validate in the next migration.")
    bad = ("ALTER TABLE orders ADD CONSTRAINT qty_positive CHECK (qty > 0) NOT VALID;\n"
           "ALTER TABLE orders VALIDATE CONSTRAINT qty_positive;")
    good = "ALTER TABLE orders ADD CONSTRAINT qty_positive CHECK (qty > 0) NOT VALID;"

    def check_statement(self, ctx: StatementContext) -> Iterator[Hit]:
        """Find where: constraint validated in the transaction that added it NOT VALID."""
        if ctx.state is None:
            return
        table = _table(ctx)
        for subtype, fields in alter_commands(ctx.node):
            name = fields.get("name", "")
            if subtype == "AT_ValidateConstraint" and (*table, name) in \
                    ctx.state.not_valid_constraints:
                yield Hit(f"constraint {name} is validated in the transaction that added it; "
                          "validate it in a later migration", ctx.spot())


@register
class UniqueWithoutIndex(_AddedConstraintRule):
    """MIG007."""

    code = "MIG007"
    name = "disallowed-unique-constraint"
    severity = Severity.WARNING
    summary = "UNIQUE constraint not built from a concurrently created index"
    explanation = (
        "ADD CONSTRAINT ... UNIQUE builds its index while holding an ACCESS EXCLUSIVE lock. "
        "Build the index first with CREATE UNIQUE INDEX CONCURRENTLY, then attach it with "
        "ADD CONSTRAINT ... UNIQUE USING INDEX, which only takes the lock for a moment.")
    bad = "ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);"
    good = ("CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);\n"
            "ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX "
            "users_email_key;")
    contype = "CONSTR_UNIQUE"
    safeguard = "indexname"
    message = ("UNIQUE constraint on {table} builds its index under an ACCESS EXCLUSIVE lock; "
               "create the index CONCURRENTLY and add the constraint USING INDEX")


@register
class PrimaryKeyWithoutIndex(_AddedConstraintRule):
    """MIG008."""

    code = "MIG008"
    name = "adding-primary-key-constraint"
    severity = Severity.WARNING
    summary = "PRIMARY KEY added without USING INDEX"
    explanation = (
        "ADD PRIMARY KEY builds a unique index (and may set NOT NULL, scanning the table) "
        "under an ACCESS EXCLUSIVE lock. Create the unique index CONCURRENTLY first and add "
        "the key with ADD CONSTRAINT ... PRIMARY KEY USING INDEX.")
    bad = "ALTER TABLE events ADD PRIMARY KEY (id);"
    good = ("CREATE UNIQUE INDEX CONCURRENTLY events_pkey ON events (id);\n"
            "ALTER TABLE events ADD CONSTRAINT events_pkey PRIMARY KEY USING INDEX events_pkey;")
    contype = "CONSTR_PRIMARY"
    safeguard = "indexname"
    message = ("PRIMARY KEY on {table} builds its index under an ACCESS EXCLUSIVE lock; create "
               "the index CONCURRENTLY and add the key USING INDEX")


@register
class VolatileDefault(_ExistingTableRule):
    """MIG009."""

    code = "MIG009"
    name = "adding-field-with-volatile-default"
    severity = Severity.WARNING
    summary = "column added with a volatile default"
    explanation = (
        "Since PostgreSQL 11 a column added with a constant or stable default is a catalog "
        "change. A volatile default (random(), gen_random_uuid(), clock_timestamp(), "
        "nextval()) must be computed per row, so the table is rewritten under an ACCESS "
        "EXCLUSIVE lock. Add the column without a default, set the default, and backfill "
        "in batches.")
    bad = "ALTER TABLE orders ADD COLUMN token uuid DEFAULT gen_random_uuid();"
    good = ("ALTER TABLE orders ADD COLUMN token uuid;\n"
            "ALTER TABLE orders ALTER COLUMN token SET DEFAULT gen_random_uuid();")

    def check_table(self, ctx: StatementContext, table: str) -> Iterator[Hit]:
        """Find where: column added with a volatile default."""
        for column in _added_columns(ctx):
            default = _column_constraints(column).get("CONSTR_DEFAULT")
            if default is None:
                continue
            for kind, fields in walk(default.get("raw_expr")):
                if kind == "FuncCall" and func_name(fields) in VOLATILE_FUNCTIONS:
                    yield Hit(f"column {column.get('colname')} is added to {table} with "
                              f"volatile default {func_name(fields)}(), which rewrites the "
                              "table", ctx.spot(fields.get("location")))
                    break


@register
class RequiredColumn(_ExistingTableRule):
    """MIG010."""

    code = "MIG010"
    name = "adding-required-field"
    severity = Severity.ERROR
    summary = "NOT NULL column added without a default"
    explanation = (
        "Adding a NOT NULL column without a default fails on any table that has rows, so the "
        "migration passes on an empty development database and breaks in production. Give "
        "the column a default, or add it nullable, backfill, then set NOT NULL.")
    bad = "ALTER TABLE orders ADD COLUMN region text NOT NULL;"
    good = "ALTER TABLE orders ADD COLUMN region text NOT NULL DEFAULT 'eu';"

    def check_table(self, ctx: StatementContext, table: str) -> Iterator[Hit]:
        """Find where: NOT NULL column added without a default."""
        for column in _added_columns(ctx):
            kinds = _column_constraints(column)
            required = "CONSTR_NOTNULL" in kinds or "CONSTR_PRIMARY" in kinds
            filled = {"CONSTR_DEFAULT", "CONSTR_IDENTITY", "CONSTR_GENERATED"} & set(kinds)
            if required and not filled and not _is_serial(column):
                yield Hit(f"NOT NULL column {column.get('colname')} without a default fails on "
                          f"{table} once it has rows", ctx.spot(column.get("location")))


@register
class SetNotNull(_SubcommandRule):
    """MIG011."""

    code = "MIG011"
    name = "adding-not-nullable-field"
    severity = Severity.WARNING
    summary = "ALTER COLUMN SET NOT NULL on an existing table"
    explanation = (
        "SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock unless a "
        "validated CHECK (column IS NOT NULL) constraint already proves it. Add that CHECK "
        "NOT VALID, VALIDATE it in a later transaction, then SET NOT NULL (instant) and drop "
        "the CHECK.")
    bad = "ALTER TABLE orders ALTER COLUMN region SET NOT NULL;"
    good = ("ALTER TABLE orders ADD CONSTRAINT orders_region_not_null\n"
            "    CHECK (region IS NOT NULL) NOT VALID;")
    subtype = "AT_SetNotNull"
    message = ("SET NOT NULL on {table}.{name} scans the table under an ACCESS EXCLUSIVE lock; "
               "prove it with a validated CHECK first")


@register
class ChangeColumnType(_ExistingTableRule):
    """MIG012."""

    code = "MIG012"
    name = "changing-column-type"
    severity = Severity.WARNING
    summary = "ALTER COLUMN TYPE on an existing table"
    explanation = (
        "Changing a column's type usually rewrites the table and rebuilds its indexes under "
        "an ACCESS EXCLUSIVE lock (only a few changes, such as raising a varchar limit, are "
        "catalog-only). Add a new column, backfill it in batches, and switch over.")
    bad = "ALTER TABLE orders ALTER COLUMN amount TYPE numeric(14, 2);"
    good = ("ALTER TABLE orders ADD COLUMN amount_v2 numeric(14, 2);\n"
            "-- backfill in batches, then switch readers and writers")

    def check_table(self, ctx: StatementContext, table: str) -> Iterator[Hit]:
        """Find where: ALTER COLUMN TYPE on an existing table."""
        for subtype, fields in alter_commands(ctx.node):
            if subtype == "AT_AlterColumnType":
                new_type = from_type_name(fields.get("def", {}).get("ColumnDef", {}).get(
                    "typeName", {}))
                yield Hit(f"changing {table}.{fields.get('name')} to {new_type} can "
                          "rewrite the table under an ACCESS EXCLUSIVE lock", ctx.spot())


@register
class SerialColumnAdded(_ExistingTableRule):
    """MIG013."""

    code = "MIG013"
    name = "adding-serial-primary-key-field"
    severity = Severity.WARNING
    summary = "serial, identity or primary key column added to an existing table"
    explanation = (
        "A serial or identity column must be filled for every existing row, and a primary "
        "key column also needs its unique index: the table is rewritten and indexed under "
        "an ACCESS EXCLUSIVE lock. Add a nullable column, backfill it, build the index "
        "concurrently, and attach it with USING INDEX.")
    bad = "ALTER TABLE events ADD COLUMN id bigserial PRIMARY KEY;"
    good = "ALTER TABLE events ADD COLUMN id bigint;"

    def check_table(self, ctx: StatementContext, table: str) -> Iterator[Hit]:
        """Find where: serial, identity or primary key column added to an existing table."""
        for column in _added_columns(ctx):
            kinds = _column_constraints(column)
            if _is_serial(column) or "CONSTR_IDENTITY" in kinds or "CONSTR_PRIMARY" in kinds:
                yield Hit(f"adding {column.get('colname')} to {table} fills every row "
                          "and builds an index under an ACCESS EXCLUSIVE lock",
                          ctx.spot(column.get("location")))


@register
class DropColumn(_SubcommandRule):
    """MIG014."""

    code = "MIG014"
    name = "ban-drop-column"
    severity = Severity.ERROR
    summary = "DROP COLUMN"
    explanation = (
        "Dropping a column loses its data, and application code still reading or writing it "
        "fails the moment the migration runs. Stop using the column in a release first; drop "
        "it in a later migration with a `-- canon:ignore MIG014 reason`.")
    bad = "ALTER TABLE users DROP COLUMN legacy_flags;"
    good = "-- the column stays until no deployed code reads it\nSELECT 1;"
    subtype = "AT_DropColumn"
    message = "dropping {table}.{name} loses its data and breaks code that still uses it"


@register
class DropTable(Rule):
    """MIG015."""

    code = "MIG015"
    name = "ban-drop-table"
    severity = Severity.ERROR
    modes = MIGRATION_ONLY
    kinds = ("DropStmt",)
    summary = "DROP TABLE"
    explanation = (
        "DROP TABLE deletes the data for good and breaks every query still using the table. "
        "Rename it aside or stop using it first; drop it deliberately later with a "
        "`-- canon:ignore MIG015 reason`.")
    bad = "DROP TABLE audit_log;"
    good = "ALTER TABLE audit_log RENAME TO audit_log_retired;"

    def check_statement(self, ctx: StatementContext) -> Iterator[Hit]:
        """Find where: DROP TABLE."""
        if ctx.node.get("removeType") != "OBJECT_TABLE":
            return
        for names, table in _dropped(ctx):
            if names and not ctx.is_new_table(*table):
                yield Hit(f"DROP TABLE {'.'.join(names)} deletes its data", ctx.spot())


@register
class DropDatabase(Rule):
    """MIG016."""

    code = "MIG016"
    name = "ban-drop-database"
    severity = Severity.ERROR
    modes = MIGRATION_ONLY
    kinds = ("DropdbStmt",)
    summary = "DROP DATABASE"
    explanation = (
        "A migration that drops a database deletes everything in it. Databases are created "
        "and dropped by operators, not by schema migrations.")
    bad = "DROP DATABASE staging;"
    good = "-- drop databases by hand, not in a migration\nSELECT 1;"

    def check_statement(self, ctx: StatementContext) -> Iterator[Hit]:
        """Find where: DROP DATABASE."""
        yield Hit(f"DROP DATABASE {ctx.node.get('dbname')} in a migration", ctx.spot())


@register
class DropSchema(Rule):
    """MIG017."""

    code = "MIG017"
    name = "ban-drop-schema"
    severity = Severity.ERROR
    modes = MIGRATION_ONLY
    kinds = ("DropStmt",)
    summary = "DROP SCHEMA"
    explanation = (
        "DROP SCHEMA (with CASCADE, everything in it) deletes every table and its data at "
        "once. Drop the objects one by one, deliberately.")
    bad = "DROP SCHEMA reporting CASCADE;"
    good = "-- drop the schema's tables one by one, deliberately\nSELECT 1;"

    def check_statement(self, ctx: StatementContext) -> Iterator[Hit]:
        """Find where: DROP SCHEMA."""
        if ctx.node.get("removeType") == "OBJECT_SCHEMA":
            names = [unwrap(item)[1].get("sval", "") for item in ctx.node.get("objects", ())]
            yield Hit(f"DROP SCHEMA {', '.join(names)} deletes everything in it", ctx.spot())


@register
class DropNotNull(_SubcommandRule):
    """MIG018."""

    code = "MIG018"
    name = "ban-drop-not-null"
    severity = Severity.WARNING
    summary = "ALTER COLUMN DROP NOT NULL"
    explanation = (
        "Dropping NOT NULL lets NULLs in; code deployed before the migration assumes the "
        "column is always set and breaks on the first NULL it reads. Make sure every reader "
        "handles NULL first.")
    bad = "ALTER TABLE users ALTER COLUMN email DROP NOT NULL;"
    good = "ALTER TABLE users ALTER COLUMN email SET DEFAULT '';"
    subtype = "AT_DropNotNull"
    message = "{table}.{name} may now be NULL; code that reads it must handle that"


@register
class RenameColumn(Rule):
    """MIG019."""

    code = "MIG019"
    name = "renaming-column"
    severity = Severity.WARNING
    modes = MIGRATION_ONLY
    kinds = ("RenameStmt",)
    summary = "RENAME COLUMN"
    explanation = (
        "Renaming a column breaks every query of code deployed before the migration. Add the "
        "new column, write both, move readers, then drop the old one (or expose the old name "
        "through a view during the switch).")
    bad = "ALTER TABLE users RENAME COLUMN name TO full_name;"
    good = "ALTER TABLE users ADD COLUMN full_name text;"

    def check_statement(self, ctx: StatementContext) -> Iterator[Hit]:
        """Find where: RENAME COLUMN."""
        if ctx.node.get("renameType") == "OBJECT_COLUMN":
            table = _table(ctx)
            yield Hit(f"renaming {_name(table)}.{ctx.node.get('subname')} to "
                      f"{ctx.node.get('newname')} breaks code using the old name", ctx.spot())


@register
class RenameTable(Rule):
    """MIG020."""

    code = "MIG020"
    name = "renaming-table"
    severity = Severity.WARNING
    modes = MIGRATION_ONLY
    kinds = ("RenameStmt",)
    summary = "RENAME TABLE"
    explanation = (
        "Renaming a table breaks every query of code deployed before the migration. Create "
        "the new table (or a view with the new name), move readers and writers, then retire "
        "the old name.")
    bad = "ALTER TABLE users RENAME TO accounts;"
    good = "CREATE VIEW accounts WITH (security_invoker = true) AS SELECT * FROM users;"

    def check_statement(self, ctx: StatementContext) -> Iterator[Hit]:
        """Find where: RENAME TABLE."""
        if ctx.node.get("renameType") in ("OBJECT_TABLE", "OBJECT_VIEW"):
            table = _table(ctx)
            yield Hit(f"renaming {_name(table)} to {ctx.node.get('newname')} breaks code using "
                      "the old name", ctx.spot())


def _takes_lock(ctx: StatementContext) -> bool:
    """Whether the statement waits for (and then holds) a strong lock on an existing object."""
    kind = ctx.kind
    if kind not in _LOCKING_KINDS:
        return False
    if kind in ("AlterTableStmt", "CreateTrigStmt", "CreatePolicyStmt", "IndexStmt"):
        relation = ctx.node.get("relation") or ctx.node.get("table")
        if ctx.is_new_table(*range_var(relation, ctx.default_schema)):
            return False
        if kind == "IndexStmt" and ctx.node.get("concurrent"):
            return False
    if kind == "DropStmt" and ctx.node.get("concurrent"):
        return False
    return not (kind == "VacuumStmt" and "full" not in def_elems(ctx.node.get("options")))


def _first_lock_without(ctx: StatementContext, setting: str) -> bool:
    """Whether the statement is the migration's first strong lock taken with ``setting`` unset.

    ``setting`` names a timeout the migration state tracks (``lock_timeout`` or
    ``statement_timeout``); a true answer marks it reported, so each file hears it once.
    """
    state = ctx.state
    reported = f"{setting}_reported"
    if state is None or getattr(state, setting) or getattr(state, reported):
        return False
    if _takes_lock(ctx):
        setattr(state, reported, True)
        return True
    return False


@register
class LockTimeout(Rule):
    """MIG021."""

    code = "MIG021"
    name = "require-lock-timeout"
    severity = Severity.WARNING
    modes = MIGRATION_ONLY
    kinds = tuple(sorted(_LOCKING_KINDS))
    summary = "strong lock taken without a lock_timeout"
    explanation = (
        "A statement waiting for an ACCESS EXCLUSIVE lock queues every later query on the "
        "table behind it: one long-running SELECT turns a quick ALTER TABLE into an outage. "
        "`SET lock_timeout = '2s'` at the top of the migration makes it fail fast instead, "
        "to be retried.")
    bad = "ALTER TABLE orders ADD COLUMN note text;"
    good = "SET lock_timeout = '2s';\nALTER TABLE orders ADD COLUMN note text;"

    def check_statement(self, ctx: StatementContext) -> Iterator[Hit]:
        """Find where: strong lock taken without a lock_timeout."""
        if _first_lock_without(ctx, "lock_timeout"):
            yield Hit("this statement takes a strong lock and no lock_timeout is set; start "
                      "the migration with SET lock_timeout = '2s'", ctx.spot())


@register
class StatementTimeout(Rule):
    """MIG022."""

    code = "MIG022"
    name = "require-statement-timeout"
    severity = Severity.INFO
    modes = MIGRATION_ONLY
    kinds = tuple(sorted(_LOCKING_KINDS))
    summary = "strong lock taken without a statement_timeout"
    explanation = (
        "Once a migration statement holds a strong lock, every query on the table waits "
        "until it finishes. `SET statement_timeout` bounds how long that can last; without "
        "it an unexpectedly slow rewrite holds the table for as long as it takes.")
    bad = "ALTER TABLE orders ADD COLUMN note text;"
    good = "SET statement_timeout = '30s';\nALTER TABLE orders ADD COLUMN note text;"

    def check_statement(self, ctx: StatementContext) -> Iterator[Hit]:
        """Find where: strong lock taken without a statement_timeout."""
        if _first_lock_without(ctx, "statement_timeout"):
            yield Hit("this statement takes a strong lock and no statement_timeout is set",
                      ctx.spot())


@register
class TransactionNesting(Rule):
    """MIG023."""

    code = "MIG023"
    name = "transaction-nesting"
    severity = Severity.ERROR
    modes = MIGRATION_ONLY
    kinds = ("TransactionStmt",)
    summary = "BEGIN inside a transaction, or COMMIT outside one"
    explanation = (
        "PostgreSQL has no nested transactions: a second BEGIN only warns, and the first "
        "COMMIT ends everything, so the rest of the migration runs outside the transaction "
        "the runner thinks it holds. With `assume_in_transaction = true` (the runner wraps "
        "each file) any BEGIN or COMMIT in the file is nesting.")
    bad = "BEGIN;\nBEGIN;\nALTER TABLE orders ADD COLUMN note text;\nCOMMIT;\nCOMMIT;"
    good = "BEGIN;\nALTER TABLE orders ADD COLUMN note text;\nCOMMIT;"

    def check_statement(self, ctx: StatementContext) -> Iterator[Hit]:
        """Find where: BEGIN inside a transaction, or COMMIT outside one."""
        state = ctx.state
        if state is None:
            return
        kind = ctx.node.get("kind", "")
        if kind in ("TRANS_STMT_BEGIN", "TRANS_STMT_START") and state.in_transaction:
            yield Hit("BEGIN inside a transaction block does not nest; remove it", ctx.spot())
        elif kind in ("TRANS_STMT_COMMIT", "TRANS_STMT_ROLLBACK") and not state.in_transaction:
            yield Hit(f"{kind.removeprefix('TRANS_STMT_')} outside a transaction block; remove "
                      "it", ctx.spot())


@register
class UncommittedTransaction(Rule):
    """MIG024."""

    code = "MIG024"
    name = "ban-uncommitted-transaction"
    severity = Severity.ERROR
    modes = MIGRATION_ONLY
    summary = "BEGIN without a matching COMMIT"
    explanation = (
        "A migration that opens a transaction and never commits it leaves the outcome to "
        "whatever runs next on the connection: the runner may commit it, roll it back, or "
        "hold its locks indefinitely. End every BEGIN with COMMIT.")
    bad = "BEGIN;\nALTER TABLE orders ADD COLUMN note text;"
    good = "BEGIN;\nALTER TABLE orders ADD COLUMN note text;\nCOMMIT;"

    def check_file(self, file: SourceFile, state: MigrationState | None) -> Iterator[Hit]:
        """Find where: BEGIN without a matching COMMIT."""
        if state is not None and state.open_begin is not None:
            yield Hit("this transaction is never committed; add COMMIT at the end",
                      Spot(file, state.open_begin.start))


@register
class TruncateCascade(Rule):
    """MIG025."""

    code = "MIG025"
    name = "ban-truncate-cascade"
    severity = Severity.ERROR
    modes = MIGRATION_ONLY
    kinds = ("TruncateStmt",)
    summary = "TRUNCATE ... CASCADE"
    explanation = (
        "TRUNCATE CASCADE also empties every table with a foreign key to the truncated one, "
        "and every table referencing those, recursively: tables nobody named in the "
        "migration lose their rows. Truncate the tables explicitly.")
    bad = "TRUNCATE customers CASCADE;"
    good = "TRUNCATE import_staging;"

    def check_statement(self, ctx: StatementContext) -> Iterator[Hit]:
        """Find where: TRUNCATE ... CASCADE."""
        if ctx.node.get("behavior") == "DROP_CASCADE":
            yield Hit("TRUNCATE CASCADE empties every table that references these, "
                      "recursively; name the tables", ctx.spot())


@register
class DomainWithConstraint(Rule):
    """MIG026."""

    code = "MIG026"
    name = "ban-create-domain-with-constraint"
    severity = Severity.WARNING
    modes = MIGRATION_ONLY
    kinds = ("CreateDomainStmt",)
    summary = "CREATE DOMAIN with a CHECK constraint"
    explanation = (
        "A domain's CHECK constraint is validated against every column of every table using "
        "the domain when it changes, under locks that cannot be avoided with NOT VALID. "
        "Put CHECK constraints on the tables instead.")
    bad = "CREATE DOMAIN positive_int AS integer CHECK (VALUE > 0);"
    good = "CREATE DOMAIN positive_int AS integer;"

    def check_statement(self, ctx: StatementContext) -> Iterator[Hit]:
        """Find where: CREATE DOMAIN with a CHECK constraint."""
        for item in ctx.node.get("constraints", ()):
            if unwrap(item)[1].get("contype") == "CONSTR_CHECK":
                yield Hit("domain with a CHECK constraint: changing it later scans every table "
                          "using the domain", ctx.spot())
                break


@register
class AlterDomainConstraint(Rule):
    """MIG027."""

    code = "MIG027"
    name = "ban-alter-domain-with-add-constraint"
    severity = Severity.WARNING
    modes = MIGRATION_ONLY
    kinds = ("AlterDomainStmt",)
    summary = "ALTER DOMAIN ... ADD CONSTRAINT"
    explanation = (
        "Adding a constraint to a domain checks every column of every table that uses it, "
        "holding locks on all of them. Add the CHECK to the tables, NOT VALID, instead.")
    bad = "ALTER DOMAIN positive_int ADD CONSTRAINT positive CHECK (VALUE > 0);"
    good = "ALTER TABLE orders ADD CONSTRAINT qty_positive CHECK (qty > 0) NOT VALID;"

    def check_statement(self, ctx: StatementContext) -> Iterator[Hit]:
        """Find where: ALTER DOMAIN ... ADD CONSTRAINT."""
        if ctx.node.get("subtype") == "C":
            yield Hit("ALTER DOMAIN ADD CONSTRAINT checks every table using the domain",
                      ctx.spot())


@register
class EnumValueOrder(Rule):
    """MIG028."""

    code = "MIG028"
    name = "require-enum-value-ordering"
    severity = Severity.INFO
    modes = MIGRATION_ONLY
    kinds = ("AlterEnumStmt",)
    summary = "ALTER TYPE ... ADD VALUE without BEFORE or AFTER"
    explanation = (
        "Enum values sort in declaration order, and ORDER BY on an enum column uses that "
        "order. ADD VALUE without BEFORE or AFTER appends the value at the end, which is "
        "rarely where it belongs in the canonical type. Say where it goes.")
    bad = "ALTER TYPE order_status ADD VALUE 'refunded';"
    good = "ALTER TYPE order_status ADD VALUE 'refunded' AFTER 'paid';"

    def check_statement(self, ctx: StatementContext) -> Iterator[Hit]:
        """Find where: ALTER TYPE ... ADD VALUE without BEFORE or AFTER."""
        node = ctx.node
        if node.get("newVal") and not node.get("newValNeighbor") and not node.get("oldVal"):
            yield Hit(f"value {node['newVal']!r} is appended at the end of "
                      f"{'.'.join(strings(node.get('typeName')))}; say BEFORE or AFTER which "
                      "value it goes", ctx.spot())


@register
class PreferBigint(ColumnRule):
    """MIG029."""

    code = "MIG029"
    name = "prefer-bigint-over-int"
    severity = Severity.INFO
    types = frozenset({"integer", "smallint", "serial", "smallserial"})
    modes = MIGRATION_ONLY
    summary = "new integer or smallint column"
    explanation = (
        "Counters and references outgrow 32 bits sooner than expected, and widening a "
        "column later rewrites the table. bigint costs 4 more bytes per row; use it for new "
        "numeric columns unless the domain is truly small.")
    bad = "ALTER TABLE orders ADD COLUMN views integer;"
    good = "ALTER TABLE orders ADD COLUMN views bigint;"

    def problem(self, site: ColumnSite) -> str | None:
        """Find where: new integer or smallint column."""
        if site.type.base in ("integer", "smallint", "serial", "smallserial") and \
                not site.type.array:
            return f"column {site.label} is {site.type.base}; prefer bigint"
        return None


@register
class RobustStatements(Rule):
    """MIG030."""

    code = "MIG030"
    name = "prefer-robust-statements"
    severity = Severity.INFO
    enabled_by_default = False
    modes = MIGRATION_ONLY
    kinds = ("CreateStmt", "IndexStmt", "DropStmt")
    summary = "CREATE without IF NOT EXISTS, DROP without IF EXISTS"
    explanation = (
        "A migration that stops half way (a lock timeout, CONCURRENTLY outside a transaction) "
        "is rerun; statements that already ran then fail. IF NOT EXISTS and IF EXISTS make "
        "reruns succeed. Opt in with `enable = [\"MIG030\"]` when migrations do not run in "
        "one transaction.")
    bad = "CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);"
    good = "CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status_idx ON orders (status);"

    def check_statement(self, ctx: StatementContext) -> Iterator[Hit]:
        """Find where: CREATE without IF NOT EXISTS, DROP without IF EXISTS."""
        node = ctx.node
        if ctx.kind == "DropStmt":
            if not node.get("missing_ok"):
                yield Hit("DROP without IF EXISTS fails when the migration is rerun",
                          ctx.spot())
        elif not node.get("if_not_exists"):
            yield Hit("CREATE without IF NOT EXISTS fails when the migration is rerun",
                      ctx.spot())


@register
class ReindexWithoutConcurrently(Rule):
    """MIG031."""

    code = "MIG031"
    name = "require-concurrent-reindex"
    severity = Severity.WARNING
    modes = MIGRATION_ONLY
    kinds = ("ReindexStmt",)
    summary = "REINDEX without CONCURRENTLY"
    explanation = (
        "REINDEX locks out writes to the table (and reads that would use the index) until "
        "the rebuild finishes. REINDEX CONCURRENTLY (PostgreSQL 12+) rebuilds without "
        "blocking them.")
    bad = "REINDEX INDEX orders_status_idx;"
    good = "REINDEX INDEX CONCURRENTLY orders_status_idx;"

    def check_statement(self, ctx: StatementContext) -> Iterator[Hit]:
        """Find where: REINDEX without CONCURRENTLY."""
        if "concurrently" not in def_elems(ctx.node.get("params")):
            yield Hit("REINDEX blocks writes until the rebuild finishes; use REINDEX "
                      "CONCURRENTLY", ctx.spot())


@register
class DetachPartition(_AlterTableRule):
    """MIG032."""

    code = "MIG032"
    name = "require-concurrent-partition-detach"
    severity = Severity.WARNING
    summary = "DETACH PARTITION without CONCURRENTLY"
    explanation = (
        "DETACH PARTITION takes an ACCESS EXCLUSIVE lock on the partitioned table, blocking "
        "every query on every partition. DETACH PARTITION ... CONCURRENTLY (PostgreSQL 14+) "
        "only needs a SHARE UPDATE EXCLUSIVE lock.")
    bad = "ALTER TABLE measurements DETACH PARTITION measurements_2019;"
    good = "ALTER TABLE measurements DETACH PARTITION measurements_2019 CONCURRENTLY;"

    def check_statement(self, ctx: StatementContext) -> Iterator[Hit]:
        """Find where: DETACH PARTITION without CONCURRENTLY."""
        for subtype, fields in alter_commands(ctx.node):
            partition = fields.get("def", {}).get("PartitionCmd", {})
            if subtype == "AT_DetachPartition" and not partition.get("concurrent"):
                yield Hit("DETACH PARTITION locks the whole partitioned table; add "
                          "CONCURRENTLY", ctx.spot())


@register
class RewriteMaintenance(Rule):
    """MIG033."""

    code = "MIG033"
    name = "prefer-repack"
    severity = Severity.WARNING
    modes = MIGRATION_ONLY
    kinds = ("VacuumStmt", "ClusterStmt")
    summary = "VACUUM FULL or CLUSTER in a migration"
    explanation = (
        "VACUUM FULL and CLUSTER rewrite the table under an ACCESS EXCLUSIVE lock for as long "
        "as the copy takes. Reclaim space online with pg_repack (or pg_squeeze) outside the "
        "migration.")
    bad = "VACUUM FULL orders;"
    good = "VACUUM (ANALYZE) orders;"

    def check_statement(self, ctx: StatementContext) -> Iterator[Hit]:
        """Find where: VACUUM FULL or CLUSTER in a migration."""
        if ctx.kind == "ClusterStmt" or "full" in def_elems(ctx.node.get("options")):
            what = "CLUSTER" if ctx.kind == "ClusterStmt" else "VACUUM FULL"
            yield Hit(f"{what} rewrites the table under an ACCESS EXCLUSIVE lock; use "
                      "pg_repack outside the migration", ctx.spot())


@register
class DropConstraint(_SubcommandRule):
    """MIG034."""

    code = "MIG034"
    name = "drop-constraint"
    severity = Severity.INFO
    summary = "DROP CONSTRAINT"
    explanation = (
        "Dropping a constraint removes a guarantee the data relied on: duplicates, orphans "
        "or invalid values can be written from then on, and putting the constraint back "
        "later needs the data cleaned first. Make sure nothing relies on it.")
    bad = "ALTER TABLE orders DROP CONSTRAINT orders_customer_fkey;"
    good = "ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fkey;"
    subtype = "AT_DropConstraint"
    message = "dropping constraint {name} on {table} removes a guarantee existing code relies on"


@register
class UniqueIndexOnExisting(_ExistingTableRule):
    """MIG035."""

    code = "MIG035"
    name = "unique-index-on-existing-data"
    severity = Severity.INFO
    kinds = ("IndexStmt",)
    summary = "unique index on a table that already has rows"
    explanation = (
        "A unique index on an existing table fails if the data already has duplicates, "
        "which the development database rarely shows; a failed CONCURRENTLY build also "
        "leaves an INVALID index behind. Check for duplicates first and drop the invalid "
        "index if the build fails.")
    bad = "CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);"
    good = ("CREATE TABLE users (id bigint PRIMARY KEY, email text);\n"
            "CREATE UNIQUE INDEX users_email_key ON users (email);")

    def check_table(self, ctx: StatementContext, table: str) -> Iterator[Hit]:
        """Find where: unique index on a table that already has rows."""
        if ctx.node.get("unique"):
            yield Hit(f"unique index on {table} fails if existing rows have duplicates; "
                      "check first", ctx.spot())


@register
class TableRewrite(_ExistingTableRule):
    """MIG036."""

    code = "MIG036"
    name = "table-rewrite"
    severity = Severity.WARNING
    summary = "ALTER TABLE that rewrites the table"
    explanation = (
        "SET LOGGED, SET UNLOGGED, SET TABLESPACE, SET ACCESS METHOD and adding a stored "
        "generated column copy the whole table under an ACCESS EXCLUSIVE lock. Plan them "
        "as maintenance, not as a routine migration.")
    bad = "ALTER TABLE events SET LOGGED;"
    good = "ALTER TABLE events SET (fillfactor = 90);"
    _REWRITES: ClassVar[dict[str, str]] = {
        "AT_SetLogged": "SET LOGGED", "AT_SetUnLogged": "SET UNLOGGED",
        "AT_SetTableSpace": "SET TABLESPACE", "AT_SetAccessMethod": "SET ACCESS METHOD"}

    def check_table(self, ctx: StatementContext, table: str) -> Iterator[Hit]:
        """Find where: ALTER TABLE that rewrites the table."""
        for subtype, _ in alter_commands(ctx.node):
            if subtype in self._REWRITES:
                yield Hit(f"{self._REWRITES[subtype]} rewrites {table} under an ACCESS "
                          "EXCLUSIVE lock", ctx.spot())
        for column in _added_columns(ctx):
            if "CONSTR_GENERATED" in _column_constraints(column):
                yield Hit(f"adding stored generated column {column.get('colname')} rewrites "
                          f"{table}", ctx.spot(column.get("location")))


@register
class UnboundedDataChange(Rule):
    """MIG037."""

    code = "MIG037"
    name = "unbounded-data-change"
    severity = Severity.WARNING
    modes = MIGRATION_ONLY
    kinds = ("DeleteStmt", "UpdateStmt")
    summary = "DELETE or UPDATE without WHERE"
    explanation = (
        "A DELETE or UPDATE without WHERE touches every row in one transaction: DELETE loses "
        "data, and both hold row locks on the whole table and bloat it until vacuum catches "
        "up. Add the WHERE that says which rows, and batch large backfills.")
    bad = "DELETE FROM sessions;"
    good = "DELETE FROM sessions WHERE expires_at < now() - interval '30 days';"

    def check_statement(self, ctx: StatementContext) -> Iterator[Hit]:
        """Find where: DELETE or UPDATE without WHERE."""
        if ctx.node.get("whereClause") is None:
            table = _table(ctx)
            verb = "DELETE" if ctx.kind == "DeleteStmt" else "UPDATE"
            yield Hit(f"{verb} without WHERE touches every row of {_name(table)}", ctx.spot())


@register
class DisableTrigger(_AlterTableRule):
    """MIG038."""

    code = "MIG038"
    name = "ban-disable-trigger"
    severity = Severity.WARNING
    summary = "ALTER TABLE ... DISABLE TRIGGER"
    explanation = (
        "Disabled triggers stay disabled for every session until someone re-enables them; "
        "DISABLE TRIGGER ALL also switches off foreign key enforcement. Rows written "
        "meanwhile skip auditing, denormalised counters and integrity checks.")
    bad = "ALTER TABLE orders DISABLE TRIGGER ALL;"
    good = "ALTER TABLE orders ENABLE TRIGGER orders_audit;"
    _DISABLES = frozenset({"AT_DisableTrig", "AT_DisableTrigAll", "AT_DisableTrigUser"})

    def check_statement(self, ctx: StatementContext) -> Iterator[Hit]:
        """Find where: ALTER TABLE ... DISABLE TRIGGER."""
        table = _table(ctx)
        for subtype, fields in alter_commands(ctx.node):
            if subtype in self._DISABLES:
                which = fields.get("name") or ("ALL" if subtype == "AT_DisableTrigAll"
                                               else "USER")
                yield Hit(f"trigger {which} on {_name(table)} is disabled for every session",
                          ctx.spot())


@register
class DropObject(Rule):
    """MIG039."""

    code = "MIG039"
    name = "ban-drop-object"
    severity = Severity.INFO
    enabled_by_default = False
    modes = MIGRATION_ONLY
    kinds = ("DropStmt",)
    summary = "DROP of a view, function, type, sequence, trigger or policy"
    explanation = (
        "Deployed code may still call the function, select from the view or rely on the "
        "policy being dropped. Opt in with `enable = [\"MIG039\"]` to review every such drop "
        "(tables, columns, schemas and indexes have rules of their own).")
    bad = "DROP FUNCTION order_total(bigint);"
    good = "CREATE OR REPLACE FUNCTION order_total(bigint) RETURNS numeric LANGUAGE sql\n" \
           "AS $$ SELECT 0::numeric $$;"
    _KINDS: ClassVar[dict[str, str]] = {
        "OBJECT_VIEW": "view", "OBJECT_MATVIEW": "materialized view",
        "OBJECT_FUNCTION": "function", "OBJECT_PROCEDURE": "procedure",
        "OBJECT_TYPE": "type", "OBJECT_SEQUENCE": "sequence",
        "OBJECT_TRIGGER": "trigger", "OBJECT_POLICY": "policy", "OBJECT_DOMAIN": "domain",
        "OBJECT_EXTENSION": "extension"}

    def check_statement(self, ctx: StatementContext) -> Iterator[Hit]:
        """Find where: DROP of a view, function, type, sequence, trigger or policy."""
        kind = self._KINDS.get(ctx.node.get("removeType", ""))
        if kind is not None:
            yield Hit(f"dropping a {kind} breaks code that still uses it", ctx.spot())
