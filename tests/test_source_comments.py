"""COMMENT statements in canonical files: each lands on its object, column or constraint."""

from __future__ import annotations

import random
from pathlib import Path

from toolkit.config import load_project
from toolkit.model import Catalog
from toolkit.source import load_catalog

TABLES = """
CREATE TABLE a (
    id int CONSTRAINT a_pkey PRIMARY KEY,
    one text,
    two text,
    three text CONSTRAINT a_three_check CHECK (three <> '')
);
CREATE TABLE b (
    id int PRIMARY KEY,
    a_id int CONSTRAINT b_a_fkey REFERENCES a (id),
    note text
);
"""

COMMENTS = [
    "COMMENT ON TABLE a IS 'table a';",
    "COMMENT ON COLUMN a.one IS 'first';",
    "COMMENT ON COLUMN a.two IS 'second';",
    "COMMENT ON COLUMN a.three IS NULL;",
    "COMMENT ON CONSTRAINT a_pkey ON a IS 'a key';",
    "COMMENT ON CONSTRAINT a_three_check ON a IS 'never empty';",
    "COMMENT ON COLUMN b.note IS 'a note';",
    "COMMENT ON CONSTRAINT b_a_fkey ON b IS 'points at a';",
]


def catalog_with(project: Path, comments: list[str]) -> Catalog:
    (project / "schema").mkdir(exist_ok=True)
    (project / "schema" / "tables.sql").write_text(TABLES, encoding="utf-8")
    (project / "schema" / "comments.sql").write_text("\n".join(comments) + "\n",
                                                     encoding="utf-8")
    return load_catalog(load_project(project))


def test_every_comment_lands_on_its_target(project: Path) -> None:
    catalog = catalog_with(project, COMMENTS)
    a, b = catalog.tables
    assert a.comment == "table a" and b.comment is None
    assert [(c.name, c.comment) for c in a.columns] == [
        ("id", None), ("one", "first"), ("two", "second"), ("three", None)]
    assert [(c.name, c.comment) for c in b.columns] == [
        ("id", None), ("a_id", None), ("note", "a note")]
    assert {c.name: c.comment for c in a.constraints} == {
        "a_pkey": "a key", "a_three_check": "never empty"}
    assert {c.name: c.comment for c in b.constraints} == {
        "b_pkey": None, "b_a_fkey": "points at a"}
    assert [c.location for c in a.columns] == [
        c.location for c in catalog_with(project, []).tables[0].columns]


def test_the_order_of_the_comments_does_not_matter(project: Path) -> None:
    expected = catalog_with(project, COMMENTS).to_json()
    shuffled = list(COMMENTS)
    for seed in range(5):
        random.Random(seed).shuffle(shuffled)
        assert catalog_with(project, shuffled).to_json() == expected


def test_a_fully_commented_wide_table(project: Path) -> None:
    columns = ",\n".join(f"    c{i} int" for i in range(400))
    (project / "schema").mkdir()
    (project / "schema" / "wide.sql").write_text(
        f"CREATE TABLE wide (\n{columns}\n);\n"
        + "\n".join(f"COMMENT ON COLUMN wide.c{i} IS 'column {i}';" for i in range(400)),
        encoding="utf-8")
    table = load_catalog(load_project(project)).tables[0]
    assert [c.comment for c in table.columns] == [f"column {i}" for i in range(400)]
