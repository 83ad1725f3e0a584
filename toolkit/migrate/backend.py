"""yoyo-migrations' PostgreSQL backend (psycopg 3), keeping its tables in the ``canon`` schema.

yoyo's own tables (``_yoyo_migration``, ``_yoyo_log``, ``_yoyo_version``, ``yoyo_lock``) and
its internal schema upgrades are used as they are, only qualified with the ``canon`` schema so
that nothing appears among the project's own objects. canon adds ``canon.migration_checksum``:
the sha256 of the up and down script of every applied migration, written in the same
transaction that marks the migration applied.
"""

from __future__ import annotations

import getpass
import socket
from functools import cache
from typing import Any

from yoyo import internalmigrations
from yoyo.backends.core.postgresql import PostgresqlPsycopgBackend
from yoyo.connections import BadConnectionURI, DatabaseURI, parse_uri

from toolkit.migrate.history import (
    CHECKSUM_TABLE,
    LOCK_TABLE,
    LOG_TABLE,
    MIGRATION_TABLE,
    SCHEMA,
    VERSION_TABLE,
    qualified,
    qualified_text,
)
from toolkit.postgres.connect import connect

YOYO_SCHEME = "postgresql+psycopg"


def yoyo_uri(url: str) -> Any:
    """yoyo's parsed form of ``url`` with the ``postgresql+psycopg`` scheme."""
    scheme, separator, rest = url.partition("://")
    try:
        if separator and scheme in ("postgres", "postgresql", YOYO_SCHEME):
            return parse_uri(f"{YOYO_SCHEME}://{rest}")
    except (BadConnectionURI, ValueError):
        pass
    return DatabaseURI(YOYO_SCHEME, None, None, None, None, None, {})


class CanonBackend(PostgresqlPsycopgBackend):  # type: ignore[misc]
    """yoyo's psycopg 3 backend on canon's connection, with its tables in ``canon``."""

    log_table = LOG_TABLE
    lock_table = LOCK_TABLE
    version_table = VERSION_TABLE
    canon_lock_marker: int | None = None
    _internal_schema_updated: bool = False

    def __init__(self, url: str) -> None:
        self._canon_url = url
        super().__init__(yoyo_uri(url), MIGRATION_TABLE)

    def connect(self, dburi: Any) -> Any:
        """Open the session with canon's error mapping (autocommit, as yoyo expects)."""
        return connect(self._canon_url, autocommit=True)

    @property
    def migration_table_quoted(self) -> str:
        """``"canon"."_yoyo_migration"``, for yoyo's SQL templates."""
        return qualified_text(self.migration_table)

    @property
    def log_table_quoted(self) -> str:
        """``"canon"."_yoyo_log"``."""
        return qualified_text(self.log_table)

    @property
    def version_table_quoted(self) -> str:
        """``"canon"."_yoyo_version"``."""
        return qualified_text(self.version_table)

    @property
    def lock_table_quoted(self) -> str:
        """``"canon"."yoyo_lock"``."""
        return qualified_text(self.lock_table)

    def setup(self) -> None:
        """Create the ``canon`` schema and the bookkeeping tables that are missing.

        Call it holding the migration lock: concurrent ``CREATE ... IF NOT EXISTS`` can fail.
        """
        from psycopg import sql

        conn = self.connection
        conn.execute(sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(sql.Identifier(SCHEMA)))
        row = conn.execute("SELECT to_regclass(%s)", (qualified_text(LOCK_TABLE),)).fetchone()
        if row is None or row[0] is None:
            with self.transaction():
                self.execute(self.format_sql(self.create_lock_table_sql))
        self.ensure_internal_schema_updated()
        conn.execute(sql.SQL(
            "CREATE TABLE IF NOT EXISTS {} ("
            "migration_id text PRIMARY KEY, "
            "up_sha256 text NOT NULL, "
            "down_sha256 text, "
            "recorded_at timestamptz NOT NULL DEFAULT now())").format(qualified(CHECKSUM_TABLE)))

    def ensure_internal_schema_updated(self) -> None:
        """Create or upgrade yoyo's tables in ``canon`` (once per session)."""
        from psycopg import sql

        if self._internal_schema_updated:
            return
        with self.transaction():
            # yoyo's upgrade code names its version table unqualified and lists tables of the
            # current schema: point both at canon for this transaction only.
            self.connection.execute(sql.SQL("SET LOCAL search_path TO {}").format(
                sql.Identifier(SCHEMA)))
            if internalmigrations.needs_upgrading(self):
                internalmigrations.upgrade(self)
        self._internal_schema_updated = True

    def get_log_data(self, migration: Any = None, operation: str = "apply") -> dict[str, Any]:
        """yoyo's log row, with the user and host looked up once (no DNS query per row)."""
        data: dict[str, Any] = super().get_log_data(migration, operation)
        data["username"], data["hostname"] = _who()
        return data

    def record_checksums(self, stem: str, up_sha256: str, down_sha256: str | None) -> None:
        """Store the sha256 of an applied migration's scripts (inside its transaction)."""
        from psycopg import sql

        self.connection.execute(sql.SQL(
            "INSERT INTO {} (migration_id, up_sha256, down_sha256) VALUES (%s, %s, %s) "
            "ON CONFLICT (migration_id) DO UPDATE SET up_sha256 = EXCLUDED.up_sha256, "
            "down_sha256 = EXCLUDED.down_sha256, recorded_at = now()").format(
                qualified(CHECKSUM_TABLE)), (stem, up_sha256, down_sha256))

    def record_rollback_checksum(self, stem: str, down_sha256: str | None) -> None:
        """Store a new sha256 for an applied migration's rollback."""
        from psycopg import sql

        self.connection.execute(sql.SQL(
            "UPDATE {} SET down_sha256 = %s, recorded_at = now() WHERE migration_id = %s").format(
                qualified(CHECKSUM_TABLE)), (down_sha256, stem))

    def forget_checksums(self, stem: str) -> None:
        """Delete the checksums of a reverted migration (inside its transaction)."""
        from psycopg import sql

        self.connection.execute(sql.SQL("DELETE FROM {} WHERE migration_id = %s").format(
            qualified(CHECKSUM_TABLE)), (stem,))


@cache
def _who() -> tuple[str, str]:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown"
    return user, socket.gethostname()
