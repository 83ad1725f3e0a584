"""Test harness: one real PostgreSQL per session, a fresh database per test."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from toolkit.cli import register_commands
from toolkit.postgres.scratch import ScratchServer, open_scratch_server, start_embedded_scratch

# The tests drive the whole command line, every command added (a run adds the one it needs).
register_commands()

TEMPLATE = "canon_test_template"


def _choice() -> str:
    return os.environ.get("CANON_TEST_PG", "").strip() or "18"


def _open_server(choice: str) -> ScratchServer:
    if "://" in choice:
        return ScratchServer(choice, "CANON_TEST_PG")
    if os.environ.get("CANON_TEST_DSN"):
        return ScratchServer(os.environ["CANON_TEST_DSN"], "CANON_TEST_DSN")
    version = int(choice)
    if version == 18:
        return open_scratch_server(version)
    return start_embedded_scratch(version)


_session: dict[str, ScratchServer] = {}


def _server() -> ScratchServer:
    if "server" not in _session:
        server = _open_server(_choice())
        server.create_template(TEMPLATE)
        _session["server"] = server
    return _session["server"]


def pytest_report_header(config: pytest.Config) -> str:
    server = _server()
    return f"canon: PostgreSQL {server.server_version()} ({server.description})"


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if "server" in _session:
        _session.pop("server").close()


@pytest.fixture(scope="session")
def pg_server() -> ScratchServer:
    """The session's real PostgreSQL server."""
    return _server()


@pytest.fixture
def pg_url(pg_server: ScratchServer) -> Iterator[str]:
    """A fresh, empty database cloned from the session template."""
    with pg_server.database(TEMPLATE) as url:
        yield url


@pytest.fixture(autouse=True)
def _scratch_on_session_server(request: pytest.FixtureRequest,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Commands that need scratch databases get them from the session server (fast)."""
    if _uses_pg(request.fixturenames) and not os.environ.get("CANON_DEV_URL"):
        monkeypatch.setenv("CANON_DEV_URL", _server().admin_url)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """An empty canon project directory (canon.toml with defaults)."""
    (tmp_path / "canon.toml").write_text("schemas = [\"public\"]\n", encoding="utf-8")
    return tmp_path


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if _uses_pg(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.pg)


def _uses_pg(fixture_names: Iterable[str]) -> bool:
    """Whether a test asks for the session's PostgreSQL."""
    return any(name in ("pg_url", "pg_server") for name in fixture_names)

