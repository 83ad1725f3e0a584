"""The migration lock: a session advisory lock, and yoyo's lock row under it.

The advisory lock is held for a whole ``migrate`` / ``rollback`` run. PostgreSQL releases it
when the session ends, so a crashed or killed run can never leave it behind. A second run waits
for it up to ``--wait`` seconds, then fails naming the holder's server process.

yoyo's ``yoyo_lock`` row (one row, primary key ``locked = 1``) keeps plain yoyo tools out while
canon works. canon writes the *negated* server process id of its session into the row's ``pid``
column (yoyo writes an operating-system pid, always positive). A negative row found while canon
holds the advisory lock was left by a canon run that crashed: that run's session is gone (else
it would still hold the advisory lock), so the row is deleted. A positive row belongs to a yoyo
process, which canon waits for like yoyo itself does.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from toolkit.errors import DatabaseError
from toolkit.migrate.history import LOCK_TABLE, qualified

if TYPE_CHECKING:
    import psycopg

    from toolkit.migrate.backend import CanonBackend

# pg_advisory_lock(int, int) keys: a namespace ('cano' in ASCII) and the migration lock.
LOCK_NAMESPACE = 0x63616E6F
LOCK_MIGRATIONS = 1
_POLL_SECONDS = 0.2


def acquire_advisory(conn: psycopg.Connection, wait: float) -> None:
    """Take the migration lock, waiting up to ``wait`` seconds for another run to finish."""
    import psycopg

    keys = (LOCK_NAMESPACE, LOCK_MIGRATIONS)
    if wait <= 0:
        row = conn.execute("SELECT pg_try_advisory_lock(%s, %s)", keys).fetchone()
        if row is None or not row[0]:
            raise _busy(conn, wait)
        return
    conn.execute("SELECT set_config('statement_timeout', '0', false), "
                 "set_config('lock_timeout', %s, false)", (str(max(int(wait * 1000), 1)),))
    try:
        conn.execute("SELECT pg_advisory_lock(%s, %s)", keys)
    except psycopg.errors.LockNotAvailable:
        raise _busy(conn, wait) from None


def release_advisory(conn: psycopg.Connection) -> None:
    """Release the migration lock (ending the session releases it too)."""
    conn.execute("SELECT pg_advisory_unlock(%s, %s)", (LOCK_NAMESPACE, LOCK_MIGRATIONS))


def holder(conn: psycopg.Connection) -> str:
    """Who holds the migration lock: server pid, application, client, since when."""
    row = conn.execute(
        "SELECT a.pid, a.application_name, host(a.client_addr), a.backend_start, a.state "
        "FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
        "WHERE l.locktype = 'advisory' AND l.granted AND l.classid = %s AND l.objid = %s "
        "AND l.objsubid = 2 AND l.database = "
        "(SELECT oid FROM pg_database WHERE datname = current_database())",
        (LOCK_NAMESPACE, LOCK_MIGRATIONS)).fetchone()
    if row is None:
        return "a session that has just ended"
    pid, application, client, started, state = row
    who = f"server process {pid}"
    if application:
        who += f" ({application})"
    where = f" from {client}" if client else ""
    return f"{who}{where}, connected since {started:%Y-%m-%d %H:%M:%S %Z}, state {state}"


def _busy(conn: psycopg.Connection, wait: float) -> DatabaseError:
    return DatabaseError(
        f"another migration run holds the lock on this database after waiting {wait:g}s: "
        f"{holder(conn)}",
        hint="let it finish and run again (or wait longer with --wait SECONDS); if it hangs, "
        "end it with SELECT pg_terminate_backend(<server process>)")


def claim_yoyo_row(backend: CanonBackend, wait: float) -> int | None:
    """Insert yoyo's lock row; return the marker of a crashed run's row it removed, if any.

    Must be called while holding the advisory lock.
    """
    import psycopg
    from psycopg import sql

    conn = backend.connection
    marker = -int(conn.info.backend_pid)
    table = qualified(LOCK_TABLE)
    deadline = time.monotonic() + wait
    recovered = None
    while True:
        try:
            with backend.transaction():
                conn.execute(sql.SQL('INSERT INTO {} ("locked", "ctime", "pid") '
                                     "VALUES (1, now() AT TIME ZONE 'UTC', %s)").format(table),
                             (marker,))
        except psycopg.errors.UniqueViolation:
            row = conn.execute(sql.SQL('SELECT "pid", "ctime" FROM {}').format(table)).fetchone()
            if row is None:
                continue
            pid, since = row
            if pid < 0:
                conn.execute(sql.SQL('DELETE FROM {} WHERE "pid" = %s').format(table), (pid,))
                recovered = int(pid)
                continue
            if time.monotonic() >= deadline:
                shown = table.as_string(None)
                raise DatabaseError(
                    f"yoyo process {pid} has locked this database since {since} UTC "
                    f"(the row in {shown})",
                    hint=f"let that yoyo run finish; if none is running, delete the row from "
                    f"{shown}") from None
            time.sleep(_POLL_SECONDS)
        else:
            backend.canon_lock_marker = marker
            return recovered


def release_yoyo_row(backend: CanonBackend) -> None:
    """Delete the lock row this run inserted."""
    if backend.canon_lock_marker is None:
        return
    from psycopg import sql

    backend.connection.execute(
        sql.SQL('DELETE FROM {} WHERE "pid" = %s').format(qualified(LOCK_TABLE)),
        (backend.canon_lock_marker,))
    backend.canon_lock_marker = None
