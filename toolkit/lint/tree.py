"""Helpers over libpg_query's JSON parse trees: names, constants, walks and fingerprints.

Parse trees are plain dicts and lists as ``toolkit.source.parser`` hands them out: a node is a
one-key dict ``{"NodeType": {fields}}``; fields equal to zero, false or empty are omitted.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

Node = dict[str, Any]

DEFAULT_SCHEMA = "public"


_NOTHING: Node = {}


def unwrap(node: Any) -> tuple[str, Node]:
    """``("NodeType", fields)`` of a wrapped node, or ``("", {})`` for anything else.

    The empty dict returned for non-nodes is shared: callers read it, never write it.
    """
    if type(node) is dict and len(node) == 1:
        for kind, fields in node.items():
            if type(fields) is dict:
                return kind, fields
    return "", _NOTHING


def strings(items: list[Any] | None) -> list[str]:
    """The ``sval`` of each ``String`` node in ``items`` (a name list)."""
    out = []
    for item in items or ():
        fields = item.get("String") if type(item) is dict else None
        if fields is not None:
            out.append(fields.get("sval", ""))
    return out


def range_var(node: Node | None, default_schema: str = DEFAULT_SCHEMA) -> tuple[str, str]:
    """``(schema, name)`` of a RangeVar's fields (the schema defaults to ``public``)."""
    if not node:
        return default_schema, ""
    return node.get("schemaname") or default_schema, node.get("relname", "")


def qualified(names: list[str], default_schema: str = DEFAULT_SCHEMA) -> tuple[str, str]:
    """``(schema, name)`` from a possibly qualified name list."""
    if len(names) >= 2:
        return names[-2], names[-1]
    return default_schema, names[-1] if names else ""


def func_name(fields: Node) -> str:
    """Dotted lower-case name of a FuncCall's fields (``auth.uid``, ``now``)."""
    return ".".join(strings(fields.get("funcname"))).lower()


def const_value(node: Any) -> Any:
    """The Python value of an ``A_Const`` (None for NULL or for anything that is not one)."""
    kind, fields = unwrap(node)
    if kind == "TypeCast":
        return const_value(fields.get("arg"))
    if kind != "A_Const" or fields.get("isnull"):
        return None
    if "sval" in fields:
        return fields["sval"].get("sval", "")
    if "ival" in fields:
        return fields["ival"].get("ival", 0)
    if "boolval" in fields:
        return bool(fields["boolval"].get("boolval", False))
    if "fval" in fields:
        return fields["fval"].get("fval", "")
    return None


def is_true(node: Any) -> bool:
    """Whether an expression is the constant TRUE (``true``, ``'t'::boolean``)."""
    kind, fields = unwrap(node)
    if kind == "TypeCast":
        names = strings(fields.get("typeName", {}).get("names"))
        value = const_value(fields.get("arg"))
        return bool(names) and names[-1] == "bool" and str(value).lower() in (
            "t", "true", "on", "yes", "1")
    if kind == "A_Const" and "boolval" in fields:
        return bool(fields["boolval"].get("boolval", False))
    return False


def walk(node: Any) -> Iterator[tuple[str, Node]]:
    """Every wrapped node below (and including) ``node``, depth first."""
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if len(item) == 1:
                kind, fields = next(iter(item.items()))
                if isinstance(fields, dict) and kind[:1].isupper():
                    yield kind, fields
                    stack.extend(fields.values())
                    continue
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def walk_outside_sublinks(node: Any) -> Iterator[tuple[str, Node]]:
    """Like :func:`walk`, but does not descend into sub-selects (``SubLink``)."""
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if len(item) == 1:
                kind, fields = next(iter(item.items()))
                if isinstance(fields, dict) and kind[:1].isupper():
                    yield kind, fields
                    if kind != "SubLink":
                        stack.extend(fields.values())
                    continue
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def column_refs(node: Any) -> Iterator[tuple[list[str], int]]:
    """``(name parts, byte offset)`` of every column reference below ``node``."""
    for kind, fields in walk(node):
        if kind == "ColumnRef":
            yield strings(fields.get("fields")), int(fields.get("location", 0))


def first_location(node: Any, default: int) -> int:
    """The smallest byte offset mentioned anywhere below ``node`` (``default`` if none)."""
    best = -1
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            for key, value in item.items():
                if key == "location" and isinstance(value, int) and value >= 0:
                    best = value if best < 0 else min(best, value)
                elif isinstance(value, dict | list):
                    stack.append(value)
        elif isinstance(item, list):
            stack.extend(item)
    return best if best >= 0 else default


_LEFT_OPERANDS = ("lexpr", "arg", "testexpr", "xpr")


def start_location(node: Any, default: int) -> int:
    """The byte offset where an expression starts, following its leftmost operands.

    Cheaper than :func:`first_location` (no full walk); an opening parenthesis before the
    first operand is not part of any node and so not included.
    """
    kind, fields = unwrap(node)
    if not kind:
        return default
    own = fields.get("location", -1)
    own = own if isinstance(own, int) else -1
    left = -1
    for key in _LEFT_OPERANDS:
        if fields.get(key) is not None:
            left = start_location(fields[key], -1)
            break
    else:
        if kind in ("BoolExpr", "RowExpr", "CoalesceExpr", "MinMaxExpr") and fields.get("args"):
            left = start_location(fields["args"][0], -1)
    candidates = [value for value in (own, left) if value >= 0]
    return min(candidates) if candidates else default


def fingerprint(node: Any) -> Any:
    """A hashable form of ``node`` with positions removed, to compare two expressions."""
    if isinstance(node, dict):
        return tuple(sorted((key, fingerprint(value)) for key, value in node.items()
                            if key not in ("location", "stmt_location", "stmt_len")))
    if isinstance(node, list):
        return tuple(fingerprint(item) for item in node)
    return node


def def_elems(options: list[Any] | None) -> dict[str, Node]:
    """A statement's ``DefElem`` options by lower-case name."""
    found = {}
    for option in options or ():
        kind, fields = unwrap(option)
        if kind == "DefElem":
            found[fields.get("defname", "").lower()] = fields
    return found


def def_value(elem: Node | None) -> Any:
    """The value of a ``DefElem`` (string, integer, boolean or a name list)."""
    if not elem:
        return None
    kind, fields = unwrap(elem.get("arg"))
    if kind == "String":
        return fields.get("sval", "")
    if kind == "Integer":
        return fields.get("ival", 0)
    if kind == "Boolean":
        return bool(fields.get("boolval", False))
    if kind == "List":
        return strings(fields.get("items"))
    if kind == "TypeName":
        return strings(fields.get("names"))
    return fields or None


def alter_commands(node: Node) -> Iterator[tuple[str, Node]]:
    """``(subtype, fields)`` of each sub-command of an ALTER TABLE statement's fields."""
    for cmd in node.get("cmds", ()):
        fields = cmd.get("AlterTableCmd", {})
        yield fields.get("subtype", ""), fields


def role_names(roles: list[Any] | None) -> list[str]:
    """Role names of a RoleSpec list (``public`` for PUBLIC)."""
    out = []
    for role in roles or ():
        kind, fields = unwrap(role)
        if kind != "RoleSpec":
            continue
        spec = fields.get("roletype", "")
        if spec == "ROLESPEC_PUBLIC":
            out.append("public")
        elif spec == "ROLESPEC_CSTRING":
            out.append(fields.get("rolename", ""))
        else:
            out.append(spec.removeprefix("ROLESPEC_").lower())
    return out
