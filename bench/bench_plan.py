"""Warm-cache checks on the synthetic 2,000-table project: `canon plan --check` (target
<= 1 s) and `canon drift` against a database migrated from it (target <= 1.5 s)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from generate import generate
from measure import time_command

from toolkit.config import load_project
from toolkit.plan.scripts import run_sql_text
from toolkit.postgres.scratch import open_scratch_server
from toolkit.source import prelude_sql

TABLES = 2000


def bench_plan_and_drift() -> None:
    """Plan the project once (cold), then time the warm checks."""
    canon = str(Path(sys.executable).with_name("canon"))
    server = open_scratch_server(18)
    environment = {**os.environ, "CANON_DEV_URL": server.admin_url}
    try:
        with tempfile.TemporaryDirectory() as work:
            project = Path(work)
            generate(project, TABLES)
            base = [canon, "--project", str(project)]
            cold = time_command(f"canon plan -m initial (cold, {TABLES} tables, proven)",
                                [*base, "plan", "-m", "initial"], runs=1, env=environment)
            print(cold.line())
            database = server.url_for(server.create_database())
            # A real target already has the platform's objects; here the prelude stands in.
            run_sql_text(database, "prelude", prelude_sql(load_project(project)))
            subprocess.run([*base, "migrate", "--database", database], check=True,
                           env=environment, stdout=subprocess.DEVNULL)
            print(time_command(f"canon plan --check (warm cache, {TABLES} tables)",
                               [*base, "plan", "--check"], runs=5, env=environment).line())
            print(time_command(f"canon drift (warm cache, {TABLES} tables)",
                               [*base, "drift", "--database", database], runs=5,
                               env=environment).line())
    finally:
        server.close()


BENCHMARKS = {"plan": bench_plan_and_drift}
