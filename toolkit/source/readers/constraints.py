"""Table constraints from ``Constraint`` nodes: kind, generated name, definition, references."""

from __future__ import annotations

from dataclasses import dataclass, field

from toolkit.model import Constraint, ConstraintKind, QualifiedName
from toolkit.source import exprtext
from toolkit.source.declarations import Edge, Reference, Site, Want
from toolkit.source.files import SourceFile
from toolkit.source.naming import column_addition
from toolkit.source.nodes import Node, Uses, collect_uses, range_name, strings
from toolkit.source.readers.common import ReadContext, StatementTokens, qualify, uses_references
from toolkit.source.sqltext import column_list

KINDS = {
    "CONSTR_PRIMARY": ConstraintKind.PRIMARY_KEY,
    "CONSTR_UNIQUE": ConstraintKind.UNIQUE,
    "CONSTR_CHECK": ConstraintKind.CHECK,
    "CONSTR_FOREIGN": ConstraintKind.FOREIGN_KEY,
    "CONSTR_EXCLUSION": ConstraintKind.EXCLUDE,
}
ATTRIBUTES = frozenset({"CONSTR_ATTR_DEFERRABLE", "CONSTR_ATTR_NOT_DEFERRABLE",
                        "CONSTR_ATTR_DEFERRED", "CONSTR_ATTR_IMMEDIATE"})
ACTIONS = {"a": "NO ACTION", "r": "RESTRICT", "c": "CASCADE", "n": "SET NULL",
           "d": "SET DEFAULT"}


@dataclass
class ConstraintDraft:
    """A constraint as read: enough to name it and check its references; text comes later."""

    node: Node
    kind: ConstraintKind
    columns: list[str]
    offset: int
    bound: int = 0
    exact: bool = False
    column: str | None = None
    name: str | None = None
    uses: Uses = field(default_factory=Uses)
    element: int = 0
    position: int | None = None
    attributes: list[str] = field(default_factory=list)


def read_constraint(node: Node, column: str | None) -> ConstraintDraft | None:
    """A draft for ``node`` (None for NOT NULL, DEFAULT and other column properties).

    ``column`` is set for a column constraint. Before :func:`definition` runs, the caller
    sets ``bound``: where the next element or constraint starts (``exact`` when that is
    precisely the next item of the same list).
    """
    kind = KINDS.get(node.get("contype", ""))
    if kind is None:
        return None
    columns = [column] if column is not None else _table_constraint_columns(kind, node)
    draft = ConstraintDraft(node=node, kind=kind, columns=columns,
                            offset=int(node.get("location", 0)), column=column,
                            name=node.get("conname"))
    if kind is ConstraintKind.CHECK:
        collect_uses(node.get("raw_expr"), draft.uses)
        draft.columns = list(dict.fromkeys(draft.uses.columns))  # as the server's conkey
    elif kind is ConstraintKind.EXCLUDE:
        for pair in node.get("exclusions", ()):
            collect_uses(pair, draft.uses)
    return draft


def definition(draft: ConstraintDraft, tokens: StatementTokens) -> str:
    """The constraint's definition: the text after ``CONSTRAINT name``, in table form."""
    declared = None
    if draft.exact and not draft.node.get("conname"):
        declared = exprtext.quick_text(tokens.file, draft.offset, draft.bound)
    if declared is None:
        all_tokens = tokens.tokens
        first = tokens.at(draft.offset)
        limit = tokens.at(draft.bound)
        if first < limit and all_tokens[first][0] == "CONSTRAINT":
            first += 2
        stop = exprtext.expression_end(all_tokens, first, limit=limit)
        declared = exprtext.span(tokens.file, all_tokens, first, stop)
    if draft.column is None:
        return declared
    return _column_constraint_definition(draft.kind, draft.node, draft.column, declared)


def _column_constraint_definition(kind: ConstraintKind, node: Node, column: str,
                                  declared: str) -> str:
    """A column constraint's definition in table form."""
    if kind is ConstraintKind.PRIMARY_KEY:
        return "PRIMARY KEY " + column_list([column])
    if kind is ConstraintKind.UNIQUE:
        nulls = "NULLS NOT DISTINCT " if node.get("nulls_not_distinct") else ""
        return "UNIQUE " + nulls + column_list([column])
    if kind is ConstraintKind.FOREIGN_KEY:
        return "FOREIGN KEY " + column_list([column]) + " " + declared
    return declared


def _table_constraint_columns(kind: ConstraintKind, node: Node) -> list[str]:
    """The columns a table constraint constrains."""
    if kind is ConstraintKind.FOREIGN_KEY:
        return strings(node.get("fk_attrs"))
    if kind is ConstraintKind.EXCLUDE:
        return [_element_name(pair["List"]["items"][0]) for pair in node.get("exclusions", ())]
    if kind is ConstraintKind.CHECK:
        return []
    return strings(node.get("keys"))


def _element_name(element: Node) -> str:
    """An index element's column name, ``expr`` for an expression."""
    return str(element.get("IndexElem", {}).get("name") or "expr")


def take_name(draft: ConstraintDraft, table: QualifiedName, context: ReadContext) -> None:
    """Record the constraint's explicit name (an index-backed one names an index too)."""
    if draft.name:
        context.names.take_constraint(table.schema, draft.name)
        if draft.kind in (ConstraintKind.PRIMARY_KEY, ConstraintKind.UNIQUE,
                          ConstraintKind.EXCLUDE):
            context.names.take_relation(table.schema, draft.name)


def choose_name(draft: ConstraintDraft, table: QualifiedName, context: ReadContext) -> str:
    """The constraint's declared name, or the one PostgreSQL would generate."""
    if draft.name:
        return draft.name
    names, schema = context.names, table.schema
    if draft.kind is ConstraintKind.PRIMARY_KEY:
        return names.choose(schema, table.name, None, "pkey", index=True)
    if draft.kind is ConstraintKind.UNIQUE:
        return names.choose(schema, table.name, column_addition(draft.columns), "key",
                            index=True)
    if draft.kind is ConstraintKind.EXCLUDE:
        return names.choose(schema, table.name, column_addition(draft.columns), "excl",
                            index=True)
    if draft.kind is ConstraintKind.FOREIGN_KEY:
        return names.choose(schema, table.name, column_addition(draft.columns), "fkey",
                            index=False)
    distinct = sorted(set(draft.uses.columns))
    return names.choose(schema, table.name, distinct[0] if len(distinct) == 1 else None,
                        "check", index=False)


def references(draft: ConstraintDraft, name: str, file: SourceFile) -> list[Reference]:
    """What the constraint refers to: the foreign key's table, functions in expressions."""
    found: list[Reference] = []
    if draft.kind is ConstraintKind.FOREIGN_KEY:
        pktable = draft.node["pktable"]
        found.append(Reference(
            Want.TABLE, range_name(pktable), Site(file, int(pktable.get("location", 0))),
            Edge.FOREIGN_KEY, required=True,
            role=("foreign key ", name, " references"), constraint=name))
    if draft.uses.functions or draft.uses.types or draft.uses.relations:
        found.extend(uses_references(draft.uses, file, draft.offset))
    return found


def build_constraint(draft: ConstraintDraft, table: QualifiedName,
                     tokens: StatementTokens) -> Constraint:
    """The model constraint (``draft.name`` is set)."""
    node = dict(draft.node)
    for attribute in draft.attributes:
        _apply_attribute(node, attribute)
    assert draft.name is not None
    target = qualify(range_name(node["pktable"])) if "pktable" in node else None
    return Constraint(
        table=table, name=draft.name, kind=draft.kind, definition=definition(draft, tokens),
        columns=tuple(draft.columns), references=target,
        referenced_columns=tuple(strings(node.get("pk_attrs"))),
        on_delete=ACTIONS.get(node.get("fk_del_action", "a"), "NO ACTION"),
        on_update=ACTIONS.get(node.get("fk_upd_action", "a"), "NO ACTION"),
        deferrable=bool(node.get("deferrable")),
        initially_deferred=bool(node.get("initdeferred")),
        validated=not node.get("skip_validation"),
        location=tokens.file.model_location(draft.offset))


def _apply_attribute(node: Node, attribute: str) -> None:
    """Apply a trailing ``DEFERRABLE``/``INITIALLY DEFERRED`` attribute node."""
    if attribute == "CONSTR_ATTR_DEFERRABLE":
        node["deferrable"] = True
    elif attribute == "CONSTR_ATTR_NOT_DEFERRABLE":
        node["deferrable"] = False
    elif attribute == "CONSTR_ATTR_DEFERRED":
        node["initdeferred"] = True
    elif attribute == "CONSTR_ATTR_IMMEDIATE":
        node["initdeferred"] = False
