"""`canon compile` on the synthetic 2,000-table project: wall time and peak RSS.

Targets: <= 1.0 s wall and <= 300 MB peak RSS for the script. Each run is a fresh process,
as a user runs it; the figures are medians. CPU time (user + system) is printed too: on a
shared machine the wall time of one run depends on who else is running, its CPU time much
less. Compiling with `--json` (which also builds and writes the whole catalog) is measured
alongside for reference.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from generate import generate
from measure import time_command

TABLES = 2000
TARGET_WALL = 1.0
TARGET_RSS_MIB = 300.0


def bench_compile() -> None:
    """Median wall time and peak RSS of `canon compile` (and `--json`) on 2,000 tables."""
    canon = str(Path(sys.executable).with_name("canon"))
    with tempfile.TemporaryDirectory(prefix="canon-bench-compile-") as directory:
        root = Path(directory)
        generate(root, TABLES)
        size = sum(path.stat().st_size for path in root.rglob("*.sql"))
        print(f"synthetic project: {TABLES} tables, {size / 1e6:.1f} MB of SQL, "
              f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
        argv = [canon, "--project", str(root), "compile"]
        started = time.perf_counter()
        script = time_command(f"canon compile ({TABLES} tables)", argv, runs=7)
        print(script.line())
        print(f"  cpu (user+sys): median {script.cpu:.2f} s, best {script.best_cpu:.2f} s")
        wall = "met" if script.wall <= TARGET_WALL else "MISSED"
        rss = "met" if script.rss_mib <= TARGET_RSS_MIB else "MISSED"
        print(f"  target: wall <= {TARGET_WALL:.1f} s ({wall}), "
              f"rss <= {TARGET_RSS_MIB:.0f} MiB ({rss})")
        full = time_command(f"canon compile --json ({TABLES} tables)",
                            [*argv, "--json", str(root / "build" / "catalog.json")], runs=3)
        print(full.line())
        print(f"  ({time.perf_counter() - started:.0f} s in all)")


BENCHMARKS = {"compile": bench_compile}
