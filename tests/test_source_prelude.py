"""Preludes: shipped by name or project files by path; defined for checks, never compiled."""

from __future__ import annotations

from pathlib import Path

import pytest

from toolkit.config import load_project
from toolkit.errors import ConfigError, SourceError
from toolkit.source import compile_project, prelude_sql
from toolkit.source.prelude import shipped_names


def write(root: Path, files: dict[str, str]) -> None:
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def test_supabase_is_shipped() -> None:
    assert "supabase" in shipped_names()


def test_prelude_sql_in_configured_order(project: Path) -> None:
    write(project, {"canon.toml": 'prelude = ["supabase", "sql/extra.sql"]\n',
                    "sql/extra.sql": "CREATE SCHEMA IF NOT EXISTS billing;\n"})
    sql = prelude_sql(load_project(project))
    assert sql.index("-- canon prelude: supabase") < sql.index("-- canon prelude: sql/extra.sql")
    assert "CREATE OR REPLACE FUNCTION auth.uid()" in sql
    assert "request.jwt.claims" in sql and "request.jwt.claim.sub" in sql
    assert sql.endswith("CREATE SCHEMA IF NOT EXISTS billing;\n")


def test_no_prelude_gives_empty_sql(project: Path) -> None:
    assert prelude_sql(load_project(project)) == ""


def test_project_prelude_objects_count_as_defined(project: Path) -> None:
    write(project, {
        "canon.toml": 'prelude = ["sql/platform.sql"]\n',
        "sql/platform.sql": "CREATE SCHEMA IF NOT EXISTS platform;\n"
                            "CREATE TABLE IF NOT EXISTS platform.tenants (id int PRIMARY KEY);\n"
                            "CREATE OR REPLACE FUNCTION platform.stamp() RETURNS trigger\n"
                            "LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;\n",
        "schema/a.sql": "CREATE TABLE a (tenant int REFERENCES platform.tenants (id));\n"
                        "CREATE TRIGGER a_stamp BEFORE INSERT ON a FOR EACH ROW\n"
                        "    EXECUTE FUNCTION platform.stamp();\n",
    })
    compiled = compile_project(load_project(project))
    assert "platform.tenants (id int PRIMARY KEY)" not in compiled.sql
    assert [t.name.name for t in compiled.catalog.tables] == ["a"]
    assert compiled.catalog.tables[0].depends_on == ()


def test_prelude_syntax_error_points_into_the_prelude(project: Path) -> None:
    write(project, {"canon.toml": 'prelude = ["sql/platform.sql"]\n',
                    "sql/platform.sql": "CREATE SCHEMA platform\nCREATE TABLE;\n",
                    "schema/a.sql": "CREATE TABLE a (id int);\n"})
    with pytest.raises(SourceError) as caught:
        compile_project(load_project(project))
    assert str(caught.value.location) == "sql/platform.sql:2:13"


@pytest.mark.parametrize(("entry", "message"), [
    ("nope", "unknown prelude 'nope'"),
    ("sql/missing.sql", "prelude file sql/missing.sql does not exist"),
])
def test_bad_prelude_entries(project: Path, entry: str, message: str) -> None:
    write(project, {"canon.toml": f'prelude = ["{entry}"]\n'})
    with pytest.raises(ConfigError) as caught:
        prelude_sql(load_project(project))
    assert message in caught.value.message
    assert caught.value.hint
