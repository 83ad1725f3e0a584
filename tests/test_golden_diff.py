"""Golden diff cases on real PostgreSQL: expected up/down SQL, convergence, data survival.

Each ``tests/golden/diff/<case>/`` holds ``current.sql`` and ``desired.sql`` (and optionally
``data.sql``, rows inserted into the current database). The test builds both databases,
inspects them, plans current -> desired and checks:

- the rendered up and down scripts equal ``up.sql`` and ``down.sql``
  (``CANON_UPDATE_GOLDEN=1`` rewrites them);
- after up, a second diff against desired is empty; after down, against current; after up
  again, against desired;
- rows inserted before up are all still there after up -> down -> up, for every
  non-destructive case.
"""

from __future__ import annotations

import os
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

from toolkit.inspect import inspect_catalog
from toolkit.model import Catalog
from toolkit.plan.builder import build_plan, catalogs_match, with_renames
from toolkit.plan.scripts import Script, run_sql_text, run_statements
from toolkit.postgres.scratch import ScratchServer

GOLDEN = Path(__file__).parent / "golden" / "diff"
CASES = sorted(path.name for path in GOLDEN.iterdir() if path.is_dir())
SCHEMAS = ("public", "app")
READER = "canon_golden_reader"


def _declared(case_dir: Path, work: Path) -> Catalog:
    """The desired state as canon reads it from canonical files (for the rename directives)."""
    from toolkit.config import ProjectConfig
    from toolkit.source import load_catalog

    (work / "schema").mkdir()
    (work / "schema" / "desired.sql").write_text((case_dir / "desired.sql").read_text())
    return load_catalog(ProjectConfig(root=work))


def _ensure_reader_role(server: ScratchServer) -> None:
    with psycopg.connect(server.admin_url, autocommit=True) as conn:
        if conn.execute("select 1 from pg_roles where rolname = %s", (READER,)).fetchone():
            return
        conn.execute(sql.SQL("create role {}").format(sql.Identifier(READER)))


def _row_counts(url: str, catalog: Catalog) -> dict[str, int]:
    counts = {}
    with psycopg.connect(url) as conn:
        for table in catalog.tables:
            row = conn.execute(sql.SQL("select count(*) from {}").format(
                sql.Identifier(table.name.schema, table.name.name))).fetchone()
            assert row is not None
            counts[str(table.name)] = int(row[0])
    return counts


def _expect_text(path: Path, actual: str, version: int) -> None:
    """Compare with the golden file; PostgreSQL 18 output is the main one.

    Other versions print some definitions differently (``pg_get_viewdef`` qualifies columns
    on 15); where they do, ``<name>.pg<version>.sql`` holds that version's text.
    """
    variant = path.with_name(f"{path.stem}.pg{version}.sql")
    updating = os.environ.get("CANON_UPDATE_GOLDEN") == "1"
    if version == 18:
        if updating or not path.exists():
            path.write_text(actual, encoding="utf-8")
        expected = path
    else:
        if updating and path.exists() and actual != path.read_text(encoding="utf-8"):
            variant.write_text(actual, encoding="utf-8")
        expected = variant if variant.exists() else path
    assert actual == expected.read_text(encoding="utf-8"), f"{expected} differs"


@pytest.mark.versioned
@pytest.mark.parametrize("case", CASES)
def test_golden_case(case: str, pg_server: ScratchServer, tmp_path: Path) -> None:
    case_dir = GOLDEN / case
    _ensure_reader_role(pg_server)
    with pg_server.database() as current_url, pg_server.database() as desired_url:
        run_sql_text(current_url, "current.sql", (case_dir / "current.sql").read_text())
        data = case_dir / "data.sql"
        if data.exists():
            run_sql_text(current_url, "data.sql", data.read_text())
        run_sql_text(desired_url, "desired.sql", (case_dir / "desired.sql").read_text())
        current = inspect_catalog(current_url, SCHEMAS)
        desired = with_renames(inspect_catalog(desired_url, SCHEMAS), _declared(case_dir, tmp_path))

        plan = build_plan(current, desired)
        assert not plan.empty, "a golden case must change something"
        version = pg_server.server_version()
        _expect_text(case_dir / "up.sql", "".join(f"{s};\n" for s in plan.up_sql), version)
        _expect_text(case_dir / "down.sql", "".join(f"{s};\n" for s in plan.down_sql),
                     version)

        counts_before = _row_counts(current_url, current)
        for label, statements, expected in (("up", plan.up_sql, desired),
                                            ("down", plan.down_sql, current),
                                            ("up again", plan.up_sql, desired)):
            run_statements(current_url, Script(label, statements))
            assert catalogs_match(inspect_catalog(current_url, SCHEMAS), expected) == [], label
        if not plan.destructive and counts_before:
            after = _row_counts(current_url, desired)
            renamed = {str(t.name): f"{t.name.schema}.{t.renamed_from}" for t in desired.tables
                       if t.renamed_from}
            survived = {renamed.get(name, name): count for name, count in after.items()}
            assert {k: v for k, v in survived.items() if k in counts_before} == counts_before


def test_there_are_at_least_forty_golden_cases() -> None:
    assert len(CASES) >= 40
