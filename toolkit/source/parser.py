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


def decode_text(raw: bytes, shown_as: Path) -> str:
    """``raw`` as UTF-8 text; bytes that are not UTF-8 are a SourceError at their place."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[:exc.start]
        line = before.count(b"\n") + 1
        column = len(before[before.rfind(b"\n") + 1:].decode("utf-8", "replace")) + 1
        raise SourceError(Location(shown_as, line, column), "file is not valid UTF-8",
                          hint="save the file as UTF-8", source_line="") from exc
    return text


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
        """Index the line starts of ``text``."""
        self.text = text
        self.path = path
        self.data = text.encode("utf-8")
        self._line_starts = [0]
        newline = self.data.find(b"\n")
        while newline != -1:
            self._line_starts.append(newline + 1)
            newline = self.data.find(b"\n", newline + 1)
        self._lines: list[str] | None = None

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
        if self._lines is None:
            self._lines = self.text.splitlines()
        return self._lines[line - 1] if 1 <= line <= len(self._lines) else ""

    def slice(self, start: int, end: int) -> str:
        """Text between two byte offsets."""
        return self.data[start:end].decode("utf-8")


def parse_sql(text: str, path: Path) -> list[Statement]:
    """Parse ``text`` into statements; a syntax error raises :class:`SourceError` at its place."""
    return parse_source(SourceText(text, path))


def parse_tree_text(text: str) -> str | None:
    """libpg_query's JSON parse tree of ``text`` (None on a syntax error).

    The parser runs without the GIL, so a helper thread can parse the next file while the
    caller reads this one; pass the result to :func:`parse_source`.
    """
    try:
        return str(_pg.parse_sql_json(text))
    except _pg.ParseError:
        return None


def parse_source(source: SourceText, tree_text: str | None = None) -> list[Statement]:
    """Like :func:`parse_sql`, for a file whose :class:`SourceText` the caller keeps
    (``tree_text``: its :func:`parse_tree_text`, if already parsed)."""
    text, path = source.text, source.path
    try:
        tree = json.loads(tree_text if tree_text is not None else _pg.parse_sql_json(text))
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
    """The byte offset of a ParseError in the parsed file (0 if unknown)."""
    return _char_to_byte(exc, source.text) or 0


def _char_to_byte(exc: Exception, text: str) -> int | None:
    """The byte offset of a ParseError's position in ``text``.

    pglast gives the 0-based character index of the error in args[1], or None when it lies
    past the end of the text ("syntax error at end of input").
    """
    position = exc.args[1] if len(exc.args) > 1 else None
    if not isinstance(position, int):
        if "end of input" in str(exc.args[0]):
            return len(text.rstrip().encode("utf-8"))
        return None
    return len(text[:position].encode("utf-8"))


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


class FragmentError(Exception):
    """A piece of SQL did not parse; ``offset`` is the byte offset of the error (or None)."""

    def __init__(self, message: str, offset: int | None) -> None:
        """Keep the message and the byte offset."""
        super().__init__(message)
        self.message = message
        self.offset = offset


def parse_fragment(text: str) -> list[dict[str, Any]]:
    """Parse ``text`` into raw statement nodes; errors raise :class:`FragmentError`.

    For SQL found inside other SQL (function bodies, PL/pgSQL queries), whose positions the
    caller maps back into the file itself.
    """
    try:
        tree = json.loads(_pg.parse_sql_json(text))
    except _pg.ParseError as exc:
        raise FragmentError(str(exc.args[0]), _char_to_byte(exc, text)) from exc
    return [raw["stmt"] for raw in tree.get("stmts", [])]


def check_syntax(text: str) -> None:
    """Raise :class:`FragmentError` if ``text`` is not valid SQL (no parse tree is built)."""
    try:
        _pg.split(text, with_parser=True)
    except _pg.ParseError as exc:
        raise FragmentError(str(exc.args[0]), _char_to_byte(exc, text)) from exc


def scan_tokens(text: str, base: int = 0, comments: bool = True) -> list[tuple[str, int, int]]:
    """PostgreSQL's lexer over ``text``: ``(token name, start, end)`` with byte offsets (plus
    ``base``), end exclusive. Comments are tokens too (``SQL_COMMENT``, ``C_COMMENT``) unless
    ``comments`` is false."""
    tokens = _pg.scan(text)
    skip = () if comments else ("SQL_COMMENT", "C_COMMENT")
    if text.isascii():
        return [(name, base + start, base + end + 1) for start, end, name, _ in tokens
                if name not in skip]
    offsets = [base]
    for char in text:
        offsets.append(offsets[-1] + len(char.encode("utf-8")))
    return [(name, offsets[start], offsets[end + 1]) for start, end, name, _ in tokens
            if name not in skip]


@dataclass(frozen=True)
class PlpgsqlBody:
    """Where a function's body string starts in its file, and the line of that start."""

    start: int
    line: int


def plpgsql_body(statement: Statement, source: SourceText) -> PlpgsqlBody | None:
    """The body position of a ``CREATE FUNCTION`` statement (None without an ``AS`` body)."""
    for option in statement.node.get("options", []):
        definition = option.get("DefElem", {})
        if definition.get("defname") == "as" and definition.get("arg_location", -1) >= 0:
            start = int(definition["arg_location"])
            return PlpgsqlBody(start=start, line=source.position(start)[0])
    return None


def parse_plpgsql_function(statement: Statement, source: SourceText,
                           name: str) -> dict[str, Any]:
    """Parse the PL/pgSQL body of a ``CREATE FUNCTION`` statement (its whole text).

    A syntax error raises :class:`SourceError` at the line inside the file: libpg_query gives
    no position for PL/pgSQL errors, so the line is found by parsing ever shorter prefixes of
    the body (the parser reads left to right: a prefix that still contains the offending token
    fails with the same message, a shorter one does not).
    """
    return json.loads(check_plpgsql_function(statement, source, name))[0][  # type: ignore[no-any-return]
        "PLpgSQL_function"]


def plpgsql_tree_text(definition: str) -> str | None:
    """The PL/pgSQL parse tree JSON of a ``CREATE FUNCTION`` text (None if it does not parse).

    Runs without the GIL (a helper thread can do it); on None, call
    :func:`check_plpgsql_function` for the error and its place.
    """
    try:
        return str(_pg.parse_plpgsql_json(definition))
    except _pg.ParseError:
        return None


def check_plpgsql_function(statement: Statement, source: SourceText, name: str) -> str:
    """Check the PL/pgSQL body of a ``CREATE FUNCTION`` statement; return the parse tree as
    JSON text (decode it only if needed). Errors as in :func:`parse_plpgsql_function`."""
    try:
        return str(_pg.parse_plpgsql_json(statement.text))
    except _pg.ParseError as exc:
        message = str(exc.args[0])
        body = plpgsql_body(statement, source)
        if body is None:
            raise SourceError(statement.location, f"PL/pgSQL error in {name}: {message}",
                              hint="fix the function body",
                              source_line=source.line_text(statement.line)) from exc
        line_in_body = _failing_body_line(statement, body, message)
        line = body.line + line_in_body - 1
        column = _first_text_column(source.line_text(line))
        if line_in_body == 1:
            column = max(column, source.position(body.start)[1])
        raise SourceError(Location(statement.path, line, column),
                          f"PL/pgSQL error in {name}: {message}",
                          hint="fix the function body; canon checks it with PostgreSQL's own "
                               "PL/pgSQL parser", source_line=source.line_text(line)) from exc


def _failing_body_line(statement: Statement, body: PlpgsqlBody, message: str) -> int:
    """The 1-based line of the body where parsing fails with ``message``."""
    offset = body.start - statement.start
    data = statement.text.encode("utf-8")
    tokens = scan_tokens(data[offset:].decode("utf-8"))
    if not tokens or tokens[0][0] != "SCONST":
        return 1
    literal_end = offset + tokens[0][2]
    head, tail = data[:offset].decode("utf-8"), data[literal_end:].decode("utf-8")
    body_text = _body_string(statement)
    lines = body_text.split("\n")
    last = max((index + 1 for index, text in enumerate(lines) if text.strip()), default=1)
    if "end of input" in message:
        return _unfinished_query_line(body_text) or last

    def fails_same(count: int) -> bool:
        """Whether the body cut after ``count`` lines fails with the same message."""
        prefix = "\n".join(lines[:count])
        tag = "$canon$"
        while tag in prefix:
            tag = tag[:-1] + "_$"
        try:
            parse_plpgsql(head + tag + prefix + tag + tail)
        except _pg.ParseError as exc:
            return str(exc.args[0]) == message
        return False

    low, high = 1, len(lines)
    if not fails_same(high):
        return last
    while low < high:
        middle = (low + high) // 2
        if fails_same(middle):
            high = middle
        else:
            low = middle + 1
    return low


SQL_STARTS = frozenset({"SELECT", "INSERT", "UPDATE", "DELETE", "WITH", "MERGE", "VALUES"})
BLOCK_WORDS = frozenset({"BEGIN_P", "DECLARE", "THEN", "ELSE", "LOOP"})


def _unfinished_query_line(body: str) -> int | None:
    """The line of the first SQL statement in a PL/pgSQL body that does not parse.

    "syntax error at end of input" comes either from a body missing its END (the error is
    at the end) or from a query cut short by its semicolon: try each query on its own.
    """
    data = body.encode("utf-8")
    tokens = scan_tokens(body, comments=False)
    start, depth = 0, 0
    for index, (name, _, end) in enumerate(tokens):
        if name in ("ASCII_40", "ASCII_91"):
            depth += 1
        elif name in ("ASCII_41", "ASCII_93"):
            depth -= 1
        elif name == "ASCII_59" and depth == 0:
            chunk = tokens[start:index]
            start = index + 1
            while chunk and chunk[0][0] in BLOCK_WORDS:
                chunk = chunk[1:]
            if not chunk or chunk[0][0] not in SQL_STARTS:
                continue
            first = chunk[0][1]
            try:
                check_syntax(data[first:end - 1].decode("utf-8"))
            except FragmentError as exc:
                before = data[:first + (exc.offset or 0)]
                return before.count(b"\n") + 1
    return None


def _body_string(statement: Statement) -> str:
    """The body string of a CREATE FUNCTION statement (its AS option)."""
    for option in statement.node.get("options", []):
        definition = option.get("DefElem", {})
        if definition.get("defname") == "as":
            items = definition["arg"]["List"]["items"]
            return str(items[0]["String"]["sval"])
    return ""


def _first_text_column(line: str) -> int:
    """The 1-based column of the first non-blank character of ``line``."""
    stripped = line.lstrip()
    return len(line) - len(stripped) + 1 if stripped else 1
