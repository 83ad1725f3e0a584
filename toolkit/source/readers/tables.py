"""``CREATE TABLE`` (plain, partitioned, ``PARTITION OF``) and declarative ``ALTER TABLE``."""

from __future__ import annotations

from typing import Any

from toolkit.model import Column, ConstraintKind, ObjectKey, QualifiedName, Table
from toolkit.model.names import KIND_CONSTRAINT, KIND_TABLE
from toolkit.model.objects import Identity
from toolkit.source import exprtext
from toolkit.source.declarations import (
    AddConstraint,
    Declaration,
    Reference,
    SetRowSecurity,
    Site,
    Want,
)
from toolkit.source.files import SourceFile
from toolkit.source.nodes import Node, collect_uses, range_name
from toolkit.source.parser import Statement
from toolkit.source.readers.common import (
    ReadContext,
    StatementTokens,
    add_type_reference,
    collation_text,
    qualify,
    schema_reference,
    uses_references,
)
from toolkit.source.readers.constraints import (
    ATTRIBUTES,
    ConstraintDraft,
    build_constraint,
    choose_name,
    read_constraint,
    references,
    take_name,
)
from toolkit.source.typenames import type_text

ALLOWED_ALTERS = frozenset({"AT_EnableRowSecurity", "AT_ForceRowSecurity", "AT_AddConstraint"})
NON_DECLARATIVE_HINT = ("canonical files declare the desired state with CREATE statements; "
                        "change the declaration and let `canon plan` write the migration")


def read_create_table(statement: Statement, file: SourceFile,
                      context: ReadContext) -> Declaration:
    """A table: names, references and constraint names now; columns and texts on demand."""
    node = statement.node
    relation = node["relation"]
    name = qualify(range_name(relation))
    declaration = Declaration(statement, file, "table",
                              ObjectKey(KIND_TABLE, name.schema, name.name))
    references_ = declaration.references
    references_ += schema_reference(relation.get("schemaname"), file,
                                    int(relation.get("location", 0)))
    elements = node.get("tableElts") or []
    if "ofTypename" in node:
        add_type_reference(references_, node["ofTypename"], file)
    drafts: list[ConstraintDraft] = []
    for index, element in enumerate(elements):
        if "ColumnDef" in element:
            column = element["ColumnDef"]
            declaration.columns.append((str(column["colname"]), int(column.get("location", 0))))
            add_type_reference(references_, column["typeName"], file)
            if "constraints" in column:
                for draft in _column_constraints(column, declaration):
                    draft.element = index
                    drafts.append(draft)
        elif "Constraint" in element:
            table_draft = read_constraint(element["Constraint"], None)
            if table_draft is not None:
                table_draft.element = index
                drafts.append(table_draft)
        elif "TableLikeClause" in element:
            like = element["TableLikeClause"]["relation"]
            references_.append(Reference(
                Want.TABLE, range_name(like), Site(file, int(like.get("location", 0))),
                required=True, role="LIKE"))
    context.names.take_relation(name.schema, name.name)
    for draft in drafts:
        take_name(draft, name, context)
    declaration.provides.append(declaration.key)
    parents = _parents(node, declaration, file)

    def finish() -> None:
        """Name the unnamed constraints; record their keys and references."""
        for draft in drafts:
            draft.name = choose_name(draft, name, context)
            references_.extend(references(draft, draft.name, file))
            declaration.provides.append(ObjectKey(KIND_CONSTRAINT, name.schema, draft.name,
                                                  parent=name.name))
            if draft.kind is ConstraintKind.FOREIGN_KEY:
                declaration.fk_paths[draft.name] = (draft.element, draft.position)

    if drafts:
        context.later(finish)

    def make() -> list[Any]:
        """The model objects."""
        return [_build_table(statement, file, name, (drafts, parents))]

    declaration.make = make
    return declaration


def _element_ends(elements: list[Node], end: int) -> list[tuple[int, bool]]:
    """Where each element ends, and whether exactly (the next element's start)."""
    ends = []
    for following in elements[1:]:
        body = next(iter(following.values()))
        if "location" in body and "TableLikeClause" not in following:
            ends.append((int(body["location"]), True))
        else:
            ends.append((int(body.get("relation", {}).get("location", end)), False))
    ends.append((end, False))
    return ends


def _column_constraints(column: Node, declaration: Declaration) -> list[ConstraintDraft]:
    """Drafts of the column's keyed constraints; references of its expressions."""
    drafts: list[ConstraintDraft] = []
    name = str(column["colname"])
    for position, item in enumerate(column["constraints"]):
        constraint = item["Constraint"]
        kind = constraint.get("contype", "")
        if kind in ATTRIBUTES:
            if drafts:
                drafts[-1].attributes.append(kind)
        elif kind in ("CONSTR_DEFAULT", "CONSTR_GENERATED"):
            expression = constraint.get("raw_expr")
            if expression is not None and "A_Const" not in expression:
                declaration.references += uses_references(
                    collect_uses(expression), declaration.file, int(constraint["location"]))
        elif kind not in ("CONSTR_NOTNULL", "CONSTR_NULL", "CONSTR_IDENTITY"):
            draft = read_constraint(constraint, name)
            if draft is not None:
                draft.position = position
                drafts.append(draft)
    return drafts


def _constraint_bounds(constraints: list[Node], end: tuple[int, bool],
                       ) -> list[tuple[int, bool]]:
    """Where each column constraint ends: at the next one that is not an attribute."""
    bounds: list[tuple[int, bool]] = [end] * len(constraints)
    following = end
    for position in range(len(constraints) - 1, -1, -1):
        bounds[position] = following
        constraint = constraints[position]["Constraint"]
        if constraint.get("contype") not in ATTRIBUTES and "location" in constraint:
            following = (int(constraint["location"]), True)
    return bounds


def _build_table(statement: Statement, file: SourceFile, name: QualifiedName,
                 read: tuple[list[ConstraintDraft], list[Node]]) -> Table:
    """The model table; ``read`` is what reading found: constraint drafts and parents."""
    drafts, parents = read
    node = file.node_of(statement)
    elements = node.get("tableElts") or []
    ends = _element_ends(elements, statement.end)
    for draft in drafts:
        if draft.position is None:
            draft.bound, draft.exact = ends[draft.element]
        else:
            column_constraints = elements[draft.element]["ColumnDef"]["constraints"]
            bounds = _constraint_bounds(column_constraints, ends[draft.element])
            draft.bound, draft.exact = bounds[draft.position]
    tokens = StatementTokens(file, statement)
    columns = []
    primary = {column for draft in drafts if draft.kind is ConstraintKind.PRIMARY_KEY
               for column in draft.columns}
    for index, element in enumerate(elements):
        if "ColumnDef" in element:
            columns.append(_build_column(element["ColumnDef"], tokens, ends[index], primary))
    constraints = tuple(build_constraint(draft, name, tokens) for draft in drafts)
    parent, bound = _partition_of(node, tokens, parents)
    return Table(
        name=name, columns=tuple(columns), constraints=constraints,
        unlogged=node["relation"].get("relpersistence") == "u",
        partition_by=_partition_by(node, tokens), partition_of=parent, partition_bound=bound,
        location=file.model_location(statement.start))


def _build_column(node: Node, tokens: StatementTokens, end: tuple[int, bool],
                  primary: set[str]) -> Column:
    """The model column, with its declared default and generated expression."""
    name = str(node["colname"])
    not_null = name in primary
    default = generated = None
    identity: Identity | None = None
    constraints = node.get("constraints") or []
    bounds = _constraint_bounds(constraints, end) if constraints else []
    for position, item in enumerate(constraints):
        constraint = item["Constraint"]
        kind = constraint.get("contype")
        if kind == "CONSTR_NOTNULL":
            not_null = True
        elif kind == "CONSTR_DEFAULT":
            default = _default_text(constraint, tokens, bounds[position])
        elif kind == "CONSTR_IDENTITY":
            identity = Identity.ALWAYS if constraint.get("generated_when") == "a" \
                else Identity.BY_DEFAULT
            not_null = True
        elif kind == "CONSTR_GENERATED":
            first = tokens.at(int(constraint["location"]))
            generated = exprtext.paren_after(tokens.file, tokens.tokens, first)
    return Column(name=name, data_type=type_text(node["typeName"]), not_null=not_null,
                  default=default, identity=identity, generated=generated,
                  collation=collation_text(node),
                  location=tokens.file.model_location(int(node.get("location", 0))))


def _default_text(constraint: Node, tokens: StatementTokens, end: tuple[int, bool]) -> str:
    """A column default as written."""
    start = int(constraint["location"])
    limit, exact = end
    if exact:
        quick = exprtext.quick_text(tokens.file, start + len("DEFAULT"), limit)
        if quick is not None:
            return quick
    all_tokens = tokens.tokens
    first = tokens.at(start) + 1
    stop = exprtext.expression_end(all_tokens, first, limit=tokens.at(limit))
    return exprtext.span(tokens.file, all_tokens, first, stop)


def _partition_by(node: Node, tokens: StatementTokens) -> str | None:
    """``RANGE (...)``, ``LIST (...)`` or ``HASH (...)`` as written."""
    spec = node.get("partspec")
    if spec is None:
        return None
    all_tokens = tokens.tokens
    first = tokens.at(int(spec.get("location", 0))) + 2  # past PARTITION BY
    open_index = next((index for index in range(first, len(all_tokens))
                       if all_tokens[index][0] == exprtext.LPAREN), len(all_tokens))
    close = exprtext.matching(all_tokens, open_index)
    return exprtext.span(tokens.file, all_tokens, first, close + 1)


def _parents(node: Node, declaration: Declaration, file: SourceFile) -> list[Node]:
    """The PARTITION OF / INHERITS parents, referenced as required tables."""
    parents = [item["RangeVar"] for item in node.get("inhRelations", ()) if "RangeVar" in item]
    for parent in parents:
        declaration.references.append(Reference(
            Want.TABLE, range_name(parent), Site(file, int(parent.get("location", 0))),
            required=True, role="PARTITION OF" if "partbound" in node else "INHERITS"))
    return parents


def _partition_of(node: Node, tokens: StatementTokens, parents: list[Node],
                  ) -> tuple[QualifiedName | None, str | None]:
    """The parent and the bound (``FOR VALUES ...``, ``DEFAULT``) of a partition."""
    bound = node.get("partbound")
    if bound is None or not parents:
        return None, None
    parent_name = qualify(range_name(parents[0]))
    if bound.get("is_default"):
        return parent_name, "DEFAULT"
    all_tokens = tokens.tokens
    first = tokens.at(int(bound.get("location", 0)))  # FROM, IN or WITH, after FOR VALUES
    close = exprtext.matching(all_tokens, first + 1)
    if all_tokens[first][0] == "FROM":
        close = exprtext.matching(all_tokens, close + 2)  # past TO
    return parent_name, "FOR VALUES " + exprtext.span(tokens.file, all_tokens, first, close + 1)


def read_alter_table(statement: Statement, file: SourceFile,
                     context: ReadContext) -> Declaration:
    """``ALTER TABLE`` limited to ENABLE/FORCE ROW LEVEL SECURITY and ADD CONSTRAINT."""
    node = statement.node
    relation = node["relation"]
    written = range_name(relation)
    table = qualify(written)
    commands = [item["AlterTableCmd"] for item in node.get("cmds", ())]
    constraint_cmds = [cmd for cmd in commands if cmd.get("subtype") == "AT_AddConstraint"]
    key = ObjectKey(KIND_TABLE, table.schema, table.name)
    declaration = Declaration(statement, file, "constraint" if constraint_cmds else "rls", key)
    site = Site(file, int(relation.get("location", 0)))
    declaration.references.append(Reference(
        Want.TABLE, written, site, required=True, role="ALTER TABLE"))
    enable = any(cmd.get("subtype") == "AT_EnableRowSecurity" for cmd in commands)
    force = any(cmd.get("subtype") == "AT_ForceRowSecurity" for cmd in commands)
    if enable or force:
        declaration.edits.append(SetRowSecurity(written, site.location, enable=enable,
                                                force=force))
    drafts = []
    for cmd in constraint_cmds:
        constraint_node = cmd["def"]["Constraint"]
        draft = read_constraint(constraint_node, None)
        if draft is None:
            raise file.error(int(constraint_node.get("location", statement.start)),
                             "ALTER TABLE ... ADD CONSTRAINT supports PRIMARY KEY, UNIQUE, "
                             "CHECK, FOREIGN KEY and EXCLUDE constraints",
                             hint="declare NOT NULL and DEFAULT on the column in CREATE TABLE")
        draft.bound = statement.end
        take_name(draft, table, context)
        drafts.append(draft)

    def finish() -> None:
        """Name the unnamed constraints; record their keys and references."""
        for draft in drafts:
            draft.name = choose_name(draft, table, context)
            declaration.references.extend(references(draft, draft.name, file))
            constraint_key = ObjectKey(KIND_CONSTRAINT, table.schema, draft.name,
                                       parent=table.name)
            declaration.edits.append(AddConstraint(constraint_key, file.location(draft.offset)))
            declaration.provides.append(constraint_key)
        declaration.key = declaration.provides[0]

    if drafts:
        context.later(finish)

    def make() -> list[Any]:
        """The model objects."""
        tokens = StatementTokens(file, statement)
        return [build_constraint(draft, table, tokens) for draft in drafts]

    declaration.make = make
    return declaration


def check_alter_table(statement: Statement, file: SourceFile) -> None:
    """Refuse ALTER TABLE subcommands other than the declarative ones."""
    node = statement.node
    if node.get("objtype") != "OBJECT_TABLE":
        raise file.error(statement.start, "non-declarative statement: ALTER " + _objtype(node),
                         hint=NON_DECLARATIVE_HINT)
    for item in node.get("cmds", ()):
        subtype = item["AlterTableCmd"].get("subtype", "")
        if subtype not in ALLOWED_ALTERS:
            what = "OWNER TO" if subtype == "AT_ChangeOwner" else subtype.removeprefix("AT_")
            raise file.error(statement.start,
                             "non-declarative statement: ALTER TABLE ... " + what,
                             hint="canonical files may only ENABLE/FORCE ROW LEVEL SECURITY "
                                  "or ADD CONSTRAINT with ALTER TABLE; change the CREATE "
                                  "statement instead and let `canon plan` write the ALTER")


def _objtype(node: Node) -> str:
    """An ALTER statement's object type in words."""
    return str(node.get("objtype", "OBJECT_TABLE")).removeprefix("OBJECT_").replace("_", " ")
