"""Resolving duplicate versions: the later migrations of each version move to free versions.

In each group of migrations sharing a version one stays: the one the given database has
applied, else the one canon.sum records for the current branch (after a merge that conflicted
in canon.sum, the one above ``=======``), else the first by name. The others move, both files
of each pair, to the versions after the highest in use. A migration a database has applied is
never moved (it would be applied again under its new name).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from toolkit.errors import CanonError, FindingsError
from toolkit.migrate import checksums
from toolkit.migrate.directory import SQL_SUFFIX, Migration, MigrationDirectory, format_version
from toolkit.migrate.findings import Code


@dataclass(frozen=True)
class Move:
    """One migration moving to a new version: its old and new stems and file renames."""

    migration: Migration
    new_version: int
    new_stem: str
    renames: tuple[tuple[Path, Path], ...]


def plan_moves(directory: MigrationDirectory, applied: Collection[str] = ()) -> list[Move]:
    """The moves that resolve every duplicate version (``applied``: stems a database applied).

    Raises :class:`FindingsError` when two migrations of one version are both applied.
    """
    recorded = _recorded_up_names(directory)
    next_version = directory.next_version()
    moves = []
    for version, group in sorted(directory.duplicates().items()):
        applied_here = [m for m in group if m.stem in applied]
        if len(applied_here) > 1:
            names = " and ".join(m.name for m in applied_here)
            raise FindingsError(
                f"version {version}: {names} are both applied on the database, so neither can "
                "be renumbered",
                hint="rename one of them by hand in every environment's history, or leave the "
                "duplicate in place")
        keeper = _keeper(group, applied_here, recorded)
        for migration in group:
            if migration is keeper:
                continue
            stem = f"{format_version(next_version)}_{migration.slug}"
            renames = [(migration.up_path,
                        migration.up_path.with_name(f"{stem}{SQL_SUFFIX}"))]
            if migration.down_path is not None:
                renames.append((migration.down_path,
                                migration.down_path.with_name(f"{stem}{SQL_SUFFIX}")))
            moves.append(Move(migration, next_version, stem, tuple(renames)))
            next_version += 1
    return moves


def _keeper(group: list[Migration], applied_here: list[Migration],
            recorded: dict[str, bool]) -> Migration:
    """The migration that keeps its version: applied, else recorded on this branch, else first.

    ``recorded`` maps names in canon.sum to whether they came in with a merge (the lower side
    of a conflict).
    """
    if applied_here:
        return applied_here[0]
    ours = [m for m in group if recorded.get(m.name) is False]
    if len(ours) == 1:
        return ours[0]
    in_sum = [m for m in group if m.name in recorded]
    if len(in_sum) == 1:
        return in_sum[0]
    return group[0]


def _recorded_up_names(directory: MigrationDirectory) -> dict[str, bool]:
    recorded = checksums.read(directory.sum_path)
    if recorded is None:
        return {}
    return {entry.name: entry.incoming for entry in recorded.entries if entry.kind == "up"}


def renumber(directory: MigrationDirectory, applied: Collection[str] = ()) -> list[Move]:
    """Rename the files of every move, rewrite canon.sum; return the moves made.

    A file edited, deleted or renamed since canon.sum recorded it is refused first: rewriting
    canon.sum would record the change.
    """
    edited = [f for f in checksums.verify(directory)
              if f.code in (Code.EDITED, Code.RECORDED_FILE_MISSING)]
    if edited:
        listing = "\n".join(f.render() for f in edited)
        raise FindingsError(f"refusing to renumber: files changed since canon.sum was written\n"
                            f"{listing}",
                            hint="revert the edits (or record them with `canon hash` if they "
                            "were never applied), then renumber")
    moves = plan_moves(directory, applied)
    for move in moves:
        for _, target in move.renames:
            if target.exists():
                raise CanonError(f"cannot renumber {move.migration.name}: {target} exists",
                                 hint="rename or remove that file, then run the command again")
    for move in moves:
        for source, target in move.renames:
            source.rename(target)
    if moves or directory.migrations:
        checksums.write(MigrationDirectory.scan(directory.migrations_dir,
                                                directory.rollbacks_dir))
    return moves
