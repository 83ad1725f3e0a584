"""Files being linted: text, parsed statements, and byte offsets turned into lines and columns."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from pathlib import Path

from toolkit.lint.findings import Mode
from toolkit.source.parser import Statement, parse_sql


@dataclass(eq=False)
class SourceFile:
    """One SQL file: how it is read (schema or migration), its text and its statements."""

    path: Path
    text: str
    mode: Mode
    statements: list[Statement] = field(default_factory=list)
    _data: bytes | None = field(default=None, repr=False)
    _line_starts: list[int] | None = field(default=None, repr=False)

    @classmethod
    def parse(cls, path: Path, text: str, mode: Mode) -> SourceFile:
        """Parse ``text`` (a syntax error raises :class:`toolkit.errors.SourceError`)."""
        return cls(path, text, mode, parse_sql(text, path))

    @property
    def data(self) -> bytes:
        """The file's UTF-8 bytes (parse tree offsets count bytes)."""
        if self._data is None:
            self._data = self.text.encode("utf-8")
        return self._data

    def _starts(self) -> list[int]:
        """Byte offsets where each line starts, computed once."""
        if self._line_starts is None:
            data = self.data
            starts = [0]
            index = data.find(b"\n")
            while index >= 0:
                starts.append(index + 1)
                index = data.find(b"\n", index + 1)
            self._line_starts = starts
        return self._line_starts

    def position(self, byte_offset: int) -> tuple[int, int]:
        """1-based (line, column) of a byte offset; columns count characters."""
        starts = self._starts()
        offset = min(max(byte_offset, 0), len(self.data))
        line_index = bisect.bisect_right(starts, offset) - 1
        start = starts[line_index]
        column = len(self.data[start:offset].decode("utf-8", errors="replace")) + 1
        return line_index + 1, column

    def line_offset(self, line: int) -> int:
        """The byte offset where 1-based ``line`` starts (the end of the file past the last)."""
        starts = self._starts()
        return starts[line - 1] if 1 <= line <= len(starts) else len(self.data)

    def line_text(self, line: int) -> str:
        """The text of 1-based ``line`` (without its line break)."""
        starts = self._starts()
        if not 1 <= line <= len(starts):
            return ""
        end = starts[line] - 1 if line < len(starts) else len(self.data)
        return self.data[starts[line - 1]:end].decode("utf-8", errors="replace").rstrip("\r")

    def slice(self, start: int, end: int) -> str:
        """Text between two byte offsets."""
        return self.data[start:end].decode("utf-8", errors="replace")


@dataclass(slots=True)
class Spot:
    """A byte offset in a linted file, where a finding points."""

    file: SourceFile
    offset: int
