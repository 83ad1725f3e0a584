"""What lint reports: severities and findings with their positions."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path


class Severity(StrEnum):
    """How serious a finding is; only errors make ``canon lint`` exit 1."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """0 for errors, 1 for warnings, 2 for info (sorts the worst first)."""
        return ("error", "warning", "info").index(self.value)


class Mode(StrEnum):
    """How a file is read: as canonical (declared) schema, or as a migration to run."""

    SCHEMA = "schema"
    MIGRATION = "migration"


@dataclass(frozen=True)
class Finding:
    """One problem at one place: rule code, severity, message, file, 1-based line and column."""

    code: str
    severity: Severity
    message: str
    path: Path
    line: int
    column: int
    rule: str = ""

    def sort_key(self) -> tuple[str, int, int, str]:
        """Findings sort by file, position and code."""
        return str(self.path), self.line, self.column, self.code
