"""The static Catalog read from canonical files: every object kind, its fields and locations."""

from __future__ import annotations

from pathlib import Path

import pytest

from toolkit.config import load_project
from toolkit.model import Catalog, ConstraintKind, ObjectKey, QualifiedName, SourceLocation
from toolkit.model.objects import Identity
from toolkit.source import load_catalog, load_statements

FIXTURES = Path(__file__).parent / "fixtures" / "source"


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(load_project(FIXTURES / "all_kinds"))


def q(name: str) -> QualifiedName:
    schema, _, rest = name.partition(".")
    return QualifiedName(schema, rest)


def test_every_kind_is_present(catalog: Catalog) -> None:
    assert [s.name for s in catalog.schemas] == ["app"]
    assert [e.name for e in catalog.extensions] == ["btree_gist", "citext", "moddatetime"]
    assert [str(e.name) for e in catalog.enums] == ["app.mood"]
    assert [str(d.name) for d in catalog.domains] == ["app.email", "app.positive_int"]
    assert [str(c.name) for c in catalog.composites] == ["app.address"]
    assert [str(s.name) for s in catalog.sequences] == ["app.invoice_number"]
    assert [str(t.name) for t in catalog.tables] == [
        "app.accounts", "app.bookings", "app.cache", "app.events", "app.events_2024",
        "app.events_default", "app.invoices"]
    assert [i.name for i in catalog.indexes] == [
        "accounts_lower_name_idx", "events_happened_at_idx", "invoices_account_idx"]
    assert [(str(v.name), v.materialized) for v in catalog.views] == [
        ("app.monthly_totals", True), ("app.invoice_totals", False)]
    assert [t.name for t in catalog.triggers] == [
        "accounts_moddatetime", "accounts_touch", "invoices_changed"]
    assert [p.name for p in catalog.policies] == ["accounts_owner", "invoices_read"]
    assert catalog.grants


def test_columns_types_defaults_identity_generated(catalog: Catalog) -> None:
    accounts = catalog.table(q("app.accounts"))
    invoices = catalog.table(q("app.invoices"))
    assert accounts is not None and invoices is not None
    columns = {c.name: c for c in accounts.columns}
    assert [c.name for c in accounts.columns] == [
        "id", "email", "full_name", "mood", "home", "score", "created_at", "updated_at"]
    assert columns["created_at"].data_type == "timestamp with time zone"
    assert columns["created_at"].default == "now()"
    assert columns["mood"].data_type == "app.mood" and columns["mood"].default == "'ok'"
    assert columns["id"].not_null, "primary key columns are NOT NULL"
    assert not columns["home"].not_null
    by_name = {c.name: c for c in invoices.columns}
    assert by_name["id"].identity is Identity.ALWAYS and by_name["id"].not_null
    assert by_name["number"].default == "nextval('app.invoice_number')"
    assert by_name["amount"].data_type == "numeric(12,2)"
    assert by_name["tax"].generated == "amount * 0.2"
    assert by_name["issued_on"].default == "current_date"
    events = catalog.table(q("app.events"))
    assert events is not None
    assert events.columns[0].identity is Identity.BY_DEFAULT
    assert events.columns[2].default == "'{}'::jsonb"


def test_constraint_names_definitions_and_foreign_keys(catalog: Catalog) -> None:
    invoices = catalog.table(q("app.invoices"))
    assert invoices is not None
    constraints = {c.name: c for c in invoices.constraints}
    assert set(constraints) == {"invoices_pkey", "invoices_amount_check", "invoices_account_fkey",
                                "invoices_number_key", "invoices_amount_limit"}
    assert constraints["invoices_pkey"].definition == "PRIMARY KEY (id)"
    assert constraints["invoices_amount_check"].definition == "CHECK (amount >= 0)"
    assert constraints["invoices_amount_check"].columns == ("amount",)
    assert constraints["invoices_number_key"].kind is ConstraintKind.UNIQUE
    assert constraints["invoices_number_key"].comment == "Invoice numbers never repeat"
    fk = constraints["invoices_account_fkey"]
    assert fk.kind is ConstraintKind.FOREIGN_KEY
    assert fk.references == q("app.accounts") and fk.referenced_columns == ("id",)
    assert fk.deferrable and fk.initially_deferred
    assert fk.depends_on == (ObjectKey("table", "app", "accounts"),)
    assert constraints["invoices_amount_limit"].location == SourceLocation(
        "schema/tables.sql", 25, 30)
    accounts = catalog.table(q("app.accounts"))
    assert accounts is not None
    account_fk = next(c for c in accounts.constraints if c.kind is ConstraintKind.FOREIGN_KEY)
    assert account_fk.name == "accounts_id_fkey"
    assert account_fk.definition == ("FOREIGN KEY (id) REFERENCES auth.users (id) "
                                     "ON DELETE CASCADE")
    assert account_fk.on_delete == "CASCADE" and account_fk.on_update == "NO ACTION"
    assert {c.name for c in accounts.constraints} == {
        "accounts_pkey", "accounts_id_fkey", "accounts_email_key"}
    bookings = catalog.table(q("app.bookings"))
    assert bookings is not None
    exclude = next(c for c in bookings.constraints if c.kind is ConstraintKind.EXCLUDE)
    assert exclude.name == "bookings_room_during_excl"
    assert exclude.definition == "EXCLUDE USING gist (room WITH =, during WITH &&)"


def test_partitions_rls_unlogged_comments_renames(catalog: Catalog) -> None:
    events = catalog.table(q("app.events"))
    first = catalog.table(q("app.events_2024"))
    default = catalog.table(q("app.events_default"))
    assert events is not None and first is not None and default is not None
    assert events.partition_by == "RANGE (happened_at)"
    assert first.partition_of == q("app.events")
    assert first.partition_bound == "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')"
    assert default.partition_bound == "DEFAULT"
    accounts = catalog.table(q("app.accounts"))
    invoices = catalog.table(q("app.invoices"))
    cache = catalog.table(q("app.cache"))
    assert accounts is not None and invoices is not None and cache is not None
    assert accounts.rls_enabled and not accounts.rls_forced
    assert invoices.rls_enabled and invoices.rls_forced
    assert cache.unlogged and not accounts.unlogged
    assert accounts.comment == "One row per user"
    full_name = accounts.column("full_name")
    assert full_name is not None
    assert full_name.comment == "Shown in the UI"
    assert full_name.renamed_from == "name"
    assert catalog.schemas[0].comment == "Application objects"
    assert catalog.enums[0].comment == "How a user feels"


def test_types_domains_sequences(catalog: Catalog) -> None:
    assert catalog.enums[0].labels == ("sad", "ok", "happy")
    email, positive = catalog.domains
    assert email.base_type == "extensions.citext"
    assert [(c.name, c.definition) for c in email.checks] == [("email_check",
                                                              "CHECK (VALUE ~ '@')")]
    assert positive.not_null and positive.default == "1"
    assert positive.checks[0].name == "positive"
    address = catalog.composites[0]
    assert [(a.name, a.data_type, a.collation) for a in address.attributes] == [
        ("street", "text", None), ("city", "text", '"C"'), ("zip", "character varying(10)", None)]
    sequence = catalog.sequences[0]
    assert (sequence.data_type, sequence.start, sequence.increment, sequence.cache) == (
        "integer", 1000, 1, 1)
    assert sequence.comment == "Invoice numbers"


def test_indexes(catalog: Catalog) -> None:
    indexes = {i.name: i for i in catalog.indexes}
    lower = indexes["accounts_lower_name_idx"]
    assert lower.unique and lower.method == "btree"
    assert lower.keys == ("lower(full_name)",)
    assert lower.include == ("email",)
    assert lower.predicate == "mood <> 'sad'"
    generated = indexes["events_happened_at_idx"]
    assert generated.keys == ("happened_at DESC NULLS LAST",)
    assert generated.definition == "CREATE INDEX ON app.events (happened_at DESC NULLS LAST)"
    assert indexes["invoices_account_idx"].comment == "Covers the foreign key"
    assert indexes["invoices_account_idx"].depends_on == (ObjectKey("table", "app", "invoices"),)


def test_views(catalog: Catalog) -> None:
    monthly, totals = catalog.views
    assert totals.definition == ("SELECT account_id, sum(amount) AS total FROM app.invoices "
                                 "GROUP BY account_id")
    assert totals.options == ("security_invoker=true",)
    assert totals.comment == "Totals per account"
    assert monthly.definition.endswith("FROM app.invoices GROUP BY 1")
    assert "WITH NO DATA" not in monthly.definition
    assert ObjectKey("table", "app", "invoices") in monthly.depends_on


def test_functions(catalog: Catalog) -> None:
    functions = {f.name.name: f for f in catalog.functions}
    total = functions["account_total"]
    assert (total.signature, total.arguments, total.returns) == ("uuid", "p_account uuid",
                                                                 "numeric")
    assert (total.language, total.volatility, total.strict) == ("sql", "stable", False)
    assert "FROM app.invoices" in total.body
    assert total.comment == "Sum of the account's invoices"
    assert ObjectKey("table", "app", "invoices") in total.depends_on
    owner = functions["is_owner"]
    assert owner.security_definer and owner.config == ('search_path=""',)
    assert owner.body == "RETURN p_account = auth.uid()"
    refresh = functions["refresh_totals"]
    assert refresh.config == ("search_path=app, pg_temp",)
    assert refresh.returns == "trigger" and refresh.language == "plpgsql"
    assert functions["next_invoice_number"].strict
    archive = functions["archive_events"]
    assert archive.procedure and archive.returns is None
    assert archive.signature == "timestamp with time zone"
    assert archive.arguments == ("p_before timestamp with time zone DEFAULT now() - "
                                 "interval '1 year'")
    assert archive.key == ObjectKey("procedure", "app", "archive_events",
                                    signature="timestamp with time zone")


def test_plpgsql_bodies_become_dependencies(catalog: Catalog) -> None:
    functions = {f.name.name: f for f in catalog.functions}
    assert set(functions["archive_events"].depends_on) >= {
        ObjectKey("table", "app", "events"),
        ObjectKey("function", "app", "account_total", signature="uuid")}
    assert ObjectKey("materialized view", "app", "monthly_totals") in functions[
        "refresh_totals"].depends_on


def test_triggers_and_policies(catalog: Catalog) -> None:
    triggers = {t.name: t for t in catalog.triggers}
    touch = triggers["accounts_touch"]
    assert (touch.timing, touch.events, touch.for_each_row) == ("BEFORE", ("UPDATE",), True)
    assert touch.function == q("app.touch_updated_at")
    assert touch.comment == "Keeps updated_at current"
    changed = triggers["invoices_changed"]
    assert (changed.timing, changed.events, changed.for_each_row) == (
        "AFTER", ("INSERT", "DELETE", "UPDATE"), False)
    assert triggers["accounts_moddatetime"].function == q("public.moddatetime")
    owner, read = catalog.policies
    assert (owner.permissive, owner.command, owner.roles) == (True, "ALL", ("authenticated",))
    assert owner.using == owner.with_check == "id = (SELECT auth.uid())"
    assert owner.comment == "Owners only"
    assert (read.permissive, read.command, read.roles) == (False, "SELECT",
                                                           ("anon", "authenticated"))
    assert read.using == "app.is_owner(account_id)" and read.with_check is None


def test_grants(catalog: Catalog) -> None:
    grants = {(str(g.target), g.grantee, g.privilege, g.columns) for g in catalog.grants}
    assert ("table app.accounts", "authenticated", "SELECT", ()) in grants
    assert ("table app.accounts", "authenticated", "UPDATE", ("full_name",)) in grants
    assert ("schema app", "anon", "USAGE", ()) in grants
    assert ("enum app.mood", "anon", "USAGE", ()) in grants
    assert ("function app.account_total(uuid)", "authenticated", "EXECUTE", ()) in grants
    everything_in_app = {target for target, grantee, privilege, _ in grants
                         if grantee == "service_role" and privilege == "SELECT"}
    assert {"table app.events_2024", "view app.invoice_totals",
            "materialized view app.monthly_totals", "sequence app.invoice_number"} <= (
        everything_in_app)


def test_every_object_and_column_has_a_location(catalog: Catalog) -> None:
    for obj in catalog.objects():
        assert obj.location is not None, obj.key
        assert Path(FIXTURES / "all_kinds" / obj.location.path).is_file()
    for table in catalog.tables:
        for column in table.columns:
            assert column.location is not None
    accounts = catalog.table(q("app.accounts"))
    assert accounts is not None
    assert accounts.location == SourceLocation("schema/tables.sql", 1, 1)
    assert accounts.columns[3].location == SourceLocation("schema/tables.sql", 5, 5)


def test_catalog_json_round_trip(catalog: Catalog) -> None:
    assert Catalog.from_json(catalog.to_json()) == catalog


def test_load_statements_gives_every_statement_with_its_place() -> None:
    statements = load_statements(load_project(FIXTURES / "all_kinds"))
    assert len(statements) == 55
    first = statements[0]
    assert (str(first.path), first.line, first.column, first.kind) == (
        "functions/functions.sql", 1, 1, "CreateFunctionStmt")
    kinds = {statement.kind for statement in statements}
    assert {"CreateStmt", "CreatePolicyStmt", "GrantStmt", "CommentStmt"} <= kinds
