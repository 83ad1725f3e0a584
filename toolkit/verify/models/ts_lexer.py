"""The TypeScript tokenizer: source text to tokens with line, column and offsets.

It knows the lexical grammar a declaration file needs: identifiers (keywords are identifiers
here; the parser decides), string and template literals, numbers, punctuators and comments.
Each token records whether a line break precedes it, which the parser needs where TypeScript
itself does (``T[]`` may not start on a new line; members may be separated by line breaks).
Regular-expression literals are not recognised: they never occur in type declarations.

The scanner tries one pattern per token class at the current offset (a compiled alternation,
the usual way to scan fast in Python); literals are decoded and checked by hand.
"""

from __future__ import annotations

import re
from enum import StrEnum
from pathlib import Path
from typing import NamedTuple

from toolkit.errors import Location, SourceError


class TokenKind(StrEnum):
    """What a token is."""

    IDENT = "identifier"
    STRING = "string"
    TEMPLATE = "template literal"
    NUMBER = "number"
    PUNCT = "punctuator"
    EOF = "end of file"


class Token(NamedTuple):
    """One token: its kind, its text (a string's decoded value), position and offsets."""

    kind: TokenKind
    value: str
    line: int
    column: int
    start: int
    end: int
    newline_before: bool

    def describe(self) -> str:
        """The token as an error message names it."""
        if self.kind is TokenKind.EOF:
            return "the end of the file"
        if self.kind is TokenKind.STRING:
            return f"string {self.value!r}"
        return f"{self.value!r}"


_SCANNER = re.compile(r"""
    (?P<space>[ \t\r\f\v\ufeff\u00a0\u2028\u2029]+)
  | (?P<newline>\n)
  | (?P<line_comment>//[^\n]*)
  | (?P<block_comment>/\*)
  | (?P<ident>[^\W\d]\w*|[$_][\w$]*)
  | (?P<number>(?:0[xXbBoO][0-9a-fA-F_]+|(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d+)?)n?)
  | (?P<string>["'])
  | (?P<template>`)
  | (?P<punct>\.\.\.|=>|\?\.|[{}()\[\]<>,;:?|&=.\-+*@!~%/^\#])
""", re.VERBOSE)
_TRIVIA = frozenset({"space", "newline", "line_comment", "block_comment"})
_IDENTIFIER_TAIL = re.compile(r"[\w$]*")
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}


def tokenize(text: str, path: Path) -> list[Token]:
    """Every token of ``text``, ending with one EOF token; lexical errors as SourceError."""
    tokens: list[Token] = []
    append = tokens.append
    match = _SCANNER.match
    ident, punct = TokenKind.IDENT, TokenKind.PUNCT
    pos, line, line_start, newline = 0, 1, 0, False
    size = len(text)
    while pos < size:
        found = match(text, pos)
        if found is None:
            raise _error(text, path, pos, f"unexpected character {text[pos]!r}")
        group = found.lastgroup
        end = found.end()
        if group in _TRIVIA:
            if group == "newline":
                line, line_start, newline = line + 1, end, True
            elif group == "block_comment":
                end = _comment_end(text, path, pos)
                breaks = text.count("\n", pos, end)
                if breaks:
                    line += breaks
                    line_start = text.rfind("\n", pos, end) + 1
                    newline = True
            pos = end
            continue
        column = pos - line_start + 1
        if group == "ident":
            if end < size and text[end] == "$":
                end = _IDENTIFIER_TAIL.match(text, end).end()  # type: ignore[union-attr]
            append(Token(ident, text[pos:end], line, column, pos, end, newline))
        elif group == "punct":
            append(Token(punct, text[pos:end], line, column, pos, end, newline))
        else:
            token = _literal(text, path, group or "", (pos, end), (line, column, newline))
            append(token)
            end = token.end
            breaks = text.count("\n", pos, end)
            if breaks:
                line += breaks
                line_start = text.rfind("\n", pos, end) + 1
        newline = False
        pos = end
    append(Token(TokenKind.EOF, "", line, pos - line_start + 1, pos, pos, newline))
    return tokens


def _comment_end(text: str, path: Path, start: int) -> int:
    """The offset after the block comment starting at ``start``."""
    close = text.find("*/", start + 2)
    if close < 0:
        raise _error(text, path, start, "unterminated comment", "close the comment with */")
    return close + 2


def _literal(text: str, path: Path, group: str, matched: tuple[int, int],
             where: tuple[int, int, bool]) -> Token:
    """A number, string or template literal token: ``matched`` is what the scanner matched,
    ``where`` the token's line, column and whether a line break precedes it."""
    start, end = matched
    line, column, newline = where
    if group == "number":
        if end < len(text) and (text[end].isalnum() or text[end] in "_$"):
            raise _error(text, path, start, "invalid number")
        return Token(TokenKind.NUMBER, text[start:end], line, column, start, end, newline)
    if group == "string":
        value, end = _string(text, path, start)
        return Token(TokenKind.STRING, value, line, column, start, end, newline)
    end = _template(text, path, start)
    return Token(TokenKind.TEMPLATE, text[start:end], line, column, start, end, newline)


def _error(text: str, path: Path, offset: int, message: str, hint: str | None = None
           ) -> SourceError:
    """A SourceError at ``offset`` of ``text``."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return SourceError(Location(path, line, column), message, hint=hint)


def _string(text: str, path: Path, start: int) -> tuple[str, int]:
    """A string literal's decoded value and the offset after it."""
    quote = text[start]
    pos = start + 1
    parts: list[str] = []
    while True:
        stop = pos
        while stop < len(text) and text[stop] not in (quote, "\\", "\n"):
            stop += 1
        parts.append(text[pos:stop])
        if stop >= len(text) or text[stop] == "\n":
            raise _error(text, path, start, "unterminated string literal",
                         f"close the string with {quote}")
        if text[stop] == quote:
            return "".join(parts), stop + 1
        decoded, pos = _escape(text, path, stop)
        parts.append(decoded)


def _escape(text: str, path: Path, start: int) -> tuple[str, int]:
    """An escape sequence's character and the offset after it (``start`` is the backslash)."""
    if start + 1 >= len(text):
        raise _error(text, path, start, "unterminated escape sequence")
    char = text[start + 1]
    pos = start + 2
    if char in _ESCAPES:
        return _ESCAPES[char], pos
    if char == "\n":
        return "", pos
    if char in "xu":
        if char == "u" and text.startswith("{", pos):
            close = text.find("}", pos)
            digits = text[pos + 1:close] if close > 0 else ""
            pos = close + 1
        else:
            size = 2 if char == "x" else 4
            digits = text[pos:pos + size]
            pos += size
        try:
            return chr(int(digits, 16)), pos
        except ValueError:
            raise _error(text, path, start, "invalid escape sequence") from None
    return char, pos


def _template(text: str, path: Path, start: int) -> int:
    """The offset after a template literal (substitutions and all; types treat it as text)."""
    pos = start + 1
    depth = 0
    while pos < len(text):
        char = text[pos]
        if char == "\\":
            pos += 2
            continue
        if depth == 0 and char == "`":
            return pos + 1
        if text.startswith("${", pos):
            depth += 1
            pos += 2
            continue
        if depth and char == "}":
            depth -= 1
        pos += 1
    raise _error(text, path, start, "unterminated template literal", "close it with `")
