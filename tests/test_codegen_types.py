"""The type map and the shapes built on it, on hand-built catalogs (no database)."""

from __future__ import annotations

import pytest

from toolkit.codegen.shapes import Presence, build_shapes
from toolkit.codegen.signatures import Mode, signature_of
from toolkit.codegen.types import TypeResolver, python_type, typescript_type
from toolkit.model import (
    Catalog,
    Column,
    CompositeType,
    Constraint,
    ConstraintKind,
    Domain,
    EnumType,
    Function,
    QualifiedName,
    Table,
    View,
)
from toolkit.model.objects import Attribute, Identity, ViewColumn

PUBLIC = "public"


def q(name: str, schema: str = PUBLIC) -> QualifiedName:
    return QualifiedName(schema, name)


CATALOG = Catalog.build(
    enums=[EnumType(q("mood"), ("happy", "sad")), EnumType(q("plan", "app"), ("free",)),
           EnumType(q("My Type"), ("x",))],
    domains=[Domain(q("positive"), "int", checks=()),
             Domain(q("tags"), "text[]"),
             Domain(q("email", "app"), "public.positive", not_null=True, default="1")],
    composites=[CompositeType(q("address"), (Attribute("street", "text"),))],
)


def reference(sql_type: object) -> str:
    return "REF"


@pytest.mark.parametrize(("aliases", "base"), [
    (["int", "int4", "integer", "pg_catalog.int4", "serial", "serial4"], "integer"),
    (["int8", "bigint", "bigserial", "pg_catalog.int8"], "bigint"),
    (["int2", "smallint", "smallserial"], "smallint"),
    (["varchar", "varchar(10)", "character varying", "character varying(10)"], "varchar"),
    (["timestamptz", "timestamp with time zone", "timestamp(3) with time zone"], "timestamptz"),
    (["timestamp", "timestamp without time zone"], "timestamp"),
    (["numeric", "numeric(12,2)", "decimal(10, 2)", 'pg_catalog."numeric"(10,2)'], "numeric"),
    (["float8", "double precision"], "double precision"),
    (["float4", "real"], "real"),
    (["bool", "boolean"], "boolean"),
    (["time", "time without time zone"], "time"),
    (["timetz", "time with time zone"], "timetz"),
    (["interval", "interval day to second", "interval(3)"], "interval"),
    (["citext", "public.citext"], "citext"),
    (['"char"', "char(3)", "character(3)", "bpchar"], "char"),
])
def test_aliases_collapse_to_one_type(aliases: list[str], base: str) -> None:
    resolver = TypeResolver(CATALOG)
    resolved = {alias: resolver.resolve(alias) for alias in aliases}
    assert {alias: t.base.name if t.base else None for alias, t in resolved.items()} == {
        alias: base for alias in aliases}
    assert all(t.dims == 0 for t in resolved.values())


@pytest.mark.parametrize(("text", "python", "typescript"), [
    ("numeric(12,2)", "_decimal.Decimal", "number"),
    ("timestamptz", "_dt.datetime", "string"),
    ("timestamp", "_dt.datetime", "string"),
    ("date", "_dt.date", "string"),
    ("time with time zone", "_dt.time", "string"),
    ("interval", "_dt.timedelta", "string"),
    ("jsonb", "Json", "Json"),
    ("json", "Json", "Json"),
    ("uuid", "_uuid.UUID", "string"),
    ("bytea", "bytes", "string"),
    ("boolean", "bool", "boolean"),
    ("bigint", "int", "number"),
    ("double precision", "float", "number"),
    ("text[]", "list[str]", "string[]"),
    ("integer[][]", "list[list[int]]", "number[]"),
    ("inet", "_ipaddress.IPv4Address | _ipaddress.IPv6Address", "string"),
    ("tstzrange", "object", "unknown"),
    ("positive", "int", "number"),
    ("app.email", "int", "number"),
    ("tags", "list[str]", "string[]"),
    ("tags[]", "list[list[str]]", "string[]"),
    ("mood", "REF", "REF"),
    ("public.mood[]", "list[REF]", "REF[]"),
    ('public."My Type"', "REF", "REF"),
    ("address", "REF", "REF"),
    ("record", "dict[str, object]", "Record<string, unknown>"),
    ("void", "None", "undefined"),
])
def test_type_map_targets(text: str, python: str, typescript: str) -> None:
    resolved = TypeResolver(CATALOG, [PUBLIC, "app"]).resolve(text)
    assert python_type(resolved, reference) == python
    assert typescript_type(resolved, reference) == typescript


def test_user_types_resolve_through_the_search_path() -> None:
    resolver = TypeResolver(CATALOG, ["app", PUBLIC])
    assert resolver.resolve("plan").enum.name == q("plan", "app")  # type: ignore[union-attr]
    assert resolver.resolve("mood").enum.name == q("mood")  # type: ignore[union-attr]
    assert resolver.resolve("address").composite == q("address")
    assert resolver.resolve("nope").is_unknown
    assert resolver.resolve('"Mood"').is_unknown  # quoted names keep their case


def test_domains_resolve_to_their_base_and_say_whether_they_forbid_null() -> None:
    resolver = TypeResolver(CATALOG, ["app", PUBLIC])
    assert resolver.domain_of("email") == CATALOG.domains[0]
    assert resolver.domain_of("email[]") is None
    assert resolver.domain_of("integer") is None
    assert resolver.resolve("email").display == "integer"


def _members(catalog_columns: tuple[Column, ...], *constraints: Constraint) -> Catalog:
    table = Table(q("members"), catalog_columns, constraints)
    return Catalog.build(tables=[table], domains=CATALOG.domains, enums=CATALOG.enums)


def test_insert_and_update_presence_follow_defaults_identity_and_generation() -> None:
    columns = (
        Column("id", "integer", not_null=True, identity=Identity.ALWAYS),
        Column("seq", "bigint", identity=Identity.BY_DEFAULT),
        Column("serial_no", "serial"),
        Column("name", "text", not_null=True),
        Column("nick", "text"),
        Column("created", "timestamptz", not_null=True, default="now()"),
        Column("total", "bigint", generated="id * 2"),
        Column("mail", "app.email"),
        Column("key", "uuid"),
    )
    pk = Constraint(q("members"), "members_pkey", ConstraintKind.PRIMARY_KEY,
                    "PRIMARY KEY (key)", columns=("key",))
    shapes = build_shapes(_members(columns, pk), [PUBLIC, "app"])
    fields = {f.name: f for f in shapes.relations[0].fields}
    assert {name: (f.nullable, f.insert, f.update) for name, f in fields.items()} == {
        "id": (False, Presence.NEVER, Presence.NEVER),
        "seq": (False, Presence.OPTIONAL, Presence.OPTIONAL),
        "serial_no": (False, Presence.OPTIONAL, Presence.OPTIONAL),
        "name": (False, Presence.REQUIRED, Presence.OPTIONAL),
        "nick": (True, Presence.OPTIONAL, Presence.OPTIONAL),
        "created": (False, Presence.OPTIONAL, Presence.OPTIONAL),
        "total": (True, Presence.NEVER, Presence.NEVER),
        "mail": (False, Presence.OPTIONAL, Presence.OPTIONAL),  # NOT NULL domain with default
        "key": (False, Presence.REQUIRED, Presence.OPTIONAL),  # primary key implies NOT NULL
    }


def test_view_columns_are_nullable_unless_provably_not() -> None:
    members = Table(q("members"), (Column("id", "integer", not_null=True),
                                   Column("name", "text", not_null=True),
                                   Column("nick", "text")))
    notes = Table(q("notes"), (Column("member_id", "integer", not_null=True),
                               Column("body", "text", not_null=True)))
    view = View(q("overview"), "SELECT m.id, m.nick, n.body, m.name::varchar AS label, "
                "count(*) OVER () AS n, coalesce(m.nick, 'x') AS shown, upper(m.name) AS up "
                "FROM members m LEFT JOIN notes n ON n.member_id = m.id")
    simple = View(q("names"), "SELECT id, name FROM members WHERE nick IS NOT NULL")
    catalog = Catalog.build(tables=[members, notes], views=[view, simple])
    relations = {r.name.name: r for r in build_shapes(catalog, [PUBLIC]).relations}
    overview = {f.name: (f.type.display, f.nullable) for f in relations["overview"].fields}
    assert overview == {
        "id": ("integer", False), "nick": ("text", True),
        "body": ("text", True),  # outer join side
        "label": ("varchar", False), "n": ("bigint", False), "shown": ("text", False),
        "up": ("unknown", True),
    }
    assert not relations["overview"].writable
    assert relations["names"].writable
    assert [(f.name, f.nullable) for f in relations["names"].fields] == [
        ("id", False), ("name", False)]


def test_declared_view_column_types_win_over_the_query() -> None:
    members = Table(q("members"), (Column("id", "integer", not_null=True),))
    view = View(q("ids"), "SELECT id::bigint AS id FROM members",
                columns=(ViewColumn("id", "bigint"),))
    catalog = Catalog.build(tables=[members], views=[view])
    (relation,) = [r for r in build_shapes(catalog, [PUBLIC]).relations if r.view]
    assert [(f.type.display, f.nullable) for f in relation.fields] == [("bigint", False)]


def test_function_signatures_read_by_the_postgres_grammar() -> None:
    function = Function(q("f"), "integer, text", "a integer, b text DEFAULT 'x'::text, "
                        "OUT c public.mood, VARIADIC xs integer[]", "record", "sql", "")
    signature = signature_of(function)
    assert [(p.name, p.type, p.mode, p.has_default) for p in signature.parameters] == [
        ("a", "integer", Mode.IN, False), ("b", "text", Mode.IN, True),
        ("c", "public.mood", Mode.OUT, False), ("xs", "integer[]", Mode.VARIADIC, False)]
    table = signature_of(Function(q("g"), "", "", "TABLE(a integer, b text)", "sql", ""))
    assert table.returns_set and [p.mode for p in table.outputs] == [Mode.TABLE, Mode.TABLE]
    rows = signature_of(Function(q("h"), "", "", "SETOF public.members", "sql", ""))
    assert (rows.returns, rows.returns_set) == ("public.members", True)


def test_trigger_functions_and_procedures_are_not_callable_models() -> None:
    catalog = Catalog.build(functions=[
        Function(q("t"), "", "", "trigger", "plpgsql", ""),
        Function(q("p"), "integer", "a integer", None, "sql", "", procedure=True),
        Function(q("two_unnamed"), "integer, integer", "integer, integer", "integer", "sql", ""),
        Function(q("one_unnamed"), "integer", "integer", "integer", "sql", ""),
    ])
    assert [r.name.name for r in build_shapes(catalog, [PUBLIC]).routines] == ["one_unnamed"]
