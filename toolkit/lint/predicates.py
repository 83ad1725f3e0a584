"""What a row level security predicate looks at: the caller's identity, owner columns, calls.

Predicates are parse trees (``CreatePolicyStmt.qual`` / ``with_check``). One recursive pass
per predicate collects everything the SEC rules ask about; nothing here reads SQL text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from toolkit.lint.tree import const_value, func_name, strings, unwrap

# Functions whose value is the requesting identity (or a claim of it).
IDENTITY_FUNCTIONS = frozenset({"auth.uid", "auth.jwt", "auth.role", "auth.email",
                                "current_setting", "pg_catalog.current_setting",
                                "auth.user_id"})
# Functions evaluated once per row unless wrapped in a sub-select.
PER_ROW_FUNCTIONS = frozenset({"auth.uid", "auth.jwt", "auth.role", "auth.email",
                               "current_setting", "pg_catalog.current_setting"})
IDENTITY_SQL_FUNCTIONS = frozenset({"SVFOP_CURRENT_USER", "SVFOP_SESSION_USER",
                                    "SVFOP_CURRENT_ROLE", "SVFOP_USER"})
# Built-in functions that cannot decide ownership on their own.
NEUTRAL_FUNCTIONS = frozenset({"lower", "upper", "coalesce", "nullif", "trim", "btrim",
                               "length", "now", "array_length", "cardinality", "jsonb_typeof",
                               "starts_with", "left", "right", "substring", "abs",
                               "date_trunc", "greatest", "least", "pg_catalog.now"})
_COMPARISONS = frozenset({"AEXPR_OP", "AEXPR_OP_ANY", "AEXPR_OP_ALL", "AEXPR_IN",
                          "AEXPR_NOT_DISTINCT", "AEXPR_DISTINCT"})
_OWNER_WORDS = frozenset({"user", "owner", "author", "creator", "uid", "userid", "ownerid"})
_METADATA_KEYS = frozenset({"user_metadata", "raw_user_meta_data"})
_JSON_OPERATORS = frozenset({"->", "->>", "#>", "#>>"})


def is_owner_column(name: str) -> bool:
    """Whether a column name reads like the row's owner (``user_id``, ``owner``, ``user_hash``)."""
    lowered = name.lower()
    return any(word in _OWNER_WORDS for word in lowered.split("_")) or lowered.endswith("_by")


@dataclass
class Predicate:
    """What one policy predicate does, collected in one pass over its tree."""

    ties_to_identity: bool = False
    owner_columns: list[tuple[str, int]] = field(default_factory=list)
    delegated_calls: list[str] = field(default_factory=list)
    per_row_calls: list[tuple[str, int]] = field(default_factory=list)
    metadata_reads: list[int] = field(default_factory=list)


def analyse(node: Any) -> Predicate:
    """The :class:`Predicate` of an expression tree."""
    facts = Predicate()
    _scan(node, facts, in_sublink=False)
    facts.owner_columns.sort(key=lambda item: item[1])
    return facts


def _scan(node: Any, facts: Predicate, in_sublink: bool) -> tuple[bool, bool]:
    """Walk ``node``; return whether it mentions (the identity, a column)."""
    if isinstance(node, list):
        identity = column = False
        for item in node:
            found_identity, found_column = _scan(item, facts, in_sublink)
            identity |= found_identity
            column |= found_column
        return identity, column
    kind, fields = unwrap(node)
    if not kind:
        if isinstance(node, dict):
            return _scan(list(node.values()), facts, in_sublink)
        return False, False
    if kind == "ColumnRef":
        parts = strings(fields.get("fields"))
        location = int(fields.get("location", 0))
        if parts and is_owner_column(parts[-1]):
            facts.owner_columns.append((parts[-1], location))
        if parts and parts[-1] in _METADATA_KEYS:
            facts.metadata_reads.append(location)
        return False, True
    if kind == "SQLValueFunction":
        return fields.get("op") in IDENTITY_SQL_FUNCTIONS, False
    if kind == "FuncCall":
        name = func_name(fields)
        args = fields.get("args", [])
        results = [_scan(arg, facts, in_sublink) for arg in args]
        if name in IDENTITY_FUNCTIONS:
            if name in PER_ROW_FUNCTIONS and not in_sublink:
                facts.per_row_calls.append((name, int(fields.get("location", 0))))
            return True, any(column for _, column in results)
        if name not in NEUTRAL_FUNCTIONS:
            facts.delegated_calls.append(name)
        if any(identity for identity, _ in results) and any(column for _, column in results):
            facts.ties_to_identity = True
        return any(i for i, _ in results), any(c for _, c in results)
    if kind == "A_Expr":
        left = _scan(fields.get("lexpr"), facts, in_sublink)
        right = _scan(fields.get("rexpr"), facts, in_sublink)
        operator = strings(fields.get("name"))[-1:]
        if fields.get("kind") in _COMPARISONS and ((left[0] and right[1]) or (
                right[0] and left[1])):
            facts.ties_to_identity = True
        if operator and operator[0] in _JSON_OPERATORS:
            key = const_value(fields.get("rexpr"))
            if isinstance(key, str) and key in _METADATA_KEYS:
                facts.metadata_reads.append(int(fields.get("location", 0)))
        return left[0] or right[0], left[1] or right[1]
    if kind == "SubLink":
        test = _scan(fields.get("testexpr"), facts, in_sublink)
        sub = _scan(fields.get("subselect"), facts, True)
        if (test[0] and sub[1]) or (sub[0] and test[1]):
            facts.ties_to_identity = True
        return test[0] or sub[0], test[1] or sub[1]
    if kind == "A_Indirection":
        for item in fields.get("indirection", ()):
            part_kind, part = unwrap(item)
            if part_kind == "String" and part.get("sval") in _METADATA_KEYS:
                facts.metadata_reads.append(int(fields.get("location", 0)))
    return _scan(list(fields.values()), facts, in_sublink)
