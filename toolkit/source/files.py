"""Canonical files: discovery under the configured directories, reading, and positions."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from toolkit.config import ProjectConfig
from toolkit.errors import Location, SourceError
from toolkit.model import SourceLocation
from toolkit.paths import shown_path
from toolkit.source.parser import (
    SourceText,
    Statement,
    decode_text,
    parse_source,
    scan_tokens,
)

Node = dict[str, Any]
Token = tuple[str, int, int]
"""A lexer token: name, start and end byte offsets in the file (end exclusive)."""


@dataclass
class SourceFile:
    """One parsed SQL file: its display path, text and statements."""

    path: Path
    source: SourceText
    statements: list[Statement]
    display: str = ""

    _fresh: dict[int, Node] | None = None

    def __post_init__(self) -> None:
        """Work out the display path once."""
        if not self.display:
            self.display = self.path.as_posix()

    def release(self) -> None:
        """Drop the statements' parse trees (they are read again if needed)."""
        for statement in self.statements:
            statement.node.clear()

    def node_of(self, statement: Statement) -> Node:
        """The parse tree of ``statement``, parsing the file again if it was released."""
        if statement.node:
            return statement.node
        if self._fresh is None:
            self._fresh = {fresh.start: fresh.node for fresh in parse_source(self.source)}
        return self._fresh[statement.start]

    def location(self, offset: int) -> Location:
        """The error location of byte ``offset``."""
        return self.source.location(offset)

    def model_location(self, offset: int) -> SourceLocation:
        """The model location of byte ``offset``."""
        line, column = self.source.position(offset)
        return SourceLocation(self.display, line, column)

    def text(self, start: int, end: int) -> str:
        """The text between two byte offsets."""
        return self.source.slice(start, end)

    def tokens(self, start: int, end: int) -> list[Token]:
        """PostgreSQL's tokens in ``[start, end)`` with file byte offsets, comments dropped."""
        return scan_tokens(self.text(start, end), start, comments=False)

    def error(self, offset: int, message: str, hint: str) -> SourceError:
        """A :class:`SourceError` at byte ``offset`` showing its line."""
        location = self.location(offset)
        return SourceError(location, message, hint=hint,
                           source_line=self.source.line_text(location.line))


def canonical_paths(config: ProjectConfig) -> list[Path]:
    """Every ``.sql`` file under the schema, functions and policies directories, sorted."""
    found: set[Path] = set()
    for directory in (config.schema_dir, config.functions_dir, config.policies_dir):
        root = config.path(directory)
        if root.is_dir():
            found.update(path for path in root.rglob("*.sql") if path.is_file())
    return sorted(found, key=lambda path: display_path(config, path))


def display_path(config: ProjectConfig, path: Path) -> Path:
    """``path`` relative to the project root when it lies inside it."""
    return shown_path(path, config.root)


def read_sql_file(path: Path, shown_as: Path) -> SourceFile:
    """Read and parse one SQL file; undecodable bytes and syntax errors are SourceErrors."""
    return parse_file_text(read_text(path, shown_as), shown_as)


def parse_file_text(text: str, shown_as: Path, tree_text: str | None = None) -> SourceFile:
    """A SQL file's text parsed (``tree_text``: its parse tree JSON, if already made)."""
    source = SourceText(text, shown_as)
    return SourceFile(shown_as, source, parse_source(source, tree_text))


def read_text(path: Path, shown_as: Path) -> str:
    """A file's text; bytes that are not UTF-8 are a SourceError at their place."""
    return decode_text(path.read_bytes(), shown_as)
