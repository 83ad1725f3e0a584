"""Findings about a migration directory: a stable code, the file, what is wrong, what to do."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from toolkit.paths import shown_path


class Code(StrEnum):
    """Stable codes of directory findings (they appear in text and JSON output)."""

    DUPLICATE_VERSION = "M001"
    MISSING_ROLLBACK = "M002"
    ORPHAN_ROLLBACK = "M003"
    BAD_NAME = "M004"
    SUM_MISSING = "M005"
    EDITED = "M006"
    BRANCH_CONFLICT = "M007"
    UNRECORDED = "M008"
    RECORDED_FILE_MISSING = "M009"
    SUM_INVALID = "M010"
    REPLAY_FAILED = "M011"
    NOT_RESTORED = "M012"
    NOT_REPEATABLE = "M013"

    @property
    def is_checksum(self) -> bool:
        """Whether this finding says canon.sum and the files disagree."""
        return self in _CHECKSUM_CODES

    @property
    def blocks_runner(self) -> bool:
        """Whether ``canon migrate`` / ``rollback`` refuse a directory with this finding."""
        return self not in (Code.MISSING_ROLLBACK, Code.ORPHAN_ROLLBACK)


_CHECKSUM_CODES = frozenset({Code.SUM_MISSING, Code.EDITED, Code.BRANCH_CONFLICT,
                             Code.UNRECORDED, Code.RECORDED_FILE_MISSING, Code.SUM_INVALID})


@dataclass(frozen=True)
class Finding:
    """One problem: its code, the file (and line) it is about, a message and the fix."""

    code: Code
    path: Path
    message: str
    hint: str
    line: int | None = None

    def where(self, root: Path | None = None) -> str:
        """``path[:line]``, relative to ``root`` when the path is inside it."""
        shown = _relative(self.path, root)
        return f"{shown}:{self.line}" if self.line is not None else shown

    def render(self, root: Path | None = None) -> str:
        """The finding as printed: ``file: CODE message`` and an indented hint."""
        return f"{self.where(root)}: {self.code.value} {self.message}\n    hint: {self.hint}"

    def to_json(self, root: Path | None = None) -> dict[str, Any]:
        """The finding as a JSON object."""
        return {"code": self.code.value, "path": _relative(self.path, root), "line": self.line,
                "message": self.message, "hint": self.hint}


def _relative(path: Path, root: Path | None) -> str:
    return str(path if root is None else shown_path(path, root))


def sort_findings(findings: list[Finding]) -> list[Finding]:
    """Findings in a stable order: those that stop a run first, then by file, line, code."""
    return sorted(findings, key=lambda f: (not f.code.blocks_runner, str(f.path), f.line or 0,
                                           f.code.value, f.message))


def short(path: Path) -> str:
    """``rollbacks/0001_x.sql``: a file with its directory's name, for messages."""
    return f"{path.parent.name}/{path.name}"
