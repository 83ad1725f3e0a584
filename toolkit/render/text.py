"""Building blocks for SQL text: identifiers and literals through psycopg.sql, never f-strings."""

from __future__ import annotations

from functools import lru_cache
from typing import NewType

from psycopg import sql

from toolkit.model import QualifiedName

SQLText = NewType("SQLText", str)
"""SQL that is ready to use as is: server-printed text marked by :func:`raw`, or names
already quoted by psycopg. A plain ``str`` is not one (mypy keeps the two apart), so text
reaches a statement only quoted, or marked as the server's own."""

Part = sql.Composable | SQLText
"""Something :func:`compose` can fill a placeholder with."""


def compose(template: str, *parts: Part) -> str:
    """Fill the ``{}`` placeholders of ``template`` with the parts' SQL text.

    Every part is quoted by psycopg.sql (identifiers, literals) or is SQL text as is; only
    the joining is done here, which is much faster than composing psycopg objects for
    thousands of statements.
    """
    return template.format(*[_text(part) for part in parts])


def _text(part: Part) -> str:
    return part if isinstance(part, str) else part.as_string(None)


@lru_cache(maxsize=65536)
def _identifier(names: tuple[str, ...]) -> SQLText:
    """The identifier ``names`` as quoted by psycopg."""
    return SQLText(sql.Identifier(*names).as_string(None))


def name(qualified: QualifiedName) -> SQLText:
    """A schema-qualified identifier, quoted by psycopg (cached: names repeat a lot)."""
    return _identifier((qualified.schema, qualified.name))


def ident(text: str) -> SQLText:
    """A single identifier, quoted by psycopg."""
    return _identifier((text,))


def raw(text: str) -> SQLText:
    """SQL text printed by the server (types, expressions, definitions), used as is."""
    return SQLText(text)


def literal(value: str | None) -> Part:
    """A string literal, or NULL."""
    return sql.SQL("NULL") if value is None else sql.Literal(value)


def join(parts: list[Part], separator: str = ", ") -> SQLText:
    """Parts joined with ``separator``."""
    return SQLText(separator.join([_text(part) for part in parts]))


def role(text: str) -> Part:
    """A role name, with PUBLIC as the keyword."""
    return sql.SQL("PUBLIC") if text.lower() == "public" else sql.Identifier(text)


def dollar_quoted(body: str) -> SQLText:
    """``body`` between dollar quotes whose tag does not occur in it."""
    tag = "$$"
    counter = 0
    while tag in body:
        counter += 1
        tag = f"$canon{counter}$"
    return raw(tag + body + tag)
