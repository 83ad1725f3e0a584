"""Running a transactional script's statements in one round trip, knowing which one failed.

A migration's statements are sent as one simple-protocol query, so the server runs them back
to back instead of waiting for the client between statements. The server answers with one
result per statement, in order, and stops at the first error: the number of results before
the failing one is the index of the statement that failed, whether or not the server reports
a position. Results are read without blocking the process, so Ctrl-C still cancels a long
statement.

Only for scripts that run inside the migration's transaction: outside an explicit transaction
block the server would run a multi-statement query as one implicit transaction, which
statements such as ``CREATE INDEX CONCURRENTLY`` refuse.
"""

from __future__ import annotations

import selectors
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import psycopg
    from psycopg.pq.abc import PGconn, PGresult

    from toolkit.source.parser import Statement


class BatchFailed(Exception):
    """A statement of the batch failed: its index, its offset in the text sent, the error.

    The server's error position counts characters from the start of the text sent; minus
    ``offset`` it counts from the start of the statement.
    """

    def __init__(self, index: int, offset: int, error: psycopg.Error) -> None:
        super().__init__(str(error))
        self.index = index
        self.offset = offset
        self.error = error


def batch_pieces(statements: tuple[Statement, ...]) -> list[str]:
    """Each statement as sent: ending with one semicolon and a newline."""
    return [f"{statement.text.rstrip().rstrip(';')};\n" for statement in statements]


def has_copy(statements: tuple[Statement, ...]) -> bool:
    """Whether a statement is ``COPY ... FROM STDIN``/``TO STDOUT`` (needs a data stream)."""
    return any(s.kind == "CopyStmt" and not s.node.get("filename") for s in statements)


def run_batch(conn: psycopg.Connection, statements: tuple[Statement, ...],
              trailer: str = "") -> None:
    """Run ``statements`` (then ``trailer``, one more statement of canon's own) in one round
    trip; :class:`BatchFailed` names the failing statement, ``len(statements)`` being the
    trailer.

    The connection must be inside a transaction block (a failure aborts it; the caller rolls
    back).
    """
    import psycopg
    from psycopg import errors, pq

    pgconn = conn.pgconn
    pieces = batch_pieces(statements)
    if trailer:
        pieces.append(f"{trailer};\n")
    pgconn.send_query("".join(pieces).encode(conn.info.encoding))
    _flush(pgconn)
    index = 0
    failure: BatchFailed | None = None
    try:
        for result in _results(pgconn):
            if result.status in (pq.ExecStatus.COMMAND_OK, pq.ExecStatus.TUPLES_OK,
                                 pq.ExecStatus.EMPTY_QUERY):
                index += 1
            elif failure is None:
                failure = BatchFailed(index, sum(map(len, pieces[:index])),
                                      errors.error_from_result(result,
                                                               encoding=conn.info.encoding))
    except KeyboardInterrupt:
        conn.cancel_safe()
        for _ in _results(pgconn):
            pass
        raise
    except psycopg.OperationalError:
        # A server that ends the session (FATAL) sends its error, then closes: the error
        # it sent says more than the closed socket.
        if failure is None:
            raise
    if failure is not None:
        raise failure
    if pgconn.status != pq.ConnStatus.OK:
        raise psycopg.OperationalError(pgconn.get_error_message())


def _flush(pgconn: PGconn) -> None:
    """Send what libpq buffered (a long script may not fit in one write)."""
    import psycopg

    while (pending := pgconn.flush()) != 0:
        if pending < 0:
            raise psycopg.OperationalError(pgconn.get_error_message())
        _wait(pgconn.socket, selectors.EVENT_WRITE)


def _results(pgconn: PGconn) -> Iterator[PGresult]:
    """Every result of the query in flight, waiting on the socket between them."""
    from psycopg import pq

    while True:
        while pgconn.is_busy():
            _wait(pgconn.socket, selectors.EVENT_READ)
            pgconn.consume_input()
        result = pgconn.get_result()
        if result is None:
            return
        yield result
        if pgconn.status != pq.ConnStatus.OK:
            return


def _wait(fileno: int, events: int) -> None:
    """Block until ``fileno`` is ready (interruptible by signals, unlike a libpq call)."""
    with selectors.DefaultSelector() as selector:
        selector.register(fileno, events)
        selector.select()
