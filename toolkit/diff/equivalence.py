"""Equality of catalog objects up to how PostgreSQL spells SQL text.

Two objects are equivalent when every compared field is equal, or, for fields holding SQL
text, when both texts parse to the same tree (see :mod:`toolkit.source.fingerprint`).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from toolkit.model import Column, Constraint, Domain, Index, Policy, Trigger, View
from toolkit.model.objects import DomainCheck

SQL_FIELDS: dict[type, dict[str, str]] = {
    Constraint: {"definition": "constraint"},
    Policy: {"using": "expression", "with_check": "expression"},
    Column: {"default": "expression", "generated": "expression"},
    Index: {"definition": "statement", "predicate": "expression"},
    View: {"definition": "statement"},
    Trigger: {"definition": "statement"},
    DomainCheck: {"definition": "domain_check"},
    Domain: {"default": "expression"},
}


def same_sql(first: str, second: str, kind: str) -> bool:
    """Whether two SQL texts read the same (identical texts never reach the parser, nor do
    two unsigned integer constants, which read the same when their values are equal)."""
    if first == second:
        return True
    if _integer(first) and _integer(second):
        return int(first) == int(second)
    from toolkit.source.fingerprint import sql_fingerprint

    left = sql_fingerprint(first, kind)
    return left is not None and left == sql_fingerprint(second, kind)


def _integer(text: str) -> bool:
    """Whether ``text`` is an unsigned integer constant: ASCII digits and nothing else."""
    return text.isascii() and text.isdigit()


_NOTHING: frozenset[str] = frozenset()
COMMENT = frozenset({"comment"})


def equivalent(first: Any, second: Any, ignoring: frozenset[str] = _NOTHING) -> bool:
    """Whether two model values are equal up to SQL spelling (``ignoring`` some fields)."""
    if first is second or first == second:
        return True
    if type(first) is not type(second):
        return False
    if isinstance(first, tuple):
        return len(first) == len(second) and all(
            equivalent(a, b) for a, b in zip(first, second, strict=True))
    if not dataclasses.is_dataclass(first):
        return False
    sql_fields = SQL_FIELDS.get(type(first), {})
    for name in _compared_fields(type(first)):
        if name in ignoring:
            continue
        left, right = getattr(first, name), getattr(second, name)
        if left == right:
            continue
        kind = sql_fields.get(name)
        if kind is not None and isinstance(left, str) and isinstance(right, str):
            if same_sql(left, right, kind):
                continue
            return False
        if not equivalent(left, right):
            return False
    return True


_COMPARED_FIELDS: dict[type, tuple[str, ...]] = {}


def _compared_fields(kind: type) -> tuple[str, ...]:
    """The names of the fields of dataclass ``kind`` that take part in equality, in order."""
    names = _COMPARED_FIELDS.get(kind)
    if names is None:
        names = _COMPARED_FIELDS[kind] = tuple(field.name for field in dataclasses.fields(kind)
                                               if field.compare)
    return names
