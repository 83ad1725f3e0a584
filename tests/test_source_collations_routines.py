"""Collations and routine targets, read alike wherever the canonical files write them."""

from __future__ import annotations

from pathlib import Path

from toolkit.config import load_project
from toolkit.model import ObjectKey
from toolkit.source import load_catalog
from toolkit.source.parser import parse_sql
from toolkit.source.readers.common import collation_text, routine_name


def test_collation_text_quotes_each_part_as_needed() -> None:
    statement = parse_sql('CREATE TABLE t (a text COLLATE "de_DE", b text COLLATE '
                          'pg_catalog."C", c text COLLATE mine, d text)', Path("t.sql"))[0]
    columns = [item["ColumnDef"] for item in statement.node["tableElts"]]
    assert [collation_text(column) for column in columns] == [
        '"de_DE"', 'pg_catalog."C"', "mine", None]


def test_routine_name_with_and_without_arguments() -> None:
    statements = parse_sql(
        "GRANT EXECUTE ON FUNCTION app.f(int, OUT text, VARIADIC int[]) TO public;\n"
        "GRANT EXECUTE ON FUNCTION g TO public;\n"
        "GRANT EXECUTE ON FUNCTION h() TO public;\n", Path("g.sql"))
    targets = [routine_name(s.node["objects"][0]["ObjectWithArgs"]) for s in statements]
    assert targets == [(("app", "f"), "integer, integer[]"), ((None, "g"), None),
                       ((None, "h"), "")]


def test_collations_and_routine_targets_in_a_catalog(project: Path) -> None:
    (project / "schema").mkdir()
    (project / "schema" / "a.sql").write_text(
        'CREATE DOMAIN label AS text COLLATE "C" CHECK (VALUE <> \'\');\n'
        'CREATE TYPE pair AS (a text COLLATE "C", b label);\n'
        'CREATE TABLE t (id int, name text COLLATE "C", other label);\n'
        "CREATE FUNCTION f(a int, OUT b text) LANGUAGE sql AS 'SELECT a::text';\n"
        "CREATE FUNCTION f(a text) RETURNS text LANGUAGE sql AS 'SELECT a';\n"
        "COMMENT ON FUNCTION f(int) IS 'from an integer';\n"
        "GRANT EXECUTE ON FUNCTION f(text) TO public;\n", encoding="utf-8")
    catalog = load_catalog(load_project(project))
    assert catalog.domains[0].collation == '"C"'
    assert [a.collation for a in catalog.composites[0].attributes] == ['"C"', None]
    assert [c.collation for c in catalog.tables[0].columns] == [None, '"C"', None]
    comments = {f.signature: f.comment for f in catalog.functions}
    assert comments == {"integer": "from an integer", "text": None}
    assert {(g.target, g.privilege, g.grantee) for g in catalog.grants} >= {
        (ObjectKey("function", "public", "f", signature="text"), "EXECUTE", "public")}
