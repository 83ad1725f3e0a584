"""The TypeScript tokenizer: source text to tokens with line, column and offsets.

It knows the lexical grammar a declaration file needs: identifiers (keywords are identifiers
here; the parser decides), string and template literals, numbers, punctuators and comments.
Each token records whether a line break precedes it, which the parser needs where TypeScript
itself does (``T[]`` may not start on a new line; members may be separated by line breaks).
Regular-expression literals are not recognised: they never occur in type declarations.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from toolkit.errors import Location, SourceError


class TokenKind(StrEnum):
    """What a token is."""

    IDENT = "identifier"
    STRING = "string"
    TEMPLATE = "template literal"
    NUMBER = "number"
    PUNCT = "punctuator"
    EOF = "end of file"


@dataclass(frozen=True)
class Token:
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


# Longest first: the tokenizer takes the first that matches.
_PUNCTUATORS = ("...", "=>", "?.", "{", "}", "(", ")", "[", "]", "<", ">", ",", ";", ":",
                "?", "|", "&", "=", ".", "-", "+", "*", "@", "!", "~", "%", "/", "^", "#")
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}


def tokenize(text: str, path: Path) -> list[Token]:
    """Every token of ``text``, ending with one EOF token; lexical errors as SourceError."""
    return _Lexer(text, path).run()


class _Lexer:
    def __init__(self, text: str, path: Path) -> None:
        self.text = text
        self.path = path
        self.pos = 0
        self.line = 1
        self.line_start = 0
        self.tokens: list[Token] = []
        self.newline = False

    def error(self, message: str, offset: int, hint: str | None = None) -> SourceError:
        line = self.text.count("\n", 0, offset) + 1
        column = offset - (self.text.rfind("\n", 0, offset) + 1) + 1
        return SourceError(Location(self.path, line, column), message, hint=hint)

    def run(self) -> list[Token]:
        text = self.text
        while True:
            self.skip_trivia()
            if self.pos >= len(text):
                self.emit(TokenKind.EOF, "", self.pos)
                return self.tokens
            start = self.pos
            char = text[start]
            if char in "\"'":
                self.emit(TokenKind.STRING, self.string(char), start)
            elif char == "`":
                self.emit(TokenKind.TEMPLATE, self.template(), start)
            elif char.isdigit() or (char == "." and text[start + 1:start + 2].isdigit()):
                self.emit(TokenKind.NUMBER, self.number(), start)
            elif _starts_identifier(char):
                self.pos += 1
                while self.pos < len(text) and _continues_identifier(text[self.pos]):
                    self.pos += 1
                self.emit(TokenKind.IDENT, text[start:self.pos], start)
            else:
                punct = next((p for p in _PUNCTUATORS if text.startswith(p, start)), None)
                if punct is None:
                    raise self.error(f"unexpected character {char!r}", start)
                self.pos += len(punct)
                self.emit(TokenKind.PUNCT, punct, start)

    def emit(self, kind: TokenKind, value: str, start: int) -> None:
        column = start - self.line_start + 1
        self.tokens.append(Token(kind, value, self.line, column, start, self.pos, self.newline))
        self.newline = False
        self.advance_lines(start, self.pos)

    def advance_lines(self, start: int, end: int) -> None:
        """Move the line counter over ``text[start:end]`` (strings may hold line breaks)."""
        breaks = self.text.count("\n", start, end)
        if breaks:
            self.line += breaks
            self.line_start = self.text.rfind("\n", start, end) + 1

    def skip_trivia(self) -> None:
        text = self.text
        while self.pos < len(text):
            char = text[self.pos]
            if char == "\n":
                self.newline = True
                self.pos += 1
                self.line += 1
                self.line_start = self.pos
            elif char in " \t\r\f\v\ufeff\u00a0\u2028\u2029":
                self.pos += 1
            elif text.startswith("//", self.pos):
                end = text.find("\n", self.pos)
                self.pos = len(text) if end < 0 else end
            elif text.startswith("/*", self.pos):
                end = text.find("*/", self.pos + 2)
                if end < 0:
                    raise self.error("unterminated comment", self.pos,
                                     hint="close the comment with */")
                if "\n" in text[self.pos:end]:
                    self.newline = True
                self.advance_lines(self.pos, end)
                self.pos = end + 2
            else:
                return

    def string(self, quote: str) -> str:
        text = self.text
        start = self.pos
        self.pos += 1
        parts: list[str] = []
        while True:
            if self.pos >= len(text) or text[self.pos] == "\n":
                raise self.error("unterminated string literal", start,
                                 hint=f"close the string with {quote}")
            char = text[self.pos]
            if char == quote:
                self.pos += 1
                return "".join(parts)
            if char == "\\":
                parts.append(self.escape())
            else:
                parts.append(char)
                self.pos += 1

    def escape(self) -> str:
        text = self.text
        start = self.pos
        self.pos += 2
        if start + 1 >= len(text):
            raise self.error("unterminated escape sequence", start)
        char = text[start + 1]
        if char in _ESCAPES:
            return _ESCAPES[char]
        if char == "\n":
            return ""
        if char in "xu":
            if char == "u" and text.startswith("{", self.pos):
                end = text.find("}", self.pos)
                digits = text[self.pos + 1:end] if end > 0 else ""
                self.pos = end + 1
            else:
                size = 2 if char == "x" else 4
                digits = text[self.pos:self.pos + size]
                self.pos += size
            try:
                return chr(int(digits, 16))
            except ValueError:
                raise self.error("invalid escape sequence", start) from None
        return char

    def template(self) -> str:
        """A template literal's raw text, substitutions and all (types treat it as a string)."""
        text = self.text
        start = self.pos
        self.pos += 1
        depth = 0
        while self.pos < len(text):
            char = text[self.pos]
            if char == "\\":
                self.pos += 2
                continue
            if depth == 0 and char == "`":
                self.pos += 1
                return text[start:self.pos]
            if text.startswith("${", self.pos):
                depth += 1
                self.pos += 2
                continue
            if depth and char == "}":
                depth -= 1
            self.pos += 1
        raise self.error("unterminated template literal", start, hint="close it with `")

    def number(self) -> str:
        text = self.text
        start = self.pos
        if text.startswith(("0x", "0X", "0b", "0B", "0o", "0O"), start):
            self.pos += 2
            while self.pos < len(text) and (text[self.pos].isalnum() or text[self.pos] == "_"):
                self.pos += 1
        else:
            while self.pos < len(text) and (text[self.pos].isdigit() or text[self.pos] in "._"):
                self.pos += 1
            if self.pos < len(text) and text[self.pos] in "eE":
                self.pos += 1
                if self.pos < len(text) and text[self.pos] in "+-":
                    self.pos += 1
                while self.pos < len(text) and text[self.pos].isdigit():
                    self.pos += 1
        if self.pos < len(text) and text[self.pos] == "n":
            self.pos += 1
        if self.pos < len(text) and _continues_identifier(text[self.pos]):
            raise self.error("invalid number", start)
        return text[start:self.pos]


def _starts_identifier(char: str) -> bool:
    return char.isalpha() or char in "_$" or (not char.isascii() and char.isidentifier())


def _continues_identifier(char: str) -> bool:
    return char.isalnum() or char in "_$" or (
        not char.isascii() and ("a" + char).isidentifier())
