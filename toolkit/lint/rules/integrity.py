"""Integrity and design rules (INT): keys, indexes and column types of the declared schema."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, ClassVar

from toolkit.lint.columns import ColumnRule, ColumnSite
from toolkit.lint.findings import Severity
from toolkit.lint.indexes import Shape, table_shapes
from toolkit.lint.registry import BOTH_MODES, Hit, Rule, register
from toolkit.lint.schema import SchemaView
from toolkit.lint.state import StatementContext
from toolkit.lint.tree import alter_commands, const_value, func_name, strings, walk
from toolkit.lint.types import FLOAT_TYPES, SERIAL_TYPES, UNSTABLE_REG_TYPES, SqlType
from toolkit.model import Constraint, ConstraintKind, Table
from toolkit.source.parser import scan_tokens

MAX_IDENTIFIER_BYTES = 63
_MONEY_WORDS = frozenset({"price", "prices", "amount", "cost", "costs", "balance", "fee", "fees",
                          "usd", "eur", "gbp", "revenue", "earnings", "payout", "salary", "tax",
                          "subtotal", "total", "charge", "charged", "paid", "refund",
                          "discount", "money", "budget", "wage", "spend", "spent", "cents",
                          "invoice", "credit", "debit", "payment"})
_UUID_FUNCTIONS = frozenset({"gen_random_uuid", "uuid_generate_v4", "uuid_generate_v1",
                             "extensions.uuid_generate_v4", "uuidv4", "uuidv7"})
_SERIAL_BASE = {"serial": "integer", "bigserial": "bigint", "smallserial": "smallint"}
# Type storage alignment in bytes, for the padding estimate.
_ALIGNMENT = {"bigint": 8, "double precision": 8, "timestamp with time zone": 8,
              "timestamp without time zone": 8, "time without time zone": 8, "interval": 8,
              "bigserial": 8, "integer": 4, "real": 4, "date": 4, "serial": 4, "oid": 4,
              "smallint": 2, "smallserial": 2, "boolean": 1, "uuid": 1, "\"char\"": 1}


def _fmt(shape: Shape) -> str:
    """A shape as named in messages."""
    return shape.label


class _DiscouragedType(ColumnRule):
    """A column rule that reports every column whose base type is one of ``types``.

    ``message`` is formatted with ``column`` (``schema.table.column``), ``type`` (the type as
    written) and ``base`` (its base type).
    """

    message: ClassVar[str]

    def problem(self, site: ColumnSite) -> str | None:
        """The rule's message for a column of one of its types."""
        if self.types is not None and site.type.base in self.types:
            return self.message.format(column=site.label, type=site.type, base=site.type.base)
        return None


@register
class ForeignKeyWithoutIndex(Rule):
    """INT001."""

    code = "INT001"
    name = "foreign-key-without-index"
    severity = Severity.WARNING
    summary = "foreign key without a covering index"
    explanation = (
        "PostgreSQL indexes the referenced side of a foreign key (it must be unique) but not "
        "the referencing columns. Without an index whose leading columns are the foreign key "
        "columns, every DELETE or key UPDATE on the parent scans the whole child table, "
        "under lock, and joins from parent to children cannot use an index.")
    bad = ("CREATE TABLE orders (id bigint PRIMARY KEY,\n"
           "    customer_id bigint REFERENCES customers (id));")
    good = ("CREATE TABLE orders (id bigint PRIMARY KEY,\n"
            "    customer_id bigint REFERENCES customers (id));\n"
            "CREATE INDEX orders_customer_id_idx ON orders (customer_id);")

    def check_schema(self, schema: SchemaView) -> Iterator[Hit]:
        """Find where: foreign key without a covering index."""
        shapes = table_shapes(schema)
        for table in schema.catalog.tables:
            for constraint in table.constraints:
                if constraint.kind is not ConstraintKind.FOREIGN_KEY or not constraint.columns:
                    continue
                wanted = set(constraint.columns)
                count = len(constraint.columns)
                covered = any(
                    shape.method == "btree" and shape.predicate is None
                    and len(shape.elements) >= count
                    and {element.column for element in shape.elements[:count]} == wanted
                    for shape in shapes.get(table.name, ()))
                if not covered:
                    columns = ", ".join(constraint.columns)
                    yield Hit(f"foreign key {constraint.name} on {table.name} ({columns}) has "
                              f"no index leading with ({columns}); deletes on "
                              f"{constraint.references} scan {table.name}",
                              schema.where(constraint))


@register
class IndexDuplicatesConstraint(Rule):
    """INT002."""

    code = "INT002"
    name = "index-duplicates-constraint"
    severity = Severity.WARNING
    summary = "index duplicates a PRIMARY KEY or UNIQUE constraint"
    explanation = (
        "PRIMARY KEY and UNIQUE constraints create their own unique index. A second index on "
        "the same columns is never chosen over it for lookups, yet every write maintains "
        "both and both take space and cache. Drop the extra index.")
    bad = ("CREATE TABLE users (id bigint PRIMARY KEY, email text UNIQUE NOT NULL);\n"
           "CREATE INDEX idx_users_email ON users (email);")
    good = "CREATE TABLE users (id bigint PRIMARY KEY, email text UNIQUE NOT NULL);"

    def check_schema(self, schema: SchemaView) -> Iterator[Hit]:
        """Find where: index duplicates a PRIMARY KEY or UNIQUE constraint."""
        for shapes in table_shapes(schema).values():
            constraints = [shape for shape in shapes if shape.constraint]
            for shape in shapes:
                if shape.constraint or shape.method != "btree" or shape.predicate is not None \
                        or shape.include:
                    continue
                for constraint in constraints:
                    if len(constraint.elements) == len(shape.elements) and shape.leads_with(
                            constraint, len(shape.elements)):
                        yield Hit(f"index {shape.name} on {shape.table} duplicates "
                                  f"{_fmt(constraint)}, which already has a unique index; "
                                  f"drop {shape.name}", shape.where)
                        break


@register
class DuplicateIndex(Rule):
    """INT003."""

    code = "INT003"
    name = "duplicate-index"
    severity = Severity.WARNING
    summary = "two identical indexes"
    explanation = (
        "Two indexes with the same method, keys, included columns and predicate are the "
        "same index twice: writes pay for both, the planner uses one. Keep one (the unique "
        "one, if only one of them is unique).")
    bad = ("CREATE INDEX orders_status_idx ON orders (status);\n"
           "CREATE INDEX orders_by_status ON orders (status);")
    good = "CREATE INDEX orders_status_idx ON orders (status);"

    def check_schema(self, schema: SchemaView) -> Iterator[Hit]:
        """Find where: two identical indexes."""
        for shapes in table_shapes(schema).values():
            indexes = [shape for shape in shapes if not shape.constraint]
            for position, shape in enumerate(indexes):
                for other in indexes[position + 1:]:
                    if (shape.method, shape.include, shape.predicate) != (
                            other.method, other.include, other.predicate):
                        continue
                    if len(shape.elements) != len(other.elements) or not shape.leads_with(
                            other, len(shape.elements)):
                        continue
                    redundant, kept = (shape, other) if other.unique and not shape.unique \
                        else (other, shape)
                    yield Hit(f"index {redundant.name} on {redundant.table} is identical to "
                              f"{kept.name}; drop {redundant.name}", redundant.where)


@register
class IndexIsPrefix(Rule):
    """INT004."""

    code = "INT004"
    name = "redundant-prefix-index"
    severity = Severity.WARNING
    summary = "index is a prefix of another index"
    explanation = (
        "A B-tree index on (a, b) serves every lookup an index on (a) serves. A non-unique "
        "index whose keys are the leading keys of another index (or of a PRIMARY KEY/UNIQUE "
        "constraint) with the same predicate only costs writes and space. Drop it.")
    bad = ("CREATE TABLE ratings (item_id bigint, user_id bigint, UNIQUE (item_id, user_id));\n"
           "CREATE INDEX ratings_item_idx ON ratings (item_id);")
    good = ("CREATE TABLE ratings (item_id bigint, user_id bigint, UNIQUE (item_id, user_id));\n"
            "CREATE INDEX ratings_user_idx ON ratings (user_id);")

    def check_schema(self, schema: SchemaView) -> Iterator[Hit]:
        """Find where: index is a prefix of another index."""
        for shapes in table_shapes(schema).values():
            for shape in shapes:
                if shape.constraint or shape.unique or shape.method != "btree" \
                        or shape.include:
                    continue
                for other in shapes:
                    if other is shape or other.method != "btree" \
                            or other.predicate != shape.predicate:
                        continue
                    if len(other.elements) > len(shape.elements) and shape.leads_with(
                            other, len(shape.elements)):
                        yield Hit(f"index {shape.name} on {shape.table} is a prefix of "
                                  f"{_fmt(other)}, which serves the same lookups; drop "
                                  f"{shape.name}", shape.where)
                        break


@register
class TableWithoutPrimaryKey(Rule):
    """INT005."""

    code = "INT005"
    name = "table-without-primary-key"
    severity = Severity.WARNING
    summary = "table without a primary key"
    explanation = (
        "Without a primary key a row has no identity: duplicates creep in, logical "
        "replication cannot replicate UPDATE and DELETE, and tools that edit rows cannot "
        "address one. Declare a primary key (an identity column if nothing natural exists).")
    bad = "CREATE TABLE events (kind text, at timestamptz);"
    good = ("CREATE TABLE events (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
            "    kind text, at timestamptz);")

    def check_schema(self, schema: SchemaView) -> Iterator[Hit]:
        """Find where: table without a primary key."""
        for table in schema.catalog.tables:
            if table.partition_of is not None:
                continue
            if not any(c.kind is ConstraintKind.PRIMARY_KEY for c in table.constraints):
                yield Hit(f"table {table.name} has no primary key", schema.where(table))


def _looks_like_money(name: str) -> bool:
    """Whether a column name reads like an amount of money."""
    return any(word in _MONEY_WORDS for word in name.lower().split("_"))


@register
class MoneyInFloat(ColumnRule):
    """INT006."""

    code = "INT006"
    name = "money-in-float"
    severity = Severity.ERROR
    types = FLOAT_TYPES
    summary = "money stored in a floating point column"
    explanation = (
        "real and double precision are binary floating point: 0.1 + 0.2 is not 0.3, and sums "
        "of prices drift by fractions of a cent that accounting will find. Store money as "
        "numeric(p, s) or as an integer count of the smallest unit (cents).")
    bad = "CREATE TABLE payments (id bigint PRIMARY KEY, amount_usd double precision);"
    good = "CREATE TABLE payments (id bigint PRIMARY KEY, amount_usd numeric(12, 2));"

    def problem(self, site: ColumnSite) -> str | None:
        """Find where: money stored in a floating point column."""
        if site.type.base in FLOAT_TYPES and not site.type.array and _looks_like_money(
                site.name):
            return (f"column {site.label} looks like money but is {site.type}; use "
                    "numeric(12, 2) or an integer number of cents")
        return None


@register
class MoneyType(_DiscouragedType):
    """INT007."""

    code = "INT007"
    name = "money-type"
    severity = Severity.WARNING
    types = frozenset({"money"})
    summary = "the money type"
    explanation = (
        "The money type formats and parses according to the server's lc_monetary setting, "
        "stores no currency and has fixed fractional precision: restoring a dump on a server "
        "with another locale changes what the values mean. Use numeric with a currency "
        "column.")
    bad = "CREATE TABLE invoices (id bigint PRIMARY KEY, total money);"
    good = "CREATE TABLE invoices (id bigint PRIMARY KEY, total numeric(12, 2), currency text);"
    message = "column {column} uses the locale-dependent money type; use numeric"


@register
class TimestampWithoutTimeZone(_DiscouragedType):
    """INT008."""

    code = "INT008"
    name = "timestamp-without-time-zone"
    severity = Severity.WARNING
    types = frozenset({"timestamp without time zone"})
    summary = "timestamp without time zone"
    explanation = (
        "`timestamp` stores a wall-clock reading without saying where: the same value means "
        "different instants to sessions in different time zones, and comparisons with now() "
        "silently convert. `timestamptz` stores an instant and is what almost every column "
        "means.")
    bad = "CREATE TABLE events (id bigint PRIMARY KEY, happened_at timestamp);"
    good = "CREATE TABLE events (id bigint PRIMARY KEY, happened_at timestamptz);"
    message = "column {column} is timestamp without time zone; use timestamptz"


@register
class CharColumn(_DiscouragedType):
    """INT009."""

    code = "INT009"
    name = "char-column"
    severity = Severity.WARNING
    types = frozenset({"character"})
    summary = "char(n) column"
    explanation = (
        "char(n) pads values with spaces to n characters, compares ignoring trailing spaces "
        "and is no faster than text. Use text (with a CHECK on the length if it matters).")
    bad = "CREATE TABLE countries (code char(2) PRIMARY KEY);"
    good = "CREATE TABLE countries (code text PRIMARY KEY CHECK (length(code) = 2));"
    message = "column {column} is {type}, which pads with spaces; use text"


@register
class VarcharLength(ColumnRule):
    """INT010."""

    code = "INT010"
    name = "prefer-text"
    severity = Severity.INFO
    types = frozenset({"character varying"})
    summary = "varchar(n) instead of text"
    explanation = (
        "varchar(n) and text are stored the same way; the length limit is the only "
        "difference, and raising it later means ALTER COLUMN TYPE, which takes an ACCESS "
        "EXCLUSIVE lock. A text column with a CHECK constraint on length can be changed "
        "with NOT VALID and VALIDATE instead.")
    bad = "CREATE TABLE users (id bigint PRIMARY KEY, nickname varchar(30));"
    good = ("CREATE TABLE users (id bigint PRIMARY KEY,\n"
            "    nickname text CHECK (length(nickname) <= 30));")

    def problem(self, site: ColumnSite) -> str | None:
        """Find where: varchar(n) instead of text."""
        if site.type.base == "character varying" and site.type.modifiers:
            return (f"column {site.label} is {site.type}; use text with a CHECK on length, "
                    "which can change without a table lock")
        return None


@register
class IntegerKey(ColumnRule):
    """INT011."""

    code = "INT011"
    name = "prefer-bigint-key"
    severity = Severity.WARNING
    types = frozenset({"integer", "smallint", "serial", "smallserial"})
    summary = "integer primary key or identity"
    explanation = (
        "A 32-bit key runs out at 2,147,483,647 rows (or sequence values, gaps included), and "
        "widening it later rewrites the table and every referencing table under an ACCESS "
        "EXCLUSIVE lock. Keys, identities and serials should be bigint.")
    bad = "CREATE TABLE events (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY);"
    good = "CREATE TABLE events (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);"

    def problem(self, site: ColumnSite) -> str | None:
        """Find where: integer primary key or identity."""
        base = site.type.base
        small = base in ("integer", "smallint") and (site.primary_key or site.identity)
        if small or base in ("serial", "smallserial"):
            return f"column {site.label} is a {base} key; use bigint before it runs out"
        return None


@register
class SerialColumn(ColumnRule):
    """INT012."""

    code = "INT012"
    name = "prefer-identity"
    severity = Severity.INFO
    types = SERIAL_TYPES
    summary = "serial instead of an identity column"
    explanation = (
        "serial creates a separately owned sequence and a default that anyone can bypass "
        "or break; its permissions and ownership must be managed apart from the table. "
        "`GENERATED ALWAYS AS IDENTITY` is the SQL standard form with none of that.")
    bad = "CREATE TABLE events (id bigserial PRIMARY KEY);"
    good = "CREATE TABLE events (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);"

    def problem(self, site: ColumnSite) -> str | None:
        """Find where: serial instead of an identity column."""
        if site.type.base in SERIAL_TYPES:
            return (f"column {site.label} is {site.type.base}; use "
                    f"{_SERIAL_BASE[site.type.base]} GENERATED ALWAYS AS IDENTITY")
        return None


def _comparable(sql_type: SqlType) -> tuple[str, int]:
    """A type as foreign keys compare it (serial types as their integer type)."""
    return _SERIAL_BASE.get(sql_type.base, sql_type.base), sql_type.array


@register
class ForeignKeyTypeMismatch(Rule):
    """INT013."""

    code = "INT013"
    name = "foreign-key-type-mismatch"
    severity = Severity.ERROR
    summary = "foreign key column type differs from the referenced column"
    explanation = (
        "A foreign key whose column type differs from the key it references either fails to "
        "create (text against uuid) or works with implicit casts that defeat indexes and "
        "overflow later (integer referencing bigint). Declare the referencing column with "
        "exactly the referenced column's type.")
    bad = ("CREATE TABLE customers (id bigint PRIMARY KEY);\n"
           "CREATE TABLE orders (id bigint PRIMARY KEY,\n"
           "    customer_id integer REFERENCES customers (id));")
    good = ("CREATE TABLE customers (id bigint PRIMARY KEY);\n"
            "CREATE TABLE orders (id bigint PRIMARY KEY,\n"
            "    customer_id bigint REFERENCES customers (id));")

    def check_schema(self, schema: SchemaView) -> Iterator[Hit]:
        """Find where: foreign key column type differs from the referenced column."""
        for table, constraint, parent, targets in _foreign_keys(schema):
            for mine, theirs in zip(constraint.columns, targets, strict=False):
                child_column, parent_column = table.column(mine), parent.column(theirs)
                if child_column is None or parent_column is None:
                    continue
                child_type = schema.column_type(table, child_column)
                parent_type = schema.column_type(parent, parent_column)
                if _comparable(child_type) != _comparable(parent_type):
                    yield Hit(f"{table.name}.{mine} is {child_type} but references "
                              f"{parent.name}.{theirs}, which is {parent_type}; use "
                              f"{_comparable(parent_type)[0]}",
                              schema.column_where(table, child_column))


def _primary_key(table: Table) -> tuple[str, ...]:
    """The primary key columns of a table (empty without one)."""
    for constraint in table.constraints:
        if constraint.kind is ConstraintKind.PRIMARY_KEY:
            return constraint.columns
    return ()


def _foreign_keys(schema: SchemaView) -> Iterator[tuple[Table, Constraint, Table, tuple[str, ...]]]:
    """``(table, key, parent, referenced columns)`` of each foreign key to a declared table.

    The referenced columns default to the parent's primary key (empty when it has none).
    """
    for table in schema.catalog.tables:
        for constraint in table.constraints:
            if constraint.kind is not ConstraintKind.FOREIGN_KEY or \
                    constraint.references is None:
                continue
            parent = schema.table(constraint.references)
            if parent is not None:
                yield table, constraint, parent, (
                    constraint.referenced_columns or _primary_key(parent))


@register
class ForeignKeyToNonUnique(Rule):
    """INT014."""

    code = "INT014"
    name = "foreign-key-to-non-unique"
    severity = Severity.ERROR
    summary = "foreign key references columns without a unique constraint"
    explanation = (
        "A foreign key must reference a PRIMARY KEY or UNIQUE constraint (or a unique index) "
        "of the parent table; PostgreSQL refuses the constraint otherwise, so the schema "
        "cannot be applied. Reference the key, or make the referenced columns unique.")
    bad = ("CREATE TABLE teams (id bigint PRIMARY KEY, slug text);\n"
           "CREATE TABLE members (id bigint PRIMARY KEY, team_slug text REFERENCES teams (slug));")
    good = ("CREATE TABLE teams (id bigint PRIMARY KEY, slug text UNIQUE);\n"
            "CREATE TABLE members (id bigint PRIMARY KEY, team_slug text REFERENCES teams (slug));")

    def check_schema(self, schema: SchemaView) -> Iterator[Hit]:
        """Find where: foreign key references columns without a unique constraint."""
        shapes = table_shapes(schema)
        for _, constraint, parent, targets in _foreign_keys(schema):
            if not targets:
                yield Hit(f"foreign key {constraint.name} references {parent.name}, which "
                          "has no primary key", schema.where(constraint))
                continue
            unique = any(shape.unique and shape.predicate is None and shape.columns
                         is not None and set(shape.columns) == set(targets)
                         for shape in shapes.get(parent.name, ()))
            if not unique:
                yield Hit(f"foreign key {constraint.name} references {parent.name} "
                          f"({', '.join(targets)}), which is not a primary key or unique",
                          schema.where(constraint))


@register
class JsonColumn(_DiscouragedType):
    """INT015."""

    code = "INT015"
    name = "prefer-jsonb"
    severity = Severity.INFO
    types = frozenset({"json"})
    summary = "json instead of jsonb"
    explanation = (
        "json stores the input text and re-parses it on every access; it cannot be indexed "
        "with GIN and has no equality operator, so DISTINCT, GROUP BY and UNIQUE fail on it. "
        "jsonb is the type to use unless key order or duplicate keys must be preserved.")
    bad = "CREATE TABLE events (id bigint PRIMARY KEY, payload json);"
    good = "CREATE TABLE events (id bigint PRIMARY KEY, payload jsonb);"
    message = "column {column} is json; use jsonb"


@register
class ColumnPadding(Rule):
    """INT016."""

    code = "INT016"
    name = "column-alignment-padding"
    severity = Severity.INFO
    enabled_by_default = False
    summary = "column order wastes alignment padding"
    explanation = (
        "Fixed-width columns are aligned to their size: a boolean followed by a bigint "
        "leaves 7 bytes of padding in every row. Ordering fixed-width columns from the widest "
        "alignment to the narrowest (bigint and timestamptz, then integer, then smallint, "
        "then boolean) and variable-width ones last saves that space. Opt in with "
        "`enable = [\"INT016\"]`.")
    bad = "CREATE TABLE t (a boolean, b bigint, c boolean, d bigint);"
    good = "CREATE TABLE t (b bigint, d bigint, a boolean, c boolean);"

    def check_schema(self, schema: SchemaView) -> Iterator[Hit]:
        """Find where: column order wastes alignment padding."""
        for table in schema.catalog.tables:
            aligns = [_ALIGNMENT.get(schema.column_type(table, column).base)
                      for column in table.columns]
            fixed = [align for align in aligns if align is not None]
            if len(fixed) < 2:
                continue
            waste = _row_width(fixed) - _row_width(sorted(fixed, reverse=True))
            if waste >= 8:
                yield Hit(f"table {table.name} wastes {waste} bytes of alignment padding per "
                          "row; order fixed-width columns from widest to narrowest",
                          schema.where(table))


def _row_width(aligns: list[int]) -> int:
    """Bytes fixed-width columns take in this order, alignment padding included."""
    width = 0
    for align in aligns:
        width = (width + align - 1) // align * align + align
    return width


@register
class IdentifierTooLong(Rule):
    """INT017."""

    code = "INT017"
    name = "identifier-too-long"
    severity = Severity.WARNING
    modes = BOTH_MODES
    kinds = ("CreateStmt", "IndexStmt", "CreatePolicyStmt", "CreateFunctionStmt", "ViewStmt",
             "CreateTrigStmt", "CreateEnumStmt", "CreateSchemaStmt", "AlterTableStmt",
             "CreateSeqStmt", "CreateDomainStmt", "RenameStmt")
    summary = "identifier longer than 63 bytes"
    explanation = (
        "PostgreSQL truncates identifiers to 63 bytes (NAMEDATALEN - 1) with only a NOTICE. "
        "Two long names that share their first 63 bytes become the same name, and tools that "
        "compare the declared name with the catalog see a difference forever. Shorten the "
        "name.")
    bad = ("CREATE TABLE customer_subscription_billing_history_entries_for_reporting_purposes "
           "(id bigint PRIMARY KEY);")
    good = "CREATE TABLE billing_history (id bigint PRIMARY KEY);"

    def check_statement(self, ctx: StatementContext) -> Iterator[Hit]:
        """Find where: identifier longer than 63 bytes."""
        # The parser has already truncated long names to at most 63 bytes (fewer when a
        # multi-byte character straddles the limit), so a declared name that long is the
        # sign; the statement's own tokens give the real length.
        if not any(len(name.encode("utf-8")) > MAX_IDENTIFIER_BYTES - 4
                   for name, _ in _declared_names(ctx.kind, ctx.node)):
            return
        text = ctx.statement.text
        data = text.encode("utf-8")
        for token, start, end in scan_tokens(text, comments=False):
            if token != "IDENT":
                continue
            word = data[start:end]
            name = word[1:-1].replace(b'""', b'"') if word.startswith(b'"') else word
            if len(name) > MAX_IDENTIFIER_BYTES:
                shown = name.decode("utf-8", "replace")
                yield Hit(f"identifier {shown!r} is {len(name)} bytes; PostgreSQL truncates it "
                          f"to {MAX_IDENTIFIER_BYTES}", ctx.spot(ctx.statement.start + start))


def _declared_names(kind: str, node: dict[str, Any]) -> Iterator[tuple[str, int | None]]:
    """Names a statement declares, with their byte offsets when known."""
    if kind == "CreateStmt":
        relation = node.get("relation", {})
        yield relation.get("relname", ""), relation.get("location")
        for element in node.get("tableElts", ()):
            column = element.get("ColumnDef")
            if column is not None:
                yield column.get("colname", ""), column.get("location")
            elif element.get("Constraint", {}).get("conname"):
                yield element["Constraint"]["conname"], element["Constraint"].get("location")
    elif kind == "IndexStmt":
        yield node.get("idxname", ""), None
    elif kind == "CreatePolicyStmt":
        yield node.get("policy_name", ""), None
    elif kind == "CreateFunctionStmt":
        yield (strings(node.get("funcname")) or [""])[-1], None
    elif kind == "ViewStmt":
        yield node.get("view", {}).get("relname", ""), node.get("view", {}).get("location")
    elif kind == "CreateTrigStmt":
        yield node.get("trigname", ""), None
    elif kind in ("CreateEnumStmt",):
        yield (strings(node.get("typeName")) or [""])[-1], None
    elif kind == "CreateDomainStmt":
        yield (strings(node.get("domainname")) or [""])[-1], None
    elif kind == "CreateSchemaStmt":
        yield node.get("schemaname", ""), None
    elif kind == "CreateSeqStmt":
        yield node.get("sequence", {}).get("relname", ""), None
    elif kind == "RenameStmt":
        yield node.get("newname", ""), None
    elif kind == "AlterTableStmt":
        for subtype, fields in alter_commands(node):
            definition = fields.get("def", {})
            if "ColumnDef" in definition and subtype == "AT_AddColumn":
                column = definition["ColumnDef"]
                yield column.get("colname", ""), column.get("location")
            elif "Constraint" in definition and definition["Constraint"].get("conname"):
                yield definition["Constraint"]["conname"], definition["Constraint"].get(
                    "location")


@register
class UnstableRegType(_DiscouragedType):
    """INT018."""

    code = "INT018"
    name = "unstable-reg-type"
    severity = Severity.WARNING
    types = UNSTABLE_REG_TYPES
    summary = "column stores a reg* type pg_upgrade cannot carry"
    explanation = (
        "regproc, regprocedure, regoper, regoperator, regconfig, regdictionary, "
        "regnamespace and regcollation store object OIDs. pg_upgrade refuses clusters with "
        "such columns in user tables, because OIDs change across the upgrade. Store the "
        "object's name as text instead (regclass, regtype and regrole are supported).")
    bad = "CREATE TABLE hooks (id bigint PRIMARY KEY, handler regprocedure);"
    good = "CREATE TABLE hooks (id bigint PRIMARY KEY, handler text);"
    message = "column {column} is {base}, which blocks pg_upgrade; store the name as text"


@register
class BooleanIndex(Rule):
    """INT019."""

    code = "INT019"
    name = "low-selectivity-index"
    severity = Severity.INFO
    summary = "B-tree index on a single boolean column"
    explanation = (
        "A boolean has two values, so an index on it alone narrows a search to about half "
        "the table, and the planner will rarely use it. If queries look for the rare value, "
        "a partial index (`WHERE is_featured`) is smaller and useful; otherwise drop it.")
    bad = ("CREATE TABLE posts (id bigint PRIMARY KEY, is_public boolean);\n"
           "CREATE INDEX posts_is_public_idx ON posts (is_public);")
    good = ("CREATE TABLE posts (id bigint PRIMARY KEY, is_public boolean);\n"
            "CREATE INDEX posts_public_idx ON posts (id) WHERE is_public;")

    def check_schema(self, schema: SchemaView) -> Iterator[Hit]:
        """Find where: B-tree index on a single boolean column."""
        for table_name, shapes in table_shapes(schema).items():
            table = schema.table(table_name)
            if table is None:
                continue
            for shape in shapes:
                if shape.constraint or shape.predicate is not None or shape.method != "btree" \
                        or shape.columns is None or len(shape.columns) != 1:
                    continue
                column = table.column(shape.columns[0])
                if column is not None and schema.column_type(table, column).base == "boolean":
                    yield Hit(f"index {shape.name} on {table.name} ({column.name}) indexes a "
                              "boolean; use a partial index on the rare value instead",
                              shape.where)


@register
class UuidAsText(ColumnRule):
    """INT020."""

    code = "INT020"
    name = "uuid-stored-as-text"
    severity = Severity.WARNING
    types = frozenset({"text", "character varying"})
    summary = "UUIDs stored in a text column"
    explanation = (
        "A text column filled with `gen_random_uuid()::text` stores 36 characters (37 bytes) "
        "where uuid needs 16, compares case-sensitively, accepts any string, and makes every "
        "foreign key and index on it twice as large. Use the uuid type.")
    bad = "CREATE TABLE users (id text PRIMARY KEY DEFAULT gen_random_uuid()::text);"
    good = "CREATE TABLE users (id uuid PRIMARY KEY DEFAULT gen_random_uuid());"

    def problem(self, site: ColumnSite) -> str | None:
        """Find where: UUIDs stored in a text column."""
        if site.type.base not in ("text", "character varying") or site.default is None:
            return None
        if any(kind == "FuncCall" and func_name(fields) in _UUID_FUNCTIONS
               for kind, fields in walk(site.default)):
            return (f"column {site.label} is {site.type} filled with generated UUIDs; use "
                    "the uuid type")
        return None


@register
class InvalidJsonDefault(ColumnRule):
    """INT021."""

    code = "INT021"
    name = "invalid-json-default"
    severity = Severity.ERROR
    types = frozenset({"json", "jsonb"})
    summary = "json/jsonb default that is not valid JSON"
    explanation = (
        "The default of a json or jsonb column is parsed when a row needs it, not when the "
        "table is created in every case lint can see: an invalid literal fails the first "
        "INSERT that relies on it. Fix the literal.")
    bad = "CREATE TABLE prefs (id bigint PRIMARY KEY, data jsonb DEFAULT '{\"email\": true,}');"
    good = "CREATE TABLE prefs (id bigint PRIMARY KEY, data jsonb DEFAULT '{\"email\": true}');"

    def problem(self, site: ColumnSite) -> str | None:
        """Find where: json/jsonb default that is not valid JSON."""
        if site.type.base not in ("json", "jsonb") or site.type.array or site.default is None:
            return None
        value = const_value(site.default)
        if not isinstance(value, str):
            return None
        try:
            json.loads(value)
        except ValueError as exc:
            return f"default of {site.label} is not valid JSON: {exc}"
        return None


@register
class UpdatedAtWithoutTrigger(Rule):
    """INT022."""

    code = "INT022"
    name = "updated-at-without-trigger"
    severity = Severity.INFO
    summary = "updated_at column that nothing maintains"
    explanation = (
        "A column named updated_at (or modified_at) with a default is set once, on INSERT; "
        "unless a BEFORE UPDATE trigger (or every writer) sets it, it keeps the creation "
        "time forever and misleads whoever reads it. Add the trigger.")
    bad = ("CREATE TABLE notes (id bigint PRIMARY KEY,\n"
           "    updated_at timestamptz NOT NULL DEFAULT now());")
    good = ("CREATE TABLE notes (id bigint PRIMARY KEY,\n"
            "    updated_at timestamptz NOT NULL DEFAULT now());\n"
            "CREATE TRIGGER notes_touch BEFORE UPDATE ON notes\n"
            "    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();")

    def check_schema(self, schema: SchemaView) -> Iterator[Hit]:
        """Find where: updated_at column that nothing maintains."""
        with_trigger = {trigger.table for trigger in schema.catalog.triggers}
        for table in schema.catalog.tables:
            if table.name in with_trigger:
                continue
            for column in table.columns:
                if column.name in ("updated_at", "modified_at") and column.default:
                    yield Hit(f"{table.name}.{column.name} is only set on INSERT: no trigger "
                              f"on {table.name} maintains it",
                              schema.column_where(table, column))
