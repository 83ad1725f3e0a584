"""SQL comments found by PostgreSQL's own scanner, and the ``-- canon:`` directives in them."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from pglast import parser as _pg

DIRECTIVE_PREFIX = "canon:"


@dataclass(frozen=True)
class Comment:
    """A comment: its text without the markers, 1-based position, and character offsets."""

    text: str
    line: int
    column: int
    start: int
    end: int

    @property
    def directive(self) -> tuple[str, str] | None:
        """``("renamed-from", "old_name")`` for ``-- canon:renamed-from old_name``, else None."""
        body = self.text.strip()
        if not body.startswith(DIRECTIVE_PREFIX):
            return None
        name, _, argument = body[len(DIRECTIVE_PREFIX):].partition(" ")
        return name.strip(), argument.strip()


def scan_comments(text: str) -> list[Comment]:
    """Every ``--`` and ``/* */`` comment in ``text`` (string literals are not mistaken)."""
    line_starts = [0]
    for offset, char in enumerate(text):
        if char == "\n":
            line_starts.append(offset + 1)
    comments = []
    for token in _pg.scan(text):
        if token.name not in ("SQL_COMMENT", "C_COMMENT"):
            continue
        raw = text[token.start:token.end + 1]
        body = raw[2:] if token.name == "SQL_COMMENT" else raw[2:-2]
        line_index = bisect.bisect_right(line_starts, token.start) - 1
        comments.append(Comment(text=body.strip(), line=line_index + 1,
                                column=token.start - line_starts[line_index] + 1,
                                start=token.start, end=token.end + 1))
    return comments
