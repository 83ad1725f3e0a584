"""The one error hierarchy of canon; the CLI maps each class to an exit code."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_INPUT = 2
EXIT_UNSAFE = 3


class CanonError(Exception):
    """Base of every error canon raises on purpose; carries an exit code and a hint."""

    exit_code = EXIT_INPUT

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def render(self) -> str:
        """Return the message followed by its hint, as printed to a person."""
        if self.hint:
            return f"{self.message}\nhint: {self.hint}"
        return self.message


class ConfigError(CanonError):
    """The project configuration is missing or invalid."""


class NoProjectError(ConfigError):
    """No canon project around the working directory (commands that can work without one
    catch this, and only this)."""


class DatabaseError(CanonError):
    """A database could not be reached or refused an operation."""


class ServerError(CanonError):
    """A local PostgreSQL server could not be initialised, started or stopped."""


class FindingsError(CanonError):
    """A check completed and found problems (drift, lint errors, broken directory)."""

    exit_code = EXIT_FINDINGS


class UnsafeChangeError(CanonError):
    """A change was refused because it would lose data."""

    exit_code = EXIT_UNSAFE


@dataclass(frozen=True)
class Location:
    """A position in a file: 1-based line and column."""

    path: Path
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


class SourceError(CanonError):
    """An input file is wrong at a known position; shows the offending line with a caret."""

    def __init__(self, location: Location, message: str, *, hint: str | None = None,
                 source_line: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.location = location
        self.source_line = source_line if source_line is not None else _read_line(location)

    @property
    def path(self) -> Path:
        """The file the error is in."""
        return self.location.path

    @property
    def line(self) -> int:
        """The 1-based line of the error."""
        return self.location.line

    @property
    def column(self) -> int:
        """The 1-based column of the error."""
        return self.location.column

    def render(self) -> str:
        """Return ``file:line:col: message``, the line, a caret and the hint."""
        parts = [f"{self.location}: {self.message}"]
        if self.source_line is not None:
            parts.append(f"    {self.source_line.rstrip()}")
            parts.append("    " + " " * max(self.column - 1, 0) + "^")
        if self.hint:
            parts.append(f"hint: {self.hint}")
        return "\n".join(parts)


def _read_line(location: Location) -> str | None:
    try:
        lines = location.path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    if 1 <= location.line <= len(lines):
        return lines[location.line - 1]
    return None
