"""Fingerprints of SQL fragments: nested AND/OR read alike, everything else kept apart."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pglast import parser as pg

from toolkit.source.fingerprint import WRAPPERS, sql_fingerprint


@pytest.mark.parametrize(("one", "other"), [
    ("(a AND b) AND c", "a AND b AND c"),
    ("a AND (b AND c)", "a AND b AND c"),
    ("(a OR b) OR (c OR d)", "a OR b OR c OR d"),
    ("((a AND b) AND (c AND (d AND e)))", "a AND b AND c AND d AND e"),
    ("(a AND (b AND c)) OR ((d OR e) OR f)", "a AND b AND c OR d OR e OR f"),
    ("NOT ((a AND b) AND c)", "NOT (a AND b AND c)"),
    ("(NOT (a OR (b OR c))) AND d", "NOT (a OR b OR c) AND d"),
    ("a   AND\n b", "a AND b"),
])
def test_spellings_postgresql_reads_alike_share_a_fingerprint(one: str, other: str) -> None:
    assert sql_fingerprint(one, "expression") == sql_fingerprint(other, "expression")


@pytest.mark.parametrize(("one", "other"), [
    ("(a OR b) AND c", "a OR b AND c"),
    ("(a AND b) OR c", "a AND (b OR c)"),
    ("NOT (a AND b)", "NOT a AND b"),
    ("NOT (NOT a)", "a"),
    ("a AND b", "b AND a"),
    ("a AND b", "a OR b"),
    ("(a AND b) AND c", "a AND b AND d"),
])
def test_different_expressions_have_different_fingerprints(one: str, other: str) -> None:
    assert sql_fingerprint(one, "expression") != sql_fingerprint(other, "expression")


def test_fragments_that_do_not_parse_have_none() -> None:
    assert sql_fingerprint("(a AND b", "expression") is None
    assert sql_fingerprint("CHECK (a > 0)", "constraint") is not None


def _reference(node: Any) -> Any:
    """The canonical form spelled out from its definition: BoolExpr arguments of the same
    operator (AND in AND, OR in OR) replaced by their own arguments, as deep as they go."""
    if isinstance(node, list):
        return [_reference(item) for item in node]
    if not isinstance(node, dict):
        return node
    if "BoolExpr" in node:
        operator = node["BoolExpr"].get("boolop")
        return {"BoolExpr": {"boolop": operator,
                             "args": [_reference(leaf) for leaf in
                                      _leaves(node["BoolExpr"].get("args", []), operator)]}}
    return {key: _reference(value) for key, value in node.items()
            if key not in ("location", "stmt_location", "stmt_len")}


def _leaves(arguments: list[Any], operator: str) -> list[Any]:
    leaves: list[Any] = []
    for argument in arguments:
        inner = argument.get("BoolExpr")
        if operator != "NOT_EXPR" and inner is not None and inner.get("boolop") == operator:
            leaves.extend(_leaves(inner.get("args", []), operator))
        else:
            leaves.append(argument)
    return leaves


def _expressions() -> st.SearchStrategy[str]:
    leaves = st.sampled_from(["a", "b", "c > 1", "d IS NULL", "f(e)", "true"])
    return st.recursive(leaves, lambda inner: st.one_of(
        st.tuples(inner, st.sampled_from(["AND", "OR"]), inner).map(
            lambda parts: f"({parts[0]} {parts[1]} {parts[2]})"),
        st.tuples(inner, st.sampled_from(["AND", "OR"]), inner).map(
            lambda parts: f"{parts[0]} {parts[1]} {parts[2]}"),
        inner.map(lambda text: f"NOT ({text})"),
        inner.map(lambda text: f"({text})")), max_leaves=12)


@settings(max_examples=300, deadline=None)
@given(_expressions(), st.sampled_from(["expression", "constraint"]))
def test_nested_and_or_not_match_the_flattened_definition(text: str, kind: str) -> None:
    fragment = text if kind == "expression" else f"CHECK ({text})"
    tree = json.loads(pg.parse_sql_json(WRAPPERS[kind].format(fragment)))
    assert sql_fingerprint(fragment, kind) == json.dumps(_reference(tree), sort_keys=True)
