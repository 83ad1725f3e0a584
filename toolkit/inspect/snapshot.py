"""Reading the raw catalog rows of a database in one consistent, read-only snapshot."""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from toolkit.errors import DatabaseError
from toolkit.inspect.sqlfiles import QUERY_NAMES, SECOND_SESSION, query_text
from toolkit.secrets import redact

if TYPE_CHECKING:
    import psycopg

MINIMUM_VERSION = 14

Rows = list[tuple[Any, ...]]


Arrival = tuple[str, "psycopg.Cursor[Any]"] | BaseException | None


def stream_rows(conn: psycopg.Connection[Any],
                schemas: Sequence[str]) -> Iterator[tuple[str, Rows]]:
    """Every catalog query's ``(name, rows)``, in ``QUERY_NAMES`` order, as they arrive.

    A reader thread runs the queries one after the other and hands each result over as
    soon as it is in, so the server starts on the next query while the caller loads and
    uses this one. The connection must not be used by anyone else meanwhile.
    """
    reader, arrived = _start_reader(conn, schemas)
    try:
        yield from _collect(arrived, readers=1)
    finally:
        reader.join()


@contextmanager
def reading(url: str, schemas: Sequence[str]) -> Iterator[Iterator[tuple[str, Rows]]]:
    """Connect to ``url`` and start its catalog queries on one session at once; yield the
    ``(name, rows)`` stream (see :func:`stream_rows`).

    The server is already answering when this returns, so whatever the caller loads before
    it consumes the stream overlaps with the queries. On exit the reader has finished (it
    is cancelled if the stream was left unread) and the connection is closed.
    """
    from toolkit.postgres.connect import connect

    with connect(url) as conn:
        reader, arrived = _start_reader(conn, schemas)
        try:
            yield _collect(arrived, readers=1)
        finally:
            if reader.is_alive():
                conn.cancel_safe()
            reader.join()


def _start_reader(conn: psycopg.Connection[Any], schemas: Sequence[str]
                  ) -> tuple[threading.Thread, queue.SimpleQueue[Arrival]]:
    """Check the server's version and start a thread running every catalog query on
    ``conn``; the thread and the queue its results arrive on."""
    _check_version(conn)
    arrived: queue.SimpleQueue[Arrival] = queue.SimpleQueue()
    reader = threading.Thread(target=_read, args=(conn, QUERY_NAMES, list(schemas), arrived),
                              name="canon-inspect-reader", daemon=True)
    reader.start()
    return reader, arrived


def stream_rows_from(url: str, schemas: Sequence[str]) -> Iterator[tuple[str, Rows]]:
    """Every catalog query's ``(name, rows)`` of the database at ``url``, as they arrive.

    Two sessions share one snapshot (the first exports it, the second imports it), so the
    server answers two queries at a time and both read the same state. Where the second
    session cannot connect or import the snapshot, the first runs its queries too.
    """
    from toolkit.postgres.connect import connect

    with connect(url) as first:
        _check_version(first)
        arrived: queue.SimpleQueue[Arrival] = queue.SimpleQueue()
        handover = _Handover(list(schemas), arrived)
        own = [name for name in QUERY_NAMES if name not in SECOND_SESSION]
        theirs = [name for name in QUERY_NAMES if name in SECOND_SESSION]
        readers = [
            threading.Thread(target=_read_exporting,
                             args=(first, own, theirs, handover),
                             name="canon-inspect-reader", daemon=True),
            threading.Thread(target=_read_importing,
                             args=(url, theirs, handover),
                             name="canon-inspect-reader-2", daemon=True),
        ]
        for reader in readers:
            reader.start()
        try:
            yield from _collect(arrived, readers=len(readers))
        finally:
            for reader in readers:
                reader.join()


def _collect(arrived: queue.SimpleQueue[Arrival],
             readers: int) -> Iterator[tuple[str, Rows]]:
    """Load each handed-over cursor's rows until every reader is done; raise what failed."""
    while readers:
        item = arrived.get()
        if item is None:
            readers -= 1
        elif isinstance(item, BaseException):
            raise item
        else:
            name, cursor = item
            yield name, cursor.fetchall()


class _Handover:
    """What two sessions' readers share: the schemas, where results go, the snapshot the
    first session exports and whether the second session took it."""

    def __init__(self, schemas: list[str], arrived: queue.SimpleQueue[Arrival]) -> None:
        self.schemas = schemas
        self.arrived = arrived
        self.snapshot: str | None = None
        self.exported = threading.Event()
        self.imported = False
        self.settled = threading.Event()


def _check_version(conn: psycopg.Connection[Any]) -> None:
    version = conn.info.server_version // 10000
    if version < MINIMUM_VERSION:
        raise DatabaseError(
            f"PostgreSQL {version} is not supported: canon inspects PostgreSQL "
            f"{MINIMUM_VERSION} or newer",
            hint="upgrade the server or point canon at a newer one")


def _read(conn: psycopg.Connection[Any], names: Sequence[str], schemas: list[str],
          arrived: queue.SimpleQueue[Arrival]) -> None:
    """Run the queries ``names`` and hand over each executed cursor (a reader thread)."""
    with _reporting(arrived), _snapshot(conn):
        _run(conn, names, schemas, arrived)


def _read_exporting(conn: psycopg.Connection[Any], names: Sequence[str],
                    theirs: Sequence[str], handover: _Handover) -> None:
    """The first session: export the snapshot, run ``names`` (and ``theirs`` if need be)."""
    schemas, arrived = handover.schemas, handover.arrived
    with _reporting(arrived):
        try:
            with _snapshot(conn):
                row = conn.execute("SELECT pg_export_snapshot()").fetchone()
                handover.snapshot = str(row[0]) if row else None
                handover.exported.set()
                _run(conn, names, schemas, arrived)
                # The exported snapshot lives as long as this transaction.
                handover.settled.wait()
                if not handover.imported:
                    _run(conn, theirs, schemas, arrived)
        finally:
            handover.exported.set()


def _read_importing(url: str, names: Sequence[str], handover: _Handover) -> None:
    """The second session: import the first one's snapshot and run ``names``.

    Whatever happens, the first session hears whether the snapshot was taken (if not, it
    runs ``names`` itself).
    """
    with _reporting(handover.arrived):
        try:
            _import_and_run(url, names, handover)
        finally:
            handover.settled.set()


def _import_and_run(url: str, names: Sequence[str], handover: _Handover) -> None:
    import psycopg

    from toolkit.postgres.connect import connect

    try:
        conn = connect(url)
    except DatabaseError:
        return
    with conn:
        handover.exported.wait()
        if handover.snapshot is None:
            return
        try:
            with _snapshot(conn, importing=handover.snapshot):
                handover.imported = True
                handover.settled.set()
                _run(conn, names, handover.schemas, handover.arrived)
        except psycopg.Error:
            if handover.imported:
                raise


def _run(conn: psycopg.Connection[Any], names: Sequence[str], schemas: list[str],
         arrived: queue.SimpleQueue[Arrival]) -> None:
    params = {"schemas": schemas}
    for name in names:
        # Binary results: cheaper to produce and to load than text. The rows stay in the
        # cursor until the caller loads them.
        cursor = conn.cursor(binary=True)
        cursor.execute(query_text(name), params, prepare=False)
        arrived.put((name, cursor))


@contextmanager
def _reporting(arrived: queue.SimpleQueue[Arrival]) -> Iterator[None]:
    """Hand a reader's failure to the caller, and always say the reader is done."""
    import psycopg

    try:
        yield
    except psycopg.Error as exc:
        arrived.put(DatabaseError(f"cannot read the catalog: {redact(str(exc)).strip()}"))
    except BaseException as exc:
        arrived.put(exc)
    finally:
        arrived.put(None)


@contextmanager
def _snapshot(conn: psycopg.Connection[Any], importing: str | None = None) -> Iterator[None]:
    """A read-only REPEATABLE READ transaction (a savepoint if one is open), rolled back.

    ``importing`` names a snapshot another session exported, which this transaction then
    reads. ``search_path`` is only ``pg_catalog`` inside it, so the server prints every name
    outside ``pg_catalog`` schema-qualified; JIT is off because it only slows catalog
    queries down.
    """
    from psycopg import IsolationLevel, sql
    from psycopg.pq import TransactionStatus

    idle = conn.info.transaction_status == TransactionStatus.IDLE
    saved = (conn.isolation_level, conn.read_only)
    if idle:
        conn.isolation_level = IsolationLevel.REPEATABLE_READ
        conn.read_only = True
    try:
        with conn.transaction(force_rollback=True):
            if importing is not None:
                conn.execute(sql.SQL("SET TRANSACTION SNAPSHOT {}").format(
                    sql.Literal(importing)))
            conn.execute("SET LOCAL search_path = pg_catalog")
            conn.execute("SET LOCAL jit = off")
            yield
    finally:
        if idle:
            conn.isolation_level, conn.read_only = saved
