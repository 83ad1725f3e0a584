"""``CREATE INDEX``, ``CREATE VIEW`` and ``CREATE MATERIALIZED VIEW``."""

from __future__ import annotations

from typing import Any

from toolkit.model import Index, ObjectKey, QualifiedName, View
from toolkit.model.names import KIND_INDEX, KIND_MATVIEW, KIND_VIEW
from toolkit.source import exprtext
from toolkit.source.declarations import Declaration, Reference, Site, Want
from toolkit.source.files import SourceFile
from toolkit.source.nodes import Node, collect_uses, option_value, range_name
from toolkit.source.parser import Statement
from toolkit.source.readers.common import (
    ReadContext,
    StatementTokens,
    qualify,
    schema_reference,
    uses_references,
)


def read_create_index(statement: Statement, file: SourceFile,
                      context: ReadContext) -> Declaration:
    """An index; unnamed indexes get the name PostgreSQL would choose."""
    node = statement.node
    relation = node["relation"]
    table = qualify(range_name(relation))
    elements = [item["IndexElem"] for item in node.get("indexParams", ())]
    name = str(node.get("idxname") or "")
    declaration = Declaration(statement, file, "index", ObjectKey(KIND_INDEX, table.schema, name))
    if name:
        context.names.take_relation(table.schema, name)
    expressions = [element["expr"] for element in elements if "expr" in element]
    if "whereClause" in node:
        expressions.append(node["whereClause"])
    if expressions:
        declaration.references += uses_references(collect_uses(expressions), file,
                                                  statement.start)

    def finish() -> None:
        """Name an unnamed index; record its key and table reference."""
        nonlocal name
        if not name:
            name = context.names.choose_index(
                table.schema, table.name,
                [str(element.get("name") or "expr") for element in elements])
            declaration.key = ObjectKey(KIND_INDEX, table.schema, name)
        declaration.provides.append(declaration.key)
        declaration.references.append(Reference(
            Want.RELATION, range_name(relation), Site(file, int(relation.get("location", 0))),
            required=True, role=("index ", name, " is on")))

    context.later(finish)

    def make() -> list[Any]:
        """The model object."""
        return [_build_index(statement, file, table, name, elements)]

    declaration.make = make
    return declaration


def _build_index(statement: Statement, file: SourceFile, table: QualifiedName, name: str,
                 elements: list[Node]) -> Index:
    """The model index with its keys and predicate as written."""
    node = file.node_of(statement)
    relation = node["relation"]
    tokens = StatementTokens(file, statement, int(relation.get("location", statement.start)))
    all_tokens = tokens.tokens
    open_index = next((index for index in range(len(all_tokens))
                       if all_tokens[index][0] == exprtext.LPAREN), len(all_tokens))
    keys = tuple(exprtext.span(file, all_tokens, first, stop)
                 for first, stop in exprtext.split_group(all_tokens, open_index))
    predicate = None
    if node.get("whereClause") is not None:
        where = exprtext.find(all_tokens, ("WHERE",),
                              exprtext.matching(all_tokens, open_index) + 1)
        predicate = exprtext.span(file, all_tokens, where + 1, len(all_tokens))
    include = tuple(str(item["IndexElem"].get("name", ""))
                    for item in node.get("indexIncludingParams", ()))
    return Index(
        table=table, name=name, definition=statement.text, unique=bool(node.get("unique")),
        method=str(node.get("accessMethod", "btree")), keys=keys, include=include,
        predicate=predicate, location=file.model_location(statement.start))


def read_view(statement: Statement, file: SourceFile, context: ReadContext) -> Declaration:
    """A view (``CREATE VIEW``) or a materialized view (``CREATE MATERIALIZED VIEW``)."""
    node = statement.node
    materialized = statement.kind == "CreateTableAsStmt"
    relation = node["into"]["rel"] if materialized else node["view"]
    name = qualify(range_name(relation))
    kind = KIND_MATVIEW if materialized else KIND_VIEW
    context.names.take_relation(name.schema, name.name)
    key = ObjectKey(kind, name.schema, name.name)
    declaration = Declaration(statement, file, kind, key, provides=[key])
    declaration.references += schema_reference(relation.get("schemaname"), file,
                                               int(relation.get("location", 0)))
    declaration.references += uses_references(collect_uses(node["query"]), file,
                                              statement.start)

    def make() -> list[Any]:
        """The model object."""
        node = file.node_of(statement)
        tokens = StatementTokens(file, statement)
        all_tokens = tokens.tokens
        start = exprtext.find(all_tokens, ("AS",), tokens.at(int(relation.get("location", 0))))
        end = _query_end(all_tokens, start + 1, materialized, node)
        options = [_option_text(item["DefElem"]) for item in node.get("options", ())]
        check = node.get("withCheckOption", "NO_CHECK_OPTION")
        if check == "LOCAL_CHECK_OPTION":
            options.append("check_option=local")
        elif check == "CASCADED_CHECK_OPTION":
            options.append("check_option=cascaded")
        return [View(name=name, definition=exprtext.span(file, all_tokens, start + 1, end),
                     materialized=materialized, options=tuple(options),
                     location=file.model_location(statement.start))]

    declaration.make = make
    return declaration


def _query_end(tokens: list[tuple[str, int, int]], first: int, materialized: bool,
               node: Node) -> int:
    """End of the view query: before ``WITH [NO] DATA`` or ``WITH ... CHECK OPTION``."""
    trailing = materialized or node.get("withCheckOption", "NO_CHECK_OPTION") != "NO_CHECK_OPTION"
    if not trailing:
        return len(tokens)
    end = len(tokens)
    index = exprtext.find(tokens, ("WITH",), first)
    while index != -1:
        following = tokens[index + 1][0] if index + 1 < len(tokens) else ""
        if following in ("DATA_P", "NO", "CHECK", "CASCADED", "LOCAL"):
            end = index
            break
        index = exprtext.find(tokens, ("WITH",), index + 1)
    return end


def _option_text(definition: Node) -> str:
    """A ``WITH (...)`` option as ``name=value``."""
    value = option_value(definition)
    if value is None or value is True:
        text = "true"
    elif value is False:
        text = "false"
    else:
        text = str(value)
    return str(definition.get("defname", "")) + "=" + text
