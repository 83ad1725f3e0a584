"""`canon compile` on the synthetic 2,000-table project: wall time and peak RSS.

Targets: <= 1.0 s wall and <= 300 MB peak RSS for the script. Each run is a fresh process,
as a user runs it; the figures are medians. Compiling with `--json` (which also builds and
writes the whole catalog) is measured alongside for reference.
"""

from __future__ import annotations

import sys
import tempfile
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
        print(f"synthetic project: {TABLES} tables, {size / 1e6:.1f} MB of SQL")
        script = time_command(f"canon compile ({TABLES} tables)",
                              [canon, "--project", str(root), "compile"], runs=7)
        print(script.line())
        wall = "met" if script.wall <= TARGET_WALL else "MISSED"
        rss = "met" if script.rss_mib <= TARGET_RSS_MIB else "MISSED"
        print(f"  target: wall <= {TARGET_WALL:.1f} s ({wall}), "
              f"rss <= {TARGET_RSS_MIB:.0f} MiB ({rss})")
        full = time_command(f"canon compile --json ({TABLES} tables)",
                            [canon, "--project", str(root), "compile", "--json",
                             "build/catalog.json"], runs=3)
        print(full.line())


BENCHMARKS = {"compile": bench_compile}
