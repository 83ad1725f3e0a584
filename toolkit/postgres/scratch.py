"""Scratch ("dev") servers and throw-away databases cloned from templates."""

from __future__ import annotations

import atexit
import itertools
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from toolkit.config import env
from toolkit.postgres.binaries import binaries_for_version
from toolkit.postgres.connect import connect, major_version
from toolkit.postgres.server import LocalServer

_counter = itertools.count()


@dataclass
class ScratchServer:
    """A server canon may create and drop databases on; ``admin_url`` is a superuser URL."""

    admin_url: str
    description: str
    _close: Callable[[], None] | None = field(default=None, repr=False)

    def url_for(self, database: str) -> str:
        """The URL of ``database`` on this server."""
        parts = urlsplit(self.admin_url)
        return urlunsplit((parts.scheme, parts.netloc, f"/{database}", parts.query, ""))

    def server_version(self) -> int:
        """The server's major version number (e.g. 18)."""
        with connect(self.admin_url) as conn:
            return major_version(conn)

    def create_template(self, name: str, populate: Callable[[str], None] | None = None) -> str:
        """(Re)create template database ``name``, run ``populate(url)`` on it; return its name."""
        self.drop_database(name)
        self._create(name, "template0")
        if populate is not None:
            populate(self.url_for(name))
        return name

    def create_database(self, template: str = "template0") -> str:
        """Create a fresh database cloned from ``template``; return its name."""
        name = f"canon_scratch_{os.getpid()}_{next(_counter)}"
        self._create(name, template)
        return name

    def _create(self, name: str, template: str) -> None:
        from psycopg import sql

        with connect(self.admin_url, autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                sql.Identifier(name), sql.Identifier(template)))

    def drop_database(self, name: str) -> None:
        """Drop ``name``, disconnecting anyone still on it."""
        from psycopg import sql

        with connect(self.admin_url, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                sql.Identifier(name)))

    @contextmanager
    def database(self, template: str = "template0") -> Iterator[str]:
        """A fresh database for the duration of the block; yields its URL."""
        name = self.create_database(template)
        try:
            yield self.url_for(name)
        finally:
            self.drop_database(name)

    def close(self) -> None:
        """Release the server if canon started it."""
        if self._close is not None:
            self._close()
            self._close = None


def docker_available() -> bool:
    """Whether a Docker engine answers (testcontainers can start servers)."""
    if not (env("DOCKER_HOST") or Path("/var/run/docker.sock").exists()):
        return False
    try:
        import docker

        docker.from_env(timeout=3).ping()
    except Exception:
        return False
    return True


def open_scratch_server(version: int, *, work_dir: Path | None = None) -> ScratchServer:
    """A scratch server: CANON_DEV_URL, else testcontainers, else an embedded server."""
    dev_url = env("CANON_DEV_URL")
    if dev_url:
        return ScratchServer(dev_url, "CANON_DEV_URL")
    if docker_available():
        return _container_server(version)
    return start_embedded_scratch(version, work_dir=work_dir)


def start_embedded_scratch(version: int, *, work_dir: Path | None = None) -> ScratchServer:
    """Start a throw-away local server (fsync off) of ``version``; it is removed on close."""
    binaries = binaries_for_version(version)
    base = Path(tempfile.mkdtemp(prefix="canon-pg-", dir=work_dir))
    server = LocalServer(base / "data", binaries, durable=False)
    status = server.start()

    def close() -> None:
        server.stop()
        shutil.rmtree(base, ignore_errors=True)

    scratch = ScratchServer(status.url(), f"embedded PostgreSQL {version} in {base}", close)
    atexit.register(scratch.close)
    return scratch


def _container_server(version: int) -> ScratchServer:
    from testcontainers.postgres import PostgresContainer

    container = PostgresContainer(f"postgres:{version}", driver=None).with_command(
        "postgres -c fsync=off -c synchronous_commit=off -c full_page_writes=off "
        "-c max_locks_per_transaction=1024"
    )
    container.start()
    scratch = ScratchServer(container.get_connection_url(), f"container postgres:{version}",
                            container.stop)
    atexit.register(scratch.close)
    return scratch
