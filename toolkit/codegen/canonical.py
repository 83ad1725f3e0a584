"""Canonical files from a catalog (``canon inspect``): the adoption path for an existing database.

Layout, one file per object so that later changes diff cleanly:

- ``schema/_schemas.sql`` (schemas), ``schema/_extensions.sql`` (extensions);
- ``schema/<name>.sql`` per table (with its comments, indexes and grants), enum, domain,
  composite type, sequence and view;
- ``functions/<name>.sql`` per function name (every overload), with the triggers that execute it;
- ``policies/<table>.sql`` per table with row level security or policies.

Objects outside the first schema are named ``<schema>.<name>.sql``. Every statement is rendered by
:mod:`toolkit.render` from ``CreateObject`` / ``SetComment`` / ``SetRowSecurity`` changes, so the
files say exactly what ``canon plan`` would have written. Columns whose default draws from a
sequence the catalog does not list (the sequence behind a ``serial``) are written as ``serial``.
"""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Sequence as Ordered
from dataclasses import dataclass, field, replace

import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError

from toolkit.codegen.templating import render
from toolkit.diff.changes import Change, CreateObject, DropObject, SetComment, SetRowSecurity
from toolkit.model import (
    Catalog,
    Column,
    CompositeType,
    Domain,
    EnumType,
    Grant,
    QualifiedName,
    Sequence,
    Table,
    View,
)
from toolkit.model.catalog import CatalogObject
from toolkit.model.names import ObjectKey
from toolkit.render import render_change

_SERIAL_OF = {"integer": "serial", "bigint": "bigserial", "smallint": "smallserial"}
# What the shipped ``supabase`` prelude provides: its schemas and its API roles.
_SUPABASE_SCHEMAS = frozenset({"auth", "extensions"})
_SUPABASE_ROLES = frozenset({"anon", "authenticated", "service_role"})


@dataclass
class _File:
    changes: list[Change] = field(default_factory=list)


class CanonicalLayout:
    """Turns a catalog into ``{relative path: file text}``."""

    def __init__(self, catalog: Catalog, schemas: Ordered[str]) -> None:
        self.catalog = catalog
        self.default_schema = schemas[0] if schemas else "public"
        self.files: dict[str, _File] = {}
        self._sequences = {sequence.name for sequence in catalog.sequences}
        self._grants: dict[ObjectKey, list[Grant]] = {}
        for grant in catalog.grants:
            self._grants.setdefault(grant.target, []).append(grant)

    def render(self) -> dict[str, str]:
        """Every file's text, by path relative to the project root (sorted)."""
        self._layout()
        return {path: render("canonical.sql.j2", statements=self._statements(file.changes))
                for path, file in sorted(self.files.items()) if file.changes}

    # Placement ------------------------------------------------------------------------------

    def _layout(self) -> None:
        for schema in self.catalog.schemas:
            if schema.name != "public":
                self._object("schema/_schemas.sql", schema)
            else:
                self._add("schema/_schemas.sql", *self._comment(schema))
                self._add("schema/_schemas.sql", *self._grants_of(schema.key))
        for extension in self.catalog.extensions:
            self._add("schema/_extensions.sql", CreateObject(extension))
        named: list[EnumType | Domain | CompositeType | Sequence | View] = [
            *self.catalog.enums, *self.catalog.domains, *self.catalog.composites,
            *self.catalog.sequences, *self.catalog.views]
        for obj in named:
            self._object(self._schema_path(obj.name), obj)
        for table in self.catalog.tables:
            self._table(table)
        for function in self.catalog.functions:
            path = self._path("functions", function.name)
            self._object(path, function)
            if not any(g.grantee == "public" and g.privilege == "EXECUTE" and not g.columns
                       for g in self._grants.get(function.key, ())):
                # CREATE FUNCTION grants EXECUTE to PUBLIC; the database had it revoked.
                self._add(path, DropObject(Grant(function.key, "public", "EXECUTE")))
        functions = {function.name for function in self.catalog.functions}
        for trigger in self.catalog.triggers:
            owner = trigger.function
            if owner in functions:
                path = self._path("functions", owner)
            else:
                path = self._path("functions", QualifiedName(
                    trigger.table.schema, trigger.table.name + "_triggers"))
            self._object(path, trigger)
        for policy in self.catalog.policies:
            self._object(self._path("policies", policy.table), policy)

    def _table(self, table: Table) -> None:
        path = self._schema_path(table.name)
        columns = tuple(self._serial(column) for column in table.columns)
        plain = replace(table, columns=columns, rls_enabled=False, rls_forced=False)
        self._add(path, CreateObject(plain), *self._comment(table))
        for column in table.columns:
            if column.comment is not None:
                self._add(path, SetComment(table, None, column.comment, column.name))
        for constraint in table.constraints:
            self._add(path, *self._comment(constraint))
        for index in self.catalog.indexes_on(table.name):
            self._add(path, CreateObject(index), *self._comment(index))
        self._add(path, *self._grants_of(table.key))
        if table.rls_enabled or table.rls_forced:
            self._add(self._path("policies", table.name),
                      SetRowSecurity(table.name, (False, table.rls_enabled),
                                     (False, table.rls_forced)))

    def _serial(self, column: Column) -> Column:
        serial = _SERIAL_OF.get(column.data_type)
        if serial is None or column.default is None or column.identity is not None:
            return column
        sequence = _nextval_sequence(column.default)
        if sequence is None or sequence in self._sequences:
            return column
        return replace(column, data_type=serial, default=None)

    def _object(self, path: str, obj: CatalogObject) -> None:
        self._add(path, CreateObject(obj), *self._comment(obj), *self._grants_of(obj.key))

    def _comment(self, obj: CatalogObject) -> list[Change]:
        comment = getattr(obj, "comment", None)
        return [SetComment(obj, None, comment)] if comment is not None else []

    def _grants_of(self, key: ObjectKey) -> list[Change]:
        return [CreateObject(grant) for grant in self._grants.get(key, ())]

    def _add(self, path: str, *changes: Change) -> None:
        self.files.setdefault(path, _File()).changes.extend(changes)

    # Names ----------------------------------------------------------------------------------

    def _schema_path(self, name: QualifiedName) -> str:
        return self._path("schema", name)

    def _path(self, directory: str, name: QualifiedName) -> str:
        stem = name.name if name.schema == self.default_schema else f"{name.schema}.{name.name}"
        return f"{directory}/{_file_stem(stem)}.sql"

    @staticmethod
    def _statements(changes: Iterable[Change]) -> list[str]:
        return [statement for change in changes for statement in render_change(change)]


def canonical_files(catalog: Catalog, schemas: Ordered[str]) -> dict[str, str]:
    """The canonical files that declare ``catalog`` (see the module docstring)."""
    return CanonicalLayout(catalog, schemas).render()


def _file_stem(text: str) -> str:
    stem = "".join(ch if ch.isascii() and (ch.isalnum() or ch in "_-.") else "_" for ch in text)
    return stem.strip(".") or "_"


def _nextval_sequence(default: str) -> QualifiedName | None:
    """The sequence of a ``nextval('schema.name'::regclass)`` default, if that is what it is."""
    try:
        tree = sqlglot.parse_one(default, read="postgres")
    except SqlglotError:
        return None
    if not isinstance(tree, exp.Anonymous) or tree.name.lower() != "nextval" or len(
            tree.expressions) != 1:
        return None
    argument = tree.expressions[0]
    if isinstance(argument, exp.Cast):
        argument = argument.this
    if not isinstance(argument, exp.Literal) or not argument.is_string:
        return None
    try:
        table = exp.to_table(argument.this, dialect="postgres")
    except SqlglotError:
        return None
    schema = table.args.get("db")
    if schema is None:
        return None
    return QualifiedName(_folded(schema), _folded(table.this))


def _folded(identifier: exp.Expression) -> str:
    quoted = isinstance(identifier, exp.Identifier) and identifier.quoted
    return identifier.name if quoted else identifier.name.lower()


def uses_supabase(catalog: Catalog) -> bool:
    """Whether the catalog refers to what Supabase provides (``auth`` objects, API roles)."""
    for obj in catalog.objects():
        if any(key.schema in _SUPABASE_SCHEMAS for key in obj.depends_on):
            return True
        references = getattr(obj, "references", None)
        if isinstance(references, QualifiedName) and references.schema in _SUPABASE_SCHEMAS:
            return True
    roles = {role for policy in catalog.policies for role in policy.roles}
    roles |= {grant.grantee for grant in catalog.grants}
    return bool(roles & _SUPABASE_ROLES)
