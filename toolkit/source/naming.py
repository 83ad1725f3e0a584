"""The names PostgreSQL gives unnamed constraints and indexes (``t_pkey``, ``t_a_fkey``, ...).

Follows ``makeObjectName``/``ChooseRelationName``/``ChooseConstraintName`` in the server: parts
joined with ``_``, the longer part truncated until the name fits in 63 bytes, and a number
appended to the label when the name is already taken in the schema.
"""

from __future__ import annotations

from collections.abc import Iterable

MAX_NAME_BYTES = 63


def _clip(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` bytes without splitting a character."""
    data = text.encode("utf-8")
    if len(data) <= limit:
        return text
    return data[:limit].decode("utf-8", errors="ignore")


def clip_identifier(name: str) -> str:
    """``name`` truncated to 63 bytes, as the server truncates identifiers."""
    return _clip(name, MAX_NAME_BYTES)


def make_object_name(first: str, second: str | None, label: str) -> str:
    """PostgreSQL's ``makeObjectName``: ``first_second_label`` fitted into 63 bytes."""
    overhead = len(label.encode()) + 1 if label else 0
    first_bytes = len(first.encode())
    second_bytes = 0
    if second:
        second_bytes = len(second.encode())
        overhead += 1
    available = MAX_NAME_BYTES - overhead
    while first_bytes + second_bytes > available:
        if first_bytes > second_bytes:
            first_bytes -= 1
        else:
            second_bytes -= 1
    parts = [_clip(first, first_bytes)]
    if second:
        parts.append(_clip(second, second_bytes))
    if label:
        parts.append(label)
    return "_".join(parts)


def column_addition(columns: Iterable[str]) -> str:
    """Column names joined with ``_`` (``ChooseIndexNameAddition``), at most 63 bytes."""
    joined = ""
    for column in columns:
        joined = column if not joined else joined + "_" + column
        if len(joined.encode()) >= MAX_NAME_BYTES:
            break
    return _clip(joined, MAX_NAME_BYTES)


class NameRegistry:
    """Names taken per schema: relation names (tables, indexes, ...) and constraint names."""

    def __init__(self) -> None:
        """Start with no names taken."""
        self._relations: set[tuple[str, str]] = set()
        self._constraints: set[tuple[str, str]] = set()

    def take_relation(self, schema: str, name: str) -> None:
        """Record an explicitly named relation."""
        self._relations.add((schema, name))

    def take_constraint(self, schema: str, name: str) -> None:
        """Record an explicitly named constraint."""
        self._constraints.add((schema, name))

    def choose(self, schema: str, first: str, second: str | None, label: str, *,
               index: bool) -> str:
        """A free name ``first_second_label[N]``; ``index`` names also occupy a relation."""
        attempt = 0
        while True:
            suffix = label if attempt == 0 else label + str(attempt)
            name = make_object_name(first, second, suffix)
            taken = ((schema, name) in self._constraints
                     or (index and (schema, name) in self._relations))
            if not taken:
                self._constraints.add((schema, name))
                if index:
                    self._relations.add((schema, name))
                return name
            attempt += 1

    def choose_index(self, schema: str, table: str, columns: list[str]) -> str:
        """A free name for an unnamed ``CREATE INDEX`` (``table_columns_idx``)."""
        addition = column_addition(columns)
        attempt = 0
        while True:
            label = "idx" if attempt == 0 else "idx" + str(attempt)
            name = make_object_name(table, addition or None, label)
            if (schema, name) not in self._relations:
                self._relations.add((schema, name))
                return name
            attempt += 1
