"""Building blocks for SQL text: identifiers and literals through psycopg.sql, never f-strings."""

from __future__ import annotations

from functools import lru_cache

from psycopg import sql

from toolkit.model import QualifiedName


def compose(template: str, *parts: sql.Composable) -> str:
    """Fill the ``{}`` placeholders of ``template`` with the parts' SQL text.

    Every part is quoted by psycopg.sql (identifiers, literals); only the joining is done
    here, which is much faster than composing psycopg objects for thousands of statements.
    """
    return template.format(*[part.as_string(None) for part in parts])


@lru_cache(maxsize=65536)
def _identifier(names: tuple[str, ...]) -> sql.SQL:
    """The identifier ``names`` quoted by psycopg, as SQL text (an ``sql.SQL`` is never
    changed, so one can be shared)."""
    return sql.SQL(sql.Identifier(*names).as_string(None))


def name(qualified: QualifiedName) -> sql.SQL:
    """A schema-qualified identifier, quoted by psycopg (cached: names repeat a lot)."""
    return _identifier((qualified.schema, qualified.name))


def ident(text: str) -> sql.SQL:
    """A single identifier, quoted by psycopg."""
    return _identifier((text,))


def raw(text: str) -> sql.SQL:
    """SQL text printed by the server (types, expressions, definitions), used as is."""
    return sql.SQL(text)


def literal(value: str | None) -> sql.Composable:
    """A string literal, or NULL."""
    return sql.SQL("NULL") if value is None else sql.Literal(value)


def join(parts: list[sql.Composable], separator: str = ", ") -> sql.Composed:
    """Parts joined with ``separator``."""
    return sql.SQL(separator).join(parts)


def role(text: str) -> sql.Composable:
    """A role name, with PUBLIC as the keyword."""
    return sql.SQL("PUBLIC") if text.lower() == "public" else sql.Identifier(text)


def dollar_quoted(body: str) -> sql.SQL:
    """``body`` between dollar quotes whose tag does not occur in it."""
    tag = "$$"
    counter = 0
    while tag in body:
        counter += 1
        tag = f"$canon{counter}$"
    return raw(tag + body + tag)
