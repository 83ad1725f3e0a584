"""The rule engine: suppression directives, configuration, migration state, catalogs, types."""

from __future__ import annotations

from pathlib import Path

import pytest

from toolkit.errors import ConfigError
from toolkit.lint.engine import LintResult, run
from toolkit.lint.files import SourceFile
from toolkit.lint.findings import Mode, Severity
from toolkit.lint.registry import all_rules
from toolkit.lint.schema import SchemaView
from toolkit.lint.settings import load_settings
from toolkit.lint.types import from_text
from toolkit.model import (
    Catalog,
    Column,
    Constraint,
    ConstraintKind,
    Index,
    Policy,
    QualifiedName,
    SourceLocation,
    Table,
)

RULES = all_rules()
KNOWN = {code: rule.enabled_by_default for code, rule in RULES.items()}


def lint(text: str, mode: Mode = Mode.SCHEMA, **config: object) -> LintResult:
    settings = load_settings(config, KNOWN, source="canon.toml")
    return run([SourceFile.parse(Path("x.sql"), text, mode)], RULES, settings)


def codes(result: LintResult) -> list[tuple[str, int]]:
    return [(finding.code, finding.line) for finding in result.findings]


NO_PK = "CREATE TABLE events (kind text);\n"


# -- suppression ----------------------------------------------------------------------

def test_directive_above_the_statement_suppresses_with_a_reason() -> None:
    result = lint("-- canon:ignore INT005 append-only log\n" + NO_PK, disable=["SEC"])
    assert codes(result) == []
    assert result.suppressed == 1


def test_directive_on_the_statement_line_and_inside_it() -> None:
    trailing = lint("CREATE TABLE events (kind text); -- canon:ignore INT005 log table\n",
                    disable=["SEC"])
    inside = lint("CREATE TABLE events (\n    -- canon:ignore INT005,INT008 log table\n"
                  "    at timestamp\n);\n", disable=["SEC"])
    assert codes(trailing) == []
    assert codes(inside) == []
    assert inside.suppressed == 2


def test_directive_covers_only_the_next_statement() -> None:
    result = lint("-- canon:ignore INT005 log table\n" + NO_PK + NO_PK.replace("events", "more"),
                  disable=["SEC"])
    assert codes(result) == [("INT005", 3)]


def test_directive_without_reason_still_suppresses_but_is_an_error() -> None:
    result = lint("-- canon:ignore INT005\n" + NO_PK, disable=["SEC"])
    assert codes(result) == [("LNT001", 1)]
    assert result.findings[0].severity is Severity.ERROR
    assert result.failed


def test_directive_with_unknown_code_and_unused_directive() -> None:
    unknown = lint("-- canon:ignore INT0005 log table\n" + NO_PK, disable=["SEC"])
    assert codes(unknown) == [("LNT002", 1), ("INT005", 2)]
    unused = lint("-- canon:ignore INT005 log table\n"
                  "CREATE TABLE events (id bigint PRIMARY KEY);\n", disable=["SEC"])
    assert codes(unused) == [("LNT003", 1)]


def test_directive_in_a_string_literal_is_not_a_directive() -> None:
    result = lint("CREATE TABLE events (kind text DEFAULT '-- canon:ignore INT005 x');\n",
                  disable=["SEC"])
    assert codes(result) == [("INT005", 1)]


# -- configuration --------------------------------------------------------------------

def test_disable_by_code_and_family_and_enable_opt_in() -> None:
    text = ("CREATE FUNCTION total() RETURNS bigint LANGUAGE sql\n"
            "AS $$ SELECT 1::bigint $$;\n" + NO_PK)
    assert [c for c, _ in codes(lint(text))] == ["INT005", "SEC001"]
    assert [c for c, _ in codes(lint(text, disable=["INT005"]))] == ["SEC001"]
    assert codes(lint(text, disable=["sec", "INT"])) == []
    assert [c for c, _ in codes(lint(text, disable=["all"], enable=["SEC010"]))] == ["SEC010"]


def test_severity_override_changes_the_exit_status() -> None:
    result = lint(NO_PK, disable=["SEC"], severity={"INT005": "error"})
    assert result.findings[0].severity is Severity.ERROR
    assert result.failed
    relaxed = lint(NO_PK, severity={"SEC": "info"})
    assert not relaxed.failed


@pytest.mark.parametrize(("table", "message"), [
    ({"enabel": ["SEC010"]}, "unknown lint setting(s): enabel"),
    ({"disable": ["SEC999"]}, "unknown rule 'SEC999'"),
    ({"disable": "SEC001"}, "'disable' must be a list of strings"),
    ({"severity": {"INT005": "fatal"}}, "must be error, warning or info"),
    ({"assume_in_transaction": "yes"}, "must be true or false"),
])
def test_bad_lint_configuration_is_a_config_error(table: dict[str, object],
                                                  message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load_settings(table, KNOWN, source="canon.toml")
    assert message in caught.value.message
    assert "canon.toml" in caught.value.message


def test_exposed_schemas_setting() -> None:
    text = "CREATE TABLE private.notes (id bigint PRIMARY KEY);\n"
    assert codes(lint(text)) == []
    assert codes(lint(text, exposed_schemas=["private"])) == [("SEC001", 1)]


# -- migration state ------------------------------------------------------------------

def test_migration_rules_spare_tables_created_in_the_same_file() -> None:
    text = ("SET lock_timeout = '1s';\nSET statement_timeout = '5s';\n"
            "CREATE TABLE invoices (id bigint PRIMARY KEY, customer_id bigint);\n"
            "CREATE INDEX invoices_customer_idx ON invoices (customer_id);\n"
            "ALTER TABLE invoices ADD COLUMN region text NOT NULL;\n"
            "CREATE INDEX orders_customer_idx ON orders (customer_id);\n")
    assert [c for c, _ in codes(lint(text, Mode.MIGRATION))] == ["MIG001"]


def test_lock_timeout_is_reported_once_per_file() -> None:
    text = ("ALTER TABLE orders ADD COLUMN a text;\nALTER TABLE orders ADD COLUMN b text;\n")
    assert [c for c, _ in codes(lint(text, Mode.MIGRATION))] == ["MIG021", "MIG022"]


def test_assume_in_transaction_turns_begin_into_nesting() -> None:
    text = "BEGIN;\nALTER TABLE orders ADD COLUMN a text;\nCOMMIT;\n"
    plain = lint(text, Mode.MIGRATION, disable=["MIG021", "MIG022"])
    wrapped = lint(text, Mode.MIGRATION, disable=["MIG021", "MIG022"],
                   assume_in_transaction=True)
    assert codes(plain) == []
    assert codes(wrapped) == [("MIG023", 1)]


def test_schema_rules_do_not_run_on_migrations_and_back() -> None:
    text = "CREATE TABLE notes (id bigint);\nDROP TABLE logs;\n"
    assert [c for c, _ in codes(lint(text, Mode.SCHEMA))] == ["INT005", "SEC001"]
    assert [c for c, _ in codes(lint(text, Mode.MIGRATION))] == ["MIG015", "MIG021", "MIG022"]


# -- catalogs built elsewhere ---------------------------------------------------------

def test_schema_rules_run_on_a_hand_built_catalog() -> None:
    users = QualifiedName("public", "users")
    table = Table(users, columns=(Column("id", "bigint", not_null=True),
                                  Column("email", "text"),
                                  Column("seen", "timestamp without time zone")),
                  constraints=(Constraint(users, "users_email_key", ConstraintKind.UNIQUE,
                                          "UNIQUE (email)", columns=("email",)),),
                  location=SourceLocation("schema/users.sql", 1, 1))
    index = Index(users, "users_email_idx", "CREATE INDEX users_email_idx ON users (email)",
                  keys=("email",), location=SourceLocation("schema/users.sql", 7, 1))
    policy = Policy(users, "own", command="SELECT", roles=("authenticated",),
                    using="id = 1", location=SourceLocation("schema/users.sql", 9, 1))
    settings = load_settings({}, KNOWN, source="test")
    schema = SchemaView(Catalog.build(tables=[table], indexes=[index], policies=[policy]),
                        settings)
    found = {code: [(hit.message, hit.where) for hit in RULES[code].check_schema(schema)]
             for code in ("SEC003", "INT002", "INT005", "INT008")}
    assert found["SEC003"][0][1] == SourceLocation("schema/users.sql", 9, 1)
    assert "users_email_idx" in found["INT002"][0][0]
    assert found["INT002"][0][1] == SourceLocation("schema/users.sql", 7, 1)
    assert found["INT005"][0][1] == SourceLocation("schema/users.sql", 1, 1)
    assert "public.users.seen" in found["INT008"][0][0]


# -- types ----------------------------------------------------------------------------

@pytest.mark.parametrize(("declared", "canonical"), [
    ("int", "integer"), ("INT4", "integer"), ("int8", "bigint"), ("float", "double precision"),
    ("float(10)", "real"), ("timestamptz", "timestamp with time zone"),
    ("timestamp(3)", "timestamp(3) without time zone"),
    ("varchar(20)[]", "character varying(20)[]"), ("char(2)", "character(2)"),
    ("pg_catalog.bool", "boolean"), ("public.mood", "public.mood"),
    ("numeric(10, 2)", "numeric(10,2)"),
])
def test_type_text_is_normalised(declared: str, canonical: str) -> None:
    assert from_text(declared).text == canonical


def test_parse_tree_types_match_text_types() -> None:
    text = ("CREATE TABLE t (a int, b float8, c timestamp(3), d varchar(20)[], e char(2),\n"
            "    f public.mood, g double precision, h timestamptz);\n")
    file = SourceFile.parse(Path("t.sql"), text, Mode.SCHEMA)
    result = run([file], RULES, load_settings({}, KNOWN, source="t"))
    del result
    from toolkit.lint.adapter import build_schema

    schema = build_schema([file], load_settings({}, KNOWN, source="t"))
    table = schema.catalog.tables[0]
    assert [column.data_type for column in table.columns] == [
        "integer", "double precision", "timestamp(3) without time zone",
        "character varying(20)[]", "character(2)", "public.mood", "double precision",
        "timestamp with time zone"]
    assert all(from_text(column.data_type) == schema.column_type(table, column)
               for column in table.columns)
