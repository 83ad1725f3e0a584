"""Reading the raw catalog rows of a database in one consistent, read-only snapshot."""

from __future__ import annotations

import ipaddress
import queue
import threading
from collections import deque
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from typing import TYPE_CHECKING, Any

from toolkit.errors import DatabaseError
from toolkit.inspect.sqlfiles import QUERY_NAMES, SECOND_SESSION, query_text
from toolkit.postgres.connect import major_version
from toolkit.secrets import redact

if TYPE_CHECKING:
    import psycopg

MINIMUM_VERSION = 14

Rows = list[tuple[Any, ...]]


Arrival = tuple[str, "psycopg.Cursor[Any]"] | BaseException | None


def stream_rows(conn: psycopg.Connection[Any], schemas: Sequence[str], *,
                pipelined: bool | None = None) -> Iterator[tuple[str, Rows]]:
    """Every catalog query's ``(name, rows)``, in ``QUERY_NAMES`` order, as they arrive.

    A reader thread runs the queries and hands each result over as soon as it is in, so
    the server works on the next queries while the caller loads and uses this one. The
    queries go out all at once (``pipelined``) or one after the other; by default, as
    :func:`pipelines` decides for the connection. The connection must not be used by
    anyone else meanwhile.
    """
    reader, arrived = _start_reader(conn, schemas, pipelined)
    try:
        yield from _collect(arrived, readers=1)
    finally:
        reader.join()


@contextmanager
def reading(url: str, schemas: Sequence[str], *,
            pipelined: bool | None = None) -> Iterator[Iterator[tuple[str, Rows]]]:
    """Connect to ``url`` and start its catalog queries on one session at once; yield the
    ``(name, rows)`` stream (see :func:`stream_rows`).

    The server is already answering when this returns, so whatever the caller loads before
    it consumes the stream overlaps with the queries. On exit the reader has finished (it
    is cancelled if the stream was left unread) and the connection is closed.
    """
    from toolkit.postgres.connect import connect

    with connect(url) as conn:
        reader, arrived = _start_reader(conn, schemas, pipelined)
        try:
            yield _collect(arrived, readers=1)
        finally:
            if reader.is_alive():
                conn.cancel_safe()
            reader.join()


def _start_reader(conn: psycopg.Connection[Any], schemas: Sequence[str],
                  pipelined: bool | None) -> tuple[threading.Thread, queue.SimpleQueue[Arrival]]:
    """Check the server's version and start a thread running every catalog query on
    ``conn``; the thread and the queue its results arrive on."""
    _check_version(conn)
    arrived: queue.SimpleQueue[Arrival] = queue.SimpleQueue()
    reader = threading.Thread(target=_read,
                              args=(conn, QUERY_NAMES, list(schemas), arrived, pipelined),
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
    version = major_version(conn)
    if version < MINIMUM_VERSION:
        raise DatabaseError(
            f"PostgreSQL {version} is not supported: canon inspects PostgreSQL "
            f"{MINIMUM_VERSION} or newer",
            hint="upgrade the server or point canon at a newer one")


def _read(conn: psycopg.Connection[Any], names: Sequence[str], schemas: list[str],
          arrived: queue.SimpleQueue[Arrival], pipelined: bool | None) -> None:
    """Run the queries ``names`` and hand over each executed cursor (a reader thread)."""
    with _reporting(arrived), _snapshot(conn):
        _run(conn, names, schemas, arrived, pipelined)


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


def pipelines(conn: psycopg.Connection[Any]) -> bool:
    """Whether the catalog queries go to the server of ``conn`` all at once.

    They do to a server elsewhere: one round trip for all of them instead of one each,
    which adds up against a distant server. They do not to a server on this machine (a
    Unix socket, a loopback address), where a round trip costs next to nothing and the
    server works on the same processors as canon: sent one after the other, the queries
    let the two take turns, which is a few percent faster on a small machine.
    """
    return not on_this_machine(conn.info.host, conn.info.hostaddr)


def on_this_machine(host: str, address: str) -> bool:
    """Whether a connection to ``host`` (resolved to ``address``, if known) stays on this
    machine: a Unix socket directory, ``localhost`` or a loopback address."""
    if host.startswith("/") or host == "localhost":
        return True
    try:
        return ipaddress.ip_address(address or host).is_loopback
    except ValueError:
        return False


def _run(conn: psycopg.Connection[Any], names: Sequence[str], schemas: list[str],
         arrived: queue.SimpleQueue[Arrival], pipelined: bool | None = None) -> None:
    """Run the queries ``names``, handing over each cursor as its result comes in (its rows
    are loaded by whoever takes it): one after the other, or all sent at once
    (``pipelined``; by default as :func:`pipelines` decides). Binary results are cheaper
    to produce and to load than text.
    """
    params = {"schemas": schemas}
    version = major_version(conn)
    if not (pipelines(conn) if pipelined is None else pipelined):
        for name in names:
            cursor = conn.cursor(binary=True)
            cursor.execute(query_text(name, version), params, prepare=False)
            arrived.put((name, cursor))
        return
    with conn.pipeline():
        sent: deque[tuple[str, psycopg.Cursor[Any]]] = deque()
        for name in names:
            cursor = conn.cursor(binary=True)
            cursor.execute(query_text(name, version), params, prepare=False)
            sent.append((name, cursor))
        while sent:  # a cursor handed over is not kept here: its rows go once loaded
            name, cursor = sent.popleft()
            _receive(cursor)
            arrived.put((name, cursor))


def _receive(cursor: psycopg.Cursor[Any]) -> None:
    """Wait until the pipelined result of ``cursor`` is in, without loading its rows.

    Moving the cursor by nothing makes psycopg take the result in first (an empty result
    has no position to stay at). Were it not taken in here, loading the rows would do it.
    """
    with suppress(IndexError):
        cursor.scroll(0)


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
