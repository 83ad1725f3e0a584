"""``CREATE TRIGGER``, ``CREATE POLICY``, ``GRANT`` and ``REVOKE``."""

from __future__ import annotations

from typing import Any

from toolkit.model import ObjectKey, Policy, Trigger
from toolkit.model.names import KIND_GRANT, KIND_POLICY, KIND_TRIGGER
from toolkit.source import exprtext
from toolkit.source.declarations import Declaration, GrantSpec, Reference, Site, Want
from toolkit.source.files import SourceFile
from toolkit.source.nodes import Name, collect_uses, name_of, range_name, role_name, strings
from toolkit.source.parser import Statement
from toolkit.source.readers.common import (
    ReadContext,
    StatementTokens,
    qualify,
    routine_name,
    uses_references,
)

TRIGGER_BEFORE = 1 << 1
TRIGGER_INSTEAD = 1 << 6
TRIGGER_EVENTS = ((1 << 2, "INSERT"), (1 << 3, "DELETE"), (1 << 4, "UPDATE"), (1 << 5, "TRUNCATE"))


def read_trigger(statement: Statement, file: SourceFile, context: ReadContext) -> Declaration:
    """A trigger: its table, function, timing, events and level."""
    node = statement.node
    relation = node["relation"]
    table = qualify(range_name(relation))
    name = str(node["trigname"])
    function = name_of(node.get("funcname"))
    timing = node.get("timing", 0)
    key = ObjectKey(KIND_TRIGGER, table.schema, name, parent=table.name)
    declaration = Declaration(statement, file, "trigger", key, provides=[key])
    declaration.references.append(Reference(
        Want.TRIGGER_TARGET, range_name(relation),
        Site(file, int(relation.get("location", 0))), required=True,
        role=("trigger ", name, " is on")))
    declaration.references.append(Reference(
        Want.TRIGGER_FUNCTION, function, Site(file, _function_offset(file, statement)),
        required=True, role=("trigger ", name, " calls")))
    declaration.references += uses_references(collect_uses(node.get("whenClause")), file,
                                              statement.start)

    def make() -> list[Any]:
        """The model object."""
        node = file.node_of(statement)
        return [Trigger(
            table=table, name=name, definition=statement.text, function=qualify(function),
            timing="BEFORE" if timing & TRIGGER_BEFORE else "INSTEAD OF"
            if timing & TRIGGER_INSTEAD else "AFTER",
            events=tuple(event for bit, event in TRIGGER_EVENTS if node.get("events", 0) & bit),
            for_each_row=bool(node.get("row")), location=file.model_location(statement.start))]

    declaration.make = make
    return declaration


def _function_offset(file: SourceFile, statement: Statement) -> int:
    """Where the trigger's function name is written (after EXECUTE FUNCTION/PROCEDURE)."""
    tokens = file.tokens(statement.start, statement.end)
    for index in range(len(tokens) - 2):
        if tokens[index][0] == "EXECUTE" and tokens[index + 1][0] in ("FUNCTION", "PROCEDURE"):
            return tokens[index + 2][1]
    return statement.start


def read_policy(statement: Statement, file: SourceFile, context: ReadContext) -> Declaration:
    """A row level security policy with its USING and WITH CHECK text."""
    node = statement.node
    relation = node["table"]
    table = qualify(range_name(relation))
    name = str(node["policy_name"])
    key = ObjectKey(KIND_POLICY, table.schema, name, parent=table.name)
    declaration = Declaration(statement, file, "policy", key, provides=[key])
    declaration.references.append(Reference(
        Want.TABLE, range_name(relation), Site(file, int(relation.get("location", 0))),
        required=True, role=("policy ", name, " is on")))
    if node.get("qual") is not None or node.get("with_check") is not None:
        uses = collect_uses([node.get("qual"), node.get("with_check")])
        declaration.references += uses_references(uses, file, statement.start)

    def make() -> list[Any]:
        """The model object."""
        node = file.node_of(statement)
        using = with_check = None
        if node.get("qual") is not None or node.get("with_check") is not None:
            tokens = StatementTokens(file, statement, int(relation.get("location", 0)))
            all_tokens = tokens.tokens
            if node.get("qual") is not None:
                using = exprtext.paren_after(file, all_tokens,
                                             exprtext.find(all_tokens, ("USING",)))
            if node.get("with_check") is not None:
                index = exprtext.find(all_tokens, ("WITH",))
                while index != -1 and all_tokens[index + 1][0] != "CHECK":
                    index = exprtext.find(all_tokens, ("WITH",), index + 1)
                with_check = exprtext.paren_after(file, all_tokens, index)
        roles = sorted({role_name(item["RoleSpec"]) for item in node.get("roles", ())}) \
            or ["public"]
        return [Policy(
            table=table, name=name, permissive=bool(node.get("permissive")),
            command=str(node.get("cmd_name", "all")).upper(), roles=tuple(roles), using=using,
            with_check=with_check, location=file.model_location(statement.start))]

    declaration.make = make
    return declaration


def read_grant(statement: Statement, file: SourceFile, context: ReadContext) -> Declaration:
    """``GRANT`` or ``REVOKE`` of privileges on objects (resolved by the catalog builder)."""
    node = statement.node
    objtype = str(node.get("objtype", "")).removeprefix("OBJECT_")
    targets: list[tuple[Name, str | None]] = []
    schemas: list[str] = []
    location = statement.location
    if node.get("targtype") == "ACL_TARGET_ALL_IN_SCHEMA":
        schemas = strings(node.get("objects"))
    else:
        for item in node.get("objects", ()):
            if "RangeVar" in item:
                targets.append((range_name(item["RangeVar"]), None))
            elif "ObjectWithArgs" in item:
                targets.append(routine_name(item["ObjectWithArgs"]))
            elif "String" in item:
                targets.append(((None, str(item["String"]["sval"])), None))
            elif "List" in item:
                targets.append((name_of(item["List"].get("items")), None))
            elif "TypeName" in item:
                targets.append((name_of(item["TypeName"].get("names")), None))
    privileges = tuple((str(item["AccessPriv"].get("priv_name", "all")).upper(),
                        tuple(strings(item["AccessPriv"].get("cols"))))
                       for item in node.get("privileges", ()))
    spec = GrantSpec(
        objtype=objtype, targets=tuple(targets), all_in_schemas=tuple(schemas),
        privileges=privileges or (("ALL", ()),),
        grantees=tuple(role_name(item["RoleSpec"]) for item in node.get("grantees", ())),
        grantable=bool(node.get("grant_option")), is_grant=bool(node.get("is_grant")),
        location=location)
    if targets:
        first = qualify(targets[0][0])
        key = ObjectKey(KIND_GRANT, first.schema, first.name, parent=objtype.lower())
    else:
        key = ObjectKey(KIND_GRANT, schemas[0] if schemas else "", "", parent=objtype.lower())
    declaration = Declaration(statement, file, "grant" if spec.is_grant else "revoke", key)
    declaration.edits.append(spec)
    return declaration
