"""`canon diff` between two live 2,000-table databases, side by side with migra on the same two.

The databases are built from the synthetic project and its ``--variant`` (one column renamed
and one default changed per table), then vacuumed, analyzed and checkpointed, as autovacuum
and the checkpointer leave a live database; otherwise whichever tool runs first competes with
them for the machine. The two tools take turns. Target: canon's wall time <= 1/5 of migra's
(aim 1/10) and no more memory.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from bench_inspect import _populate
from measure import Sample, ratio, taking_turns, time_command
from parts import report

from toolkit.postgres.scratch import open_scratch_server

TABLES = 2000
RUNS = 5
MIGRA = Path(__file__).resolve().parent / ".peers" / "bin" / "migra"


def _populate_variant(url: str) -> None:
    _populate(url, variant=True)


def settle(admin_url: str, urls: list[str]) -> None:
    """VACUUM ANALYZE each database, then CHECKPOINT: what a live server has long done."""
    import psycopg

    for url in urls:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("VACUUM ANALYZE")
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute("CHECKPOINT")


def bench_diff() -> None:
    """canon diff URL_A URL_B next to migra URL_A URL_B."""
    server = open_scratch_server(18)
    canon = Path(sys.executable).with_name("canon")
    try:
        base = server.create_template("canon_bench_diff_a", _populate)
        variant = server.create_template("canon_bench_diff_b", _populate_variant)
        url_a, url_b = server.url_for(base), server.url_for(variant)
        settle(server.admin_url, [url_a, url_b])
        if not MIGRA.exists():
            print(f"migra not installed at {MIGRA}: run `sh bench/peers.sh`", file=sys.stderr)
        with tempfile.TemporaryDirectory() as project:
            (Path(project) / "canon.toml").write_text('schemas = ["public"]\n', encoding="utf-8")
            ours = [str(canon), "--project", project, "diff", "--from", url_a, "--to", url_b]
            peer = [str(MIGRA), "--unsafe", url_a, url_b]
            ours_label = f"canon diff ({TABLES} tables, variant)"
            peer_label = f"migra --unsafe ({TABLES} tables, variant)"
            runs: dict[str, Callable[[], Sample]] = {
                ours_label: lambda: time_command(ours_label, ours, runs=1)}
            if MIGRA.exists():
                # migra exits 2 when the databases differ.
                runs[peer_label] = lambda: time_command(peer_label, peer, runs=1,
                                                        ok_codes=(0, 2))
            results = taking_turns(RUNS, runs)
        for sample in results:
            print(sample.line())
        if len(results) == 2:
            print(ratio(*results) + "  (target <= 0.2)")
        report(results[0], url_a, url_b, ["public"])
    finally:
        server.close()


BENCHMARKS = {"diff": bench_diff}
