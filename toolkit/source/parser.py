"""SQL and PL/pgSQL parsing through pglast (libpg_query, the server's own grammar).

This package is the only place that imports pglast. Parse trees are handed out as the plain
JSON data libpg_query produces (``parse_sql_json`` is much faster than pglast's Python AST on
big inputs), with statement positions translated to 1-based lines and columns.
"""

from __future__ import annotations

import bisect
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pglast import parser as _pg

from toolkit.errors import Location, SourceError


@dataclass(frozen=True)
class Statement:
    """One top-level statement: its parse tree node, its text and where it starts."""

    kind: str
    node: dict[str, Any]
    text: str
    path: Path
    line: int
    column: int
    start: int
    end: int

    @property
    def location(self) -> Location:
        """File, line and column of the statement's first character."""
        return Location(self.path, self.line, self.column)


class SourceText:
    """A file's text with a mapping from libpg_query byte offsets to lines and columns."""

    def __init__(self, text: str, path: Path) -> None:
        self.text = text
        self.path = path
        self.data = text.encode("utf-8")
        self._line_starts = [0]
        for offset, byte in enumerate(self.data):
            if byte == 0x0A:
                self._line_starts.append(offset + 1)

    def position(self, byte_offset: int) -> tuple[int, int]:
        """1-based (line, column) of ``byte_offset``; columns count characters."""
        line_index = bisect.bisect_right(self._line_starts, byte_offset) - 1
        line_start = self._line_starts[line_index]
        column = len(self.data[line_start:byte_offset].decode("utf-8", errors="replace")) + 1
        return line_index + 1, column

    def location(self, byte_offset: int) -> Location:
        """The :class:`Location` of ``byte_offset``."""
        line, column = self.position(byte_offset)
        return Location(self.path, line, column)

    def line_text(self, line: int) -> str:
        """The text of 1-based ``line`` (without its newline)."""
        lines = self.text.splitlines()
        return lines[line - 1] if 1 <= line <= len(lines) else ""

    def slice(self, start: int, end: int) -> str:
        """Text between two byte offsets."""
        return self.data[start:end].decode("utf-8")


def parse_sql(text: str, path: Path) -> list[Statement]:
    """Parse ``text`` into statements; a syntax error raises :class:`SourceError` at its place."""
    source = SourceText(text, path)
    try:
        tree = json.loads(_pg.parse_sql_json(text))
    except _pg.ParseError as exc:
        location = source.location(_error_offset(exc, source))
        raise SourceError(location, f"syntax error: {exc.args[0]}",
                          hint="fix the SQL; canon reads it with PostgreSQL's own grammar",
                          source_line=source.line_text(location.line)) from exc
    statements = []
    for raw in tree.get("stmts", []):
        start = int(raw.get("stmt_location", 0))
        length = raw.get("stmt_len")
        end = start + int(length) if length else len(source.data)
        start = _skip_leading_space(source.data, start, end)
        node = raw["stmt"]
        kind = next(iter(node))
        line, column = source.position(start)
        statements.append(Statement(kind=kind, node=node[kind], text=source.slice(start, end),
                                    path=path, line=line, column=column, start=start, end=end))
    return statements


def parse_plpgsql(definition: str) -> list[dict[str, Any]]:
    """Parse a whole ``CREATE FUNCTION ... LANGUAGE plpgsql`` statement's body."""
    return json.loads(_pg.parse_plpgsql_json(definition))  # type: ignore[no-any-return]


def _error_offset(exc: Exception, source: SourceText) -> int:
    # pglast reports a character position (1-based) in args[1] when libpg_query knows one.
    position = exc.args[1] if len(exc.args) > 1 and isinstance(exc.args[1], int) else 0
    chars = max(position - 1, 0)
    return len(source.text[:chars].encode("utf-8"))


def _skip_leading_space(data: bytes, start: int, end: int) -> int:
    """libpg_query's statement start includes whitespace and comments before it; skip them."""
    index = start
    while index < end:
        if data[index:index + 1].isspace():
            index += 1
        elif data[index:index + 2] == b"--":
            newline = data.find(b"\n", index)
            index = end if newline == -1 or newline > end else newline + 1
        elif data[index:index + 2] == b"/*":
            close = data.find(b"*/", index + 2)
            index = end if close == -1 else close + 2
        else:
            break
    return index
