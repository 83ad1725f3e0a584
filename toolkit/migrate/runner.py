"""Applying and reverting migrations on yoyo's backend, one transaction per migration.

A :class:`Runner` is one session on the target database for a whole run: it holds the advisory
lock and yoyo's lock row (see :mod:`toolkit.migrate.lock`). Each migration becomes an in-memory
yoyo ``Migration`` whose steps run the up script from ``migrations/`` (or the down script from
``rollbacks/``) and write yoyo's mark (or unmark) and log rows and the checksums. A script
that runs in a transaction is sent in one round trip together with its mark (see
:mod:`toolkit.migrate.batch`), any other statement by statement; either way a failure is
reported at the failing statement's line. Nothing is copied to disk.

yoyo's ``process_steps`` runs the steps in one transaction, so a failing statement, a killed
process or a lost connection leaves the database exactly at the previous migration. A script
with ``-- canon:transactional false`` runs outside a transaction and is marked right after it
(the mark is a single statement); if one of its statements fails, those before it stay
applied, and the error says so.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from yoyo.migrations import Migration as YoyoMigration
from yoyo.migrations import StepBase

from toolkit.errors import CanonError, DatabaseError, Location, SourceError
from toolkit.migrate import lock
from toolkit.migrate.backend import CanonBackend
from toolkit.migrate.history import Applied, read_applied
from toolkit.secrets import redact

if TYPE_CHECKING:
    import psycopg

    from toolkit.migrate.directory import Migration
    from toolkit.migrate.scripts import Script
    from toolkit.source.parser import Statement

APPLY = "apply"
ROLLBACK = "rollback"


@dataclass(frozen=True)
class Settings:
    """Session settings of a run: timeouts (milliseconds, 0 = none) and the lock wait."""

    lock_timeout_ms: int = 5000
    statement_timeout_ms: int = 0
    wait_seconds: float = 60.0


@dataclass(frozen=True)
class Done:
    """One migration applied or reverted, and how long it took."""

    stem: str
    direction: str
    seconds: float


Progress = Callable[[Done], None]


class StatementFailed(Exception):
    """A statement of a script failed; carries the script, statement and server error.

    ``offset`` is where the statement starts in the text sent to the server, which the
    server's error position counts from.
    """

    def __init__(self, script: Script, statement: Statement, error: Exception,
                 offset: int = 0) -> None:
        super().__init__(str(error))
        self.script = script
        self.statement = statement
        self.error = error
        self.offset = offset


class ScriptStep(StepBase):  # type: ignore[misc]
    """The yoyo step of a migration: the up script to apply, the down script to revert.

    ``mark`` records the migration right after the up script; sent in the same round trip
    as the script where the script runs as a batch.
    """

    def __init__(self, up: Script | None, down: Script | None,
                 mark: MarkStep | None = None) -> None:
        self.id = 0
        self.up = up
        self.down = down
        self.mark = mark

    def apply(self, backend: CanonBackend, force: bool = False) -> None:
        """Run the up script (and the mark)."""
        _run(backend, self.up, self.mark)

    def rollback(self, backend: CanonBackend, force: bool = False) -> None:
        """Run the down script."""
        _run(backend, self.down)


def _run(backend: CanonBackend, script: Script | None, mark: MarkStep | None = None) -> None:
    import psycopg

    from toolkit.migrate.batch import BatchFailed, has_copy, run_batch

    if script is None:
        return
    conn = backend.connection
    if script.transactional and not has_copy(script.statements):
        trailer = mark.statement(backend).as_string(conn) if mark is not None else ""
        try:
            run_batch(conn, script.statements, trailer)
        except BatchFailed as failed:
            if failed.index == len(script.statements):
                raise failed.error from None  # the mark itself: bookkeeping, not the script
            raise StatementFailed(script, script.statements[failed.index], failed.error,
                                  failed.offset) from failed.error
        return
    with conn.cursor() as cursor:
        for statement in script.statements:
            try:
                cursor.execute(statement.text)
            except psycopg.Error as exc:
                raise StatementFailed(script, statement, exc) from exc
    if mark is not None:
        mark.apply(backend)


class MarkStep(StepBase):  # type: ignore[misc]
    """The yoyo step that records a migration: marks it on apply, unmarks it on rollback.

    It runs after the script, in the same transaction (one statement, so it is atomic on its
    own when the script runs outside a transaction).
    """

    def __init__(self, stem: str, up_sha256: str | None = None,
                 down_sha256: str | None = None) -> None:
        self.id = 1
        self.stem = stem
        self.up_sha256 = up_sha256
        self.down_sha256 = down_sha256

    def statement(self, backend: CanonBackend) -> Any:
        """The marking statement with its values in it (``sql.Composed``)."""
        assert self.up_sha256 is not None
        return backend.mark_applied_sql(self.stem, self.up_sha256, self.down_sha256)

    def apply(self, backend: CanonBackend, force: bool = False) -> None:
        """Mark the migration applied and store its checksums."""
        backend.connection.execute(self.statement(backend))

    def rollback(self, backend: CanonBackend, force: bool = False) -> None:
        """Mark the migration reverted."""
        backend.mark_reverted(self.stem)


def yoyo_migration(migration: Migration, steps: list[Any], transactional: bool) -> Any:
    """An in-memory yoyo migration made of ``steps`` (yoyo runs them in one transaction)."""
    result = YoyoMigration(migration.stem, str(migration.up_path),
                           str(migration.up_path.parent))
    result.steps = steps
    result._depends = set()
    result.use_transactions = transactional
    return result


class Runner:
    """A session on the target database holding the migration lock for one run."""

    def __init__(self, url: str, settings: Settings, application_name: str) -> None:
        self.url = url
        self.settings = settings
        self.application_name = application_name
        self.recovered_lock: int | None = None
        self._backend: CanonBackend | None = None

    @property
    def backend(self) -> CanonBackend:
        """The yoyo backend (only inside ``with``)."""
        assert self._backend is not None, "use the runner in a with block"
        return self._backend

    def __enter__(self) -> Runner:
        backend = CanonBackend(self.url)
        self._backend = backend
        try:
            self._configure(backend.connection, lock_phase=True)
            lock.acquire_advisory(backend.connection, self.settings.wait_seconds)
            backend.setup()
            self.recovered_lock = lock.claim_yoyo_row(backend, self.settings.wait_seconds)
            self._configure(backend.connection, lock_phase=False)
        except BaseException:
            self._close()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self._close()

    def _close(self) -> None:
        import psycopg

        backend, self._backend = self._backend, None
        if backend is None:
            return
        conn = backend.connection
        try:
            if not conn.closed:
                lock.release_yoyo_row(backend)
                lock.release_advisory(conn)
        except psycopg.Error:
            pass  # the session ends below, which releases the advisory lock anyway
        finally:
            conn.close()

    def _configure(self, conn: psycopg.Connection, *, lock_phase: bool) -> None:
        """Set the session's name and timeouts; PostgreSQL 14+ also notices a dead client."""
        settings = [("application_name", self.application_name)]
        if conn.info.server_version >= 140000:
            # A killed canon must not keep its locks until a long statement ends.
            settings.append(("client_connection_check_interval", "1000"))
        if not lock_phase:
            settings += [("lock_timeout", str(self.settings.lock_timeout_ms)),
                         ("statement_timeout", str(self.settings.statement_timeout_ms))]
        conn.execute("SELECT set_config(name, value, false) FROM unnest(%s::text[], %s::text[]) "
                     "AS s(name, value)", ([n for n, _ in settings], [v for _, v in settings]))

    def applied(self) -> dict[str, Applied]:
        """What the database has applied (read under the lock)."""
        return read_applied(self.backend.connection)

    def apply(self, migration: Migration, up: Script, down_sha256: str | None,
              previous: str | None = None) -> Done:
        """Apply ``up`` and mark the migration, in one transaction when the script allows.

        ``previous`` is the newest migration already applied, named if this one fails.
        """
        steps = [ScriptStep(up, None, MarkStep(migration.stem, up.sha256, down_sha256))]
        return self._process(migration, steps, up, APPLY, previous)

    def revert(self, migration: Migration, down: Script) -> Done:
        """Run ``down`` and unmark the migration, in one transaction when the script allows."""
        # yoyo runs the steps of a rollback in reverse: the script, then the unmark.
        steps = [MarkStep(migration.stem), ScriptStep(None, down)]
        return self._process(migration, steps, down, ROLLBACK)

    def _process(self, migration: Migration, steps: list[Any], script: Script, direction: str,
                 previous: str | None = None) -> Done:
        """Run yoyo's steps of ``migration`` in ``direction``; failures as canon's errors."""
        import psycopg

        started = time.perf_counter()
        try:
            yoyo_migration(migration, steps, script.transactional).process_steps(
                self.backend, direction)
        except StatementFailed as failed:
            raise _failure(failed, migration, direction, previous) from None
        except psycopg.Error as exc:
            # A dead connection fails the ROLLBACK too; report the statement that failed first.
            if isinstance(exc.__context__, StatementFailed):
                raise _failure(exc.__context__, migration, direction, previous) from None
            raise _interrupted(exc, migration, direction, script.transactional) from None
        self._after(script)
        return Done(migration.stem, direction, time.perf_counter() - started)

    def record_rollback(self, stem: str, down_sha256: str | None) -> None:
        """Store the current rollback's sha256 for an applied migration."""
        with self.backend.transaction():
            self.backend.record_rollback_checksum(stem, down_sha256)

    def _after(self, script: Script) -> None:
        """Undo session-level SETs of a script so they do not leak into the next one."""
        if script.changes_session:
            self.backend.connection.execute("RESET ALL")
            self._configure(self.backend.connection, lock_phase=False)


def _failure(failed: StatementFailed, migration: Migration, direction: str,
             previous: str | None = None) -> CanonError:
    """The error a person sees: file, line and column of the statement, the server's words."""
    import psycopg

    script, statement, error = failed.script, failed.statement, failed.error
    diag = error.diag if isinstance(error, psycopg.Error) else None
    message = (diag.message_primary if diag and diag.message_primary else str(error)).strip()
    code = getattr(error, "sqlstate", None)
    line, column = _error_position(statement, diag.statement_position if diag else None,
                                   failed.offset)
    what = "migration" if direction == APPLY else "rollback"
    text = f"{what} {migration.stem} failed: {message}" + (f" (SQLSTATE {code})" if code else "")
    if diag is not None and diag.message_detail:
        text += f"\ndetail: {diag.message_detail}"
    if script.transactional:
        position = f"at {previous}" if previous else "at no migration"
        state = (f"nothing of it was applied; the database is still {position}"
                 if direction == APPLY else
                 "nothing of it was run; the database still has this migration applied")
    else:
        state = ("it runs outside a transaction (canon:transactional false): the statements "
                 "before this one stay done, and the migration is not marked "
                 + ("applied" if direction == APPLY else "reverted"))
    hints = [state]
    if diag is not None and diag.message_hint:
        hints.append(f"server hint: {diag.message_hint}")
    if code == "55P03":
        hints.append("a lock was not granted within --lock-timeout: retry when the database "
                     "is quieter, or raise --lock-timeout")
    elif code == "57014":
        hints.append("the statement ran longer than --statement-timeout")
    if isinstance(error, psycopg.OperationalError) and code is None:
        return DatabaseError(redact(f"lost the connection during {what} {migration.stem}: "
                                   f"{message}"),
                            hint="the migration's transaction was not committed; run again")
    return SourceError(Location(script.path, line, column), redact(text), hint="; ".join(hints))


def _interrupted(error: Exception, migration: Migration, direction: str,
                 transactional: bool) -> DatabaseError:
    """The error for a failure outside the script's statements (bookkeeping, lost connection)."""
    what = "migration" if direction == APPLY else "rollback"
    if transactional:
        state = "its transaction was not committed: the database is as before it"
    else:
        state = ("it runs outside a transaction: check what it did (canon status) before "
                 "running again")
    return DatabaseError(redact(f"{what} {migration.stem} did not complete: {error}".strip()),
                         hint=state)


def _error_position(statement: Statement, position: str | None,
                    offset: int = 0) -> tuple[int, int]:
    """File line and column of the server's error position (``offset`` before ``statement``)."""
    if not position or not position.isdigit() or int(position) - offset < 1:
        return statement.line, statement.column
    before = statement.text[: int(position) - offset - 1]
    newlines = before.count("\n")
    if newlines == 0:
        return statement.line, statement.column + len(before)
    return statement.line + newlines, len(before) - before.rfind("\n")
