"""What a database has applied, and how that compares with the migration directory.

canon keeps its bookkeeping in the ``canon`` schema: yoyo's tables (``_yoyo_migration``,
``_yoyo_log``, ``_yoyo_version``, ``yoyo_lock``) and ``migration_checksum``, the sha256 of the up
and down script of every applied migration. Reading never creates anything: a database canon
has never migrated has applied nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from toolkit.migrate.directory import (
    SQL_SUFFIX,
    Migration,
    MigrationDirectory,
    file_digest,
    parse_name,
)

if TYPE_CHECKING:
    import psycopg

SCHEMA = "canon"
MIGRATION_TABLE = "_yoyo_migration"
LOG_TABLE = "_yoyo_log"
VERSION_TABLE = "_yoyo_version"
LOCK_TABLE = "yoyo_lock"
CHECKSUM_TABLE = "migration_checksum"


@dataclass(frozen=True)
class Applied:
    """One applied migration: its stem, when, and the sha256 of its scripts at that time."""

    stem: str
    applied_at: datetime | None
    up_sha256: str | None
    down_sha256: str | None


def read_applied(conn: psycopg.Connection) -> dict[str, Applied]:
    """The migrations ``conn``'s database has applied, by stem, in the order applied."""
    from psycopg import sql

    tables = conn.execute(
        "SELECT to_regclass(%s) IS NOT NULL, to_regclass(%s) IS NOT NULL",
        (qualified_text(MIGRATION_TABLE), qualified_text(CHECKSUM_TABLE))).fetchone()
    assert tables is not None
    if not tables[0]:
        return {}
    checksum_columns = sql.SQL("c.up_sha256, c.down_sha256") if tables[1] else sql.SQL(
        "NULL::text, NULL::text")
    join = (sql.SQL("LEFT JOIN {} c ON c.migration_id = m.migration_id").format(
        qualified(CHECKSUM_TABLE)) if tables[1] else sql.SQL(""))
    query = sql.SQL(
        "SELECT m.migration_id, m.applied_at_utc, {} FROM {} m {} "
        "ORDER BY m.applied_at_utc, m.migration_id").format(
            checksum_columns, qualified(MIGRATION_TABLE), join)
    rows = conn.execute(query).fetchall()
    return {row[0]: Applied(row[0], row[1], row[2], row[3]) for row in rows}


def qualified(table: str) -> psycopg.sql.Identifier:
    """``canon.<table>`` as a composable identifier."""
    from psycopg import sql

    return sql.Identifier(SCHEMA, table)


def qualified_text(table: str) -> str:
    """``"canon"."<table>"`` as text (for yoyo's SQL templates and ``to_regclass``)."""
    from psycopg import sql

    return sql.Identifier(SCHEMA, table).as_string(None)


class State(StrEnum):
    """Where a migration stands on a database."""

    APPLIED = "applied"
    PENDING = "pending"
    CHANGED = "changed"
    MISSING = "missing file"


@dataclass(frozen=True)
class Row:
    """One line of ``canon status``: a migration, its state and what changed."""

    version: int
    stem: str
    state: State
    applied_at: datetime | None = None
    detail: str = ""
    migration: Migration | None = None


def compare(directory: MigrationDirectory, applied: dict[str, Applied]) -> list[Row]:
    """Every migration of the directory and every applied one, with its state."""
    rows = []
    for migration in directory.migrations:
        record = applied.get(migration.stem)
        if record is None:
            rows.append(Row(migration.version, migration.stem, State.PENDING,
                            migration=migration))
            continue
        changes = changed_scripts(migration, record, directory.digest)
        state = State.CHANGED if changes else State.APPLIED
        rows.append(Row(migration.version, migration.stem, state, record.applied_at,
                        "; ".join(changes), migration))
    known = {m.stem for m in directory.migrations}
    for stem, record in applied.items():
        if stem in known:
            continue
        parsed = parse_name(stem + SQL_SUFFIX)
        rows.append(Row(parsed.version if parsed else 0, stem, State.MISSING, record.applied_at,
                        f"applied, but {directory.migrations_dir / (stem + SQL_SUFFIX)} "
                        "does not exist"))
    return sorted(rows, key=lambda row: (row.version, row.stem))


def changed_scripts(migration: Migration, record: Applied,
                    digest: Callable[[Path], str] = file_digest) -> list[str]:
    """What differs from the applied scripts: ``up script changed``, ``rollback changed``.

    A rollback written after its migration was applied (none recorded) is not a change.
    """
    changes = []
    if record.up_sha256 is not None and digest(migration.up_path) != record.up_sha256:
        changes.append(f"{migration.up_path} changed since it was applied")
    if record.down_sha256 is not None:
        if migration.down_path is None:
            changes.append(f"its rollback {migration.name} was deleted since it was applied")
        elif digest(migration.down_path) != record.down_sha256:
            changes.append(f"{migration.down_path} changed since the migration was applied")
    return changes
