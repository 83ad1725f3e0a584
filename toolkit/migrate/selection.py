"""Which migrations a run applies or reverts, and the database states that refuse a run.

Refusals (exit 1, naming the file): the database applied a migration this directory does not
have (the checkout is behind the database); an applied migration's up script changed; an
applied migration's rollback changed (unless accepted); a pending migration numbered below an
applied one (it would run out of order).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from toolkit.errors import CanonError, FindingsError
from toolkit.migrate.directory import Migration, MigrationDirectory
from toolkit.migrate.findings import short
from toolkit.migrate.history import Applied, Row, State, compare


@dataclass(frozen=True)
class MigratePlan:
    """What ``canon migrate`` does: checksums to record, then migrations to apply in order."""

    to_apply: list[Migration]
    adopt: list[tuple[str, str, str | None]] = field(default_factory=list)
    rollback_digests: list[tuple[str, str | None]] = field(default_factory=list)


def plan_migrate(directory: MigrationDirectory, applied: dict[str, Applied], *,
                 to_version: int | None = None,
                 accept_changed_rollbacks: bool = False) -> MigratePlan:
    """The migrations to apply, or :class:`FindingsError` when the database refuses a run."""
    rows = compare(directory, applied)
    _refuse_missing(rows)
    problems = []
    rollback_digests: list[tuple[str, str | None]] = []
    adopt: list[tuple[str, str, str | None]] = []
    for row in rows:
        if row.migration is None or row.state is State.PENDING:
            continue
        record = applied[row.stem]
        down_now = _down_digest(directory, row.migration)
        if record.up_sha256 is None:
            adopt.append((row.stem, directory.digest(row.migration.up_path), down_now))
            continue
        if directory.digest(row.migration.up_path) != record.up_sha256:
            problems.append(f"{row.migration.up_path}: changed since it was applied on this "
                            "database")
        elif record.down_sha256 is None:
            if down_now is not None:
                rollback_digests.append((row.stem, down_now))
        elif down_now != record.down_sha256:
            if accept_changed_rollbacks:
                rollback_digests.append((row.stem, down_now))
            else:
                problems.append(f"{row.migration.down_path or row.migration.name}: rollback "
                                "changed since the migration was applied on this database")
    if problems:
        raise FindingsError(
            "refusing to migrate: applied migrations changed\n" + "\n".join(problems),
            hint="an applied up script must never change: restore it (git log -p FILE) and put "
            "the change in a new migration. A rollback fixed on purpose is recorded with "
            "`canon migrate --accept-changed-rollbacks`")
    pending = [row.migration for row in rows
               if row.state is State.PENDING and row.migration is not None]
    _refuse_out_of_order(pending, rows, directory)
    if to_version is not None:
        if not any(m.version == to_version for m in directory.migrations):
            raise CanonError(f"--to {to_version}: no migration has version {to_version}",
                             hint="canon status lists the versions")
        done = [row for row in rows if row.state is not State.PENDING]
        if done and done[-1].version > to_version:
            raise CanonError(f"--to {to_version}: the database is already at {done[-1].stem}",
                             hint=f"to go back, run `canon rollback --to {to_version}`")
        pending = [m for m in pending if m.version <= to_version]
    return MigratePlan(pending, adopt, rollback_digests)


def plan_rollback(directory: MigrationDirectory, applied: dict[str, Applied], *,
                  to_version: int | None = None, steps: int | None = None) -> list[Migration]:
    """The applied migrations to revert, newest first; refusals as :class:`FindingsError`."""
    if (to_version is None) == (steps is None):
        raise CanonError("give exactly one of --to VERSION and --steps N")
    rows = compare(directory, applied)
    _refuse_missing(rows)
    done = [row for row in reversed(rows) if row.state is not State.PENDING]
    if steps is not None:
        if steps < 1:
            raise CanonError("--steps must be at least 1")
        if steps > len(done):
            raise CanonError(f"--steps {steps}: only {len(done)} migration(s) are applied",
                             hint="canon status lists them")
        targets = done[:steps]
    else:
        assert to_version is not None
        if to_version != 0 and not any(row.version == to_version for row in done):
            raise CanonError(f"--to {to_version}: no applied migration has version "
                             f"{to_version}", hint="use a version canon status shows as "
                             "applied, or --to 0 to revert everything")
        targets = [row for row in done if row.version > to_version]
    problems = []
    for row in targets:
        migration = row.migration
        assert migration is not None
        if migration.down_path is None:
            problems.append(f"{migration.stem}: has no rollback "
                            f"({short(directory.rollbacks_dir / migration.name)})")
        elif row.state is State.CHANGED:
            problems.append(f"{migration.stem}: {row.detail}")
    if problems:
        raise FindingsError(
            "refusing to roll back\n" + "\n".join(problems),
            hint="write the missing rollbacks; restore changed up scripts; record a rollback "
            "fixed on purpose with `canon migrate --accept-changed-rollbacks` first")
    return [row.migration for row in targets if row.migration is not None]


def _down_digest(directory: MigrationDirectory, migration: Migration) -> str | None:
    return directory.digest(migration.down_path) if migration.down_path is not None else None


def _refuse_missing(rows: list[Row]) -> None:
    missing = [row for row in rows if row.state is State.MISSING]
    if missing:
        raise FindingsError(
            "the database has applied migrations this directory does not have:\n"
            + "\n".join(f"{row.stem}: {row.detail}" for row in missing),
            hint="this checkout is older than the database: update it (git pull) and run again")


def _refuse_out_of_order(pending: list[Migration], rows: list[Row],
                         directory: MigrationDirectory) -> None:
    applied_rows = [row for row in rows if row.state is not State.PENDING]
    if not applied_rows or not pending:
        return
    newest = applied_rows[-1]
    late = [m for m in pending if m.version < newest.version]
    if late:
        names = ", ".join(m.name for m in late)
        raise FindingsError(
            f"refusing to migrate: {names} pending, but {newest.stem} (version "
            f"{newest.version}) is already applied: it would run out of order",
            hint="rename the pending migration and its rollback to the next free version "
            f"({directory.next_version()}) and run `canon hash`")
