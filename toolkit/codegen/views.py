"""The columns a view returns: type, whether they can be NULL, whether they can be written.

PostgreSQL records no nullability for view columns, and canonical files declare no types for
them, so both come from reading the view's query with sqlglot: a column that is a plain
reference to a NOT NULL column of a table on the inner side of every join is NOT NULL; so is a
non-NULL literal, ``count(...)`` and a ``coalesce`` with a NOT NULL argument. Everything else is
nullable. Types come from the catalog when it lists them (a live database), else from the
query (casts, literals, referenced columns). A view is writable when PostgreSQL would update
it automatically: one table or writable view in FROM, no joins, DISTINCT, GROUP BY, HAVING,
LIMIT, OFFSET, set operations or aggregates; its plain column references are its writable
columns.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError

from toolkit.codegen.types import UNKNOWN, SqlType, TypeResolver
from toolkit.model import Catalog, QualifiedName, Table, View
from toolkit.model.objects import Identity


@dataclass(frozen=True)
class OutputColumn:
    """One column of a view."""

    name: str
    type: SqlType
    not_null: bool = False
    writable: bool = False


@dataclass(frozen=True)
class ViewShape:
    """A view's columns, in order, and whether PostgreSQL can write through it."""

    columns: tuple[OutputColumn, ...]
    writable: bool = False


_UNKNOWN = SqlType(base=UNKNOWN, display="unknown")


@dataclass(frozen=True)
class _Source:
    alias: str
    relation: QualifiedName
    nullable: bool


class ViewAnalyzer:
    """Analyzes the views of one catalog (memoized, views over views included)."""

    def __init__(self, catalog: Catalog, resolver: TypeResolver) -> None:
        self.catalog = catalog
        self.resolver = resolver
        self._views = {view.name: view for view in catalog.views}
        self._tables = {table.name: table for table in catalog.tables}
        self._shapes: dict[QualifiedName, ViewShape] = {}
        self._columns: dict[QualifiedName, tuple[OutputColumn, ...]] = {}
        self._busy: set[QualifiedName] = set()

    def shape(self, view: View) -> ViewShape:
        """The columns of ``view``."""
        if view.name not in self._shapes:
            self._busy.add(view.name)
            try:
                self._shapes[view.name] = self._analyze(view)
            finally:
                self._busy.discard(view.name)
        return self._shapes[view.name]

    def _analyze(self, view: View) -> ViewShape:
        declared = {column.name: column.data_type for column in view.columns}
        select = _first_select(view.definition)
        if select is None:
            return ViewShape(tuple(OutputColumn(c.name, self.resolver.resolve(c.data_type))
                                   for c in view.columns))
        sources = self._sources(select)
        columns = []
        for name, expression, plain in self._projections(select, sources):
            sql_type, not_null = self._expression(expression, sources)
            if name in declared:
                sql_type = self.resolver.resolve(declared[name])
            columns.append(OutputColumn(name, sql_type, not_null,
                                        plain and self._writable_column(expression, sources)))
        if view.columns and [c.name for c in columns] != [c.name for c in view.columns]:
            columns = [OutputColumn(c.name, self.resolver.resolve(c.data_type))
                       for c in view.columns]
        writable = not view.materialized and _simple(select) and len(sources) == 1 and (
            self._writable_relation(sources[0].relation))
        if not writable:
            columns = [OutputColumn(c.name, c.type, c.not_null, False) for c in columns]
        return ViewShape(tuple(columns), writable)

    def _writable_column(self, expression: exp.Expression, sources: list[_Source]) -> bool:
        if not isinstance(expression, exp.Column):
            return False
        name = _identifier(expression.this)
        return any(c.writable for source in sources for c in self._columns_of(source.relation)
                   if c.name == name)

    def _writable_relation(self, name: QualifiedName) -> bool:
        if name in self._tables:
            return True
        view = self._views.get(name)
        return view is not None and name not in self._busy and self.shape(view).writable

    # FROM ---------------------------------------------------------------------------------

    def _sources(self, select: exp.Select) -> list[_Source]:
        sources: list[_Source] = []
        first = select.args.get("from_") or select.args.get("from")
        if isinstance(first, exp.From):
            self._add_source(sources, first.this, nullable=False)
        for join in select.args.get("joins") or ():
            side = (join.side or "").upper()
            if side in ("RIGHT", "FULL"):
                sources[:] = [_Source(s.alias, s.relation, True) for s in sources]
            self._add_source(sources, join.this, nullable=side in ("LEFT", "FULL"))
        return sources

    def _add_source(self, sources: list[_Source], item: exp.Expression, *, nullable: bool
                    ) -> None:
        alias = item.args.get("alias")
        shown = _identifier(alias.this) if isinstance(alias, exp.TableAlias) else (
            _identifier(item.this))
        if isinstance(item, exp.Table) and item.name:
            sources.append(_Source(shown, self._relation(item), nullable))
        else:  # a subquery or function in FROM: its columns are unknown here
            sources.append(_Source(shown, QualifiedName("", ""), nullable))

    def _relation(self, table: exp.Table) -> QualifiedName:
        name = _identifier(table.this)
        schema = _identifier(table.args.get("db"))
        if schema:
            return QualifiedName(schema, name)
        for searched in (*self.resolver.search_path, "public"):
            candidate = QualifiedName(searched, name)
            if candidate in self._tables or candidate in self._views:
                return candidate
        return QualifiedName("", name)

    def _columns_of(self, relation: QualifiedName) -> tuple[OutputColumn, ...]:
        """The columns of a table or view, worked out once per relation."""
        known = self._columns.get(relation)
        if known is not None:
            return known
        table = self._tables.get(relation)
        view = self._views.get(relation)
        if table is not None:
            known = tuple(OutputColumn(c.name, self.resolver.resolve(c.data_type),
                                       table_column_not_null(table, c.name, self.resolver),
                                       c.generated is None and c.identity is not Identity.ALWAYS)
                          for c in table.columns)
        elif view is not None and relation in self._busy:
            return ()  # a view that reads itself; not kept, it has columns once analyzed
        elif view is not None:
            known = self.shape(view).columns
        else:
            known = ()
        self._columns[relation] = known
        return known

    # SELECT list --------------------------------------------------------------------------

    def _projections(self, select: exp.Select, sources: list[_Source]
                     ) -> Iterator[tuple[str, exp.Expression, bool]]:
        for item in select.expressions:
            star_table = _star_table(item)
            if star_table is not None:
                for source in sources:
                    if star_table in ("", source.alias):
                        for column in self._columns_of(source.relation):
                            yield column.name, exp.column(column.name, source.alias), True
                continue
            if isinstance(item, exp.Alias):
                yield _identifier(item.args.get("alias")), item.this, isinstance(
                    item.this, exp.Column)
            elif isinstance(item, exp.Column):
                yield _identifier(item.this), item, True
            else:
                yield item.output_name or "?column?", item, False

    def _expression(self, node: exp.Expression, sources: list[_Source]
                    ) -> tuple[SqlType, bool]:
        if isinstance(node, exp.Paren | exp.Window):
            return self._expression(node.this, sources)
        if isinstance(node, exp.Column):
            return self._column(node, sources)
        if isinstance(node, exp.Cast):
            _, not_null = self._expression(node.this, sources)
            return self.resolver.resolve(node.to.sql("postgres")), not_null
        if isinstance(node, exp.Literal):
            text = "text" if node.is_string else ("integer" if node.is_int else "numeric")
            return self.resolver.resolve(text), True
        if isinstance(node, exp.Boolean):
            return self.resolver.resolve("boolean"), True
        if isinstance(node, exp.Count):
            return self.resolver.resolve("bigint"), True
        if isinstance(node, exp.Coalesce):
            parts = [self._expression(arg, sources) for arg in (node.this, *node.expressions)]
            return parts[0][0], any(not_null for _, not_null in parts)
        return _UNKNOWN, False

    def _column(self, column: exp.Column, sources: list[_Source]) -> tuple[SqlType, bool]:
        qualifier = _identifier(column.args.get("table"))
        name = _identifier(column.this)
        for source in sources:
            if qualifier and qualifier != source.alias:
                continue
            for candidate in self._columns_of(source.relation):
                if candidate.name == name:
                    return candidate.type, candidate.not_null and not source.nullable
        return _UNKNOWN, False


def table_column_not_null(table: Table, name: str, resolver: TypeResolver) -> bool:
    """Whether a table column can never hold NULL (NOT NULL, key, identity, NOT NULL domain)."""
    column = table.column(name)
    if column is None:
        return False
    if column.not_null or column.identity is not None:
        return True
    if name in table.primary_key:
        return True
    domain = resolver.domain_of(column.data_type)
    return domain is not None and domain.not_null


def _first_select(definition: str) -> exp.Select | None:
    try:
        tree = sqlglot.parse_one(definition.strip().rstrip(";"), read="postgres")
    except SqlglotError:
        return None
    while isinstance(tree, exp.Subquery):
        tree = tree.this
    return tree if isinstance(tree, exp.Select) else None


def _simple(select: exp.Select) -> bool:
    if any(select.args.get(part) for part in ("distinct", "group", "having", "limit", "offset",
                                               "with", "joins")):
        return False
    return select.find(exp.AggFunc, exp.Window) is None


def _star_table(item: exp.Expression) -> str | None:
    if isinstance(item, exp.Star):
        return ""
    if isinstance(item, exp.Column) and isinstance(item.this, exp.Star):
        return _identifier(item.args.get("table"))
    return None


def _identifier(node: exp.Expression | None) -> str:
    if node is None:
        return ""
    if isinstance(node, exp.Identifier):
        return node.name if node.quoted else node.name.lower()
    return node.name
