"""Real servers: embedded 18, system 15, template clones, the project server's lifecycle."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import psycopg
import pytest

from toolkit.config import load_project
from toolkit.postgres.binaries import embedded_binaries, system_binaries
from toolkit.postgres.scratch import ScratchServer, start_embedded_scratch
from toolkit.postgres.server import LocalServer
from toolkit.postgres.target import project_server, resolve_target


def _query_version(url: str) -> int:
    with psycopg.connect(url) as conn:
        row = conn.execute("select current_setting('server_version_num')::int").fetchone()
    assert row is not None
    return int(row[0]) // 10000


def test_embedded_server_is_postgres_18(tmp_path: Path) -> None:
    server = LocalServer(tmp_path / "data", embedded_binaries(), durable=False)
    try:
        status = server.start()
        assert _query_version(status.url()) == 18
    finally:
        server.destroy()
    assert server.status() is None


def test_system_postgres_15_runs_unprivileged() -> None:
    if system_binaries(15) is None:
        pytest.skip("PostgreSQL 15 not available: /usr/lib/postgresql/15/bin is missing")
    scratch = start_embedded_scratch(15)
    try:
        assert _query_version(scratch.admin_url) == 15
        with psycopg.connect(scratch.admin_url) as conn:
            row = conn.execute("select current_setting('fsync')").fetchone()
        assert row == ("off",)
    finally:
        scratch.close()


def test_scratch_server_settings_are_fast(pg_server: ScratchServer) -> None:
    if pg_server.description.startswith("CANON_"):
        pytest.skip("settings of an external server are not canon's")
    with psycopg.connect(pg_server.admin_url) as conn:
        rows = conn.execute(
            "select name, setting from pg_settings where name = any(%s) order by name",
            (["fsync", "full_page_writes", "max_locks_per_transaction", "synchronous_commit"],),
        ).fetchall()
    assert dict(rows) == {"fsync": "off", "full_page_writes": "off",
                          "max_locks_per_transaction": "1024", "synchronous_commit": "off"}


@pytest.mark.versioned
def test_databases_are_cloned_from_templates(pg_server: ScratchServer) -> None:
    def populate(url: str) -> None:
        with psycopg.connect(url) as conn:
            conn.execute("create table seeded (id int primary key)")
            conn.execute("insert into seeded values (1), (2)")

    template = pg_server.create_template("canon_test_seeded", populate)
    try:
        with pg_server.database(template) as url:
            with psycopg.connect(url) as conn:
                row = conn.execute("select count(*) from seeded").fetchone()
            assert row == (2,)
            name = url.rsplit("/", 1)[1]
        with psycopg.connect(pg_server.admin_url) as conn:
            exists = conn.execute("select 1 from pg_database where datname = %s",
                                  (name,)).fetchone()
        assert exists is None
    finally:
        pg_server.drop_database(template)


@pytest.mark.versioned
def test_each_test_gets_an_empty_database(pg_url: str) -> None:
    with psycopg.connect(pg_url) as conn:
        row = conn.execute(
            "select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace "
            "where n.nspname = 'public'"
        ).fetchone()
        conn.execute("create table leftover (id int)")
    assert row == (0,)


def test_project_server_is_durable_and_survives_a_crash(project: Path) -> None:
    config = load_project(project)
    server = project_server(config)
    try:
        first = server.start()
        assert server.start() == first  # starting twice is harmless
        with psycopg.connect(first.url()) as conn:
            row = conn.execute("select current_setting('fsync')").fetchone()
        assert row == ("on",)
        os.kill(first.pid, signal.SIGKILL)
        deadline = time.monotonic() + 10
        while server.status() is not None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert server.status() is None
        assert (server.data_dir / "postmaster.pid").exists()  # stale pid file left behind
        second = server.start()
        assert second.pid != first.pid
        assert _query_version(second.url()) == server.binaries.major_version
    finally:
        server.stop()
    assert server.status() is None


def test_target_prefers_option_then_environment(project: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    config = load_project(project)
    monkeypatch.setenv("CANON_DATABASE_URL", "postgresql://env@127.0.0.1/e")
    assert resolve_target(config, "postgresql://opt@127.0.0.1/o") == "postgresql://opt@127.0.0.1/o"
    assert resolve_target(config, None) == "postgresql://env@127.0.0.1/e"
