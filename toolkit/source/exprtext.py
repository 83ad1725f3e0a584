"""Source text of clauses and expressions, delimited with PostgreSQL's lexer.

Parse tree nodes carry where they start but not where they end. The declared text of an
expression is the run of tokens after its keyword up to the comma, closing parenthesis or
keyword that ends it, counted at parenthesis depth zero so nested groups and string literals
never confuse it.
"""

from __future__ import annotations

from collections.abc import Collection

from toolkit.source.files import SourceFile, Token

OPEN = frozenset({"ASCII_40", "ASCII_91", "CASE"})
CLOSE = frozenset({"ASCII_41", "ASCII_93", "END_P"})
COMMA = "ASCII_44"
SEMICOLON = "ASCII_59"
LPAREN = "ASCII_40"
RPAREN = "ASCII_41"


def expression_end(tokens: list[Token], first: int, stop: Collection[str] = (),
                   limit: int | None = None) -> int:
    """Index after the last token of the expression starting at ``tokens[first]``.

    The expression ends before a comma or semicolon at depth zero, an unmatched closing
    parenthesis, (after its first token) a keyword in ``stop``, or at index ``limit``.
    """
    depth = 0
    index = first
    end = len(tokens) if limit is None else min(limit, len(tokens))
    while index < end:
        name = tokens[index][0]
        if name in OPEN:
            depth += 1
        elif name in CLOSE:
            if depth == 0:
                return index
            depth -= 1
        elif depth == 0 and (name in (COMMA, SEMICOLON) or (index > first and name in stop)):
            return index
        index += 1
    return index


def matching(tokens: list[Token], open_index: int) -> int:
    """Index of the parenthesis closing the one at ``open_index`` (len(tokens) if none)."""
    depth = 0
    for index in range(open_index, len(tokens)):
        name = tokens[index][0]
        if name in OPEN:
            depth += 1
        elif name in CLOSE:
            depth -= 1
            if depth == 0:
                return index
    return len(tokens)


def find(tokens: list[Token], names: Collection[str], start: int = 0) -> int:
    """Index of the first token at depth zero (from ``start``) named in ``names``, or -1."""
    depth = 0
    for index in range(start, len(tokens)):
        name = tokens[index][0]
        if depth == 0 and name in names:
            return index
        if name in OPEN:
            depth += 1
        elif name in CLOSE:
            depth -= 1
    return -1


def span(file: SourceFile, tokens: list[Token], first: int, stop: int) -> str:
    """Text of ``tokens[first:stop]`` as written (empty if the range is empty)."""
    if stop <= first:
        return ""
    return file.text(tokens[first][1], tokens[stop - 1][2])


def group_text(file: SourceFile, tokens: list[Token], open_index: int) -> str:
    """Text inside the parenthesized group opening at ``open_index``."""
    close = matching(tokens, open_index)
    return span(file, tokens, open_index + 1, close)


def paren_after(file: SourceFile, tokens: list[Token], index: int) -> str | None:
    """Text inside the first parenthesized group at or after ``tokens[index]``."""
    for position in range(index, len(tokens)):
        if tokens[position][0] == LPAREN:
            return group_text(file, tokens, position)
    return None


def split_group(tokens: list[Token], open_index: int) -> list[tuple[int, int]]:
    """Token ranges of the comma-separated items inside the group at ``open_index``."""
    close = matching(tokens, open_index)
    items, first, depth = [], open_index + 1, 0
    for index in range(open_index + 1, close):
        name = tokens[index][0]
        if name in OPEN:
            depth += 1
        elif name in CLOSE:
            depth -= 1
        elif name == COMMA and depth == 0:
            items.append((first, index))
            first = index + 1
    if first < close:
        items.append((first, close))
    return items


def quick_text(file: SourceFile, start: int, bound: int) -> str | None:
    """The text of ``[start, bound)`` without the separator before the next list item.

    ``bound`` must be where the next item (column, constraint) of the same list starts, so
    only blanks, one comma and comments can follow the clause. Without comments that is a
    plain trim; with a possible comment the answer is None and the caller uses the lexer.
    """
    data = file.source.data[start:bound]
    if b"--" in data or b"/*" in data:
        return None
    text = data.decode("utf-8").strip()
    if text.endswith(","):
        text = text[:-1].rstrip()
    return text
