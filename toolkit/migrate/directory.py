"""The migration directory: numbered up scripts in migrations/, rollbacks paired by file name.

A file name is ``V_slug.sql``: ``V`` is the version, the leading digits compared as a number
(``004_x.sql`` and ``0004_y.sql`` are both version 4; 14-digit timestamps as written by
Supabase are versions too), ``slug`` is letters, digits, ``_`` and ``-``. The stem (file name
without ``.sql``) is the migration's identity in a database. ``migrations/V_slug.sql`` pairs with
``rollbacks/V_slug.sql``. ``migrations/canon.sum`` records a sha256 of every file (see
:mod:`toolkit.migrate.checksums`).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from toolkit.config import ProjectConfig
from toolkit.errors import CanonError, FindingsError

SUM_FILE = "canon.sum"
SQL_SUFFIX = ".sql"
NEW_VERSION_DIGITS = 4


def file_digest(path: Path) -> str:
    """The sha256 (hex) of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass(frozen=True)
class FileName:
    """A parsed ``V_slug.sql`` name."""

    version: int
    digits: str
    slug: str

    @property
    def stem(self) -> str:
        """The name without ``.sql``."""
        return f"{self.digits}_{self.slug}"


def parse_name(name: str) -> FileName | None:
    """Parse ``0004_add_x.sql``; None when the name is not ``V_slug.sql``."""
    if not name.endswith(SQL_SUFFIX):
        return None
    stem = name[: -len(SQL_SUFFIX)]
    count = 0
    while count < len(stem) and stem[count].isascii() and stem[count].isdigit():
        count += 1
    digits, rest = stem[:count], stem[count:]
    if not digits or not rest.startswith("_") or not is_slug(rest[1:]):
        return None
    return FileName(int(digits), digits, rest[1:])


def is_slug(text: str) -> bool:
    """Whether ``text`` is a valid slug: ASCII letters, digits, ``_`` and ``-``, not empty."""
    return bool(text) and all(ch.isascii() and (ch.isalnum() or ch in "_-") for ch in text)


def slugify(message: str) -> str:
    """A slug from a message: ``"Add payouts!"`` -> ``add_payouts``."""
    words = "".join(ch.lower() if ch.isascii() and ch.isalnum() else " " for ch in message)
    slug = "_".join(words.split())[:60].strip("_")
    return slug or "migration"


def format_version(version: int) -> str:
    """A new version's digits: at least four (``0009``); timestamps keep their length."""
    return f"{version:0{NEW_VERSION_DIGITS}d}"


class Status(StrEnum):
    """The state of one migration in the directory, as docs and ``canon status`` show it."""

    OK = "OK"
    DUPLICATE = "DUPLICATE"
    MISSING_ROLLBACK = "MISSING ROLLBACK"


@dataclass(frozen=True)
class Migration:
    """One migration: its version, stem, up script and rollback (None if there is none)."""

    version: int
    stem: str
    up_path: Path
    down_path: Path | None

    @property
    def name(self) -> str:
        """The up script's file name."""
        return self.up_path.name

    @property
    def slug(self) -> str:
        """The part of the name after the version."""
        return self.stem.split("_", 1)[1]


@dataclass(frozen=True)
class Entry:
    """A migration with its directory status (for inventories and docs)."""

    migration: Migration
    status: Status

    @property
    def version(self) -> int:
        """The migration's version."""
        return self.migration.version


class MigrationDirectory:
    """The scanned contents of migrations/ and rollbacks/.

    ``migrations`` are ordered by version, then stem. ``orphan_rollbacks`` are rollback files
    with no migration of the same name; ``bad_names`` are ``.sql`` files not named
    ``V_slug.sql`` (in either directory).
    """

    def __init__(self, migrations_dir: Path, rollbacks_dir: Path, migrations: list[Migration],
                 orphan_rollbacks: list[Path], bad_names: list[Path]) -> None:
        self.migrations_dir = migrations_dir
        self.rollbacks_dir = rollbacks_dir
        self.migrations = sorted(migrations, key=lambda m: (m.version, m.stem))
        self.orphan_rollbacks = sorted(orphan_rollbacks)
        self.bad_names = sorted(bad_names)
        self._digests: dict[Path, str] = {}

    def digest(self, path: Path) -> str:
        """The sha256 of one of the directory's files, read once per scan."""
        found = self._digests.get(path)
        if found is None:
            found = self._digests[path] = file_digest(path)
        return found

    @classmethod
    def load(cls, config: ProjectConfig) -> MigrationDirectory:
        """Scan the project's configured migrations and rollbacks directories."""
        return cls.scan(config.path(config.migrations_dir), config.path(config.rollbacks_dir))

    @classmethod
    def scan(cls, migrations_dir: Path, rollbacks_dir: Path) -> MigrationDirectory:
        """Scan two directories (a missing directory is empty)."""
        ups, bad = _sql_files(migrations_dir)
        downs, bad_downs = _sql_files(rollbacks_dir)
        migrations = []
        for stem, (parsed, path) in ups.items():
            down = downs.pop(stem, None)
            migrations.append(Migration(parsed.version, stem, path,
                                        down[1] if down is not None else None))
        orphans = [path for _, path in downs.values()]
        return cls(migrations_dir, rollbacks_dir, migrations, orphans, bad + bad_downs)

    @property
    def sum_path(self) -> Path:
        """Where canon.sum lives: ``migrations/canon.sum``."""
        return self.migrations_dir / SUM_FILE

    def ordered(self) -> list[Migration]:
        """Every migration in apply order (version, then stem)."""
        return list(self.migrations)

    def get(self, stem: str) -> Migration | None:
        """The migration whose stem is ``stem``."""
        return next((m for m in self.migrations if m.stem == stem), None)

    def duplicates(self) -> dict[int, list[Migration]]:
        """Versions used by more than one migration, with those migrations in stem order."""
        groups: dict[int, list[Migration]] = {}
        for migration in self.migrations:
            groups.setdefault(migration.version, []).append(migration)
        return {version: group for version, group in groups.items() if len(group) > 1}

    def entries(self) -> list[Entry]:
        """Every migration with its status: OK, DUPLICATE or MISSING ROLLBACK."""
        duplicated = {m.stem for group in self.duplicates().values() for m in group}
        entries = []
        for migration in self.migrations:
            if migration.stem in duplicated:
                status = Status.DUPLICATE
            elif migration.down_path is None:
                status = Status.MISSING_ROLLBACK
            else:
                status = Status.OK
            entries.append(Entry(migration, status))
        return entries

    def max_version(self) -> int:
        """The highest version in use (0 when there is none)."""
        return max((m.version for m in self.migrations), default=0)

    def next_version(self) -> int:
        """The version a new migration gets: the highest in use plus one."""
        return self.max_version() + 1

    def files(self) -> list[tuple[str, Path]]:
        """Every well-named script as ``("up" | "down", path)``, in apply order."""
        found: list[tuple[str, Path]] = []
        for migration in self.migrations:
            found.append(("up", migration.up_path))
            if migration.down_path is not None:
                found.append(("down", migration.down_path))
        for path in self.orphan_rollbacks:
            found.append(("down", path))
        return found


def _sql_files(directory: Path) -> tuple[dict[str, tuple[FileName, Path]], list[Path]]:
    """Well-named ``.sql`` files by stem, and the badly named ones."""
    good: dict[str, tuple[FileName, Path]] = {}
    bad: list[Path] = []
    if not directory.is_dir():
        return good, bad
    with os.scandir(directory) as entries:
        for entry in entries:
            if entry.name.startswith(".") or not entry.is_file():
                continue
            if not entry.name.lower().endswith(SQL_SUFFIX):
                continue
            path = Path(entry.path)
            parsed = parse_name(entry.name)
            if parsed is None:
                bad.append(path)
            else:
                good[parsed.stem] = (parsed, path)
    return good, bad


ScriptText = str | Callable[[str], str]


def planned_stem(config: ProjectConfig, slug: str) -> str:
    """The stem the next migration named ``slug`` would get (``0009_add_payouts``)."""
    if not is_slug(slug):
        raise CanonError(f"invalid migration name {slug!r}",
                         hint="use letters, digits, '_' and '-' (see slugify())")
    directory = MigrationDirectory.load(config)
    return f"{format_version(directory.next_version())}_{slug}"


def write_pair(config: ProjectConfig, slug: str, up_sql: ScriptText,
               down_sql: ScriptText) -> tuple[Path, Path]:
    """Write the next migration and its rollback, then update canon.sum; return both paths.

    The version is the highest in use plus one, written with four digits. ``up_sql`` and
    ``down_sql`` are the file texts, or callables that receive the new stem and return the
    text (for headers that name the migration). A directory whose canon.sum does not match its
    files is refused (:class:`FindingsError`), so a hand edit is never recorded by accident.
    """
    from toolkit.migrate import checksums

    stem = planned_stem(config, slug)
    directory = MigrationDirectory.load(config)
    if directory.migrations or directory.orphan_rollbacks:
        problems = checksums.verify(directory)
        if problems:
            listing = "\n".join(f.render(config.root) for f in problems)
            raise FindingsError(f"canon.sum does not match the migration directory:\n{listing}",
                                hint="fix the findings above (canon check), then plan again")
    up_path = directory.migrations_dir / f"{stem}{SQL_SUFFIX}"
    down_path = directory.rollbacks_dir / f"{stem}{SQL_SUFFIX}"
    up_text = up_sql(stem) if callable(up_sql) else up_sql
    down_text = down_sql(stem) if callable(down_sql) else down_sql
    for path in (up_path, down_path):
        if path.exists():
            raise CanonError(f"{path} already exists",
                             hint="remove or rename it, then run the command again")
    for path, text in ((up_path, up_text), (down_path, down_text)):
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("x", encoding="utf-8") as handle:
            handle.write(text)
    checksums.write(MigrationDirectory.load(config))
    return up_path, down_path
