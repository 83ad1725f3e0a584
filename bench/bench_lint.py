"""Lint benchmark: the 2,000-table synthetic project as one ~10,000-statement file, canon lint
against squawk in the same run (target: canon <= 1/20 of squawk's wall time, aim <= 1 s)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from generate import concatenated
from measure import ratio, time_command

from toolkit.source.parser import parse_sql

HERE = Path(__file__).resolve().parent
SQUAWK = HERE / ".peers" / "bin" / "squawk"
TABLES = 2000


def bench_lint() -> None:
    """canon lint FILE (5 runs) vs squawk FILE (2 runs) on the same 10,000-statement file."""
    canon = Path(sys.executable).with_name("canon")
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "project.sql"
        script.write_text(concatenated(TABLES), encoding="utf-8")
        statements = len(parse_sql(script.read_text(encoding="utf-8"), script))
        print(f"{script.stat().st_size / 1e6:.1f} MB, {statements} statements "
              f"({TABLES} tables)")
        # Exit 1 means findings: success for a linter.
        ours = time_command(f"canon lint ({TABLES} tables)", [str(canon), "lint", str(script)],
                            runs=5, ok_codes=(0, 1))
        print(ours.line())
        if not SQUAWK.exists():
            print("squawk not installed (run bench/peers.sh); no ratio")
            return
        peer = time_command(f"squawk ({TABLES} tables)", [str(SQUAWK), str(script)], runs=2,
                            ok_codes=(0, 1))
        print(peer.line())
        print(ratio(ours, peer) + "  (target <= 0.05)")


BENCHMARKS = {"lint": bench_lint}
