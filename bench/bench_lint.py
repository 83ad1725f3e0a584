"""Lint benchmark: the 2,000-table synthetic project as one ~10,000-statement file, canon lint
against squawk in the same run (target: canon <= 1/20 of squawk's wall time, aim <= 1 s)."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from generate import concatenated
from measure import Sample, ratio

from toolkit.source.parser import parse_sql

HERE = Path(__file__).resolve().parent
SQUAWK = HERE / ".peers" / "bin" / "squawk"
TABLES = 2000


def time_lint(label: str, argv: Sequence[str], runs: int) -> Sample:
    """Median wall time and peak RSS of a linter run; exit 1 (findings) counts as success."""
    walls, peaks = [], []
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.Popen(list(argv), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(proc.pid, 0)
        walls.append(time.perf_counter() - start)
        peaks.append(usage.ru_maxrss / 1024)
        code = os.waitstatus_to_exitcode(status)
        proc.returncode = code
        if code not in (0, 1):
            err = proc.stderr.read().decode() if proc.stderr else ""
            raise RuntimeError(f"{label}: exit {code}: {err[-2000:]}")
    return Sample(label, statistics.median(walls), statistics.median(peaks), runs)


def bench_lint() -> None:
    """canon lint FILE (5 runs) vs squawk FILE (2 runs) on the same 10,000-statement file."""
    canon = Path(sys.executable).with_name("canon")
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "project.sql"
        script.write_text(concatenated(TABLES), encoding="utf-8")
        statements = len(parse_sql(script.read_text(encoding="utf-8"), script))
        print(f"{script.stat().st_size / 1e6:.1f} MB, {statements} statements "
              f"({TABLES} tables)")
        ours = time_lint(f"canon lint ({TABLES} tables)", [str(canon), "lint", str(script)],
                         runs=5)
        print(ours.line())
        if not SQUAWK.exists():
            print("squawk not installed (run bench/peers.sh); no ratio")
            return
        peer = time_lint(f"squawk ({TABLES} tables)", [str(SQUAWK), str(script)], runs=2)
        print(peer.line())
        print(ratio(ours, peer) + "  (target <= 0.05)")


BENCHMARKS = {"lint": bench_lint}
