"""Foundation benchmarks: CLI start-up time and scratch databases cloned from templates."""

from __future__ import annotations

import sys
from pathlib import Path

from measure import time_call, time_command

from toolkit.postgres.scratch import open_scratch_server


def bench_help() -> None:
    """`canon --help` wall time (target <= 0.3 s: heavy imports are lazy)."""
    canon = Path(sys.executable).with_name("canon")
    print(time_command("canon --help", [str(canon), "--help"], runs=9).line())


def bench_template_clone() -> None:
    """A fresh scratch database cloned from a template (target <= 0.2 s)."""
    import psycopg
    from psycopg import sql

    server = open_scratch_server(18)
    try:
        def populate(url: str) -> None:
            with psycopg.connect(url) as conn:
                for i in range(200):
                    conn.execute(sql.SQL("create table {} (id bigint primary key, name text)")
                                 .format(sql.Identifier(f"t{i}")))

        template = server.create_template("canon_bench_template", populate)

        created: list[str] = []

        def clone() -> None:
            created.append(server.create_database(template))

        print(time_call("scratch database from a 200-table template (create)", clone,
                        runs=9).line())
        # DROP DATABASE waits for a checkpoint; it is not part of getting a fresh database.
        for name in created:
            server.drop_database(name)
    finally:
        server.close()


BENCHMARKS = {"help": bench_help, "clone": bench_template_clone}
