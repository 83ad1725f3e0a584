"""yoyo-migrations' PostgreSQL backend (psycopg 3), keeping its tables in the ``canon`` schema.

yoyo's own tables (``_yoyo_migration``, ``_yoyo_log``, ``_yoyo_version``, ``yoyo_lock``) and
its internal schema upgrades are used as they are, only qualified with the ``canon`` schema so
that nothing appears among the project's own objects. canon adds ``canon.migration_checksum``:
the sha256 of the up and down script of every applied migration. Marking a migration applied
writes yoyo's rows (the same columns and hash yoyo writes) and the checksums in one statement,
inside the migration's own transaction.
"""

from __future__ import annotations

import getpass
import socket
from functools import cache
from typing import Any

from yoyo import internalmigrations
from yoyo.backends.core.postgresql import PostgresqlPsycopgBackend
from yoyo.connections import BadConnectionURI, DatabaseURI, parse_uri
from yoyo.migrations import get_migration_hash

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
_YOYO_INTERNAL_VERSION = 2


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

        if self._is_set_up():
            self._internal_schema_updated = True
            return
        with self.transaction():
            conn = self.connection
            conn.execute(sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(
                sql.Identifier(SCHEMA)))
            row = conn.execute("SELECT to_regclass(%s)", (qualified_text(LOCK_TABLE),)
                               ).fetchone()
            if row is None or row[0] is None:
                self.execute(self.format_sql(self.create_lock_table_sql))
            conn.execute(sql.SQL(
                "CREATE TABLE IF NOT EXISTS {} ("
                "migration_id text PRIMARY KEY, "
                "up_sha256 text NOT NULL, "
                "down_sha256 text, "
                "recorded_at timestamptz NOT NULL DEFAULT now())").format(
                    qualified(CHECKSUM_TABLE)))
            if not self._has_yoyo_tables() and self._create_yoyo_tables():
                self._internal_schema_updated = True
            self.ensure_internal_schema_updated()

    def _has_yoyo_tables(self) -> bool:
        row = self.connection.execute(
            "SELECT bool_or(to_regclass(name) IS NOT NULL) FROM unnest(%s::text[]) AS name",
            ([qualified_text(t) for t in (MIGRATION_TABLE, LOG_TABLE, VERSION_TABLE)],),
        ).fetchone()
        return bool(row and row[0])

    def _create_yoyo_tables(self) -> bool:
        """Create yoyo's tables at internal version 2, as its own upgrade would leave them.

        On a database without them this skips yoyo's path from version 0 (creating the
        version 1 table, then dropping it), which costs a fresh database several statements.
        False (nothing done) when this yoyo has a newer internal version: it upgrades itself.
        """
        if max(internalmigrations.schema_versions) != _YOYO_INTERNAL_VERSION:
            return False
        module = internalmigrations.schema_versions[_YOYO_INTERNAL_VERSION]
        module.create_migration_table(self)
        module.create_log_table(self)
        module.create_version_table(self)
        internalmigrations.mark_schema_version(self, _YOYO_INTERNAL_VERSION)
        return True

    def _is_set_up(self) -> bool:
        """Whether every bookkeeping table exists at yoyo's current internal version."""
        from psycopg import sql

        conn = self.connection
        names = [qualified_text(table) for table in
                 (LOCK_TABLE, CHECKSUM_TABLE, MIGRATION_TABLE, LOG_TABLE, VERSION_TABLE)]
        row = conn.execute("SELECT bool_and(to_regclass(name) IS NOT NULL) "
                           "FROM unnest(%s::text[]) AS name", (names,)).fetchone()
        if row is None or not row[0]:
            return False
        version = conn.execute(sql.SQL("SELECT max(version) FROM {}").format(
            qualified(VERSION_TABLE))).fetchone()
        return version is not None and version[0] == max(internalmigrations.schema_versions)

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

    def mark_applied_sql(self, stem: str, up_sha256: str, down_sha256: str | None) -> Any:
        """The statement that marks ``stem`` applied: yoyo's migration and log rows and canon's
        checksums, with the values in it (``sql.Composed``).

        One statement, so it is atomic even outside a transaction.
        """
        from psycopg import sql

        user, host = _who()
        values = {"hash": get_migration_hash(stem), "id": stem, "up": up_sha256,
                  "down": down_sha256, "user": user, "host": host}
        return sql.SQL(
            "WITH marked AS ("
            "INSERT INTO {migrations} (migration_hash, migration_id, applied_at_utc) "
            "VALUES ({hash}, {id}, now() AT TIME ZONE 'UTC')), "
            "logged AS ({log}) {checksums}").format(
                migrations=qualified(MIGRATION_TABLE),
                log=_log_insert(sql.Literal("apply"), values),
                checksums=_checksums_upsert(stem, up_sha256, down_sha256),
                hash=sql.Literal(values["hash"]), id=sql.Literal(stem))

    def mark_reverted(self, stem: str) -> None:
        """Unmark ``stem``: delete yoyo's migration row and the checksums, log the rollback."""
        from psycopg import sql

        user, host = _who()
        values = {"hash": get_migration_hash(stem), "id": stem, "user": user, "host": host}
        self.connection.execute(sql.SQL(
            "WITH unmarked AS (DELETE FROM {migrations} WHERE migration_hash = {hash}), "
            "logged AS ({log}) "
            "DELETE FROM {checksums} WHERE migration_id = {id}").format(
                migrations=qualified(MIGRATION_TABLE),
                log=_log_insert(sql.Literal("rollback"), values),
                checksums=qualified(CHECKSUM_TABLE),
                hash=sql.Literal(values["hash"]), id=sql.Literal(stem)))

    def record_checksums(self, stem: str, up_sha256: str, down_sha256: str | None) -> None:
        """Store the sha256 of an applied migration's scripts (inside its transaction)."""
        self.connection.execute(_checksums_upsert(stem, up_sha256, down_sha256))

    def record_rollback_checksum(self, stem: str, down_sha256: str | None) -> None:
        """Store a new sha256 for an applied migration's rollback."""
        from psycopg import sql

        self.connection.execute(sql.SQL(
            "UPDATE {} SET down_sha256 = %s, recorded_at = now() WHERE migration_id = %s").format(
                qualified(CHECKSUM_TABLE)), (down_sha256, stem))


def _checksums_upsert(stem: str, up_sha256: str, down_sha256: str | None) -> Any:
    """The statement storing (or replacing) the checksums of ``stem``, values included."""
    from psycopg import sql

    return sql.SQL(
        "INSERT INTO {checksums} (migration_id, up_sha256, down_sha256) "
        "VALUES ({id}, {up}, {down}) ON CONFLICT (migration_id) DO UPDATE SET "
        "up_sha256 = EXCLUDED.up_sha256, down_sha256 = EXCLUDED.down_sha256, "
        "recorded_at = now()").format(
            checksums=qualified(CHECKSUM_TABLE), id=sql.Literal(stem),
            up=sql.Literal(up_sha256), down=sql.Literal(down_sha256))


def _log_insert(operation: Any, values: dict[str, str | None]) -> Any:
    """yoyo's log row for ``values`` (hash, id, user, host) as a statement with literals."""
    from psycopg import sql

    return sql.SQL(
        "INSERT INTO {log} (id, migration_hash, migration_id, operation, username, hostname, "
        "created_at_utc) VALUES (gen_random_uuid()::text, {hash}, {id}, {operation}, "
        "{user}, {host}, now() AT TIME ZONE 'UTC')").format(
            log=qualified(LOG_TABLE), operation=operation,
            **{name: sql.Literal(values[name]) for name in ("hash", "id", "user", "host")})


@cache
def _who() -> tuple[str, str]:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown"
    return user, socket.gethostname()
