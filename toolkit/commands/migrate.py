"""Use cases of the migration directory and runner: check, hash, renumber, migrate, rollback,
status. They return values and raise toolkit errors; the CLI prints.
"""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from toolkit.config import ProjectConfig
from toolkit.errors import CanonError, FindingsError
from toolkit.migrate.directory import Migration, MigrationDirectory
from toolkit.migrate.findings import Code, Finding

if TYPE_CHECKING:
    from toolkit.migrate.history import Applied, Row
    from toolkit.migrate.renumber import Move
    from toolkit.migrate.runner import Done, Progress, Settings

_UNITS_MS = {"ms": 1, "s": 1000, "min": 60_000, "h": 3_600_000, "d": 86_400_000}


def parse_duration(text: str, option: str) -> int:
    """``"5s"`` -> 5000 (milliseconds); ``"0"`` means no limit. Units: ms, s, min, h, d."""
    value = text.strip()
    digits = value
    unit = ""
    for index, char in enumerate(value):
        if not char.isdigit():
            digits, unit = value[:index], value[index:].strip()
            break
    if not digits or unit not in ("", *_UNITS_MS):
        raise CanonError(f"{option} {text!r} is not a duration",
                         hint="write e.g. 5s, 500ms, 2min, or 0 for no limit")
    if unit == "":
        if int(digits) != 0:
            raise CanonError(f"{option} {text!r} needs a unit",
                             hint=f"write e.g. {digits}s or {digits}ms")
        return 0
    return int(digits) * _UNITS_MS[unit]


@dataclass(frozen=True)
class CheckResult:
    """The findings of ``canon check`` (empty when the directory is clean)."""

    root: Path
    migrations: int
    findings: list[Finding]


def check(config: ProjectConfig, *, replay: bool = False) -> CheckResult:
    """The static check: numbering, pairing, names and canon.sum (no database).

    With ``replay``, a directory that passes the static check is also replayed on a scratch
    database: up, every rollback in reverse, up again.
    """
    from toolkit.migrate.check import check_directory

    directory = MigrationDirectory.load(config)
    findings = check_directory(directory)
    if replay and not any(f.code.blocks_runner for f in findings):
        from toolkit.plan.replay import replay_history

        findings = [*findings, *replay_history(config)]
    return CheckResult(config.root, len(directory.migrations), findings)


@dataclass(frozen=True)
class HashResult:
    """Where canon.sum was written and how many files it records."""

    path: Path
    files: int


def hash_directory(config: ProjectConfig) -> HashResult:
    """Write canon.sum for the directory as it is (adopting a hand-written directory)."""
    from toolkit.migrate import checksums

    directory = MigrationDirectory.load(config)
    path = checksums.write(directory)
    return HashResult(path, len(directory.files()))


@dataclass(frozen=True)
class RenumberResult:
    """The moves made and the canon.sum rewritten."""

    moves: list[Move]
    sum_path: Path


def renumber(config: ProjectConfig, database: str | None) -> RenumberResult:
    """Move later duplicates to free versions; never one that ``database`` has applied."""
    from toolkit.migrate import renumber as renumbering

    applied: set[str] = set()
    if database:
        from toolkit.commands.target import target_url
        from toolkit.migrate.history import read_applied
        from toolkit.postgres.connect import connect

        with connect(target_url(config, database)) as conn:
            applied = set(read_applied(conn))
    directory = MigrationDirectory.load(config)
    moves = renumbering.renumber(directory, applied)
    return RenumberResult(moves, directory.sum_path)


@dataclass(frozen=True)
class Planned:
    """A migration a dry run would apply or revert, and the SQL it would run."""

    migration: Migration
    direction: str
    sql: str
    transactional: bool


@dataclass
class RunResult:
    """What a migrate or rollback run did (or, dry, would do)."""

    target: str
    done: list[Done] = field(default_factory=list)
    planned: list[Planned] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _gate(config: ProjectConfig, action: str) -> tuple[MigrationDirectory, list[str]]:
    """The directory, if its structure and canon.sum allow running; else FindingsError."""
    from toolkit.migrate.check import check_directory

    directory = MigrationDirectory.load(config)
    findings = check_directory(directory)
    blocking = [f for f in findings if f.code.blocks_runner]
    if blocking:
        listing = "\n".join(f.render(config.root) for f in blocking)
        raise FindingsError(f"refusing to {action}: the migration directory does not pass "
                            f"canon check\n{listing}",
                            hint="fix these before anything touches a database")
    missing = [f for f in findings if f.code is Code.MISSING_ROLLBACK]
    warnings = []
    if missing:
        warnings.append(f"{len(missing)} migration(s) have no rollback (canon check lists them)")
    return directory, warnings


def _application_name(action: str) -> str:
    return f"canon {action} (pid {os.getpid()} on {socket.gethostname()})"[:63]


def migrate(config: ProjectConfig, database: str | None, *, to_version: int | None = None,
            dry_run: bool = False, settings: Settings | None = None,
            accept_changed_rollbacks: bool = False,
            progress: Progress | None = None) -> RunResult:
    """Apply pending migrations in order, each in its own transaction, under the lock."""
    from toolkit.commands.target import target_url
    from toolkit.migrate.runner import APPLY, Runner, Settings
    from toolkit.migrate.scripts import load_script
    from toolkit.migrate.selection import plan_migrate
    from toolkit.secrets import mask_url

    directory, warnings = _gate(config, "migrate")
    url = target_url(config, database)
    result = RunResult(mask_url(url), warnings=warnings)
    if dry_run:
        plan = plan_migrate(directory, _read_applied(url), to_version=to_version,
                            accept_changed_rollbacks=accept_changed_rollbacks)
        for migration in plan.to_apply:
            script = load_script(migration.up_path)
            result.planned.append(Planned(migration, APPLY, script.sql(), script.transactional))
        return result
    with Runner(url, settings or Settings(), _application_name("migrate")) as runner:
        _note_recovery(result, runner.recovered_lock)
        applied = runner.applied()
        plan = plan_migrate(directory, applied, to_version=to_version,
                            accept_changed_rollbacks=accept_changed_rollbacks)
        newest = [m for m in directory.migrations if m.stem in applied]
        previous = newest[-1].stem if newest else None
        scripts = {m.stem: load_script(m.up_path) for m in plan.to_apply}
        for stem, up_sha256, down_sha256 in plan.adopt:
            with runner.backend.transaction():
                runner.backend.record_checksums(stem, up_sha256, down_sha256)
            result.notes.append(f"recorded the checksums of {stem} (applied before canon "
                                "tracked them)")
        for stem, down_sha256 in plan.rollback_digests:
            runner.record_rollback(stem, down_sha256)
            result.notes.append(f"recorded the current rollback of {stem}")
        for migration in plan.to_apply:
            down = directory.digest(migration.down_path) if migration.down_path else None
            done = runner.apply(migration, scripts[migration.stem], down, previous)
            previous = migration.stem
            result.done.append(done)
            if progress is not None:
                progress(done)
    return result


def rollback(config: ProjectConfig, database: str | None, *, to_version: int | None = None,
             steps: int | None = None, dry_run: bool = False, settings: Settings | None = None,
             progress: Progress | None = None) -> RunResult:
    """Revert applied migrations newest first, each in its own transaction, under the lock."""
    from toolkit.commands.target import target_url
    from toolkit.migrate.runner import ROLLBACK, Runner, Settings
    from toolkit.migrate.scripts import load_script
    from toolkit.migrate.selection import plan_rollback
    from toolkit.secrets import mask_url

    directory, warnings = _gate(config, "roll back")
    if (to_version is None) == (steps is None):
        raise CanonError("give exactly one of --to VERSION and --steps N",
                         hint="e.g. canon rollback --steps 1")
    url = target_url(config, database)
    result = RunResult(mask_url(url), warnings=warnings)
    if dry_run:
        targets = plan_rollback(directory, _read_applied(url), to_version=to_version,
                                steps=steps)
        for migration in targets:
            assert migration.down_path is not None
            script = load_script(migration.down_path)
            result.planned.append(Planned(migration, ROLLBACK, script.sql(),
                                          script.transactional))
        return result
    with Runner(url, settings or Settings(), _application_name("rollback")) as runner:
        _note_recovery(result, runner.recovered_lock)
        targets = plan_rollback(directory, runner.applied(), to_version=to_version, steps=steps)
        scripts = {}
        for migration in targets:
            assert migration.down_path is not None
            scripts[migration.stem] = load_script(migration.down_path)
        for migration in targets:
            done = runner.revert(migration, scripts[migration.stem])
            result.done.append(done)
            if progress is not None:
                progress(done)
    return result


def _read_applied(url: str) -> dict[str, Applied]:
    from toolkit.migrate.history import read_applied
    from toolkit.postgres.connect import connect

    with connect(url, autocommit=True) as conn:
        return read_applied(conn)


def _note_recovery(result: RunResult, marker: int | None) -> None:
    if marker is not None:
        result.notes.append(f"removed the lock row left by a crashed canon run "
                            f"(server process {-marker})")


@dataclass(frozen=True)
class StatusResult:
    """The state of every migration on the target database."""

    target: str
    rows: list[Row]

    @property
    def has_problems(self) -> bool:
        """Whether an applied migration changed or has no file."""
        from toolkit.migrate.history import State

        return any(row.state in (State.CHANGED, State.MISSING) for row in self.rows)


def status(config: ProjectConfig, database: str | None) -> StatusResult:
    """Applied, pending, changed-since-applied and missing migrations (read only)."""
    from toolkit.commands.target import target_url
    from toolkit.migrate.history import compare
    from toolkit.secrets import mask_url

    directory = MigrationDirectory.load(config)
    url = target_url(config, database)
    applied = _read_applied(url)
    return StatusResult(mask_url(url), compare(directory, applied))
