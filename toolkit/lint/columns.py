"""Columns as type rules see them, from the declared schema or from a migration statement.

A rule about column types ("timestamp without time zone", "serial") is the same rule whether
the column is declared in a canonical file or added by a migration; :class:`ColumnRule` runs
one check over both.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, ClassVar

from toolkit.lint.files import Spot
from toolkit.lint.findings import Mode
from toolkit.lint.registry import BOTH_MODES, MIGRATION_ONLY, Hit, Rule
from toolkit.lint.schema import SchemaView
from toolkit.lint.state import StatementContext
from toolkit.lint.tree import range_var, strings, unwrap
from toolkit.lint.types import SqlType, from_text, from_type_name
from toolkit.model import ConstraintKind, QualifiedName, SourceLocation


@dataclass(slots=True)
class ColumnSite:
    """A declared or added column: table, name, type, keys and where its type is written."""

    table: QualifiedName
    name: str
    type: SqlType
    where: Spot | SourceLocation | None
    primary_key: bool = False
    identity: bool = False
    default: Any = None
    changes_type: bool = False

    @property
    def label(self) -> str:
        """``schema.table.column``."""
        return f"{self.table}.{self.name}"


def schema_columns(schema: SchemaView) -> dict[str, list[ColumnSite]]:
    """Every column of every declared table, grouped by base type (built once)."""
    cached: dict[str, list[ColumnSite]] | None = schema.memo.get("columns")
    if cached is None:
        cached = {}
        for site in _schema_columns(schema):
            cached.setdefault(site.type.base, []).append(site)
        schema.memo["columns"] = cached
    return cached


def _schema_columns(schema: SchemaView) -> Iterator[ColumnSite]:
    """Column sites of a catalog built elsewhere (without adapter sites)."""
    for table in schema.catalog.tables:
        primary = {column for constraint in table.constraints
                   if constraint.kind is ConstraintKind.PRIMARY_KEY
                   for column in constraint.columns}
        for column in table.columns:
            tree = schema.columns.get((table.name, column.name))
            default = _default_of(tree.declared.node) if tree is not None else None
            yield ColumnSite(table.name, column.name, schema.column_type(table, column),
                             schema.column_where(table, column),
                             primary_key=column.name in primary,
                             identity=column.identity is not None, default=default)


def statement_columns(ctx: StatementContext) -> Iterator[ColumnSite]:
    """Columns a CREATE TABLE or ALTER TABLE statement declares, adds or retypes."""
    node = ctx.node
    if ctx.kind == "CreateStmt":
        table = QualifiedName(*range_var(node.get("relation"), ctx.default_schema))
        primary: set[str] = set()
        for element in node.get("tableElts", ()):
            kind, fields = unwrap(element)
            if kind == "Constraint" and fields.get("contype") == "CONSTR_PRIMARY":
                primary.update(strings(fields.get("keys")))
        for element in node.get("tableElts", ()):
            kind, fields = unwrap(element)
            if kind == "ColumnDef":
                yield _site(ctx, table, fields.get("colname", ""), fields, primary)
    elif ctx.kind == "AlterTableStmt":
        table = QualifiedName(*range_var(node.get("relation"), ctx.default_schema))
        for cmd in node.get("cmds", ()):
            fields = cmd.get("AlterTableCmd", {})
            column = fields.get("def", {}).get("ColumnDef")
            if column is None:
                continue
            if fields.get("subtype") == "AT_AddColumn":
                yield _site(ctx, table, column.get("colname", ""), column, set())
            elif fields.get("subtype") == "AT_AlterColumnType":
                site = _site(ctx, table, fields.get("name", ""), column, set())
                yield ColumnSite(site.table, site.name, site.type, site.where,
                                 changes_type=True)


def _site(ctx: StatementContext, table: QualifiedName, name: str, fields: dict[str, Any],
          primary: set[str]) -> ColumnSite:
    """The site of one ``ColumnDef`` of a statement."""
    type_fields = fields.get("typeName", {})
    constraints = [unwrap(item)[1] for item in fields.get("constraints", ())]
    kinds = {constraint.get("contype") for constraint in constraints}
    return ColumnSite(
        table, name, from_type_name(type_fields) if type_fields else from_text("unknown"),
        ctx.spot(int(type_fields.get("location", fields.get("location", 0)))),
        primary_key=name in primary or "CONSTR_PRIMARY" in kinds,
        identity="CONSTR_IDENTITY" in kinds, default=_default_of(fields))


def _default_of(column: dict[str, Any]) -> Any:
    """The DEFAULT expression tree of a ``ColumnDef``, if any."""
    for item in column.get("constraints", ()):
        fields = unwrap(item)[1]
        if fields.get("contype") == "CONSTR_DEFAULT":
            return fields.get("raw_expr")
    return None


class ColumnRule(Rule):
    """A rule about one column at a time, in canonical files and in migrations alike.

    ``types`` lists the base types the rule is about (None: every type), so a schema of
    thousands of columns costs each rule only the columns it can flag.
    """

    modes = BOTH_MODES
    kinds = ("CreateStmt", "AlterTableStmt")
    types: ClassVar[frozenset[str] | None] = None

    @property
    def statement_modes(self) -> frozenset[Mode]:
        """Statements only in migrations: canonical columns are read from the schema."""
        return self.modes & MIGRATION_ONLY

    def problem(self, site: ColumnSite) -> str | None:
        """The message for a column that breaks the rule, else None."""
        raise NotImplementedError

    def check_schema(self, schema: SchemaView) -> Iterator[Hit]:
        """Run :meth:`problem` over every declared column of the rule's types."""
        by_type = schema_columns(schema)
        groups = by_type.values() if self.types is None else (
            by_type.get(base, ()) for base in self.types)
        for sites in groups:
            for site in sites:
                message = self.problem(site)
                if message:
                    yield Hit(message, site.where)

    def check_statement(self, ctx: StatementContext) -> Iterator[Hit]:
        """Run :meth:`problem` over the columns a migration statement adds or changes."""
        for site in statement_columns(ctx):
            message = self.problem(site)
            if message:
                yield Hit(message, site.where)
