"""canon migrate as separate processes: killed mid-migration, and eight at once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

from toolkit.config import load_project
from toolkit.migrate import checksums
from toolkit.migrate.directory import MigrationDirectory


def add(project: Path, stem: str, up: str) -> None:
    path = project / "migrations" / f"{stem}.sql"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(up, encoding="utf-8")


def canon(project: Path, *args: str, env: dict[str, str] | None = None
          ) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "toolkit", "--project", str(project), *args],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        env={**os.environ, **(env or {})})


def fetch(url: str, text: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    with psycopg.connect(url, autocommit=True) as conn:
        return conn.execute(text, params).fetchall()  # type: ignore[arg-type]


def wait_for(condition: object, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if callable(condition) and condition():
            return
        time.sleep(0.05)
    pytest.fail(f"timed out waiting for {what}")


def public_tables(url: str) -> list[str]:
    return [str(r[0]) for r in fetch(
        url, "select tablename from pg_tables where schemaname = 'public' order by 1")]


def test_kill_9_in_the_middle_of_a_migration(project: Path, pg_url: str) -> None:
    add(project, "0001_first", "CREATE TABLE first (id int);\n")
    # The sleep is long only for the first run (PGOPTIONS below); the rerun passes through.
    add(project, "0002_slow",
        "CREATE TABLE slow_a (id int);\n"
        "INSERT INTO first VALUES (2);\n"
        "SELECT pg_sleep(coalesce(current_setting('canon_test.sleep', true), '0')::float);\n"
        "CREATE TABLE slow_b (id int);\n")
    add(project, "0003_last", "CREATE TABLE last (id int);\n")
    checksums.write(MigrationDirectory.load(load_project(project)))

    proc = canon(project, "migrate", "--database", pg_url,
                 env={"PGOPTIONS": "-c canon_test.sleep=60"})
    database = pg_url.rsplit("/", 1)[1]

    def sleeping() -> list[tuple[object, ...]]:
        return fetch(pg_url, "select pid from pg_stat_activity where datname = %s "
                     "and pid <> pg_backend_pid() and strpos(query, 'SELECT pg_sleep') > 0 "
                     "and state = 'active'", (database,))

    wait_for(lambda: bool(sleeping()), 30, "the migration to reach pg_sleep")
    server_pid = sleeping()[0][0]
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=10)
    assert proc.returncode == -signal.SIGKILL

    # The server notices the dead client within about a second and rolls the migration back;
    # it does not keep its locks for the rest of the 60 s sleep.
    wait_for(lambda: not fetch(pg_url, "select 1 from pg_stat_activity where pid = %s",
                               (server_pid,)), 15, "the killed run's session to end")
    assert public_tables(pg_url) == ["first"]
    assert fetch(pg_url, "select count(*) from first") == [(0,)]
    assert fetch(pg_url, "select migration_id from canon._yoyo_migration") == [("0001_first",)]
    assert fetch(pg_url, "select migration_id from canon.migration_checksum") == [
        ("0001_first",)]
    stale = fetch(pg_url, "select pid from canon.yoyo_lock")
    assert stale == [(-int(str(server_pid)),)]

    rerun = canon(project, "migrate", "--database", pg_url)
    output, _ = rerun.communicate(timeout=60)
    assert rerun.returncode == 0, output
    assert f"removed the lock row left by a crashed canon run (server process {server_pid})" \
        in output
    assert "applied 0002_slow" in output and "applied 0003_last" in output
    assert public_tables(pg_url) == ["first", "last", "slow_a", "slow_b"]
    assert fetch(pg_url, "select count(*) from first") == [(1,)]
    assert fetch(pg_url, "select count(*) from canon.yoyo_lock") == [(0,)]


def test_eight_concurrent_runs_apply_every_migration_once(project: Path, pg_url: str) -> None:
    add(project, "0001_runs", "CREATE TABLE runs (migration text);\n"
        "INSERT INTO runs VALUES ('0001');\n")
    add(project, "0002_slow", "SELECT pg_sleep(0.5);\nINSERT INTO runs VALUES ('0002');\n")
    for number in range(3, 7):
        add(project, f"{number:04d}_step", sql.SQL(
            "CREATE TABLE {} (id int);\nINSERT INTO runs VALUES ({});\n").format(
                sql.Identifier(f"step_{number}"), sql.Literal(f"{number:04d}")).as_string(None))
    checksums.write(MigrationDirectory.load(load_project(project)))

    procs = [canon(project, "migrate", "--database", pg_url, "--wait", "120")
             for _ in range(8)]
    results = [(proc.wait(180), proc.communicate()[0]) for proc in procs]
    assert [code for code, _ in results] == [0] * 8, results
    applied_by = [output for _, output in results if "6 migration(s) applied" in output]
    assert len(applied_by) == 1
    assert sum("up to date" in output for _, output in results) == 7
    assert fetch(pg_url, "select migration, count(*) from runs group by 1 order by 1") == [
        (f"{n:04d}", 1) for n in range(1, 7)]
    assert fetch(pg_url, "select count(*), count(distinct migration_id) from canon._yoyo_log "
                 "where operation = 'apply'") == [(6, 6)]
    assert fetch(pg_url, "select count(*) from canon.yoyo_lock") == [(0,)]
