"""Every kind of bad canonical file: a SourceError at the exact file:line:col, with a hint."""

from __future__ import annotations

from pathlib import Path

import pytest

from toolkit.config import load_project
from toolkit.errors import EXIT_INPUT, SourceError
from toolkit.source import compile_project, load_catalog


def write(root: Path, files: dict[str, str]) -> None:
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def compile_error(root: Path, files: dict[str, str]) -> SourceError:
    write(root, files)
    with pytest.raises(SourceError) as caught:
        compile_project(load_project(root))
    return caught.value


CASES = {
    "syntax error": (
        {"schema/a.sql": "CREATE TABLE a (\n    id int,\n    name text nope\n);\n"},
        "schema/a.sql:3:15", "syntax error at or near \"nope\""),
    "DROP": (
        {"schema/a.sql": "CREATE TABLE a (id int);\n\n  DROP TABLE b;\n"},
        "schema/a.sql:3:3", "non-declarative statement: DROP"),
    "INSERT": (
        {"schema/a.sql": "CREATE TABLE a (id int);\nINSERT INTO a VALUES (1);\n"},
        "schema/a.sql:2:1", "non-declarative statement: INSERT"),
    "UPDATE": (
        {"schema/a.sql": "CREATE TABLE a (id int);\n\nUPDATE a SET id = 2;\n"},
        "schema/a.sql:3:1", "non-declarative statement: UPDATE"),
    "DELETE": (
        {"policies/p.sql": "    DELETE FROM a;\n"},
        "policies/p.sql:1:5", "non-declarative statement: DELETE"),
    "ALTER TABLE ADD COLUMN": (
        {"schema/a.sql": "CREATE TABLE a (id int);\nALTER TABLE a ADD COLUMN b int;\n"},
        "schema/a.sql:2:1", "non-declarative statement: ALTER TABLE ... AddColumn"),
    "ALTER TABLE OWNER TO": (
        {"schema/a.sql": "CREATE TABLE a (id int);\nALTER TABLE a OWNER TO postgres;\n"},
        "schema/a.sql:2:1", "non-declarative statement: ALTER TABLE ... OWNER TO"),
    "ALTER FUNCTION OWNER TO": (
        {"functions/f.sql": "ALTER FUNCTION f() OWNER TO postgres;\n"},
        "functions/f.sql:1:1", "non-declarative statement: ALTER ... OWNER TO"),
    "CREATE ROLE": (
        {"schema/roles.sql": "\nCREATE ROLE app_user;\n"},
        "schema/roles.sql:2:1", "non-declarative statement: CREATE ROLE"),
    "duplicate table": (
        {"schema/a.sql": "CREATE TABLE a (id int);\n",
         "schema/b.sql": "\n\nCREATE TABLE public.a (id int);\n"},
        "schema/b.sql:3:1",
        "table public.a is defined twice; it is already defined at schema/a.sql:1:1"),
    "duplicate column": (
        {"schema/a.sql": "CREATE TABLE a (\n  id int,\n  id text\n);\n"},
        "schema/a.sql:3:3",
        "column id of table public.a is defined twice; it is already defined at "
        "schema/a.sql:2:3"),
    "duplicate function": (
        {"functions/a.sql": "CREATE FUNCTION f(int) RETURNS int LANGUAGE sql RETURN 1;\n",
         "functions/b.sql": "CREATE FUNCTION f(integer) RETURNS int LANGUAGE sql RETURN 2;\n"},
        "functions/b.sql:1:1",
        "function public.f(integer) is defined twice; it is already defined at "
        "functions/a.sql:1:1"),
    "duplicate constraint": (
        {"schema/a.sql": "CREATE TABLE a (id int CONSTRAINT c CHECK (id > 0));\n"
                         "ALTER TABLE a ADD CONSTRAINT c CHECK (id < 9);\n"},
        "schema/a.sql:2:19", "constraint public.c on public.a is defined twice; it is already "
                             "defined at schema/a.sql:1:24"),
    "foreign key to an unknown table": (
        {"schema/a.sql": "CREATE TABLE a (\n  id int,\n  b_id int REFERENCES b (id)\n);\n"},
        "schema/a.sql:3:23", "foreign key a_b_id_fkey references table b, which is defined "
                             "nowhere"),
    "table foreign key to an unknown table": (
        {"schema/a.sql": "CREATE TABLE a (\n  id int,\n  FOREIGN KEY (id) REFERENCES s.b\n);\n"},
        "schema/a.sql:3:31", "foreign key a_id_fkey references table s.b, which is defined "
                             "nowhere"),
    "policy on an unknown table": (
        {"policies/p.sql": "CREATE POLICY p ON missing USING (true);\n"},
        "policies/p.sql:1:20", "policy p is on table missing, which is defined nowhere"),
    "trigger on an unknown table": (
        {"functions/f.sql": "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS "
                            "$$ BEGIN RETURN NEW; END $$;\n"
                            "CREATE TRIGGER t BEFORE INSERT ON missing FOR EACH ROW "
                            "EXECUTE FUNCTION f();\n"},
        "functions/f.sql:2:35", "trigger t is on table or view missing, which is defined "
                                "nowhere"),
    "trigger calling an unknown function": (
        {"schema/a.sql": "CREATE TABLE a (id int);\n",
         "functions/t.sql": "CREATE TRIGGER t BEFORE INSERT ON a\n"
                            "    FOR EACH ROW EXECUTE FUNCTION nope();\n"},
        "functions/t.sql:2:35", "trigger t calls trigger function nope, which is defined "
                                "nowhere"),
    "index on an unknown table": (
        {"schema/i.sql": "CREATE INDEX i ON missing (id);\n"},
        "schema/i.sql:1:19", "index i is on relation missing, which is defined nowhere"),
    "unknown schema": (
        {"schema/a.sql": "CREATE TABLE nowhere.a (id int);\n"},
        "schema/a.sql:1:14", "the object is created in schema nowhere, which is defined "
                             "nowhere"),
    "PL/pgSQL syntax error": (
        {"functions/f.sql": "-- header\nCREATE FUNCTION f() RETURNS int\nLANGUAGE plpgsql AS "
                            "$$\nBEGIN\n    PERFRM 1;\n    RETURN 1;\nEND;\n$$;\n"},
        "functions/f.sql:5:5", "PL/pgSQL error in function public.f: syntax error at or near "
                               "\"PERFRM\""),
    "PL/pgSQL body without END": (
        {"functions/f.sql": "CREATE FUNCTION f() RETURNS int\nLANGUAGE plpgsql AS $$\nBEGIN\n"
                            "    RETURN 1;\n$$;\n"},
        "functions/f.sql:4:5", "syntax error at end of input"),
    "PL/pgSQL query cut short": (
        {"functions/f.sql": "CREATE FUNCTION f() RETURNS int\nLANGUAGE plpgsql AS $$\nBEGIN\n"
                            "    SELECT 1 FROM;\n    RETURN 1;\nEND;\n$$;\n"},
        "functions/f.sql:4:5", "syntax error at end of input"),
    "PL/pgSQL embedded SQL error": (
        {"functions/f.sql": "CREATE FUNCTION f() RETURNS int\nLANGUAGE plpgsql AS $$\n"
                            "DECLARE\n    v int;\nBEGIN\n    v := 1 2;\n    RETURN v;\n"
                            "END;\n$$;\n"},
        "functions/f.sql:6:5", "PL/pgSQL error in function public.f: syntax error at or near"),
    "SQL function body error": (
        {"functions/f.sql": "CREATE FUNCTION f() RETURNS int\nLANGUAGE sql AS $$\n  SELECT 1\n"
                            "  FROM WHERE\n$$;\n"},
        "functions/f.sql:4:8", "syntax error in the body of function public.f: syntax error "
                               "at or near \"WHERE\""),
    "dependency cycle without a foreign key": (
        {"schema/a.sql": "CREATE TABLE a (id int PRIMARY KEY, b int DEFAULT f());\n"
                         "CREATE FUNCTION f() RETURNS int LANGUAGE sql\n"
                         "    AS $$ SELECT count(*)::int FROM a $$;\n"},
        "schema/a.sql:1:1", "dependency cycle: table public.a (schema/a.sql:1:1) <-> "
                            "function public.f() (schema/a.sql:2:1)"),
    "misplaced renamed-from": (
        {"schema/a.sql": "-- canon:renamed-from x\n\nCREATE TABLE a (id int);\n"},
        "schema/a.sql:1:1", "canon:renamed-from is not on a table or column line"),
    "comment on an unknown column": (
        {"schema/a.sql": "CREATE TABLE a (id int);\nCOMMENT ON COLUMN a.nope IS 'x';\n"},
        "schema/a.sql:2:1", "COMMENT ON COLUMN: table public.a has no column nope"),
    "grant on an unknown table": (
        {"schema/a.sql": "GRANT SELECT ON missing TO public;\n"},
        "schema/a.sql:1:1", "GRANT on relation missing, which is defined nowhere"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_error_location_message_and_hint(project: Path, case: str) -> None:
    files, where, message = CASES[case]
    error = compile_error(project, files)
    assert str(error.location) == where
    assert message in error.message
    assert error.hint
    assert error.exit_code == EXIT_INPUT
    rendered = error.render()
    assert rendered.startswith(f"{where}: ")
    assert "\n    " in rendered and "^" in rendered, "the offending line and a caret are shown"


def test_caret_points_at_the_column(project: Path) -> None:
    error = compile_error(project, {
        "schema/a.sql": "CREATE TABLE a (\n  id int,\n  b_id int REFERENCES b (id)\n);\n"})
    lines = error.render().splitlines()
    assert lines[1] == "      b_id int REFERENCES b (id)"
    assert lines[2] == "    " + " " * 22 + "^"


def test_load_catalog_raises_the_same_errors(project: Path) -> None:
    write(project, {"schema/a.sql": "CREATE TABLE a (id int);\nDROP TABLE a;\n"})
    with pytest.raises(SourceError) as caught:
        load_catalog(load_project(project))
    assert str(caught.value.location) == "schema/a.sql:2:1"


def test_non_utf8_file(project: Path) -> None:
    path = project / "schema" / "latin1.sql"
    path.parent.mkdir()
    path.write_bytes(b"CREATE TABLE a (\n  name text DEFAULT 'caf\xe9'\n);\n")
    with pytest.raises(SourceError) as caught:
        compile_project(load_project(project))
    assert str(caught.value.location) == "schema/latin1.sql:2:25"
    assert "UTF-8" in caught.value.message


def test_prelude_objects_count_as_defined(project: Path) -> None:
    (project / "canon.toml").write_text('prelude = ["supabase"]\n', encoding="utf-8")
    write(project, {"schema/a.sql": "CREATE TABLE profiles (\n"
                                    "  id uuid PRIMARY KEY REFERENCES auth.users (id)\n);\n"
                                    "CREATE POLICY own ON profiles USING (id = auth.uid());\n"})
    compiled = compile_project(load_project(project))
    assert "auth.users" in compiled.sql
    assert "CREATE OR REPLACE FUNCTION auth.uid" not in compiled.sql


def test_without_the_prelude_auth_users_is_unknown(project: Path) -> None:
    error = compile_error(project, {"schema/a.sql": "CREATE TABLE profiles (\n"
                                                    "  id uuid REFERENCES auth.users (id)\n);\n"})
    assert str(error.location) == "schema/a.sql:2:22"
    assert "prelude" in (error.hint or "")


def test_extension_objects_count_as_defined(project: Path) -> None:
    write(project, {
        "schema/a.sql": "CREATE EXTENSION moddatetime;\n"
                        "CREATE TABLE a (id int, updated_at timestamptz);\n"
                        "CREATE TRIGGER a_touch BEFORE UPDATE ON a FOR EACH ROW\n"
                        "    EXECUTE FUNCTION moddatetime(updated_at);\n"})
    compiled = compile_project(load_project(project))
    assert "moddatetime(updated_at)" in compiled.sql


def test_pg_catalog_trigger_functions_count_as_defined(project: Path) -> None:
    write(project, {
        "schema/a.sql": "CREATE TABLE a (id int);\n"
                        "CREATE TRIGGER a_same BEFORE UPDATE ON a FOR EACH ROW\n"
                        "    EXECUTE FUNCTION suppress_redundant_updates_trigger();\n"})
    assert "suppress_redundant_updates_trigger" in compile_project(load_project(project)).sql
