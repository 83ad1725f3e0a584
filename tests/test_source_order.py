"""Statement order: dependencies first, ties by object key, foreign-key cycles cut, stable."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import psycopg
import pytest

from toolkit.config import load_project
from toolkit.source import compile_project, load_statements

FIXTURES = Path(__file__).parent / "fixtures" / "source"


def write(root: Path, files: dict[str, str]) -> None:
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def texts(root: Path) -> list[str]:
    return [statement.text for statement in compile_project(load_project(root)).statements]


def test_foreign_key_cycle_is_cut_into_alter_table() -> None:
    compiled = compile_project(load_project(FIXTURES / "brand_voice"))
    statements = [s.text for s in compiled.statements]
    creates = [i for i, text in enumerate(statements) if text.startswith("CREATE TABLE")]
    profiles = next(i for i in creates if "brand_profiles (" in statements[i])
    fingerprints = next(i for i in creates if "voice_fingerprints (" in statements[i])
    alter = statements.index(
        'ALTER TABLE "public"."brand_profiles" ADD CONSTRAINT '
        '"brand_profiles_voice_fingerprint_id_fkey" FOREIGN KEY (voice_fingerprint_id) '
        "REFERENCES voice_fingerprints (id) ON DELETE SET NULL")
    assert profiles < fingerprints < alter
    assert "REFERENCES" not in statements[profiles], "the cycle's foreign key is left out"
    assert "voice_fingerprint_id uuid" in statements[profiles]
    assert "REFERENCES brand_profiles (id) ON DELETE CASCADE" in statements[fingerprints]
    deferred = compiled.statements[alter]
    assert str(deferred.location) == "schema/brand_profiles.sql:11:31"
    assert str(deferred.key) == ("constraint public.brand_profiles_voice_fingerprint_id_fkey "
                                 "on public.brand_profiles")
    catalog = compiled.catalog
    profiles_table = next(t for t in catalog.tables if t.name.name == "brand_profiles")
    assert "brand_profiles_voice_fingerprint_id_fkey" in {c.name for c in
                                                          profiles_table.constraints}


def test_only_the_cycle_is_cut(project: Path) -> None:
    write(project, {"schema/t.sql": """
        CREATE TABLE c (id int PRIMARY KEY, d_id int REFERENCES d (id));
        CREATE TABLE d (id int PRIMARY KEY, c_id int REFERENCES c (id));
        CREATE TABLE a (id int PRIMARY KEY, c_id int REFERENCES c (id));
        CREATE TABLE e (id int PRIMARY KEY, e_id int REFERENCES e (id));
    """})
    statements = texts(project)
    alters = [text for text in statements if text.startswith("ALTER TABLE")]
    assert alters == ['ALTER TABLE "public"."c" ADD CONSTRAINT "c_d_id_fkey" '
                      "FOREIGN KEY (d_id) REFERENCES d (id)"]
    assert "REFERENCES e (id)" in next(t for t in statements if "TABLE e" in t), (
        "a table referencing itself needs no cut")
    order = [text.split("(")[0].split()[-1] for text in statements
             if text.startswith("CREATE TABLE")]
    assert order == ["e", "c", "a", "d"], "ready tables by key; c is cut, then a and d"


def test_dependencies_come_first_and_ties_go_by_key(project: Path) -> None:
    write(project, {
        "schema/z.sql": "CREATE TABLE z (id int PRIMARY KEY);\n",
        "schema/a.sql": "CREATE TABLE a (id int PRIMARY KEY, z_id int REFERENCES z (id));\n"
                        "CREATE VIEW v AS SELECT * FROM a;\n"
                        "CREATE INDEX a_z ON a (z_id);\n",
        "functions/f.sql": "CREATE FUNCTION f() RETURNS bigint LANGUAGE sql "
                           "AS $$ SELECT count(*) FROM v $$;\n",
        "policies/p.sql": "GRANT SELECT ON v TO public;\nCOMMENT ON TABLE z IS 'z';\n",
    })
    assert texts(project) == [
        "CREATE TABLE z (id int PRIMARY KEY)",
        "CREATE TABLE a (id int PRIMARY KEY, z_id int REFERENCES z (id))",
        "CREATE INDEX a_z ON a (z_id)",
        "CREATE VIEW v AS SELECT * FROM a",
        "CREATE FUNCTION f() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM v $$",
        "GRANT SELECT ON v TO public",
        "COMMENT ON TABLE z IS 'z'",
    ]


def test_a_table_default_calling_a_function_puts_the_function_first(project: Path) -> None:
    write(project, {"schema/a.sql": "CREATE TABLE a (n int DEFAULT next_n());\n",
                    "functions/f.sql": "CREATE FUNCTION next_n() RETURNS int LANGUAGE sql "
                                       "RETURN 1;\n"})
    assert [text.split()[1] for text in texts(project)] == ["FUNCTION", "TABLE"]


def test_sequence_owned_by_its_table_is_split(project: Path) -> None:
    write(project, {"schema/s.sql": "CREATE SEQUENCE n_seq START 5 OWNED BY t.n;\n"
                                    "CREATE TABLE t (n int DEFAULT nextval('n_seq'));\n"})
    assert texts(project) == [
        "CREATE SEQUENCE n_seq START WITH 5",
        "CREATE TABLE t (n int DEFAULT nextval('n_seq'))",
        'ALTER SEQUENCE "public"."n_seq" OWNED BY "public"."t"."n"',
    ]


def _shuffled_copy(source: Path, target: Path, seed: int) -> None:
    """Every statement of ``source`` in its own file, with random names and directories."""
    rng = random.Random(seed)
    shutil.copy(source / "canon.toml", target / "canon.toml")
    statements = load_statements(load_project(source))
    rng.shuffle(statements)
    for index, statement in enumerate(statements):
        directory = rng.choice(["schema", "functions", "policies", "schema/nested"])
        name = f"{rng.randrange(10**6):06d}_{index}.sql"
        path = target / directory / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n" * rng.randrange(3) + statement.text + ";\n", encoding="utf-8")


@pytest.mark.parametrize("fixture", ["all_kinds", "brand_voice"])
def test_shuffled_file_names_and_order_give_identical_output(tmp_path: Path,
                                                             fixture: str) -> None:
    source = FIXTURES / fixture
    expected = compile_project(load_project(source))
    for seed in range(3):
        target = tmp_path / f"copy{seed}"
        target.mkdir()
        _shuffled_copy(source, target, seed)
        compiled = compile_project(load_project(target))
        assert compiled.sql == expected.sql
        assert compiled.catalog == expected.catalog


def test_output_is_byte_identical_across_runs() -> None:
    config = load_project(FIXTURES / "all_kinds")
    first = compile_project(config).sql
    assert compile_project(config).sql == first
    assert first.startswith("-- Compiled by canon")
    assert first.endswith(";\n")


def test_trailing_comments_never_swallow_a_semicolon(project: Path, pg_url: str) -> None:
    write(project, {"schema/a.sql": "CREATE TABLE a (id int) -- the end\n",
                    "schema/b.sql": "CREATE TABLE b (id int)\n/* done */"})
    sql = compile_project(load_project(project)).sql
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(sql.encode())
        row = conn.execute("select count(*) from pg_class where relname in ('a', 'b')"
                           ).fetchone()
    assert row == (2,)
