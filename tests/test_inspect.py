"""The live inspector on a real PostgreSQL: every kind of object, read back as a Catalog."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import sql

from toolkit.errors import DatabaseError
from toolkit.inspect import catalog_from_rows, inspect_catalog, inspect_connection
from toolkit.inspect.snapshot import reading, stream_rows
from toolkit.inspect.sqlfiles import QUERY_NAMES
from toolkit.model import (
    Catalog,
    Column,
    CompositeType,
    Constraint,
    ConstraintKind,
    Domain,
    EnumType,
    Extension,
    Function,
    Grant,
    Index,
    ObjectKey,
    Policy,
    QualifiedName,
    Schema,
    Sequence,
    Trigger,
    View,
)
from toolkit.model.objects import Attribute, DomainCheck, Identity, ViewColumn
from toolkit.postgres.scratch import ScratchServer

pytestmark = pytest.mark.versioned

FIXTURES = Path(__file__).parent / "fixtures" / "inspect"
SCHEMAS = ("app", "public")
ROLES = ("canon_reader", "canon_writer")


def _q(schema: str, name: str) -> QualifiedName:
    return QualifiedName(schema, name)


def _key(kind: str, schema: str, name: str, parent: str = "", signature: str = "") -> ObjectKey:
    return ObjectKey(kind, schema, name, parent=parent, signature=signature)


def _ensure_roles(server: ScratchServer) -> None:
    with psycopg.connect(server.admin_url, autocommit=True) as conn:
        for role in ROLES:
            if not conn.execute("select 1 from pg_roles where rolname = %s", (role,)).fetchone():
                conn.execute(sql.SQL("create role {}").format(sql.Identifier(role)))


def _load(url: str, fixture: str) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute((FIXTURES / fixture).read_text(encoding="utf-8").encode())


@pytest.fixture
def everything(pg_server: ScratchServer, pg_url: str) -> Catalog:
    """The catalog of tests/fixtures/inspect/everything.sql."""
    _ensure_roles(pg_server)
    _load(pg_url, "everything.sql")
    return inspect_catalog(pg_url, SCHEMAS)


def _server_version(url: str) -> int:
    with psycopg.connect(url) as conn:
        return conn.info.server_version // 10000


# Every kind ----------------------------------------------------------------------------------


def test_schemas_and_extensions(everything: Catalog) -> None:
    assert everything.schemas == (Schema("app", comment="application objects"),
                                  Schema("public", comment="standard public schema"))
    assert [(e.name, e.schema) for e in everything.extensions] == [("btree_gist", "public"),
                                                                    ("citext", "public")]
    assert all(isinstance(e, Extension) and e.version for e in everything.extensions)


def test_enums_domains_and_composites(everything: Catalog) -> None:
    assert everything.enums == (
        EnumType(_q("app", "empty_enum"), ()),
        EnumType(_q("app", "mood"), ("sad", "meh", "ok", "happy"), comment="how it feels"),
    )
    assert everything.domains == (
        Domain(_q("app", "code"), "text", collation='"C"',
               checks=(DomainCheck("code_check", "CHECK ((length(VALUE) = 3))"),)),
        Domain(_q("app", "positive"), "integer", not_null=True, default="1",
               checks=(DomainCheck("below_limit", "CHECK ((VALUE < 1000000))"),
                       DomainCheck("positive_check", "CHECK ((VALUE > 0))")),
               comment="strictly positive"),
    )
    assert everything.composites == (
        CompositeType(_q("app", "address"), (
            Attribute("street", "text"), Attribute("city", "text", '"C"'),
            Attribute("zip", "app.code"), Attribute("mood", "app.mood")),
            comment="postal address"),
    )
    address = everything.composites[0]
    assert set(address.depends_on) == {_key("domain", "app", "code"),
                                       _key("enum", "app", "mood")}


def test_sequences_behind_serial_and_identity_columns_are_not_listed(everything: Catalog) -> None:
    assert everything.sequences == (
        Sequence(_q("app", "countdown"), "bigint", start=100, increment=-1, min_value=-100,
                 max_value=100, cache=1, cycle=True),
        Sequence(_q("app", "invoice_numbers"), "integer", start=1000, increment=10, cache=5,
                 comment="invoice numbering"),
    )


def test_tables_and_columns(everything: Catalog) -> None:
    accounts = everything.table(_q("app", "accounts"))
    assert accounts is not None
    assert accounts.columns == (
        Column("id", "bigint", not_null=True, identity=Identity.ALWAYS),
        Column("email", "public.citext", not_null=True, comment="login e-mail"),
        Column("handle", "text", not_null=True, collation='"C"'),
        Column("mood", "app.mood", default="'ok'::app.mood"),
        Column("balance", "numeric(12,2)", not_null=True, default="0"),
        Column("credit", "app.positive"),
        Column("home", "app.address"),
        Column("tags", "text[]", default="'{}'::text[]"),
        Column("created_at", "timestamp with time zone", not_null=True, default="now()"),
        Column("invoice_no", "integer", default="nextval('app.invoice_numbers'::regclass)"),
        Column("balance_cents", "bigint", generated="((balance * (100)::numeric))::bigint"),
    )
    assert (accounts.rls_enabled, accounts.rls_forced, accounts.unlogged) == (True, True, False)
    assert accounts.comment == "customer accounts"
    assert set(accounts.depends_on) == {
        _key("domain", "app", "positive"), _key("enum", "app", "mood"),
        _key("type", "app", "address"), _key("sequence", "app", "invoice_numbers"),
        _key("extension", "", "citext")}

    orders = everything.table(_q("app", "orders"))
    assert orders is not None
    assert orders.column("id") == Column("id", "integer", not_null=True,
                                         default="nextval('app.orders_id_seq'::regclass)")
    assert orders.column("quantity") == Column("quantity", "integer", not_null=True,
                                               identity=Identity.BY_DEFAULT)
    assert orders.column("placed_on") == Column("placed_on", "date", not_null=True,
                                                default="CURRENT_DATE")
    scratchpad = everything.table(_q("app", "scratchpad"))
    assert scratchpad is not None and scratchpad.unlogged


def test_partitioned_tables(everything: Catalog) -> None:
    events = everything.table(_q("app", "events"))
    first = everything.table(_q("app", "events_2024"))
    other = everything.table(_q("app", "events_other"))
    assert events is not None and first is not None and other is not None
    assert events.partition_by == "RANGE (happened_at)"
    assert [c.name for c in events.columns] == ["id", "happened_at", "kind"]
    assert (first.partition_of, first.partition_bound) == (
        _q("app", "events"),
        "FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2025-01-01 00:00:00+00')")
    assert (other.partition_of, other.partition_bound) == (_q("app", "events"), "DEFAULT")
    # What a partition gets from its parent is the parent's: columns, key, index.
    assert first.columns == () and first.constraints == ()
    assert first.depends_on == (_key("table", "app", "events"),)
    assert [i.name for i in everything.indexes_on(_q("app", "events_2024"))] == []
    (kind_index,) = everything.indexes_on(_q("app", "events"))
    assert kind_index.definition == (
        "CREATE INDEX events_kind_idx ON app.events USING btree (kind)")


def test_constraints(everything: Catalog) -> None:
    accounts = everything.table(_q("app", "accounts"))
    orders = everything.table(_q("app", "orders"))
    assert accounts is not None and orders is not None
    # NOT NULL constraints (pg_constraint rows since PostgreSQL 18) are Column.not_null.
    assert [c.name for c in accounts.constraints] == [
        "accounts_balance_check", "accounts_email_key", "accounts_pkey"]
    check, unique, primary = accounts.constraints
    assert check == Constraint(accounts.name, "accounts_balance_check", ConstraintKind.CHECK,
                               "CHECK ((balance >= (0)::numeric))", columns=("balance",),
                               comment="no overdraft")
    assert unique.definition == "UNIQUE (email)" and unique.kind is ConstraintKind.UNIQUE
    assert primary.definition == "PRIMARY KEY (id)" and primary.columns == ("id",)

    account_fk = next(c for c in orders.constraints if c.name == "orders_account_fkey")
    assert account_fk == Constraint(
        orders.name, "orders_account_fkey", ConstraintKind.FOREIGN_KEY,
        "FOREIGN KEY (account_id) REFERENCES app.accounts(id) ON UPDATE RESTRICT "
        "ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED",
        columns=("account_id",), references=accounts.name, referenced_columns=("id",),
        on_delete="CASCADE", on_update="RESTRICT", deferrable=True, initially_deferred=True)
    assert set(account_fk.depends_on) == {
        _key("table", "app", "orders"), _key("table", "app", "accounts"),
        _key("constraint", "app", "accounts_pkey", parent="accounts")}
    parent_fk = next(c for c in orders.constraints if c.name == "orders_parent_fkey")
    assert (parent_fk.references, parent_fk.on_delete, parent_fk.on_update) == (
        orders.name, "SET NULL", "NO ACTION")
    exclude = next(c for c in orders.constraints if c.name == "orders_no_overlap")
    assert exclude.kind is ConstraintKind.EXCLUDE
    assert exclude.definition == "EXCLUDE USING gist (room WITH =, during WITH &&)"
    assert _key("extension", "", "btree_gist") in exclude.depends_on


def test_indexes(everything: Catalog) -> None:
    # Indexes behind PRIMARY KEY, UNIQUE and EXCLUDE constraints are the constraints'.
    assert [i.name for i in everything.indexes] == [
        "accounts_created_idx", "accounts_handle_lower_idx", "accounts_handle_pattern_idx",
        "events_kind_idx", "order_counts_account_idx"]
    created, lower, pattern, _, matview = everything.indexes
    assert created == Index(
        _q("app", "accounts"), "accounts_created_idx",
        "CREATE INDEX accounts_created_idx ON app.accounts USING btree (created_at DESC) "
        "INCLUDE (balance) WHERE (balance > (0)::numeric)",
        keys=("created_at",), include=("balance",), predicate="(balance > (0)::numeric)",
        comment="recent accounts")
    assert lower.unique and lower.keys == ("lower(handle)",)
    assert lower.definition == ("CREATE UNIQUE INDEX accounts_handle_lower_idx ON app.accounts "
                                "USING btree (lower(handle))")
    assert pattern.definition.endswith("USING btree (handle text_pattern_ops)")
    assert created.depends_on == (_key("table", "app", "accounts"),)
    assert matview.table == _q("app", "order_counts")
    assert matview.depends_on == (_key("materialized view", "app", "order_counts"),)


def test_views(everything: Catalog, pg_url: str) -> None:
    counts, rich, rich_orders = everything.views
    # Before PostgreSQL 16 the server qualifies column names with their table.
    older = _server_version(pg_url) < 16
    orders, accounts = ("orders.", "accounts.") if older else ("", "")
    assert counts == View(
        _q("app", "order_counts"),
        f" SELECT {orders}account_id,\n    count(*) AS orders\n   FROM app.orders\n"
        f"  GROUP BY {orders}account_id;",
        materialized=True)
    assert counts.columns == (ViewColumn("account_id", "bigint"), ViewColumn("orders", "bigint"))
    assert rich.options == ("security_invoker=true",) and rich.comment == "big balances"
    assert rich.definition == (
        f" SELECT {accounts}id,\n    {accounts}email,\n    {accounts}balance\n"
        f"   FROM app.accounts\n  WHERE {accounts}balance > 1000::numeric;")
    assert rich.columns == (ViewColumn("id", "bigint"), ViewColumn("email", "public.citext"),
                            ViewColumn("balance", "numeric(12,2)"))
    assert rich_orders.options == ("security_barrier=true",)
    assert {_key("table", "app", "orders"), _key("view", "app", "rich_accounts")} <= set(
        rich_orders.depends_on)
    # Readers record the columns they read, so a dropped or retyped column rebuilds only them.
    assert counts.depends_on == (ObjectKey("column", "app", "account_id", parent="orders"),
                                 _key("table", "app", "orders"))


def test_functions_and_procedures(everything: Catalog) -> None:
    by_name = {f.name.name: f for f in everything.functions}
    assert by_name["account_total"] == Function(
        _q("app", "account_total"), "bigint, numeric",
        "p_account bigint, p_factor numeric DEFAULT 1", "numeric", "sql",
        " SELECT balance * p_factor FROM app.accounts WHERE id = p_account ",
        volatility="stable", strict=True, comment="balance times a factor")
    assert by_name["touch"] == Function(
        _q("app", "touch"), "", "", "trigger", "plpgsql",
        "\nBEGIN\n    NEW.created_at := now();\n    RETURN NEW;\nEND;\n",
        security_definer=True, config=("search_path=app, pg_temp",))
    assert by_name["archive"] == Function(
        _q("app", "archive"), "date, integer", "IN p_before date, INOUT p_count integer", None,
        "plpgsql", " BEGIN p_count := 0; END; ", procedure=True, config=("work_mem=64MB",))
    assert by_name["archive"].key.kind == "procedure"
    moods_of = by_name["moods_of"]
    assert (moods_of.signature, moods_of.returns, moods_of.volatility) == (
        "app.mood[]", "SETOF app.accounts", "immutable")
    assert set(moods_of.depends_on) == {_key("enum", "app", "mood"),
                                        _key("table", "app", "accounts")}


def test_triggers(everything: Catalog) -> None:
    touch, audit = everything.triggers
    assert touch == Trigger(
        _q("app", "accounts"), "accounts_touch",
        "CREATE TRIGGER accounts_touch BEFORE INSERT OR UPDATE OF balance ON app.accounts "
        "FOR EACH ROW WHEN ((new.balance IS NOT NULL)) EXECUTE FUNCTION app.touch()",
        _q("app", "touch"), timing="BEFORE", events=("INSERT", "UPDATE"), for_each_row=True,
        comment="keeps created_at fresh")
    assert audit.events == ("DELETE", "TRUNCATE") and not audit.for_each_row
    assert audit.timing == "AFTER"
    assert set(touch.depends_on) == {_key("table", "app", "accounts"),
                                     _key("function", "app", "touch"),
                                     ObjectKey("column", "app", "balance", parent="accounts")}


def test_policies(everything: Catalog) -> None:
    assert everything.policies == (
        Policy(_q("app", "accounts"), "accounts_all", using="true",
               comment="everyone sees everything"),
        Policy(_q("app", "accounts"), "accounts_guard", permissive=False, command="UPDATE",
               using="(id = app.current_account())",
               with_check="(balance < (1000000)::numeric)"),
        Policy(_q("app", "accounts"), "accounts_insert", command="INSERT",
               roles=("canon_writer",), with_check="(balance >= (0)::numeric)"),
        Policy(_q("app", "accounts"), "accounts_own", command="SELECT",
               roles=("canon_reader", "canon_writer"), using="(id = app.current_account())"),
    )
    guard = everything.policies[1]
    assert set(guard.depends_on) == {_key("table", "app", "accounts"),
                                     _key("function", "app", "current_account"),
                                     ObjectKey("column", "app", "id", parent="accounts"),
                                     ObjectKey("column", "app", "balance", parent="accounts")}


def test_grants(everything: Catalog) -> None:
    accounts = _key("table", "app", "accounts")
    grants = set(everything.grants)
    expected = {
        Grant(_key("schema", "", "app"), "canon_reader", "USAGE"),
        Grant(accounts, "canon_reader", "SELECT"),
        Grant(accounts, "canon_writer", "SELECT", grantable=True),
        Grant(accounts, "canon_writer", "INSERT", grantable=True),
        Grant(accounts, "canon_writer", "UPDATE", grantable=True),
        Grant(accounts, "canon_reader", "UPDATE", columns=("balance",)),
        Grant(accounts, "canon_reader", "UPDATE", columns=("mood",)),
        Grant(_key("view", "app", "rich_accounts"), "canon_reader", "SELECT"),
        Grant(_key("sequence", "app", "invoice_numbers"), "canon_writer", "USAGE"),
        Grant(_key("function", "app", "account_total", signature="bigint, numeric"),
              "canon_reader", "EXECUTE"),
    }
    assert expected <= grants
    # Defaults count: a function is executable by PUBLIC until that is revoked.
    executable = {g.target.name for g in grants if g.grantee == "public"
                  and g.privilege == "EXECUTE"}
    assert executable == {"archive", "current_account", "moods_of", "touch"}
    # What the owner holds on its own objects is not a grant.
    assert {g.grantee for g in grants} == {"canon_reader", "canon_writer", "public"}
    assert len(grants) == len(expected) + len(executable) + 1  # + USAGE on public to PUBLIC


# Scope ---------------------------------------------------------------------------------------


def test_unmanaged_schemas_and_extension_objects_are_left_out(everything: Catalog) -> None:
    schemas = {key.schema for key in everything.by_key if key.schema}
    assert schemas == set(SCHEMAS)
    names = {key.name for key in everything.by_key}
    assert not names & {"hidden", "hidden_fn", "hidden_enum", "elsewhere"}
    # citext and btree_gist put dozens of functions and types into public: none is listed.
    assert not [f for f in everything.functions if f.name.schema == "public"]
    assert everything.table(_q("public", "notes")) is not None
    assert all(g.target.schema != "public" or g.target.kind == "schema"
               for g in everything.grants)


def test_only_the_requested_schemas(pg_server: ScratchServer, pg_url: str) -> None:
    _ensure_roles(pg_server)
    _load(pg_url, "everything.sql")
    public_only = inspect_catalog(pg_url, ["public"])
    assert [t.name for t in public_only.tables] == [_q("public", "notes")]
    assert public_only.enums == () and public_only.functions == ()
    assert inspect_catalog(pg_url, ["no_such_schema"]) == Catalog()
    assert inspect_catalog(pg_url, []) == Catalog()


# Equality and round trips --------------------------------------------------------------------


def test_statement_order_and_spelling_do_not_matter(everything: Catalog,
                                                    pg_server: ScratchServer) -> None:
    with pg_server.database() as other_url:
        _load(other_url, "everything_reordered.sql")
        reordered = inspect_catalog(other_url, SCHEMAS)
    assert reordered.to_json() == everything.to_json()
    assert reordered == everything


def test_a_changed_object_makes_catalogs_differ(everything: Catalog, pg_url: str) -> None:
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("ALTER POLICY accounts_own ON app.accounts USING (id = 2)")
    changed = inspect_catalog(pg_url, SCHEMAS)
    assert changed != everything
    before = {p.name: p for p in everything.policies}
    after = {p.name: p for p in changed.policies}
    assert [name for name in before if before[name] != after[name]] == ["accounts_own"]
    assert after["accounts_own"].using == "(id = 2)"


def test_json_round_trip(everything: Catalog) -> None:
    data = json.loads(json.dumps(everything.to_json()))
    restored = Catalog.from_json(data)
    assert restored == everything
    assert restored.to_json() == everything.to_json()
    assert restored.tables[0].depends_on == everything.tables[0].depends_on


# Details -------------------------------------------------------------------------------------


def test_not_valid_constraints_read_as_the_same_definition(pg_url: str) -> None:
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE parent (id int PRIMARY KEY);"
                     "CREATE TABLE child (id int PRIMARY KEY, parent_id int, amount int);"
                     "ALTER TABLE child ADD CONSTRAINT child_parent_fkey FOREIGN KEY (parent_id)"
                     " REFERENCES parent NOT VALID;"
                     "ALTER TABLE child ADD CONSTRAINT child_amount_check"
                     " CHECK (amount > 0) NOT VALID")
    child = inspect_catalog(pg_url, ["public"]).table(_q("public", "child"))
    assert child is not None
    by_name = {c.name: c for c in child.constraints}
    assert by_name["child_parent_fkey"].definition == (
        "FOREIGN KEY (parent_id) REFERENCES public.parent(id)")
    assert by_name["child_amount_check"].definition == "CHECK ((amount > 0))"
    assert not by_name["child_parent_fkey"].validated
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("ALTER TABLE child VALIDATE CONSTRAINT child_parent_fkey;"
                     "ALTER TABLE child VALIDATE CONSTRAINT child_amount_check")
    validated = inspect_catalog(pg_url, ["public"]).table(_q("public", "child"))
    assert validated == child
    assert validated is not None and all(c.validated for c in validated.constraints)


def test_owned_sequence_that_no_default_uses_is_listed(pg_url: str) -> None:
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute('CREATE TABLE "Mixed Case" (id bigserial, n int);'
                     "CREATE SEQUENCE counter AS smallint;"
                     'ALTER SEQUENCE counter OWNED BY "Mixed Case".n')
    catalog = inspect_catalog(pg_url, ["public"])
    assert catalog.sequences == (
        Sequence(_q("public", "counter"), "smallint", owned_by='public."Mixed Case".n'),)
    table = catalog.table(_q("public", "Mixed Case"))
    assert table is not None
    assert table.column("id") == Column(
        "id", "bigint", not_null=True,
        default="""nextval('public."Mixed Case_id_seq"'::regclass)""")


def test_generated_columns_by_version(pg_url: str) -> None:
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE sized (w int, h int,"
                     " area int GENERATED ALWAYS AS (w * h) STORED)")
        if _server_version(pg_url) >= 18:
            conn.execute("ALTER TABLE sized ADD COLUMN perimeter int"
                         " GENERATED ALWAYS AS (2 * (w + h)) VIRTUAL")
    table = inspect_catalog(pg_url, ["public"]).table(_q("public", "sized"))
    assert table is not None
    assert table.column("area") == Column("area", "integer", generated="(w * h)")
    if _server_version(pg_url) >= 18:
        assert table.column("perimeter") == Column("perimeter", "integer",
                                                   generated="(2 * (w + h))", virtual=True)
    else:
        assert table.column("perimeter") is None


def test_view_options_compare_by_meaning(pg_url: str) -> None:
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE t (one int);"
                     "CREATE VIEW a WITH (security_invoker, security_barrier = off)"
                     " AS SELECT one FROM t;"
                     "CREATE VIEW b AS SELECT one FROM t WITH LOCAL CHECK OPTION")
    views = {v.name.name: v for v in inspect_catalog(pg_url, ["public"]).views}
    assert views["a"].options == ("security_barrier=false", "security_invoker=true")
    assert views["b"].options == ("check_option=local",)


def test_trigger_on_a_view_and_cross_schema_references(pg_url: str) -> None:
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(
            "CREATE SCHEMA lib;"
            "CREATE FUNCTION lib.stop() RETURNS trigger LANGUAGE plpgsql"
            " AS $$ BEGIN RETURN NULL; END $$;"
            "CREATE TABLE items (id int PRIMARY KEY);"
            "CREATE VIEW item_view AS SELECT id FROM items;"
            "CREATE TRIGGER item_view_insert INSTEAD OF INSERT ON item_view"
            " FOR EACH ROW EXECUTE FUNCTION lib.stop()")
    catalog = inspect_catalog(pg_url, ["public"])
    (trigger,) = catalog.triggers
    assert (trigger.table, trigger.timing, trigger.function) == (
        _q("public", "item_view"), "INSTEAD OF", _q("lib", "stop"))
    # lib is not managed: the function is no catalog object to depend on.
    assert trigger.depends_on == (_key("view", "public", "item_view"),)
    assert catalog.functions == ()


def _wait_for_no_sessions(server: ScratchServer, role: str) -> None:
    """A closed session's server process ends shortly after the client leaves."""
    deadline = time.monotonic() + 10
    with psycopg.connect(server.admin_url, autocommit=True) as conn:
        while conn.execute("SELECT count(*) FROM pg_stat_activity WHERE usename = %s",
                           (role,)).fetchone() != (0,):
            assert time.monotonic() < deadline, f"sessions of {role} did not end"
            time.sleep(0.02)


def test_a_url_is_read_on_one_session_when_a_second_cannot_connect(
        everything: Catalog, pg_server: ScratchServer, pg_url: str) -> None:
    role = "canon_one_session"
    with psycopg.connect(pg_server.admin_url, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE ROLE {} LOGIN CONNECTION LIMIT 1").format(
            sql.Identifier(role)))
    try:
        limited = psycopg.conninfo.make_conninfo(pg_url, user=role)
        with psycopg.connect(limited) as first:
            with pytest.raises(psycopg.OperationalError, match="too many connections"):
                psycopg.connect(limited).close()
            alone = inspect_connection(first, SCHEMAS)
        assert alone.tables and alone.indexes
        _wait_for_no_sessions(pg_server, role)
        assert inspect_catalog(limited, SCHEMAS) == alone
    finally:
        with psycopg.connect(pg_server.admin_url, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))


def test_a_url_is_read_in_one_snapshot_across_both_sessions(everything: Catalog,
                                                            pg_url: str) -> None:
    from toolkit.inspect.snapshot import stream_rows_from
    from toolkit.inspect.sqlfiles import SECOND_SESSION

    assert SECOND_SESSION and set(QUERY_NAMES) - SECOND_SESSION
    names = [name for name, _ in stream_rows_from(pg_url, SCHEMAS)]
    assert sorted(names) == sorted(QUERY_NAMES)
    assert catalog_from_rows(stream_rows_from(pg_url, SCHEMAS)) == everything


def test_reading_starts_the_queries_before_the_rows_are_wanted(everything: Catalog,
                                                              pg_url: str) -> None:
    # The first catalog query reads pg_description: while another transaction holds it, the
    # reader's session waits there, which shows the queries were sent before anything asked.
    with psycopg.connect(pg_url) as blocker, \
            psycopg.connect(pg_url, autocommit=True) as observer:
        blocker.execute("LOCK TABLE pg_catalog.pg_description IN ACCESS EXCLUSIVE MODE")
        with reading(pg_url, SCHEMAS) as rows:
            deadline = time.monotonic() + 10
            while observer.execute(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                    " AND wait_event_type = 'Lock' AND query LIKE %s",
                    ("%pg_description%",)).fetchone() == (0,):
                assert time.monotonic() < deadline, "no catalog query was sent"
                time.sleep(0.01)
            blocker.rollback()
            assert catalog_from_rows(rows) == everything


def test_pipelined_reading_sends_every_query_without_waiting_for_results(everything: Catalog,
                                                              pg_url: str) -> None:
    # Pipelined, while the first catalog query waits on a lock on pg_description, the others
    # reach the server all the same (one round trip for all of them, not one each).
    from tcp_recorder import RecordingRelay

    from toolkit.inspect.sqlfiles import query_text

    version = _server_version(pg_url)
    first_lines = [query_text(name, version).splitlines()[0] for name in QUERY_NAMES]
    assert len(set(first_lines)) == len(QUERY_NAMES)
    with RecordingRelay(pg_url) as relay, psycopg.connect(pg_url) as blocker:
        blocker.execute("LOCK TABLE pg_catalog.pg_description IN ACCESS EXCLUSIVE MODE")
        with reading(relay.url, SCHEMAS, pipelined=True) as rows:
            deadline = time.monotonic() + 10
            while not all(relay.received(line) for line in first_lines):
                assert time.monotonic() < deadline, "a query waited for an earlier result"
                time.sleep(0.01)
            blocker.rollback()
            assert catalog_from_rows(rows) == everything


def test_lines_marked_for_other_server_versions_are_left_out() -> None:
    from toolkit.inspect.snapshot import MINIMUM_VERSION
    from toolkit.inspect.sqlfiles import for_server, query_text

    text = ("SELECT a,\n"
            "       b AS flag,  -- PostgreSQL 15+\n"
            "       false AS flag,  -- before PostgreSQL 15\n"
            "       c  -- PostgreSQL stands for itself here\n")
    assert for_server(text, 14) == ("SELECT a,\n       false AS flag,  -- before PostgreSQL 15\n"
                                    "       c  -- PostgreSQL stands for itself here\n")
    assert for_server(text, 15) == for_server(text, 18) == (
        "SELECT a,\n       b AS flag,  -- PostgreSQL 15+\n"
        "       c  -- PostgreSQL stands for itself here\n")
    # A column PostgreSQL 14 lacks is only read from 15 on.
    assert "indnullsnotdistinct" not in query_text("indexes", MINIMUM_VERSION)
    assert "i.indnullsnotdistinct AS" in query_text("indexes", 15)
    for version in range(MINIMUM_VERSION, 19):
        for name in QUERY_NAMES:
            assert query_text(name, version).count("AS nulls_not_distinct") == (
                1 if name == "indexes" else 0)


def test_queries_go_at_once_only_to_a_server_elsewhere(pg_url: str) -> None:
    from toolkit.inspect.snapshot import on_this_machine, pipelines

    assert on_this_machine("/var/run/postgresql", "")
    assert on_this_machine("localhost", "")
    assert on_this_machine("127.0.0.1", "127.0.0.1") and on_this_machine("::1", "::1")
    assert on_this_machine("db.internal", "127.0.1.1")
    assert not on_this_machine("db.example.com", "203.0.113.7")
    assert not on_this_machine("10.0.0.5", "") and not on_this_machine("db.example.com", "")
    with psycopg.connect(pg_url) as conn:  # the test server runs here
        assert not pipelines(conn)


@pytest.mark.parametrize("pipelined", [False, True])
def test_reading_left_unread_ends_its_session(pg_server: ScratchServer, pg_url: str,
                                              pipelined: bool) -> None:
    database = pg_url.rsplit("/", 1)[1]
    with reading(pg_url, SCHEMAS, pipelined=pipelined):
        pass
    with psycopg.connect(pg_server.admin_url, autocommit=True) as conn:
        deadline = time.monotonic() + 10
        while conn.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = %s",
                           (database,)).fetchone() != (0,):
            assert time.monotonic() < deadline, "the session did not end"
            time.sleep(0.01)


@pytest.mark.parametrize("pipelined", [False, True])
def test_a_failing_catalog_query_is_a_database_error(pg_url: str, pipelined: bool) -> None:
    # The first catalog query reads pg_description, locked here: it gives up after 100 ms.
    impatient = psycopg.conninfo.make_conninfo(pg_url, options="-c lock_timeout=100ms")
    with psycopg.connect(pg_url) as blocker:
        blocker.execute("LOCK TABLE pg_catalog.pg_description IN ACCESS EXCLUSIVE MODE")
        with pytest.raises(DatabaseError, match="lock timeout"), \
                reading(impatient, SCHEMAS, pipelined=pipelined) as rows:
            list(rows)


def test_reading_an_unreachable_server_is_a_database_error(pg_url: str) -> None:
    unreachable = psycopg.conninfo.make_conninfo(pg_url, port=1, connect_timeout=2)
    with pytest.raises(DatabaseError, match="cannot connect"), reading(unreachable, SCHEMAS):
        pass


def test_inspect_connection_leaves_the_connection_as_found(everything: Catalog,
                                                           pg_url: str) -> None:
    with psycopg.connect(pg_url) as conn:
        assert inspect_connection(conn, SCHEMAS) == everything
        assert conn.info.transaction_status == psycopg.pq.TransactionStatus.IDLE
        assert (conn.isolation_level, conn.read_only) == (None, None)
        conn.execute("CREATE TABLE public.made_in_a_transaction (id int)")
        inside = inspect_connection(conn, SCHEMAS)
        assert inside.table(_q("public", "made_in_a_transaction")) is not None
        assert conn.info.transaction_status == psycopg.pq.TransactionStatus.INTRANS
        row = conn.execute("SELECT current_setting('search_path')").fetchone()
        assert row is not None and row[0] == '"$user", public'
        conn.rollback()
    with psycopg.connect(pg_url, autocommit=True) as conn:
        assert inspect_connection(conn, SCHEMAS) == everything
        assert conn.info.transaction_status == psycopg.pq.TransactionStatus.IDLE


def test_columns_named_where_columns_are_not_listed(pg_url: str) -> None:
    # A partition's columns and a table outside the managed schemas are not in the catalog;
    # constraints and indexes on or towards them still name their columns.
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(
            "CREATE SCHEMA outside;"
            'CREATE TABLE outside.users ("User Id" uuid PRIMARY KEY);'
            "CREATE TABLE measures (at date NOT NULL, user_id uuid, value int)"
            " PARTITION BY RANGE (at);"
            "CREATE TABLE measures_2024 PARTITION OF measures"
            " FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');"
            "ALTER TABLE measures_2024 ADD CONSTRAINT measures_2024_user_fkey"
            ' FOREIGN KEY (user_id) REFERENCES outside.users ("User Id");'
            "ALTER TABLE measures_2024 ADD CONSTRAINT measures_2024_value_check"
            " CHECK (value > 0);"
            "CREATE INDEX measures_2024_value_idx ON measures_2024 (value, (value * 2))"
            " INCLUDE (at)")
    catalog = inspect_catalog(pg_url, ["public"])
    partition = catalog.table(_q("public", "measures_2024"))
    assert partition is not None
    by_name = {c.name: c for c in partition.constraints}
    fkey = by_name["measures_2024_user_fkey"]
    assert (fkey.columns, fkey.references, fkey.referenced_columns) == (
        ("user_id",), _q("outside", "users"), ("User Id",))
    # The referenced table is not managed: nothing to depend on but the own table.
    assert fkey.depends_on == (_key("table", "public", "measures_2024"),)
    assert by_name["measures_2024_value_check"].columns == ("value",)
    (index,) = catalog.indexes
    assert (index.keys, index.include) == (("value", "((value * 2))"), ("at",))


def test_a_unique_index_a_foreign_key_uses_is_a_dependency(pg_url: str) -> None:
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE codes (code text NOT NULL);"
                     "CREATE UNIQUE INDEX codes_code_idx ON codes (code);"
                     "CREATE TABLE uses (code text REFERENCES codes (code))")
    uses = inspect_catalog(pg_url, ["public"]).table(_q("public", "uses"))
    assert uses is not None
    (fkey,) = uses.constraints
    assert fkey.depends_on == (_key("index", "public", "codes_code_idx"),
                               _key("table", "public", "codes"),
                               _key("table", "public", "uses"))


def test_a_failed_transaction_is_a_database_error(pg_url: str) -> None:
    with psycopg.connect(pg_url) as conn:
        with pytest.raises(psycopg.errors.DivisionByZero):
            conn.execute("SELECT 1 / 0")
        with pytest.raises(DatabaseError, match="cannot read the catalog"):
            inspect_connection(conn, SCHEMAS)


def test_rows_may_arrive_in_any_order(everything: Catalog, pg_url: str) -> None:
    with psycopg.connect(pg_url) as conn:
        results = list(stream_rows(conn, SCHEMAS))
    assert [name for name, _ in results] == list(QUERY_NAMES)
    assert catalog_from_rows(reversed(results)) == everything
    with pytest.raises(ValueError, match="rows missing for policies"):
        catalog_from_rows(results[:-1])


def test_catalogs_built_with_one_pool_share_their_equal_plain_columns(pg_url: str) -> None:
    from toolkit.inspect.shared import SharedValues

    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE a (id bigint NOT NULL, note text DEFAULT 'x',"
                     " n int GENERATED ALWAYS AS IDENTITY);"
                     "CREATE TABLE b (id bigint NOT NULL, note text DEFAULT 'y');"
                     "CREATE TABLE c (id bigint NOT NULL);"
                     "COMMENT ON COLUMN c.id IS 'the id'")
        first_rows = list(stream_rows(conn, ["public"]))
        conn.execute("ALTER TABLE a ALTER COLUMN note SET DEFAULT 'z'")
        second_rows = list(stream_rows(conn, ["public"]))
    pool = SharedValues()
    first = catalog_from_rows(first_rows, pool)
    second = catalog_from_rows(second_rows, pool)
    assert first == catalog_from_rows(first_rows) and second == catalog_from_rows(second_rows)
    (a1, b1, c1), (a2, b2, c2) = first.tables, second.tables
    # Equal plain columns are one object, within a catalog and across both.
    assert a1.columns[0] is b1.columns[0] is a2.columns[0] is b2.columns[0]
    assert b1.columns[1] is b2.columns[1]
    # A changed default is another value; identity columns are pooled too, commented ones
    # are not.
    assert (a1.columns[1].default, a2.columns[1].default) == ("'x'::text", "'z'::text")
    assert a1.columns[2].identity is Identity.ALWAYS and a1.columns[2] is a2.columns[2]
    assert c1.columns[0].comment == "the id" and c1.columns[0] is not c2.columns[0]


def test_a_check_that_repeats_using_is_printed_once_and_read_as_both(
        pg_server: ScratchServer) -> None:
    with pg_server.database() as url, psycopg.connect(url, autocommit=True) as conn:
        conn.execute("""
                CREATE TABLE notes (owner text, body text);
                CREATE POLICY same ON notes USING (owner = current_user)
                    WITH CHECK (owner = current_user);
                CREATE POLICY spelled ON notes USING (owner = current_user)
                    WITH CHECK (((owner) = current_user));
                CREATE POLICY other ON notes USING (owner = current_user)
                    WITH CHECK (body IS NOT NULL);
                CREATE POLICY writes ON notes FOR INSERT WITH CHECK (owner = current_user);
                """)
        rows = dict(stream_rows(conn, ["public"]))
        # Servers that store expressions without source positions store both trees alike.
        alike = dict(conn.execute("SELECT polname, polwithcheck::text = polqual::text"
                                  " FROM pg_policy").fetchall())
    printed = {row[4]: row[8:] for row in rows["policies"]}
    owner = "(owner = CURRENT_USER)"
    assert printed == {
        "same": (owner, True, None) if alike["same"] else (owner, False, owner),
        "spelled": (owner, True, None) if alike["spelled"] else (owner, False, owner),
        "other": (owner, False, "(body IS NOT NULL)"), "writes": (None, None, owner)}
    policies = {p.name: (p.using, p.with_check) for p in catalog_from_rows(rows.items()).policies}
    assert policies == {"same": (owner, owner), "spelled": (owner, owner),
                        "other": (owner, "(body IS NOT NULL)"), "writes": (None, owner)}


TWIN_SCHEMA = """
CREATE TABLE parent (id bigint PRIMARY KEY, owner text NOT NULL);
CREATE TABLE child (id bigint PRIMARY KEY, parent_id bigint REFERENCES parent (id),
                    note text, CONSTRAINT note_short CHECK (length(note) < 100));
CREATE INDEX child_note_idx ON child (note) WHERE note IS NOT NULL;
CREATE FUNCTION owner_of(p bigint) RETURNS text LANGUAGE sql STABLE
    AS $$ SELECT owner FROM parent WHERE id = p $$;
ALTER TABLE child ENABLE ROW LEVEL SECURITY;
CREATE POLICY child_owner ON child USING (owner_of(parent_id) = current_user);
CREATE POLICY child_note ON child USING (note IS NOT NULL);
COMMENT ON INDEX child_note_idx IS 'notes only';
GRANT SELECT ON parent TO PUBLIC;
GRANT SELECT (note) ON child TO PUBLIC;
"""


def test_two_databases_built_with_one_pool_share_what_agrees(pg_server: ScratchServer) -> None:
    from toolkit.inspect.shared import SharedValues

    with pg_server.database() as first_url, pg_server.database() as second_url:
        rows = []
        for url, changes in ((first_url, ""), (second_url, """
                -- Created in another order: every oid differs from the first database's.
                CREATE TABLE filler (x int);
                COMMENT ON CONSTRAINT note_short ON child IS 'kept short';
                ALTER POLICY child_note ON child USING (note <> '');
                ALTER TABLE parent RENAME CONSTRAINT parent_pkey TO parent_key;
                GRANT UPDATE (note) ON child TO PUBLIC;
                """)):
            with psycopg.connect(url, autocommit=True) as conn:
                if changes:
                    conn.execute("CREATE TABLE filler_first (x int)")
                conn.execute(TWIN_SCHEMA)
                if changes:
                    conn.execute(changes)
                rows.append(list(stream_rows(conn, ["public"])))
    pool = SharedValues()
    first, second = (catalog_from_rows(read, pool) for read in rows)
    first_alone, second_alone = (catalog_from_rows(read) for read in rows)
    # Sharing changes nothing, not even what objects depend on.
    assert (first, second) == (first_alone, second_alone)
    for pooled, alone in ((first, first_alone), (second, second_alone)):
        assert [o.depends_on for o in pooled.objects()] == [
            o.depends_on for o in alone.objects()]
    # What both databases hold alike is one object ...
    assert first.indexes[0] is second.indexes[0]
    assert first.functions[0] is second.functions[0]
    owner_policies = [p for c in (first, second) for p in c.policies if p.name == "child_owner"]
    assert owner_policies[0] is owner_policies[1]
    first_grants, second_grants = ({g.key: g for g in c.grants} for c in (first, second))
    assert first_grants and set(second_grants) - set(first_grants)  # UPDATE (note): new
    for key, grant in first_grants.items():
        assert second_grants[key] is grant
    # ... what differs is not: a policy's expression, a constraint's comment, a foreign key
    # to a primary key that has another name.
    note_policies = [p for c in (first, second) for p in c.policies if p.name == "child_note"]
    assert note_policies[0] is not note_policies[1]
    first_child, second_child = (c.table(_q("public", "child")) for c in (first, second))
    assert first_child is not None and second_child is not None
    first_by_name = {c.name: c for c in first_child.constraints}
    second_by_name = {c.name: c for c in second_child.constraints}
    assert first_by_name["child_pkey"] is second_by_name["child_pkey"]
    assert first_by_name["note_short"] is not second_by_name["note_short"]
    fkey = "child_parent_id_fkey"
    assert first_by_name[fkey] is not second_by_name[fkey]
    assert _key("constraint", "public", "parent_key", parent="parent") in (
        second_by_name[fkey].depends_on)


def test_privileges_on_columns_of_tables_views_and_partitions(pg_server: ScratchServer,
                                                              pg_url: str) -> None:
    _ensure_roles(pg_server)
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("""
            CREATE TABLE notes (id int PRIMARY KEY, body text, secret text);
            CREATE VIEW note_bodies AS SELECT id, body FROM notes;
            CREATE TABLE events (at date NOT NULL, what text) PARTITION BY RANGE (at);
            CREATE TABLE events_2024 PARTITION OF events
                FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
            GRANT SELECT (id, body) ON notes TO PUBLIC;
            GRANT UPDATE (body) ON note_bodies TO PUBLIC;
            GRANT INSERT (what) ON events_2024 TO canon_reader WITH GRANT OPTION;
        """)
    catalog = inspect_catalog(pg_url, ["public"])
    column_grants = {(g.target.name, g.grantee, g.privilege, g.columns, g.grantable)
                     for g in catalog.grants if g.columns}
    assert column_grants == {
        ("notes", "public", "SELECT", ("id",), False),
        ("notes", "public", "SELECT", ("body",), False),
        ("note_bodies", "public", "UPDATE", ("body",), False),
        ("events_2024", "canon_reader", "INSERT", ("what",), True),
    }


INDEX_SHAPES = '''
CREATE SCHEMA "My Schema";
CREATE DOMAIN "My Schema".positive AS int CHECK (VALUE > 0);
CREATE TABLE "My Schema"."Tab-le" (
    id int NOT NULL, "Mixed Case" text, "select" int, "quo""te" int,
    note text COLLATE "C", body varchar(20), tags text[], doc jsonb, tsv tsvector,
    at timestamptz, amount numeric, size "My Schema".positive);
CREATE INDEX plain_idx ON "My Schema"."Tab-le" (id);
CREATE INDEX "Sorted ""Idx""" ON "My Schema"."Tab-le"
    ("Mixed Case" DESC, "select" NULLS FIRST, id DESC NULLS LAST, amount ASC NULLS LAST);
CREATE INDEX include_idx ON "My Schema"."Tab-le" (id) INCLUDE (note, "quo""te");
CREATE INDEX partial_idx ON "My Schema"."Tab-le" (at, id) WHERE amount > 0;
CREATE INDEX own_collation_idx ON "My Schema"."Tab-le" (note);
CREATE INDEX other_collation_idx ON "My Schema"."Tab-le" (note COLLATE "POSIX");
CREATE INDEX pattern_idx ON "My Schema"."Tab-le" (note text_pattern_ops);
CREATE INDEX varchar_idx ON "My Schema"."Tab-le" (body);
CREATE INDEX domain_idx ON "My Schema"."Tab-le" (size);
CREATE OPERATOR CLASS "My Schema".positive_ops DEFAULT FOR TYPE "My Schema".positive
    USING btree AS OPERATOR 1 < (int, int), OPERATOR 2 <= (int, int), OPERATOR 3 = (int, int),
    OPERATOR 4 >= (int, int), OPERATOR 5 > (int, int),
    FUNCTION 1 ("My Schema".positive, "My Schema".positive) btint4cmp(int, int);
CREATE INDEX domain_class_idx ON "My Schema"."Tab-le" (size "My Schema".positive_ops);
CREATE INDEX jsonb_idx ON "My Schema"."Tab-le" USING gin (doc);
CREATE INDEX jsonb_path_idx ON "My Schema"."Tab-le" USING gin (doc jsonb_path_ops);
CREATE INDEX array_idx ON "My Schema"."Tab-le" USING gin (tags);
CREATE INDEX siglen_idx ON "My Schema"."Tab-le" USING gist (tsv tsvector_ops (siglen = 100));
CREATE INDEX hash_idx ON "My Schema"."Tab-le" USING hash (id);
CREATE INDEX brin_idx ON "My Schema"."Tab-le" USING brin (at);
CREATE UNIQUE INDEX unique_idx ON "My Schema"."Tab-le" (id);
CREATE INDEX fillfactor_idx ON "My Schema"."Tab-le" (id) WITH (fillfactor = 70);
CREATE INDEX expression_idx ON "My Schema"."Tab-le" (lower(note), id);
CREATE TABLE events (at date NOT NULL, what text) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX events_at_idx ON events (at DESC);
CREATE INDEX events_2024_what_idx ON events_2024 (what);
CREATE MATERIALIZED VIEW event_days AS SELECT at FROM events;
CREATE INDEX event_days_idx ON event_days (at);
'''


def _definitions_by_server(conn: psycopg.Connection[Any]) -> dict[str, str]:
    """pg_get_indexdef of every index in the database by index name; a partitioned table's
    index without the ONLY it prints with (the statement that creates it has none)."""
    rows = conn.execute(
        "SELECT ic.relname, CASE WHEN c.relkind = 'p'"
        "  THEN replace(pg_get_indexdef(ic.oid), ' ON ONLY ', ' ON ')"
        "  ELSE pg_get_indexdef(ic.oid) END"
        " FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid"
        " JOIN pg_class c ON c.oid = i.indrelid"
        " JOIN pg_namespace n ON n.oid = ic.relnamespace"
        " WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')").fetchall()
    return dict(rows)


def test_index_definitions_are_the_ones_the_server_prints(pg_url: str) -> None:
    # Indexes on plain columns have their statement put together from the catalog; every
    # shape must come out as pg_get_indexdef prints it, whichever way it was made. (A
    # default operator class declared for a domain is printed: the server looks for the
    # default of the domain's base type.)
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(INDEX_SHAPES)
        if conn.info.server_version >= 150000:
            # The server takes NULLS NOT DISTINCT without UNIQUE too, and prints it.
            conn.execute('CREATE UNIQUE INDEX distinct_nulls_idx ON "My Schema"."Tab-le"'
                         " (note) NULLS NOT DISTINCT;"
                         'CREATE INDEX not_unique_distinct_nulls_idx ON "My Schema"."Tab-le"'
                         ' (id) INCLUDE (note) NULLS NOT DISTINCT WHERE amount > 0')
        printed = _definitions_by_server(conn)
    indexes = inspect_catalog(pg_url, ["My Schema", "public"]).indexes
    by_name = {index.name: index.definition for index in indexes}
    # Not the partition's copy of events_at_idx: the parent's index stands for it.
    inherited = {name for name in printed if name.startswith("events_2024_at")}
    assert inherited and set(by_name) == set(printed) - inherited
    assert by_name == {name: printed[name] for name in by_name}
    assert by_name["Sorted \"Idx\""].endswith(
        'USING btree ("Mixed Case" DESC, "select" NULLS FIRST, id DESC NULLS LAST, amount)')
    assert by_name["siglen_idx"].endswith("USING gist (tsv tsvector_ops (siglen='100'))")
    assert by_name["events_at_idx"] == (
        "CREATE INDEX events_at_idx ON public.events USING btree (at DESC)")
    assert by_name["domain_class_idx"].endswith('USING btree (size "My Schema".positive_ops)')


def test_index_definitions_on_a_temporary_table_name_its_schema_pg_temp(pg_url: str) -> None:
    # The server names the session's own temporary schema pg_temp.
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CREATE TEMPORARY TABLE scratch (id int);"
                     "CREATE INDEX scratch_id_idx ON scratch (id)")
        row = conn.execute("SELECT nspname FROM pg_namespace"
                           " WHERE oid = pg_my_temp_schema()").fetchone()
        assert row is not None
        (index,) = inspect_connection(conn, [row[0]]).indexes
        assert index.definition == _definitions_by_server(conn)["scratch_id_idx"]
        assert " ON pg_temp.scratch " in index.definition


TAKEN_COLUMNS = ("other", "tableoid", "ctid", "xmin", "xmax", "cmin", "cmax")


def test_index_definitions_quote_any_name_as_the_server_does(pg_server: ScratchServer) -> None:
    from hypothesis import HealthCheck, assume, given, settings
    from hypothesis import strategies as st

    # Up to 15 characters of at most 4 bytes each: within the 63 bytes of a name.
    names = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
                    min_size=1, max_size=15)

    with pg_server.database() as url, psycopg.connect(url, autocommit=True) as conn:
        @settings(max_examples=25, deadline=None,
                  suppress_health_check=[HealthCheck.function_scoped_fixture])
        @given(names, names, names, names, st.booleans())
        def same(schema: str, table: str, column: str, index: str, descending: bool) -> None:
            # Names the server keeps for itself (pg_ schemas, system columns) or that would
            # clash (the table's other column, a table and an index share their names).
            assume(not schema.startswith("pg_") and schema != "information_schema"
                   and column not in TAKEN_COLUMNS and index != table)
            conn.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE; CREATE SCHEMA {};"
                                 " CREATE TABLE {}.{} ({} int, other int);"
                                 " CREATE INDEX {} ON {}.{} ({} {}) INCLUDE (other)").format(
                sql.Identifier(schema), sql.Identifier(schema), sql.Identifier(schema),
                sql.Identifier(table), sql.Identifier(column), sql.Identifier(index),
                sql.Identifier(schema), sql.Identifier(table), sql.Identifier(column),
                sql.SQL("DESC" if descending else "ASC")))
            (found,) = inspect_connection(conn, [schema]).indexes
            assert (found.name, found.definition) == (index, _definitions_by_server(conn)[index])
            conn.execute(sql.SQL("DROP SCHEMA {} CASCADE").format(sql.Identifier(schema)))

        same()
