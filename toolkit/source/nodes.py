"""Small readers for libpg_query's JSON parse tree: names, constants and what expressions use."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Node = dict[str, Any]

Name = tuple[str | None, str]
"""A possibly schema-qualified name as written: ``(schema or None, name)``."""


def strings(items: list[Node] | None) -> list[str]:
    """The values of a list of ``String`` nodes (names in the parse tree)."""
    return [str(item["String"]["sval"]) for item in items or () if "String" in item]


def name_of(items: list[Node] | None) -> Name:
    """A dotted name (``[schema, name]`` or ``[name]``) as a :data:`Name`."""
    parts = strings(items)
    if len(parts) >= 2:
        return parts[-2], parts[-1]
    return None, parts[0] if parts else ""


def range_name(rangevar: Node) -> Name:
    """The name a ``RangeVar`` (table reference) spells."""
    return rangevar.get("schemaname"), str(rangevar["relname"])


def const_value(node: Node) -> str | int | float | bool | None:
    """The Python value of an ``A_Const`` node (libpg_query leaves zero values out)."""
    if node.get("isnull"):
        return None
    if "sval" in node:
        return str(node["sval"].get("sval", ""))
    if "ival" in node:
        return int(node["ival"].get("ival", 0))
    if "fval" in node:
        return str(node["fval"].get("fval", "0"))
    if "boolval" in node:
        return bool(node["boolval"].get("boolval", False))
    if "bsval" in node:
        return str(node["bsval"].get("bsval", ""))
    return None


def option_value(definition: Node) -> Any:
    """The value of a ``DefElem`` option (``None`` when it has no argument)."""
    arg = definition.get("arg")
    if arg is None:
        return None
    kind, body = next(iter(arg.items()))
    if kind == "String":
        return body.get("sval", "")
    if kind == "Integer":
        return int(body.get("ival", 0))
    if kind == "Float":
        return body.get("fval", "0")
    if kind == "Boolean":
        return bool(body.get("boolval", False))
    if kind == "List":
        return strings(body.get("items"))
    if kind == "TypeName":
        return body
    return arg


def role_name(spec: Node) -> str:
    """A ``RoleSpec`` as the role name (``public``, ``current_user`` for the special ones)."""
    kind = spec.get("roletype")
    if kind == "ROLESPEC_PUBLIC":
        return "public"
    if kind == "ROLESPEC_CURRENT_USER":
        return "current_user"
    if kind == "ROLESPEC_SESSION_USER":
        return "session_user"
    if kind == "ROLESPEC_CURRENT_ROLE":
        return "current_role"
    return str(spec.get("rolename", ""))


@dataclass
class Uses:
    """What an expression or query refers to: relations, functions, types, sequences."""

    relations: list[tuple[Name, int]] = field(default_factory=list)
    functions: list[Name] = field(default_factory=list)
    types: list[Node] = field(default_factory=list)
    sequences: list[str] = field(default_factory=list)
    ctes: set[str] = field(default_factory=set)
    columns: list[str] = field(default_factory=list)

    def relation_names(self) -> list[tuple[Name, int]]:
        """Relations used, without references to the query's own CTEs."""
        return [(name, location) for name, location in self.relations
                if not (name[0] is None and name[1] in self.ctes)]


# Wrapped nodes that never lead to a relation, function, type or sequence.
_LEAVES = frozenset({"A_Const", "String", "Integer", "Float", "Boolean", "BitString",
                     "A_Star", "ParamRef", "SQLValueFunction", "RoleSpec"})


def collect_uses(node: Any, uses: Uses | None = None) -> Uses:
    """Walk ``node`` once and record every relation, function, type and sequence it uses."""
    found = uses if uses is not None else Uses()
    stack = [node]
    pop, push, extend = stack.pop, stack.append, stack.extend
    while stack:
        item = pop()
        kind_of = type(item)
        if kind_of is list:
            extend(item)
            continue
        if kind_of is not dict or not item:
            continue
        if len(item) == 1:
            kind = next(iter(item))
            if kind[0].isupper():  # a wrapped node: {"FuncCall": {...}}
                body = item[kind]
                if kind in _LEAVES:
                    continue
                if kind == "ColumnRef":
                    fields = body.get("fields")
                    if fields and "String" in fields[-1]:
                        found.columns.append(fields[-1]["String"]["sval"])
                    continue
                if kind == "FuncCall":
                    _function_call(body, found)
                    extend(body.get(key) for key in ("args", "agg_order", "agg_filter", "over")
                           if key in body)
                    continue
                if kind == "TypeCast":
                    found.types.append(body["typeName"])
                    push(body.get("arg"))
                    continue
                push(body)
                continue
        if "relname" in item:
            found.relations.append((range_name(item), int(item.get("location", -1))))
            continue
        if "typemod" in item and "names" in item:
            found.types.append(item)
            continue
        if "funcformat" in item and "funcname" in item:
            _function_call(item, found)
        elif "ctename" in item:
            found.ctes.add(str(item["ctename"]))
        for value in item.values():
            if type(value) is dict or type(value) is list:
                push(value)
    return found


def _function_call(call: Node, found: Uses) -> None:
    """Record a function call, and the sequence a nextval-like call names."""
    name = name_of(call.get("funcname"))
    found.functions.append(name)
    if name[1] in ("nextval", "currval", "setval") and call.get("args"):
        literal = _string_literal(call["args"][0])
        if literal is not None:
            found.sequences.append(literal)


def _string_literal(node: Node) -> str | None:
    """The string of a literal, possibly cast (``'s'::regclass``)."""
    if "TypeCast" in node:
        node = node["TypeCast"].get("arg", {})
    if "A_Const" in node:
        value = const_value(node["A_Const"])
        return value if isinstance(value, str) else None
    return None
