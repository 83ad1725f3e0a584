"""Identifier quoting for model text, by the rule of PostgreSQL's ``quote_ident``.

Model text (constraint definitions, type names) should read the way the server prints it, so
names are quoted only when they must be. Executable statements canon writes into scripts are
composed with ``psycopg.sql`` instead (see :mod:`toolkit.source.script`).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from pglast.keywords import COL_NAME_KEYWORDS, RESERVED_KEYWORDS, TYPE_FUNC_NAME_KEYWORDS

from toolkit.model import QualifiedName

_RESERVED = frozenset(RESERVED_KEYWORDS) | frozenset(TYPE_FUNC_NAME_KEYWORDS) | frozenset(
    COL_NAME_KEYWORDS)
_SIMPLE_FIRST = frozenset("abcdefghijklmnopqrstuvwxyz_")
_SIMPLE_REST = _SIMPLE_FIRST | frozenset("0123456789$")


@functools.lru_cache(maxsize=4096)
def quote_ident(name: str) -> str:
    """``name`` double-quoted when PostgreSQL would quote it (case, symbols, keywords)."""
    simple = (bool(name) and name[0] in _SIMPLE_FIRST
              and all(char in _SIMPLE_REST for char in name) and name not in _RESERVED)
    return name if simple else '"' + name.replace('"', '""') + '"'


def quote_qualified(name: QualifiedName) -> str:
    """``schema.name`` with each part quoted as needed."""
    return quote_ident(name.schema) + "." + quote_ident(name.name)


def column_list(names: Iterable[str]) -> str:
    """``(a, "B")``: a parenthesized list of quoted column names."""
    return "(" + ", ".join(quote_ident(name) for name in names) + ")"
