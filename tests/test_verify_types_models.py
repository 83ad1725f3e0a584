"""canon verify-types against the canonical files (no database): generated models verify clean,
and each kind of disagreement a hand edit makes is reported once, where it is written."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from toolkit.codegen.python import Style
from toolkit.commands.codegen import python_models, typescript_models
from toolkit.config import ProjectConfig, load_project
from toolkit.errors import CanonError, SourceError
from toolkit.source import load_catalog
from toolkit.verify.models import check_models, read_models
from toolkit.verify.models.checker import TypeCheck

FIXTURES = Path(__file__).parent / "fixtures"
SHOP = FIXTURES / "verify_types" / "shop"
REPO = Path(__file__).resolve().parent.parent
CODEGEN = FIXTURES / "codegen" / "project"


def check(config: ProjectConfig, path: Path, *, partial: bool = False) -> TypeCheck:
    return check_models(read_models(path), load_catalog(config), config.schemas,
                        partial=partial)


def found(result: TypeCheck) -> set[tuple[str, str, tuple[str, ...]]]:
    return {(str(f.kind), f.object, f.roles) for f in result.findings}


@pytest.fixture(scope="module")
def shop() -> ProjectConfig:
    return load_project(SHOP)


@pytest.fixture(scope="module")
def shop_ts(shop: ProjectConfig) -> str:
    return typescript_models(shop, None)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --- generated models verify clean ------------------------------------------------------------


@pytest.mark.parametrize("root", [REPO, CODEGEN, SHOP], ids=["root", "codegen", "shop"])
def test_generated_models_verify_clean(root: Path, tmp_path: Path) -> None:
    config = load_project(root)
    outputs = {"types.ts": typescript_models(config, None)}
    for style in Style:
        outputs[f"models_{style.value}.py"] = python_models(config, None, style)
    catalog = load_catalog(config)
    for name, text in outputs.items():
        models = read_models(write(tmp_path, name, text))
        result = check_models(models, catalog, config.schemas)
        assert [f.describe() for f in result.findings] == [], name
        assert sum(len(m.relations) for m in models) > 0


def test_generated_models_verify_clean_with_types_outside_the_managed_schemas(
        tmp_path: Path) -> None:
    root = tmp_path / "project"
    (root / "schema").mkdir(parents=True)
    (root / "canon.toml").write_text('schemas = ["app"]\n', encoding="utf-8")
    (root / "schema" / "app.sql").write_text(
        "create schema other;\ncreate type other.kind as enum ('a', 'b');\n"
        "create type other.pair as (x int, y int);\ncreate schema app;\n"
        "create table app.things (id int primary key, kind other.kind not null,\n"
        "    kinds other.kind[], pair other.pair);\n", encoding="utf-8")
    config = load_project(root)
    outputs = {"types.ts": typescript_models(config, None)}
    outputs.update({f"{s.value}.py": python_models(config, None, s) for s in Style})
    for name, text in outputs.items():
        assert check(config, write(tmp_path, name, text)).findings == (), name


# --- TypeScript: one edit, one finding ----------------------------------------------------------

ALIASES = "\ntype Email = string\ntype Nullable<T> = T | null\ntype List<T = string> = T[]\n"
TS_EDITS = [
    # (what, text in the generated file, replacement, expected findings)
    ("row type", "email: string\n", "email: number\n",
     {("type", "column public.customers.email", ("Row",))}),
    ("nullable column typed non-null", "name: string | null\n", "name: string\n",
     {("nullability", "column public.customers.name", ("Row",))}),
    ("NOT NULL column typed nullable", "email: string\n", "email: string | null\n",
     {("nullability", "column public.customers.email", ("Row",))}),
    ("required column optional in Insert", "email: string\n          id?: never",
     "email?: string\n          id?: never",
     {("insert", "column public.customers.email", ("Insert",))}),
    ("defaulted column required in Insert", "balance?: number\n", "balance: number\n",
     {("insert", "column public.customers.balance", ("Insert",))}),
    ("identity ALWAYS given in Insert", "id?: never\n", "id?: number\n",
     {("insert", "column public.customers.id", ("Insert",))}),
    ("generated column given in Update", "amount_usd?: never\n          customer_id?: number",
     "amount_usd?: number | null\n          customer_id?: number",
     {("update", "column public.orders.amount_usd", ("Update",))}),
    ("column required in Update", "note?: string | null\n          placed_at?: string | null\n"
     "          status?: Database[\"public\"][\"Enums\"][\"order_status\"]\n"
     "          total?: Database[\"public\"][\"CompositeTypes\"][\"money\"] | null\n        }\n"
     "        Relationships",
     "note: string | null\n          placed_at?: string | null\n"
     "          status?: Database[\"public\"][\"Enums\"][\"order_status\"]\n"
     "          total?: Database[\"public\"][\"CompositeTypes\"][\"money\"] | null\n        }\n"
     "        Relationships",
     {("update", "column public.orders.note", ("Update",))}),
    ("required column left out of Insert", "          amount_cents: number\n          amount_usd?",
     "          amount_usd?",
     {("insert", "column public.orders.amount_cents", ("Insert",))}),
    ("column missing from Row", "          note: string | null\n", "",
     {("not-in-models", "column public.orders.note", ())}),
    ("column the database lacks", "          note: string | null\n",
     "          note: string | null\n          discount: number\n",
     {("not-in-database", "column public.orders.discount", ())}),
    ("enum label the database lacks", '"pending" | "paid" | "shipped"',
     '"pending" | "paid" | "shipped" | "refunded"',
     {("enum-labels", "enum public.order_status", ())}),
    ("enum column as a union missing a label",
     'status: Database["public"]["Enums"]["order_status"]\n', 'status: "pending" | "paid"\n',
     {("type", "column public.orders.status", ("Row",))}),
    ("enum column as a string", 'status: Database["public"]["Enums"]["order_status"]\n',
     "status: string\n", {("type", "column public.orders.status", ("Row",))}),
    ("numeric as a string", "balance: number\n", "balance: string\n",
     {("type", "column public.customers.balance", ("Row",))}),
    ("jsonb as a string", "profile: Json | null\n", "profile: string | null\n",
     {("type", "column public.customers.profile", ("Row",))}),
    ("array as a scalar", "tags: string[]\n", "tags: string\n",
     {("type", "column public.customers.tags", ("Row",))}),
    ("array of the wrong element", "tags: string[]\n", "tags: number[]\n",
     {("type", "column public.customers.tags", ("Row",))}),
    ("composite attribute renamed", "currency: string | null", "curr: string | null",
     {("not-in-database", "attribute public.money.curr", ()),
      ("not-in-models", "attribute public.money.currency", ())}),
    ("function argument renamed", "p_status?:", "status?:",
     {("arguments", "function public.order_count", ())}),
    ("function argument required", "p_status?:", "p_status:",
     {("arguments", "function public.order_count argument p_status", ())}),
    ("function result", "Returns: number", "Returns: string",
     {("returns", "function public.order_count", ())}),
    ("table missing from the models", "      customers: {", "      customers_old: {",
     {("not-in-database", "table public.customers_old", ()),
      ("not-in-models", "table public.customers", ())}),
    ("view declared as a table", "    Views: {\n      order_totals: {",
     "    Views: {\n      [_ in never]: never\n    }\n    Tables2: {\n      order_totals: {",
     {("not-in-models", "view public.order_totals", ())}),
    ("an enum the database lacks", "    Enums: {\n",
     '    Enums: {\n      colour: "red" | "blue"\n',
     {("not-in-database", "enum public.colour", ())}),
    ("generic alias of the wrong type", "name: string | null\n", "name: Nullable<number>\n",
     {("type", "column public.customers.name", ("Row",))}),
    ("generic alias hiding NULL", "email: string\n", "email: Nullable<string>\n",
     {("nullability", "column public.customers.email", ("Row",))}),
    ("a function the database lacks", "    Functions: {\n",
     "    Functions: {\n      ping: { Args: Record<PropertyKey, never>; Returns: undefined }\n",
     {("not-in-database", "function public.ping", ())}),
]


@pytest.mark.parametrize(("what", "old", "new", "expected"), TS_EDITS,
                         ids=[edit[0] for edit in TS_EDITS])
def test_each_typescript_edit_is_reported(shop: ProjectConfig, shop_ts: str, tmp_path: Path,
                                          what: str, old: str, new: str,
                                          expected: set[tuple[str, str, tuple[str, ...]]]
                                          ) -> None:
    assert old in shop_ts, what
    result = check(shop, write(tmp_path, "types.ts", shop_ts.replace(old, new, 1) + ALIASES))
    assert found(result) == expected
    assert all(f.location is not None for f in result.findings)


@pytest.mark.parametrize(("old", "new"), [
    ('status: Database["public"]["Enums"]["order_status"]\n',
     'status: "shipped" | "pending" | "paid"\n'),
    ('status: Database["public"]["Enums"]["order_status"]\n',
     'status: Enums<"order_status">\n'),
    ("email: string\n", 'email: "a@example.com" | "b@example.com"\n'),
    ("profile: Json | null\n", "profile: { theme: string; size?: number } | null\n"),
    ("profile: Json | null\n", "profile: Record<string, unknown> | null\n"),
    ("tags: string[]\n", "tags: Array<string>\n"),
    ("tags: string[]\n", "tags: readonly string[]\n"),
    ("balance: number\n", "balance: any\n"),
    ("balance: number\n", "balance: Money\n"),  # imported: cannot be seen, not checked
    ("email: string\n", "email: Email\n"),
    ("name: string | null\n", "name?: string | null | undefined\n"),
    ("name: string | null\n", "name: Nullable<string>\n"),
    ("tags: string[]\n", "tags: List<string>\n"),
    ("tags: string[]\n", "tags: List\n"),
], ids=["enum-union", "enum-helper", "text-literals", "json-object", "json-record",
        "array-generic", "readonly-array", "any", "imported", "local-alias", "undefined",
        "generic-alias", "generic-array-alias", "generic-default"])
def test_equivalent_spellings_agree(shop: ProjectConfig, shop_ts: str, tmp_path: Path,
                                    old: str, new: str) -> None:
    text = shop_ts.replace(old, new, 1) + ALIASES
    result = check(shop, write(tmp_path, "types.ts", text))
    assert [f.describe() for f in result.findings] == []


def test_hand_written_types_verify_clean_and_edits_show(shop: ProjectConfig,
                                                       tmp_path: Path) -> None:
    """An interface, single quotes, semicolons, local aliases, Partial<Insert> as Update,
    overloads as a union of entries, a composite typed through a local interface."""
    folder = SHOP.parent / "handwritten"
    assert check(shop, folder).findings == ()
    text = (folder / "database.ts").read_text(encoding="utf-8")
    edited = text.replace("status?: 'pending' | 'paid' | 'shipped';", "status?: 'pending';")
    edited = edited.replace("email: string;\n          name?: string | null;",
                            "email?: string;\n          name?: string | null;")
    assert found(check(shop, write(tmp_path, "database.ts", edited))) == {
        ("type", "column public.orders.status", ("Insert",)),
        ("insert", "column public.customers.email", ("Insert",))}


def test_a_finding_points_at_the_member_and_shows_both_types(shop: ProjectConfig,
                                                              shop_ts: str,
                                                              tmp_path: Path) -> None:
    text = shop_ts.replace("balance: number\n", "balance: string\n", 1)
    path = write(tmp_path, "types.ts", text)
    (finding,) = check(shop, path).findings
    line = text[:text.index("balance: string")].count("\n") + 1
    assert finding.location is not None
    assert (finding.location.path, finding.location.line, finding.location.column) == (
        path, line, 11)
    assert (finding.model, finding.database) == ("string", "number")
    assert finding.message == ("the models say string; the database has numeric(12,2), which "
                               "the type map writes number")


def test_view_columns_may_be_typed_nullable_but_a_read_only_view_takes_no_insert(
        shop: ProjectConfig, shop_ts: str, tmp_path: Path) -> None:
    nullable = shop_ts.replace("customer_id: number\n          order_count: number",
                               "customer_id: number | null\n          order_count: number | null")
    assert nullable != shop_ts
    assert check(shop, write(tmp_path, "a.ts", nullable)).findings == ()
    writable = shop_ts.replace("          total_cents: unknown\n        }\n",
                               "          total_cents: unknown\n        }\n"
                               "        Insert: { customer_id?: number }\n")
    assert found(check(shop, write(tmp_path, "b.ts", writable))) == {
        ("insert", "view public.order_totals", ())}


def test_partial_models_and_unmanaged_schemas(shop: ProjectConfig, shop_ts: str,
                                              tmp_path: Path) -> None:
    start = shop_ts.index("      customers: {")
    end = shop_ts.index("      orders: {")
    without = shop_ts[:start] + shop_ts[end:]
    extra = without.replace("export type Database = {\n", "export type Database = {\n"
                            "  __InternalSupabase: { PostgrestVersion: \"12\" }\n"
                            "  graphql_public: { Tables: { x: { Row: { a: string } } } }\n")
    path = write(tmp_path, "types.ts", extra)
    result = check(shop, path)
    assert found(result) == {("not-in-models", "table public.customers", ())}
    location = result.findings[0].location
    assert location is not None
    assert extra.splitlines()[location.line - 1][location.column - 1:] == "Tables: {"
    partial = check(shop, path, partial=True)
    assert partial.findings == ()
    assert partial.skipped_schemas == ("graphql_public",)


def test_a_schema_the_models_leave_out(tmp_path: Path, shop: ProjectConfig) -> None:
    path = write(tmp_path, "types.ts", "export type Database = { other: {} }\n")
    assert found(check(shop, path)) == {("not-in-models", "schema public", ())}
    assert check(shop, path, partial=True).skipped_schemas == ("other",)


def test_typescript_shape_errors_have_positions(tmp_path: Path, shop: ProjectConfig) -> None:
    path = write(tmp_path, "types.ts", "export type Database = {\n  public: {\n"
                 "    Tables: { t: { Insert: { a: string } } }\n  }\n}\n")
    with pytest.raises(SourceError, match=r"public\.Tables\.t has no Row type") as caught:
        check(shop, path)
    assert (caught.value.line, caught.value.column) == (3, 15)
    write(tmp_path, "types.ts", "export type Database = {\n  public: string\n}\n")
    with pytest.raises(SourceError, match="schema public: expected an object type") as caught:
        check(shop, path)
    assert (caught.value.line, caught.value.column) == (2, 11)


# --- Python ----------------------------------------------------------------------------------


def py(tmp_path: Path, text: str, name: str = "models.py") -> Path:
    return write(tmp_path, name, textwrap.dedent(text))


def test_python_classes_resolve_their_tables(tmp_path: Path, shop: ProjectConfig) -> None:
    path = py(tmp_path, '''
        import dataclasses
        import datetime
        from decimal import Decimal
        from typing import ClassVar, Optional

        @dataclasses.dataclass
        class Customer:
            """Singular class name, plural table."""
            id: int
            email: str
            name: Optional[str]
            tags: list[str]
            profile: dict[str, object] | None
            balance: Decimal
            created_at: datetime.datetime

        @dataclasses.dataclass
        class Thing:
            __tablename__: ClassVar[str] = "public.orders"
            id: str
            email: str
    ''')
    assert found(check(shop, path, partial=True)) == {
        ("not-in-database", "column public.orders.email", ()),
        ("type", "column public.orders.id", ("Row",)),
        *{("not-in-models", f"column public.orders.{c}", ()) for c in (
            "customer_id", "status", "total", "amount_cents", "amount_usd", "note",
            "placed_at")},
    }


def test_pydantic_aliases_inheritance_enums_and_literals(tmp_path: Path,
                                                         shop: ProjectConfig) -> None:
    path = py(tmp_path, '''
        from __future__ import annotations
        import enum
        import uuid
        from typing import Literal, TypeAlias
        from pydantic import BaseModel, Field

        class Status(enum.StrEnum):
            PENDING = enum.auto()
            PAID = "paid"
            SHIPPED = "shipped"

        Note: TypeAlias = "str | None"

        class OrderBase(BaseModel):
            id: uuid.UUID
            customer: int = Field(alias="customer_id")
            status: Status

        class Money(BaseModel):
            amount: float | None
            currency: str | None

        class OrdersRow(OrderBase):
            total: Money | None
            amount_cents: int
            amount_usd: Decimal | None
            note: Note
            placed_at: "datetime | None"

        class OrdersInsert(BaseModel):
            customer_id: int
            status: Literal["pending", "paid"] = "pending"
            amount_cents: int | None = None
            note: str | None = None
    ''')
    assert found(check(shop, path, partial=True)) == {
        ("type", "column public.orders.status", ("Insert",)),
        ("insert", "column public.orders.amount_cents", ("Insert",)),
        ("type", "attribute public.money.amount", ()),
    }


def test_typeddicts_total_and_not_required(tmp_path: Path, shop: ProjectConfig) -> None:
    path = py(tmp_path, '''
        from typing import NotRequired, Required, TypedDict

        class CustomersInsert(TypedDict, total=False):
            email: str
            name: str | None
            id: int

        CustomersUpdate = TypedDict("CustomersUpdate", {"email": NotRequired[str],
                                                        "name": Required[str | None]})
    ''')
    assert found(check(shop, path, partial=True)) == {
        ("insert", "column public.customers.email", ("Insert",)),
        ("insert", "column public.customers.id", ("Insert",)),
        ("update", "column public.customers.name", ("Update",)),
    }


def test_python_classes_without_tables(tmp_path: Path, shop: ProjectConfig) -> None:
    path = py(tmp_path, '''
        from dataclasses import dataclass
        from pydantic import BaseModel

        class LineItem(BaseModel):
            sku: str

        class Basket(BaseModel):
            items: list[LineItem]

        class Request(BaseModel):
            __tablename__ = None
            query: str

        @dataclass
        class Invoice:
            table_name = "billing.invoices"
            id: int

        class Enumish:
            pass
    ''')
    result = check(shop, path, partial=True)
    assert found(result) == {("not-in-database", "class Basket", ()),
                             ("not-in-database", "class Invoice", ())}
    messages = sorted(f.message for f in result.findings)
    assert messages == [
        "models a table the database does not have (no public.basket, no public.baskets)",
        "models table billing.invoices, which the database does not have"]
    full = check(shop, path)
    assert {f.object for f in full.findings if str(f.kind) == "not-in-models"} == {
        "table public.customers", "table public.orders", "view public.order_totals"}


def test_python_syntax_errors_have_positions(tmp_path: Path, shop: ProjectConfig) -> None:
    path = py(tmp_path, "class A(BaseModel):\n    x: int =\n")
    with pytest.raises(SourceError, match="invalid Python") as caught:
        check(shop, path)
    assert (caught.value.path, caught.value.line) == (path, 2)


def test_models_paths(tmp_path: Path) -> None:
    with pytest.raises(CanonError, match="no such file or directory"):
        read_models(tmp_path / "missing.ts")
    with pytest.raises(CanonError, match="not a TypeScript or Python file"):
        read_models(write(tmp_path, "types.txt", ""))
    with pytest.raises(CanonError, match="no typed models found"):
        read_models(write(tmp_path, "plain.ts", "export type X = string\n"))
    (tmp_path / "node_modules").mkdir()
    write(tmp_path / "node_modules", "broken.ts", "this is not typescript {")
    (tmp_path / "app").mkdir()
    write(tmp_path / "app", "models.py", "from typing import TypedDict\n"
          "class Thing(TypedDict):\n    a: int\n")
    (models,) = read_models(tmp_path)
    assert models.path == tmp_path / "app" / "models.py"
