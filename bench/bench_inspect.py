"""Inspector benchmark: reading a 2,000-table database, side by side with migra on the same one.

migra inspects both databases it compares, so its time covers two inspections and a diff;
``canon diff`` must stay within a fifth of it including its own two inspections, which puts
one inspection at well under a tenth of migra's time.
"""

from __future__ import annotations

import sys
from pathlib import Path

from generate import concatenated
from measure import ratio, time_call, time_command

from toolkit.postgres.scratch import ScratchServer, open_scratch_server

TABLES = 2000
MIGRA = Path(__file__).resolve().parent / ".peers" / "bin" / "migra"


def populate_platform(url: str) -> None:
    """The Supabase pieces the synthetic project refers to: auth.uid() and the role."""
    import psycopg
    from psycopg import sql

    with psycopg.connect(url, autocommit=True) as conn:
        role = sql.Identifier("authenticated")
        if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s",
                            ("authenticated",)).fetchone():
            conn.execute(sql.SQL("CREATE ROLE {}").format(role))
        conn.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier("auth")))
        conn.execute(sql.SQL("CREATE FUNCTION {}() RETURNS uuid LANGUAGE sql STABLE "
                             "AS $$ SELECT NULL::uuid $$").format(sql.Identifier("auth", "uid")))


def _populate(url: str, *, variant: bool = False) -> None:
    """The synthetic project's schema (or its variant), after the platform pieces."""
    import psycopg

    populate_platform(url)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(concatenated(TABLES, variant=variant).encode())


def bench_inspect() -> None:
    """inspect_catalog on 2,000 tables (target <= 0.5 s) next to migra on two copies."""
    from toolkit.inspect import inspect_catalog

    server = open_scratch_server(18)
    try:
        template = server.create_template("canon_bench_inspect", _populate)
        first = server.create_database(template)
        second = server.create_database(template)
        url_a, url_b = server.url_for(first), server.url_for(second)
        catalog = inspect_catalog(url_a, ["public"])
        print(f"catalog: {len(catalog.tables)} tables, {len(catalog.indexes)} indexes, "
              f"{len(catalog.policies)} policies, {len(catalog.functions)} functions")
        ours = time_call(f"inspect_catalog ({TABLES} tables)",
                         lambda: inspect_catalog(url_a, ["public"]), runs=5)
        print(ours.line())
        if MIGRA.exists():
            peer = time_command(f"migra --unsafe (two {TABLES}-table databases)",
                                [str(MIGRA), "--unsafe", url_a, url_b], runs=5)
            print(peer.line())
            print(ratio(ours, peer))
        else:
            print(f"migra not installed at {MIGRA}: run `sh bench/peers.sh`", file=sys.stderr)
        _cleanup(server, first, second)
    finally:
        server.close()


def _cleanup(server: ScratchServer, *databases: str) -> None:
    for name in databases:
        server.drop_database(name)


BENCHMARKS = {"inspect": bench_inspect}
