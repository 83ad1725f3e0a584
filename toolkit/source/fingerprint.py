"""Fingerprints of SQL fragments: equal when PostgreSQL would read them the same way.

The server prints expressions in a form that does not always read back identically: a
nested ``(a AND b) AND c`` printed by ``pg_get_constraintdef`` is parsed again as one flat
``AND`` and then printed with different parentheses. Comparing parse trees with locations
removed and nested AND/OR flattened makes such spellings equal.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from pglast import parser as _pg

# How each kind of fragment is made into a whole statement the grammar accepts.
WRAPPERS = {
    "expression": "SELECT {}",
    "constraint": "ALTER TABLE t ADD {}",
    "statement": "{}",
    "domain_check": "ALTER DOMAIN d ADD {}",
}


@lru_cache(maxsize=65536)
def sql_fingerprint(text: str, kind: str) -> str | None:
    """A canonical JSON form of ``text`` read as ``kind``; None if it does not parse."""
    try:
        tree = json.loads(_pg.parse_sql_json(WRAPPERS[kind].format(text)))
    except _pg.ParseError:
        return None
    return json.dumps(_canonical(tree), sort_keys=True)


def _canonical(node: Any) -> Any:
    """``node`` without locations, with every AND in an AND (OR in an OR) flattened."""
    if isinstance(node, list):
        return [_canonical(item) for item in node]
    if not isinstance(node, dict):
        return node
    if "BoolExpr" in node:
        boolean = node["BoolExpr"]
        operator = boolean.get("boolop")
        arguments = [_canonical(argument) for argument in boolean.get("args", [])]
        return {"BoolExpr": {"boolop": operator, "args": _flatten(arguments, operator)}}
    return {key: _canonical(value) for key, value in node.items()
            if key not in ("location", "stmt_location", "stmt_len")}


def _flatten(arguments: list[Any], operator: str) -> list[Any]:
    """Canonical ``arguments`` of ``operator`` with same-operator ones replaced by their own
    (already flat) arguments."""
    flat: list[Any] = []
    for argument in arguments:
        inner = argument.get("BoolExpr") if isinstance(argument, dict) else None
        if inner is not None and inner.get("boolop") == operator != "NOT_EXPR":
            flat.extend(inner["args"])
        else:
            flat.append(argument)
    return flat
