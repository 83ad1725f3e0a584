"""PL/pgSQL bodies: parsed with PostgreSQL's PL/pgSQL parser, every embedded query read.

The server does not record what a PL/pgSQL body uses (``pg_depend`` has nothing), so the
tables and functions its queries name become ``depends_on`` entries here.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterator
from typing import Any

from toolkit.source.declarations import Edge, Reference
from toolkit.source.files import SourceFile
from toolkit.source.nodes import Uses, collect_uses
from toolkit.source.parser import (
    FragmentError,
    Statement,
    check_plpgsql_function,
    parse_fragment,
    scan_tokens,
)
from toolkit.source.readers.common import ReadContext, uses_references

# libpg_query's RawParseMode values on PLpgSQL_expr.parseMode.
PARSE_DEFAULT = 0
PARSE_EXPRESSION = 2
PARSE_ASSIGNMENTS = frozenset({3, 4, 5})


def embedded_queries(function: dict[str, Any]) -> Iterator[tuple[int, int, str]]:
    """``(line in body, parse mode, text)`` of every SQL expression and statement in a body."""
    stack: list[tuple[Any, int]] = [(function.get("action"), 1)]
    while stack:
        item, line = stack.pop()
        if isinstance(item, list):
            stack.extend((element, line) for element in reversed(item))
            continue
        if not isinstance(item, dict):
            continue
        line = int(item.get("lineno", line))
        expression = item.get("PLpgSQL_expr")
        if expression is not None:
            yield line, int(expression.get("parseMode", PARSE_DEFAULT)), \
                str(expression.get("query", ""))
            continue
        for value in item.values():
            if isinstance(value, dict | list):
                stack.append((value, line))


def as_statement(mode: int, query: str) -> str | None:
    """The query as a standalone SQL statement (None for modes that are not SQL)."""
    if mode == PARSE_DEFAULT:
        return query
    if mode == PARSE_EXPRESSION:
        return "SELECT " + query
    if mode in PARSE_ASSIGNMENTS:
        data = query.encode("utf-8")
        depth = 0
        for name, _start, end in scan_tokens(query):
            if name in ("ASCII_40", "ASCII_91"):
                depth += 1
            elif name in ("ASCII_41", "ASCII_93"):
                depth -= 1
            elif depth == 0 and name in ("COLON_EQUALS", "ASCII_61"):
                return "SELECT " + data[end:].decode("utf-8")
    return None


def check_plpgsql(statement: Statement, file: SourceFile, label: str,
                  context: ReadContext) -> Callable[[], list[Reference]]:
    """Check a PL/pgSQL body with PostgreSQL's PL/pgSQL parser (which also parses every
    query in it).

    The parser runs in a batch per file (on the helper thread, if any); the check completes
    when reading ends. Returns a function listing what the body uses: those references only feed
    ``depends_on`` (the server resolves PL/pgSQL names at run time, not in creation order),
    so they are worked out when the catalog is built.
    """
    parsed: list[str] = []

    def done(tree: str | None) -> None:
        """Keep the tree; on a failure, find the error's place."""
        if tree is None:  # the file's tree may be released by now: parse it again
            whole = dataclasses.replace(statement, node=file.node_of(statement))
            tree = check_plpgsql_function(whole, file.source, label)
        parsed.append(tree)

    context.parse_plpgsql(statement.text, done)

    def uses() -> list[Reference]:
        """What the body's queries use."""
        function = json.loads(parsed[0])[0]["PLpgSQL_function"]
        found = Uses()
        for _, mode, query in embedded_queries(function):
            text = as_statement(mode, query)
            if text is None:
                continue
            try:
                trees = parse_fragment(text)
            except FragmentError:
                continue  # the PL/pgSQL parser accepted it; only the wrapping is not SQL
            for tree in trees:
                collect_uses(tree, found)
        return uses_references(found, file, statement.start, Edge.BODY)

    return uses
