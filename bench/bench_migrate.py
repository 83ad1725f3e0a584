"""Migration runner benchmark: 200 small migrations with `canon migrate` vs `psql -1 -f`.

Both start from a fresh database on one scratch server and run as child processes (canon's
time includes its Python start-up, the lock, the bookkeeping and one transaction per
migration; psql runs the same files concatenated in one transaction). Target: ratio <= 1.5.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from measure import Sample, ratio, taking_turns, time_command

from toolkit.postgres.scratch import ScratchServer, open_scratch_server

MIGRATIONS = 200
RUNS = 9
PSQL = "/usr/bin/psql"


def migration_sql(index: int) -> tuple[str, str]:
    """A small migration and its rollback: one table with an index and a comment."""
    from psycopg import sql

    name = f"bench_{index:04d}"
    up = sql.SQL(
        "CREATE TABLE {table} (\n"
        "    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
        "    title text NOT NULL,\n"
        "    created_at timestamptz NOT NULL DEFAULT now()\n"
        ");\n"
        "CREATE INDEX {index} ON {table} (created_at);\n"
        "COMMENT ON TABLE {table} IS {comment};\n").format(
            table=sql.Identifier(name), index=sql.Identifier(f"{name}_created_idx"),
            comment=sql.Literal(f"benchmark table {index}"))
    down = sql.SQL("DROP TABLE {};\n").format(sql.Identifier(name))
    return up.as_string(None), down.as_string(None)


def write_project(root: Path) -> Path:
    """A project with MIGRATIONS pairs and canon.sum; returns the concatenated up script."""
    from toolkit.config import load_project
    from toolkit.migrate import checksums
    from toolkit.migrate.directory import MigrationDirectory

    (root / "canon.toml").write_text('schemas = ["public"]\n', encoding="utf-8")
    for folder in ("migrations", "rollbacks"):
        (root / folder).mkdir()
    combined = []
    for index in range(1, MIGRATIONS + 1):
        up, down = migration_sql(index)
        stem = f"{index:04d}_create_bench_{index:04d}"
        (root / "migrations" / f"{stem}.sql").write_text(up, encoding="utf-8")
        (root / "rollbacks" / f"{stem}.sql").write_text(down, encoding="utf-8")
        combined.append(up)
    checksums.write(MigrationDirectory.load(load_project(root)))
    script = root / "all.sql"
    script.write_text("".join(combined), encoding="utf-8")
    return script


def on_fresh_databases(server: ScratchServer, commands: dict[str, list[str]]) -> list[Sample]:
    """Median of RUNS runs of each ``argv + [url]``, each run against a new empty database,
    the commands taking turns."""

    def on_fresh_database(label: str, argv: list[str]) -> Callable[[], Sample]:
        def measure() -> Sample:
            with server.database() as url:
                return time_command(label, [*argv, url], runs=1)
        return measure

    return taking_turns(RUNS, {label: on_fresh_database(label, argv)
                               for label, argv in commands.items()})


def bench_migrate() -> None:
    """`canon migrate` of 200 small migrations vs `psql -1 -f` of the same SQL."""
    if shutil.which(PSQL) is None:
        raise SystemExit(f"{PSQL} is needed for this benchmark")
    server = open_scratch_server(18)
    work = Path(tempfile.mkdtemp(prefix="canon-bench-migrate-"))
    try:
        script = write_project(work)
        canon, psql = on_fresh_databases(server, {
            f"canon migrate ({MIGRATIONS} migrations)":
                [sys.executable, "-m", "toolkit", "--project", str(work), "migrate",
                 "--database"],
            f"psql -1 -f ({MIGRATIONS} concatenated)":
                [PSQL, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-1", "-f", str(script), "-d"],
        })
        print(canon.line())
        print(psql.line())
        print(ratio(canon, psql) + "  (target <= 1.5)")
    finally:
        shutil.rmtree(work, ignore_errors=True)
        server.close()


BENCHMARKS = {"migrate": bench_migrate}
