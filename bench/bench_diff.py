"""`canon diff` between two live 2,000-table databases, side by side with migra on the same two.

The databases are built from the synthetic project and its ``--variant`` (one column renamed
and one default changed per table). Target: canon's wall time <= 1/5 of migra's (aim 1/10)
and no more memory.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from bench_inspect import _populate
from measure import ratio, time_command

from toolkit.postgres.scratch import open_scratch_server

TABLES = 2000
MIGRA = Path(__file__).resolve().parent / ".peers" / "bin" / "migra"


def _populate_variant(url: str) -> None:
    _populate(url, variant=True)


def bench_diff() -> None:
    """canon diff URL_A URL_B next to migra URL_A URL_B."""
    server = open_scratch_server(18)
    canon = Path(sys.executable).with_name("canon")
    try:
        base = server.create_template("canon_bench_diff_a", _populate)
        variant = server.create_template("canon_bench_diff_b", _populate_variant)
        url_a, url_b = server.url_for(base), server.url_for(variant)
        with tempfile.TemporaryDirectory() as project:
            (Path(project) / "canon.toml").write_text('schemas = ["public"]\n', encoding="utf-8")
            ours = time_command(f"canon diff ({TABLES} tables, variant)",
                                [str(canon), "--project", project, "diff", "--from", url_a,
                                 "--to", url_b], runs=5)
        print(ours.line())
        if MIGRA.exists():
            peer = time_command(f"migra --unsafe ({TABLES} tables, variant)",
                                [str(MIGRA), "--unsafe", url_a, url_b], runs=3,
                                ok_codes=(0, 2))
            print(peer.line())
            print(ratio(ours, peer))
        else:
            print(f"migra not installed at {MIGRA}: run `sh bench/peers.sh`", file=sys.stderr)
    finally:
        server.close()


BENCHMARKS = {"diff": bench_diff}
