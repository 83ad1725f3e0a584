"""Where the wall time of ``canon diff`` between two live databases goes, and its floor.

The diff is work on two sides sharing this machine's processors: canon's process (starting
up, loading rows, building two catalogs, planning) and one server backend per database
(answering the catalog queries, most of it printing expressions). canon's start-up runs
before any query can be sent, so it runs alone; the rest can overlap. With the work as it
is, no schedule finishes sooner than::

    start-up + (canon's CPU - start-up + server CPU of both databases) / processors

which is the floor printed here. It says how much a better schedule could still win, and
how much must come from doing less work.
"""

from __future__ import annotations

import os
import statistics
import sys
from pathlib import Path

from measure import Sample, time_command

CANON_STARTUP = "import toolkit.cli, psycopg, os; os._exit(0)"


def backend_cpu(url: str, schemas: list[str]) -> float | None:
    """Seconds of CPU the server spends on one read of the catalog queries, on a fresh
    session as canon reads it; None when the server does not run on this machine."""
    from toolkit.inspect.snapshot import stream_rows
    from toolkit.postgres.connect import connect

    with connect(url) as conn:
        stat = Path(f"/proc/{conn.info.backend_pid}/schedstat")
        if not stat.exists():
            return None
        before = int(stat.read_text().split()[0])
        for _ in stream_rows(conn, schemas):
            pass
        return (int(stat.read_text().split()[0]) - before) / 1e9


def startup_seconds(runs: int = 5) -> float:
    """Wall time of a Python process that loads canon's command line and psycopg: what
    canon needs before its first query."""
    return time_command("start-up", [sys.executable, "-c", CANON_STARTUP], runs=runs).wall


def report(ours: Sample, url_a: str, url_b: str, schemas: list[str]) -> None:
    """Print canon's CPU, the servers' CPU, the start-up and the floor they put on the wall."""
    servers = []
    for url in (url_a, url_b):
        taken = [backend_cpu(url, schemas) for _ in range(3)]
        if any(cpu is None for cpu in taken):
            print("  server CPU: not measurable (the server does not run on this machine)")
            return
        servers.append(statistics.median(cpu for cpu in taken if cpu is not None))
    startup = startup_seconds()
    processors = os.cpu_count() or 1
    floor = startup + (ours.cpu - startup + sum(servers)) / processors
    print("where canon diff's time goes:")
    print(f"  canon process CPU (user+sys)      {ours.cpu * 1000:7.1f} ms  (median)")
    print(f"  server CPU, catalog queries       {servers[0] * 1000:7.1f} + "
          f"{servers[1] * 1000:.1f} ms  (one fresh session per database)")
    print(f"  start-up before the first query   {startup * 1000:7.1f} ms  "
          "(Python with canon's command line and psycopg loaded)")
    print(f"  floor on {processors} processor(s)            {floor * 1000:7.1f} ms  "
          f"(wall {ours.wall * 1000:.1f} ms: {ours.wall / floor:.2f}x the floor)")
