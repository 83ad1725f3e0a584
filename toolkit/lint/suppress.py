"""Inline suppression: ``-- canon:ignore CODE[,CODE...] reason`` on or above a statement.

A directive covers the statement it sits in (a trailing comment counts) or, when it sits
between statements, the next statement. A directive must give a reason; one without a reason,
one naming an unknown code, and one that suppresses nothing are findings themselves.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from toolkit.lint.files import SourceFile

DIRECTIVE = "ignore"
# Cheap gate: files without this text hold no directive, so their comments are not scanned.
MARKER = "canon:"


@dataclass
class Directive:
    """One ``canon:ignore`` comment and the statement lines it covers."""

    file: SourceFile
    line: int
    column: int
    codes: tuple[str, ...]
    reason: str
    first_line: int
    last_line: int
    used: bool = field(default=False)

    def covers(self, code: str, line: int) -> bool:
        """Whether this directive suppresses ``code`` at ``line``."""
        return code in self.codes and self.first_line <= line <= self.last_line


def directives(file: SourceFile) -> list[Directive]:
    """The ``canon:ignore`` directives of ``file`` with the statement lines each covers."""
    if MARKER not in file.text:
        return []
    from toolkit.source.comments import scan_comments

    found = []
    spans = _statement_spans(file)
    ends = [last for _, last in spans]
    for comment in scan_comments(file.text):
        directive = comment.directive
        if directive is None or directive[0] != DIRECTIVE:
            continue
        codes_text, _, reason = directive[1].partition(" ")
        codes = tuple(code.strip().upper() for code in codes_text.split(",") if code.strip())
        index = bisect.bisect_left(ends, comment.line)
        first, last = spans[index] if index < len(spans) else (comment.line, comment.line)
        found.append(Directive(file, comment.line, comment.column, codes, reason.strip(),
                               min(first, comment.line), last))
    return found


def _statement_spans(file: SourceFile) -> list[tuple[int, int]]:
    """First and last line of each statement of the file."""
    spans = []
    for statement in file.statements:
        last_line, _ = file.position(max(statement.end - 1, statement.start))
        spans.append((statement.line, last_line))
    return spans


def index_directives(files: Iterable[SourceFile]) -> Mapping[int, list[Directive]]:
    """Directives of every file, keyed by the file's identity."""
    return {id(file): found for file in files if (found := directives(file))}
