"""A PostgreSQL server canon runs itself from a data directory (initdb, pg_ctl)."""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import stat
import subprocess
import time
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from toolkit.errors import ServerError
from toolkit.postgres.binaries import PgBinaries, server_user

SUPERUSER = "postgres"
_INCLUDE_LINE = "include_if_exists = 'canon.conf'\n"

DURABLE_SETTINGS: dict[str, str] = {}
SCRATCH_SETTINGS = {
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "max_locks_per_transaction": "1024",
    "max_connections": "200",
    "shared_buffers": "128MB",
    "max_wal_size": "4GB",
    "checkpoint_timeout": "1h",
    "autovacuum": "off",
}


@dataclass(frozen=True)
class ServerStatus:
    """A running server: its postmaster pid and TCP port on 127.0.0.1."""

    pid: int
    port: int

    def url(self, database: str = SUPERUSER) -> str:
        """A URL a person can paste into psql."""
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"


class LocalServer:
    """A server whose data directory canon owns; durable or a fast scratch server."""

    def __init__(self, data_dir: Path, binaries: PgBinaries, *, durable: bool) -> None:
        self.data_dir = data_dir.resolve()
        self.binaries = binaries
        self.durable = durable

    @cached_property
    def user(self) -> str | None:
        """The account the server runs as (None: this process's own); only looked up (and,
        as root, created) when the server is initialised or started."""
        return server_user()

    @property
    def major_version(self) -> int:
        """The cluster's PostgreSQL major version (its ``PG_VERSION``), else the binaries'."""
        marker = self.data_dir / "PG_VERSION"
        if marker.is_file():
            return int(marker.read_text(encoding="ascii").strip())
        return self.binaries.major_version

    @property
    def log_file(self) -> Path:
        """The server log, inside the data directory."""
        return self.data_dir / "server.log"

    def is_initialised(self) -> bool:
        """Whether initdb has run in the data directory."""
        return (self.data_dir / "PG_VERSION").is_file()

    def init(self) -> None:
        """Create the cluster (initdb) if the data directory does not hold one yet."""
        if self.is_initialised():
            return
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.data_dir.chmod(0o700)
        self._grant_access(self.data_dir)
        args = [str(self.binaries.tool("initdb")), "-D", str(self.data_dir), "-U", SUPERUSER,
                "--auth=trust", "--encoding=UTF8", "--locale=C"]
        if not self.durable:
            args.append("--no-sync")
        self._run(args, "initdb")
        with (self.data_dir / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write(_INCLUDE_LINE)

    def status(self) -> ServerStatus | None:
        """The running server, or None; a pid file left by a crash counts as not running."""
        pid_file = self.data_dir / "postmaster.pid"
        try:
            lines = pid_file.read_text(encoding="utf-8").splitlines()
        except OSError:
            return None
        if len(lines) < 4 or not lines[0].strip().isdigit() or not lines[3].strip().isdigit():
            return None
        pid, port = int(lines[0]), int(lines[3])
        if not _is_postmaster(pid, self.data_dir):
            return None
        return ServerStatus(pid=pid, port=port)

    def start(self, timeout: float = 60.0) -> ServerStatus:
        """Start the server if it is not running (initialising it first); idempotent."""
        running = self.status()
        if running is not None:
            return running
        self.init()
        self._remove_stale_pid_file()
        self._write_settings(self._previous_port() or _free_port())
        args = [str(self.binaries.tool("pg_ctl")), "-D", str(self.data_dir), "-l",
                str(self.log_file), "-w", "-t", str(int(timeout)), "start"]
        for attempt in range(3):
            try:
                self._run(args, "pg_ctl start")
                break
            except ServerError:
                # After a kill -9, orphaned backends may hold shared memory for a moment.
                if attempt == 2:
                    raise
                time.sleep(1.0)
                self._remove_stale_pid_file()
        started = self.status()
        if started is None:
            raise ServerError(f"the server in {self.data_dir} did not start",
                              hint=f"see {self.log_file}")
        return started

    def stop(self) -> bool:
        """Stop the server; return False if it was not running."""
        if self.status() is None:
            self._remove_stale_pid_file()
            return False
        self._run([str(self.binaries.tool("pg_ctl")), "-D", str(self.data_dir), "-m", "fast",
                   "-w", "stop"], "pg_ctl stop")
        return True

    def destroy(self) -> None:
        """Stop the server and delete its data directory."""
        self.stop()
        shutil.rmtree(self.data_dir, ignore_errors=True)

    def _write_settings(self, port: int) -> None:
        settings = {
            "port": str(port),
            "listen_addresses": "'127.0.0.1'",
            "unix_socket_directories": "''",
            **(DURABLE_SETTINGS if self.durable else SCRATCH_SETTINGS),
        }
        text = "".join(f"{key} = {value}\n" for key, value in settings.items())
        path = self.data_dir / "canon.conf"
        path.write_text(text, encoding="utf-8")
        self._chown(path)

    def _previous_port(self) -> int | None:
        """The port of the last start, if it is still free (keeps pasted URLs valid)."""
        try:
            lines = (self.data_dir / "canon.conf").read_text(encoding="utf-8").splitlines()
        except OSError:
            return None
        for line in lines:
            key, _, value = line.partition("=")
            if key.strip() == "port" and value.strip().isdigit():
                port = int(value)
                return port if _port_is_free(port) else None
        return None

    def _remove_stale_pid_file(self) -> None:
        pid_file = self.data_dir / "postmaster.pid"
        if pid_file.exists() and self.status() is None:
            pid_file.unlink()

    def _grant_access(self, path: Path) -> None:
        """Let the unprivileged server account reach ``path`` and the binaries."""
        if self.user is None:
            return
        for target in (path, self.binaries.bin_dir):
            for ancestor in target.parents:
                mode = ancestor.stat().st_mode
                if not mode & stat.S_IXOTH:
                    ancestor.chmod(mode | stat.S_IXOTH)
        self._chown(path)

    def _chown(self, path: Path) -> None:
        if self.user is None:
            return
        entry = pwd.getpwnam(self.user)
        os.chown(path, entry.pw_uid, entry.pw_gid)

    def _run(self, args: list[str], what: str) -> None:
        # Drop root's groups too: a group match would override the "other" bits we grant.
        group = None if self.user is None else pwd.getpwnam(self.user).pw_gid
        result = subprocess.run(args, capture_output=True, text=True, cwd=self.data_dir,
                                check=False, stdin=subprocess.DEVNULL, user=self.user,
                                group=group, extra_groups=None if group is None else [])
        if result.returncode != 0:
            detail = (result.stderr or result.stdout).strip()
            raise ServerError(f"{what} failed in {self.data_dir}: {detail}",
                              hint=f"see {self.log_file}")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _port_is_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def _is_postmaster(pid: int, data_dir: Path) -> bool:
    """Whether ``pid`` is alive and is a postgres process (not a reused pid)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return True
    return b"postgres" in cmdline
