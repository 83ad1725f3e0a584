"""``migrations/canon.sum``: a sha256 per migration file and a chain hash over all of them.

The format is line oriented, so a merge of two branches shows up in review and in git::

    # comment lines start with '#'
    up 0001_create_users.sql <sha256 of migrations/0001_create_users.sql, 64 hex digits>
    down 0001_create_users.sql <sha256 of rollbacks/0001_create_users.sql>
    up 0002_add_email.sql <sha256>
    chain <sha256 of every entry line above, each followed by a newline, in file order>

Entries are in apply order (version, then name; ``up`` before ``down``). The single ``chain``
line ends the file. Two branches that each add a migration both rewrite the chain line, so git
reports a conflict instead of merging silently; a hand-resolved or hand-edited file no longer
matches its chain. Comparing the file with the directory tells apart an edited migration (same
name, different hash), a migration added on another branch (an unrecorded file whose version is
recorded under another name), a file written by hand (unrecorded, new version) and a deleted or
renamed one.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from toolkit.migrate.directory import parse_name
from toolkit.migrate.findings import Code, Finding

if TYPE_CHECKING:
    from toolkit.migrate.directory import MigrationDirectory

HEADER = (
    "# canon.sum: the sha256 of every migration and rollback, and a chain hash over them.\n"
    "# Lines: 'up|down <file> <sha256>' in apply order, then 'chain <sha256 of those lines>'.\n"
    "# canon plan, canon renumber and canon hash keep it current; do not edit it by hand.\n"
)
KINDS = ("up", "down")
_CONFLICT_MARKERS = ("<<<<<<<", "=======", ">>>>>>>", "|||||||")


@dataclass(frozen=True)
class SumEntry:
    """One recorded file: ``up`` or ``down``, its file name and its sha256."""

    kind: str
    name: str
    digest: str
    line: int = 0
    incoming: bool = False  # between ``=======`` and ``>>>>>>>`` of a merge conflict

    @property
    def text(self) -> str:
        """The entry's line (without newline)."""
        return f"{self.kind} {self.name} {self.digest}"

    @property
    def key(self) -> tuple[str, str]:
        """``(kind, name)``."""
        return self.kind, self.name


def chain_digest(entries: list[SumEntry]) -> str:
    """The chain hash: sha256 over the entry lines, each followed by a newline, in order."""
    digest = hashlib.sha256()
    for entry in entries:
        digest.update(entry.text.encode("utf-8") + b"\n")
    return digest.hexdigest()


def current_entries(directory: MigrationDirectory) -> list[SumEntry]:
    """The entries canon.sum should hold for the directory as it is now."""
    entries = [SumEntry(kind, path.name, directory.digest(path))
               for kind, path in directory.files()]
    return sorted(entries, key=_order)


def _order(entry: SumEntry) -> tuple[int, str, int]:
    parsed = parse_name(entry.name)
    return (parsed.version if parsed else 0, entry.name, KINDS.index(entry.kind))


def render(entries: list[SumEntry]) -> str:
    """The text of a canon.sum holding ``entries``."""
    body = "".join(f"{entry.text}\n" for entry in entries)
    return f"{HEADER}{body}chain {chain_digest(entries)}\n"


def write(directory: MigrationDirectory) -> Path:
    """(Re)write canon.sum for the directory as it is now; return its path."""
    from toolkit.output import write_file

    return write_file(directory.sum_path, render(current_entries(directory)))


@dataclass(frozen=True)
class SumFile:
    """A parsed canon.sum, including what is wrong with it as a file."""

    path: Path
    entries: tuple[SumEntry, ...]
    chains: tuple[tuple[int, str], ...]
    conflict_lines: tuple[int, ...]
    malformed: tuple[tuple[int, str], ...]

    def digests(self) -> dict[tuple[str, str], set[str]]:
        """Recorded digests by ``(kind, name)`` (two after a conflicted merge)."""
        found: dict[tuple[str, str], set[str]] = {}
        for entry in self.entries:
            found.setdefault(entry.key, set()).add(entry.digest)
        return found


def read(path: Path) -> SumFile | None:
    """Parse canon.sum; None when it does not exist."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        return SumFile(path, (), (), (), ((1, f"unreadable file: {exc}"),))
    entries: list[SumEntry] = []
    chains: list[tuple[int, str]] = []
    conflicts: list[int] = []
    malformed: list[tuple[int, str]] = []
    incoming = False
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith(_CONFLICT_MARKERS):
            conflicts.append(number)
            incoming = line.startswith("=======")
            continue
        parts = line.split()
        if (len(parts) == 3 and parts[0] in KINDS and parse_name(parts[1]) is not None
                and _is_digest(parts[2])):
            entries.append(SumEntry(parts[0], parts[1], parts[2], number, incoming))
        elif len(parts) == 2 and parts[0] == "chain" and _is_digest(parts[1]):
            chains.append((number, parts[1]))
        else:
            malformed.append((number, raw))
    return SumFile(path, tuple(entries), tuple(chains), tuple(conflicts), tuple(malformed))


def _is_digest(text: str) -> bool:
    return len(text) == 64 and all(ch in "0123456789abcdef" for ch in text)


def verify(directory: MigrationDirectory) -> list[Finding]:
    """Compare canon.sum with the directory; every disagreement is a finding."""
    actual = current_entries(directory)
    recorded = read(directory.sum_path)
    if recorded is None:
        if not actual:
            return []
        return [Finding(
            Code.SUM_MISSING, directory.sum_path,
            f"canon.sum is missing: {len(actual)} migration file(s) are not recorded",
            "if these files are the reviewed history, run `canon hash` to record them")]
    findings = _file_findings(recorded)
    findings += _entry_findings(directory, recorded, actual)
    return findings


def _file_findings(recorded: SumFile) -> list[Finding]:
    path = recorded.path
    findings = []
    if recorded.conflict_lines:
        findings.append(Finding(
            Code.BRANCH_CONFLICT, path,
            "canon.sum has merge conflict markers: two branches both added migrations",
            "run `canon renumber`: it moves the later duplicate versions to new ones and "
            "rewrites canon.sum", line=recorded.conflict_lines[0]))
    for number, text in recorded.malformed:
        findings.append(Finding(
            Code.SUM_INVALID, path, f"unreadable line {text.strip()!r}",
            "canon writes this file; review the migration files, then run `canon hash`",
            line=number))
    if recorded.conflict_lines or recorded.malformed:
        return findings
    if len(recorded.chains) != 1:
        findings.append(Finding(
            Code.SUM_INVALID, path,
            f"canon.sum has {len(recorded.chains)} chain lines instead of one: it was merged "
            "or edited by hand",
            "review the migration files (git log -p), then run `canon hash`",
            line=recorded.chains[1][0] if len(recorded.chains) > 1 else None))
    elif recorded.chains[0][1] != chain_digest(list(recorded.entries)):
        findings.append(Finding(
            Code.SUM_INVALID, path,
            "the chain hash does not match the entries: canon.sum was merged or edited by hand",
            "review the migration files (git log -p), then run `canon hash`",
            line=recorded.chains[0][0]))
    return findings


def _entry_findings(directory: MigrationDirectory, recorded: SumFile,
                    actual: list[SumEntry]) -> list[Finding]:
    digests = recorded.digests()
    actual_keys = {entry.key for entry in actual}
    gone = {key: digests[key] for key in digests if key not in actual_keys}
    gone_by_digest = {(key[0], digest): key[1] for key, values in gone.items()
                      for digest in values}
    findings = []
    for entry in actual:
        path = _path_of(directory, entry.kind, entry.name)
        if entry.key in digests:
            if entry.digest not in digests[entry.key]:
                old = sorted(digests[entry.key])[0]
                findings.append(Finding(
                    Code.EDITED, path,
                    f"edited after canon.sum recorded it (sha256 {old[:12]}..., "
                    f"now {entry.digest[:12]}...)",
                    "a migration applied anywhere must never change: revert the edit and put "
                    "the change in a new migration; if it was never applied, run `canon hash`"))
            continue
        findings.append(_unrecorded(directory, entry, path, digests=digests, gone=gone,
                                    gone_by_digest=gone_by_digest))
    for (kind, name) in sorted(gone):
        findings.append(Finding(
            Code.RECORDED_FILE_MISSING, _path_of(directory, kind, name),
            "recorded in canon.sum but missing",
            "restore it from version control (a migration applied anywhere must stay); if "
            "removing it is intended, run `canon hash`"))
    return findings


def _unrecorded(directory: MigrationDirectory, entry: SumEntry, path: Path, *,
                digests: dict[tuple[str, str], set[str]], gone: dict[tuple[str, str], set[str]],
                gone_by_digest: dict[tuple[str, str], str]) -> Finding:
    """The finding for a file canon.sum does not list: renamed, another branch's, or new."""
    old_name = gone_by_digest.get((entry.kind, entry.digest))
    if old_name is not None:
        gone.pop((entry.kind, old_name), None)
        return Finding(
            Code.RECORDED_FILE_MISSING, path,
            f"renamed from {old_name} (same content): a database that applied {old_name} "
            "would apply it again under the new name",
            f"rename it back to {old_name}; if it was never applied anywhere, run `canon hash`")
    parsed = parse_name(entry.name)
    assert parsed is not None
    same_version = sorted(
        name for (kind, name) in digests
        if kind == entry.kind and name != entry.name
        and (other := parse_name(name)) is not None and other.version == parsed.version)
    if same_version:
        return Finding(
            Code.BRANCH_CONFLICT, path,
            f"not in canon.sum, which records {same_version[0]} for version {parsed.version}: "
            f"two branches both added version {parsed.version}",
            "run `canon renumber`: it moves this migration and its rollback to version "
            f"{directory.next_version()} and rewrites canon.sum")
    return Finding(
        Code.UNRECORDED, path, "not recorded in canon.sum (written or edited by hand?)",
        "review it, then run `canon hash` to record it")


def _path_of(directory: MigrationDirectory, kind: str, name: str) -> Path:
    return (directory.migrations_dir if kind == "up" else directory.rollbacks_dir) / name
