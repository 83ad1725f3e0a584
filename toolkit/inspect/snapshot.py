"""Reading the raw catalog rows of a database in one consistent, read-only snapshot."""

from __future__ import annotations

import queue
import threading
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


def stream_rows(conn: psycopg.Connection[Any],
                schemas: Sequence[str]) -> Iterator[tuple[str, Rows]]:
    """Every catalog query's ``(name, rows)``, in ``QUERY_NAMES`` order, as they arrive.

    A reader thread runs the queries one after the other and hands each result over as
    soon as it is in, so the server starts on the next query while the caller loads and
    uses this one. The connection must not be used by anyone else meanwhile.
    """
    _check_version(conn)
    arrived: queue.SimpleQueue[tuple[str, psycopg.Cursor[Any]] | BaseException | None] = (
        queue.SimpleQueue())
    reader = threading.Thread(target=_read, args=(conn, list(schemas), arrived),
                              name="canon-inspect-reader", daemon=True)
    reader.start()
    try:
        while (item := arrived.get()) is not None:
            if isinstance(item, BaseException):
                raise item
            name, cursor = item
            yield name, cursor.fetchall()
    finally:
        reader.join()


def _check_version(conn: psycopg.Connection[Any]) -> None:
    version = conn.info.server_version // 10000
    if version < MINIMUM_VERSION:
        raise DatabaseError(
            f"PostgreSQL {version} is not supported: canon inspects PostgreSQL "
            f"{MINIMUM_VERSION} or newer",
            hint="upgrade the server or point canon at a newer one")


def _read(conn: psycopg.Connection[Any], schemas: list[str],
          arrived: queue.SimpleQueue[tuple[str, psycopg.Cursor[Any]] | BaseException | None],
          ) -> None:
    """Run every query and hand over each executed cursor (the reader thread)."""
    import psycopg

    params = {"schemas": schemas}
    try:
        with _snapshot(conn):
            for name in QUERY_NAMES:
                # Binary results: cheaper to produce and to load than text. The rows stay in
                # the cursor until the caller loads them.
                cursor = conn.cursor(binary=True)
                cursor.execute(query_text(name), params, prepare=False)
                arrived.put((name, cursor))
    except psycopg.Error as exc:
        arrived.put(DatabaseError(f"cannot read the catalog: {redact(str(exc)).strip()}"))
    except BaseException as exc:
        arrived.put(exc)
    finally:
        arrived.put(None)


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
