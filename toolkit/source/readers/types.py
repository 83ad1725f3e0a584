"""Schemas, extensions, enums, domains, composite types, sequences and ``COMMENT ON``."""

from __future__ import annotations

from toolkit.model import (
    CompositeType,
    Domain,
    EnumType,
    Extension,
    ObjectKey,
    Schema,
    Sequence,
)
from toolkit.model.names import (
    KIND_COMPOSITE,
    KIND_DOMAIN,
    KIND_ENUM,
    KIND_EXTENSION,
    KIND_SCHEMA,
    KIND_SEQUENCE,
)
from toolkit.model.objects import Attribute, DomainCheck
from toolkit.source import exprtext
from toolkit.source.declarations import Declaration, Edge, Reference, SetComment, Site, Want
from toolkit.source.files import SourceFile
from toolkit.source.nodes import (
    Node,
    collect_uses,
    name_of,
    option_value,
    range_name,
    strings,
)
from toolkit.source.parser import Statement
from toolkit.source.readers.common import (
    ReadContext,
    StatementTokens,
    add_type_reference,
    collation_text,
    qualify,
    routine_name,
    schema_reference,
    uses_references,
)
from toolkit.source.typenames import type_text


def read_schema(statement: Statement, file: SourceFile, context: ReadContext) -> Declaration:
    """``CREATE SCHEMA`` (without embedded elements)."""
    node = statement.node
    if node.get("schemaElts"):
        raise file.error(statement.start, "CREATE SCHEMA with embedded statements is not "
                         "supported in canonical files",
                         hint="write each object as its own CREATE statement")
    name = str(node.get("schemaname") or node.get("authrole", {}).get("rolename", ""))
    key = ObjectKey(KIND_SCHEMA, "", name)
    declaration = Declaration(statement, file, "schema", key, provides=[key])
    schema = Schema(name=name, location=file.model_location(statement.start))
    declaration.make = lambda: [schema]
    return declaration


def read_extension(statement: Statement, file: SourceFile,
                   context: ReadContext) -> Declaration:
    """``CREATE EXTENSION`` with its schema and version."""
    node = statement.node
    options = {item["DefElem"]["defname"]: option_value(item["DefElem"])
               for item in node.get("options", ())}
    name = str(node["extname"])
    schema = str(options.get("schema") or "public")
    key = ObjectKey(KIND_EXTENSION, "", name)
    declaration = Declaration(statement, file, "extension", key, provides=[key])
    declaration.references += schema_reference(options.get("schema"), file, statement.start)
    version = options.get("new_version")
    extension = Extension(
        name=name, schema=schema, version=str(version) if version is not None else None,
        location=file.model_location(statement.start))
    declaration.extension_schema = schema
    declaration.make = lambda: [extension]
    return declaration


def read_enum(statement: Statement, file: SourceFile, context: ReadContext) -> Declaration:
    """``CREATE TYPE ... AS ENUM``."""
    node = statement.node
    written = name_of(node.get("typeName"))
    name = qualify(written)
    key = ObjectKey(KIND_ENUM, name.schema, name.name)
    declaration = Declaration(statement, file, "type", key, provides=[key])
    declaration.references += schema_reference(written[0], file, statement.start)
    enum = EnumType(name=name, labels=tuple(strings(node.get("vals"))),
                    location=file.model_location(statement.start))
    declaration.make = lambda: [enum]
    return declaration


def read_composite(statement: Statement, file: SourceFile,
                   context: ReadContext) -> Declaration:
    """``CREATE TYPE ... AS (attributes)``."""
    node = statement.node
    relation = node["typevar"]
    name = qualify(range_name(relation))
    context.names.take_relation(name.schema, name.name)
    key = ObjectKey(KIND_COMPOSITE, name.schema, name.name)
    declaration = Declaration(statement, file, "type", key, provides=[key])
    declaration.references += schema_reference(relation.get("schemaname"), file,
                                               statement.start)
    attributes = []
    for item in node.get("coldeflist", ()):
        column = item["ColumnDef"]
        add_type_reference(declaration.references, column["typeName"], file)
        attributes.append(Attribute(name=str(column["colname"]),
                                    data_type=type_text(column["typeName"]),
                                    collation=collation_text(column)))
    composite = CompositeType(name=name, attributes=tuple(attributes),
                              location=file.model_location(statement.start))
    declaration.make = lambda: [composite]
    return declaration


def read_domain(statement: Statement, file: SourceFile, context: ReadContext) -> Declaration:
    """``CREATE DOMAIN`` with its default, NOT NULL and CHECK constraints."""
    node = statement.node
    written = name_of(node.get("domainname"))
    name = qualify(written)
    key = ObjectKey(KIND_DOMAIN, name.schema, name.name)
    declaration = Declaration(statement, file, "type", key, provides=[key])
    declaration.references += schema_reference(written[0], file, statement.start)
    add_type_reference(declaration.references, node["typeName"], file)
    tokens = StatementTokens(file, statement)
    all_tokens = tokens.tokens
    constraints = [item["Constraint"] for item in node.get("constraints", ())]
    offsets = [int(constraint.get("location", statement.end)) for constraint in constraints]
    bounds = [*offsets[1:], statement.end]
    default = None
    not_null = False
    checks = []
    unnamed = 0
    for constraint, bound in zip(constraints, bounds, strict=True):
        kind = constraint.get("contype")
        first = tokens.at(int(constraint.get("location", 0)))
        limit = tokens.at(bound)
        declaration.references += uses_references(collect_uses(constraint.get("raw_expr")),
                                                  file, statement.start)
        if kind == "CONSTR_NOTNULL":
            not_null = True
        elif kind == "CONSTR_DEFAULT":
            stop = exprtext.expression_end(all_tokens, first + 1, limit=limit)
            default = exprtext.span(file, all_tokens, first + 1, stop)
        elif kind == "CONSTR_CHECK":
            if all_tokens[first][0] == "CONSTRAINT":
                first += 2
            stop = exprtext.expression_end(all_tokens, first, limit=limit)
            check_name = constraint.get("conname")
            if not check_name:
                check_name = name.name + "_check" + (str(unnamed) if unnamed else "")
                unnamed += 1
            checks.append(DomainCheck(name=str(check_name),
                                      definition=exprtext.span(file, all_tokens, first, stop)))
    domain = Domain(
        name=name, base_type=type_text(node["typeName"]), not_null=not_null, default=default,
        collation=collation_text(node), checks=tuple(checks),
        location=file.model_location(statement.start))
    declaration.make = lambda: [domain]
    return declaration


def read_sequence(statement: Statement, file: SourceFile,
                  context: ReadContext) -> Declaration:
    """``CREATE SEQUENCE`` with its options; OWNED BY is kept apart for the script."""
    node = statement.node
    relation = node["sequence"]
    name = qualify(range_name(relation))
    context.names.take_relation(name.schema, name.name)
    key = ObjectKey(KIND_SEQUENCE, name.schema, name.name)
    declaration = Declaration(statement, file, "sequence", key, provides=[key])
    declaration.references += schema_reference(relation.get("schemaname"), file,
                                               statement.start)
    options = {item["DefElem"]["defname"]: item["DefElem"] for item in node.get("options", ())}
    values = {key: option_value(option) for key, option in options.items()}
    data_type = "bigint"
    if isinstance(values.get("as"), dict):
        data_type = type_text(values["as"])
        add_type_reference(declaration.references, values["as"], file)
    increment = int(values.get("increment") or 1)
    owned_by = None
    owner = values.get("owned_by")
    if isinstance(owner, list) and owner and owner != ["none"]:
        column = owner[-1]
        table = (owner[-3] if len(owner) >= 3 else None, owner[-2])
        owned_by = str(qualify(table)) + "." + column
        declaration.owned_by = (table, column)
        declaration.references.append(Reference(
            Want.TABLE, table, Site(file, int(options["owned_by"].get("location", 0))),
            Edge.OWNED_BY, required=True,
            role=("sequence ", name.name, " is owned by")))
    start = values.get("start")
    sequence = Sequence(
        name=name, data_type=data_type,
        start=int(start) if start is not None else (1 if increment > 0 else -1),
        increment=increment,
        min_value=_optional_int(values.get("minvalue")),
        max_value=_optional_int(values.get("maxvalue")),
        cache=int(values.get("cache") or 1), cycle=bool(values.get("cycle")),
        owned_by=owned_by, location=file.model_location(statement.start))
    declaration.make = lambda: [sequence]
    return declaration


def _optional_int(value: object) -> int | None:
    """An integer option, or None when absent (``NO MAXVALUE``)."""
    return int(value) if isinstance(value, int | str) and not isinstance(value, bool) else None


COMMENT_KINDS = {
    "TABLE": "table", "VIEW": "view", "MATVIEW": "materialized view", "SEQUENCE": "sequence",
    "INDEX": "index", "COLUMN": "column", "TYPE": "type", "DOMAIN": "domain",
    "FUNCTION": "function", "PROCEDURE": "procedure", "SCHEMA": "schema",
    "EXTENSION": "extension", "TRIGGER": "trigger", "POLICY": "policy",
    "TABCONSTRAINT": "constraint",
}


def read_comment(statement: Statement, file: SourceFile, context: ReadContext) -> Declaration:
    """``COMMENT ON kind name IS '...'`` for the object kinds the model describes."""
    node = statement.node
    objtype = str(node.get("objtype", "")).removeprefix("OBJECT_")
    kind = COMMENT_KINDS.get(objtype)
    if kind is None:
        raise file.error(statement.start, "COMMENT ON " + objtype.replace("_", " ")
                         + " is not supported in canonical files",
                         hint="comment on schemas, tables, columns, views, indexes, types, "
                              "domains, sequences, functions, triggers, policies or "
                              "constraints")
    target = node["object"]
    comment = node.get("comment")
    edit = _comment_edit(kind, target, statement, comment)
    key = ObjectKey("comment", edit.name[0] or "", edit.name[1],
                    parent=(edit.parent[1] if edit.parent else "") + kind,
                    signature=edit.column or edit.signature or "")
    declaration = Declaration(statement, file, "comment", key)
    declaration.edits.append(edit)
    return declaration


def _comment_edit(kind: str, target: Node, statement: Statement,
                  comment: str | None) -> SetComment:
    """The edit a COMMENT ON statement makes, by the shape of its target."""
    location = statement.location
    if "String" in target:
        return SetComment(kind, (None, str(target["String"]["sval"])), location, comment)
    if "TypeName" in target:
        return SetComment(kind, name_of(target["TypeName"].get("names")), location, comment)
    if "ObjectWithArgs" in target:
        name, signature = routine_name(target["ObjectWithArgs"])
        return SetComment(kind, name, location, comment, signature=signature)
    parts = strings(target.get("List", {}).get("items"))
    if kind == "column":
        table = (parts[-3] if len(parts) >= 3 else None, parts[-2])
        return SetComment(kind, table, location, comment, column=parts[-1])
    if kind in ("trigger", "policy", "constraint"):
        table = (parts[-3] if len(parts) >= 3 else None, parts[-2])
        return SetComment(kind, (table[0], parts[-1]), location, comment, parent=table)
    return SetComment(kind, name_of(target.get("List", {}).get("items")), location, comment)
