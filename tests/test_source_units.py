"""Building blocks of the source reader: generated names, type spelling, declared text."""

from __future__ import annotations

from pathlib import Path

import pytest

from toolkit.config import load_project
from toolkit.model import ObjectKey
from toolkit.source import load_catalog
from toolkit.source.naming import NameRegistry, make_object_name
from toolkit.source.parser import parse_sql
from toolkit.source.readers.common import sequence_name
from toolkit.source.sqltext import quote_ident
from toolkit.source.typenames import type_text


def column_type(sql_type: str) -> str:
    statement = parse_sql(f"CREATE TABLE t (c {sql_type})", Path("t.sql"))[0]
    return type_text(statement.node["tableElts"][0]["ColumnDef"]["typeName"])


@pytest.mark.parametrize(("written", "spelled"), [
    ("int", "integer"), ("int4", "integer"), ("pg_catalog.int8", "bigint"),
    ("smallint", "smallint"), ("bool", "boolean"), ("float", "double precision"),
    ("float(24)", "real"), ("numeric", "numeric"), ("numeric(12,2)", "numeric(12,2)"),
    ("decimal(5)", "numeric(5)"), ("varchar(200)", "character varying(200)"),
    ("char(3)", "character(3)"), ('"char"', '"char"'), ("text[]", "text[]"),
    ("int[][]", "integer[][]"), ("timestamptz", "timestamp with time zone"),
    ("timestamp(3)", "timestamp(3) without time zone"), ("time with time zone",
                                                          "time with time zone"),
    ("interval", "interval"), ("interval(3)", "interval(3)"),
    ("interval day to second", "interval day to second"), ("bit varying(4)", "bit varying(4)"),
    ("jsonb", "jsonb"), ("app.mood", "app.mood"), ('public."My Type"[]', 'public."My Type"[]'),
])
def test_type_spelling(written: str, spelled: str) -> None:
    assert column_type(written) == spelled


def test_object_names_fit_in_63_bytes() -> None:
    assert make_object_name("accounts", "email", "key") == "accounts_email_key"
    long = make_object_name("t" * 40, "c" * 40, "fkey")
    assert len(long) == 63 and long.endswith("_fkey")
    assert long == "t" * 29 + "_" + "c" * 28 + "_fkey"


def test_taken_names_get_a_number() -> None:
    names = NameRegistry()
    names.take_relation("public", "t_pkey")
    assert names.choose("public", "t", None, "pkey", index=True) == "t_pkey1"
    assert names.choose("public", "t", "a", "check", index=False) == "t_a_check"
    assert names.choose("public", "t", "a", "check", index=False) == "t_a_check1"
    assert names.choose_index("public", "t", ["a", "expr"]) == "t_a_expr_idx"


def test_quote_ident_follows_the_server() -> None:
    assert quote_ident("users") == "users"
    assert quote_ident("Users") == '"Users"'
    assert quote_ident("user") == '"user"'
    assert quote_ident("position") == '"position"'
    assert quote_ident("say \"hi\"") == '"say ""hi"""'


def test_sequence_names_in_nextval() -> None:
    assert sequence_name("s") == (None, "s")
    assert sequence_name("app.S") == ("app", "s")
    assert sequence_name('app."My Seq"') == ("app", "My Seq")


def write(root: Path, files: dict[str, str]) -> None:
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def test_declared_text_survives_comments_and_odd_layout(project: Path) -> None:
    write(project, {"schema/a.sql": """
        CREATE TABLE a (
            id int PRIMARY KEY,  -- the key
            note text DEFAULT 'a, b' /* with a comma */ NOT NULL,
            total numeric DEFAULT (1 + 2) * 3,
            label text DEFAULT CASE WHEN true THEN 'x' ELSE NULL END,
            tags text[] DEFAULT ARRAY['a', 'b'],
            CONSTRAINT positive CHECK (total > 0 AND id > 0) -- both
        );
        CREATE POLICY p ON a USING (id IN (SELECT 1 /* ) */)) WITH CHECK ((id > 0));
        CREATE INDEX a_expr ON a ((lower(note)), id DESC) WHERE (note <> 'x');
    """})
    catalog = load_catalog(load_project(project))
    table = catalog.tables[0]
    defaults = {column.name: column.default for column in table.columns}
    assert defaults == {"id": None, "note": "'a, b'", "total": "(1 + 2) * 3",
                        "label": "CASE WHEN true THEN 'x' ELSE NULL END",
                        "tags": "ARRAY['a', 'b']"}
    assert {c.name: c.definition for c in table.constraints} == {
        "a_pkey": "PRIMARY KEY (id)", "positive": "CHECK (total > 0 AND id > 0)"}
    policy = catalog.policies[0]
    assert policy.using == "id IN (SELECT 1 /* ) */)"
    assert policy.with_check == "(id > 0)"
    index = catalog.indexes[0]
    assert index.keys == ("(lower(note))", "id DESC")
    assert index.predicate == "(note <> 'x')"


def test_renamed_from_on_the_line_above(project: Path) -> None:
    write(project, {"schema/a.sql": "-- canon:renamed-from people\n"
                                    "CREATE TABLE persons (\n"
                                    "    -- canon:renamed-from name\n"
                                    "    full_name text,\n"
                                    "    age int -- canon:renamed-from years\n"
                                    ");\n"})
    table = load_catalog(load_project(project)).tables[0]
    assert table.renamed_from == "people"
    assert [(c.name, c.renamed_from) for c in table.columns] == [("full_name", "name"),
                                                                 ("age", "years")]


def test_comment_on_an_extension_and_a_typed_table(project: Path) -> None:
    write(project, {"schema/a.sql": "CREATE EXTENSION citext;\n"
                                    "COMMENT ON EXTENSION citext IS 'case-insensitive text';\n"
                                    "CREATE TABLE things OF thing;\n"
                                    "CREATE TYPE thing AS (id int);\n"})
    catalog = load_catalog(load_project(project))
    assert [e.name for e in catalog.extensions] == ["citext"]
    assert catalog.tables[0].depends_on == (ObjectKey("type", "public", "thing"),)
