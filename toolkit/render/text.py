"""Building blocks for SQL text: identifiers and literals through psycopg.sql, never f-strings."""

from __future__ import annotations

from psycopg import sql

from toolkit.model import QualifiedName


def compose(template: str, *parts: sql.Composable, **named: sql.Composable) -> str:
    """Fill ``template`` (psycopg.sql placeholders) and return the text."""
    return sql.SQL(template).format(*parts, **named).as_string(None)


def name(qualified: QualifiedName) -> sql.Identifier:
    """A schema-qualified identifier."""
    return sql.Identifier(qualified.schema, qualified.name)


def ident(text: str) -> sql.Identifier:
    """A single identifier."""
    return sql.Identifier(text)


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
