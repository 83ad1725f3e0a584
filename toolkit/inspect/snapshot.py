"""Reading the raw catalog rows of a database in one consistent, read-only snapshot."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from toolkit.errors import DatabaseError
from toolkit.inspect.sqlfiles import QUERY_NAMES, query_text
from toolkit.secrets import redact

if TYPE_CHECKING:
    import psycopg

MINIMUM_VERSION = 14

Rows = list[tuple[Any, ...]]


def read_rows(conn: psycopg.Connection[Any], schemas: Sequence[str]) -> dict[str, Rows]:
    """Run every catalog query for ``schemas`` in one snapshot; rows by query name."""
    import psycopg

    version = conn.info.server_version // 10000
    if version < MINIMUM_VERSION:
        raise DatabaseError(
            f"PostgreSQL {version} is not supported: canon inspects PostgreSQL "
            f"{MINIMUM_VERSION} or newer",
            hint="upgrade the server or point canon at a newer one")
    params = {"schemas": list(schemas)}
    try:
        with _snapshot(conn):
            with conn.pipeline():
                cursors = [(name, conn.execute(query_text(name), params, prepare=False))
                           for name in QUERY_NAMES]
            return {name: cursor.fetchall() for name, cursor in cursors}
    except psycopg.Error as exc:
        raise DatabaseError(f"cannot read the catalog: {redact(str(exc)).strip()}") from exc


@contextmanager
def _snapshot(conn: psycopg.Connection[Any]) -> Iterator[None]:
    """A read-only REPEATABLE READ transaction (a savepoint if one is open), rolled back.

    ``search_path`` is only ``pg_catalog`` inside it, so the server prints every name outside
    ``pg_catalog`` schema-qualified; JIT is off because it only slows catalog queries down.
    """
    from psycopg import IsolationLevel
    from psycopg.pq import TransactionStatus

    idle = conn.info.transaction_status == TransactionStatus.IDLE
    saved = (conn.isolation_level, conn.read_only)
    if idle:
        conn.isolation_level = IsolationLevel.REPEATABLE_READ
        conn.read_only = True
    try:
        with conn.transaction(force_rollback=True):
            conn.execute("SET LOCAL search_path = pg_catalog")
            conn.execute("SET LOCAL jit = off")
            yield
    finally:
        if idle:
            conn.isolation_level, conn.read_only = saved
