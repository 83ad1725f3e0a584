"""The declared schema of linted files, derived from their parse trees in one pass.

This is what lint needs of a Catalog when it reads SQL files itself (``canon lint FILE``):
tables with columns and constraints, row level security, indexes, policies, functions, views,
extensions and grants, each with its parse tree and place. Expression texts are the declared
source text; rules read the trees kept beside them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from toolkit.lint.columns import ColumnSite
from toolkit.lint.files import SourceFile, Spot
from toolkit.lint.schema import ColumnTree, Declared, SchemaView
from toolkit.lint.settings import LintSettings
from toolkit.lint.tree import (
    def_elems,
    def_value,
    qualified,
    range_var,
    role_names,
    start_location,
    strings,
    unwrap,
)
from toolkit.lint.types import SqlType, from_type_name
from toolkit.model import (
    Catalog,
    Column,
    Constraint,
    ConstraintKind,
    Extension,
    Function,
    Grant,
    Index,
    ObjectKey,
    Policy,
    QualifiedName,
    Table,
    Trigger,
    View,
)
from toolkit.model.names import KIND_FUNCTION, KIND_PROCEDURE, KIND_SCHEMA, KIND_TABLE
from toolkit.model.objects import Identity
from toolkit.source.parser import Statement

_CONSTRAINT_KINDS = {
    "CONSTR_PRIMARY": ConstraintKind.PRIMARY_KEY,
    "CONSTR_UNIQUE": ConstraintKind.UNIQUE,
    "CONSTR_CHECK": ConstraintKind.CHECK,
    "CONSTR_FOREIGN": ConstraintKind.FOREIGN_KEY,
    "CONSTR_EXCLUSION": ConstraintKind.EXCLUDE,
}
_SUFFIX = {ConstraintKind.PRIMARY_KEY: "pkey", ConstraintKind.UNIQUE: "key",
           ConstraintKind.CHECK: "check", ConstraintKind.FOREIGN_KEY: "fkey",
           ConstraintKind.EXCLUDE: "excl"}
_FK_ACTIONS = {"a": "NO ACTION", "r": "RESTRICT", "c": "CASCADE", "n": "SET NULL",
               "d": "SET DEFAULT"}
_COMMANDS = {"all": "ALL", "select": "SELECT", "insert": "INSERT", "update": "UPDATE",
             "delete": "DELETE"}


_NO_FIELDS: dict[str, Any] = {}


class _TableDraft:
    """A table being assembled from CREATE TABLE and later ALTER TABLE statements."""

    def __init__(self, name: QualifiedName, declared: Declared) -> None:
        """Start empty."""
        self.name = name
        self.declared = declared
        self.columns: list[Column] = []
        self.constraints: list[Constraint] = []
        self.rls_enabled = False
        self.rls_forced = False
        self.unlogged = False
        self.partition_of: QualifiedName | None = None
        # name, type, where its type is written, identity, default tree, column PRIMARY KEY
        self.sites: list[tuple[str, SqlType, Spot, bool, Any, bool]] = []

    def column_sites(self) -> list[ColumnSite]:
        """The table's columns as :class:`ColumnSite`, with primary keys known."""
        primary = {column for constraint in self.constraints
                   if constraint.kind is ConstraintKind.PRIMARY_KEY
                   for column in constraint.columns}
        return [ColumnSite(self.name, name, sql_type, where, primary_key=name in primary,
                           identity=identity, default=default)
                for name, sql_type, where, identity, default, _ in self.sites]

    def finish(self) -> Table:
        """Freeze what was collected."""
        return Table(name=self.name, columns=tuple(self.columns),
                     constraints=tuple(self.constraints), rls_enabled=self.rls_enabled,
                     rls_forced=self.rls_forced, unlogged=self.unlogged,
                     partition_of=self.partition_of)


class _Builder:
    """Collects catalog objects, parse trees and places while walking statements once."""

    def __init__(self, settings: LintSettings) -> None:
        """Start empty."""
        self.settings = settings
        self.schema = settings.default_schema
        self.tables: dict[QualifiedName, _TableDraft] = {}
        self.view = SchemaView(Catalog(), settings)
        self.indexes: list[Index] = []
        self.policies: list[Policy] = []
        self.functions: list[Function] = []
        self.views: list[View] = []
        self.grants: list[Grant] = []
        self.extensions: list[Extension] = []
        self.triggers: list[Trigger] = []
        self.rls: list[tuple[QualifiedName, str]] = []

    def add(self, file: SourceFile, statement: Statement) -> None:
        """Record one statement and read what it declares."""
        self.view.by_kind.setdefault(statement.kind, []).append((file, statement))
        handler = getattr(self, f"_on_{statement.kind}", None)
        if handler is not None:
            handler(file, statement, statement.node)

    # -- tables -------------------------------------------------------------------------

    def _on_CreateStmt(self, file: SourceFile, statement: Statement,
                       node: dict[str, Any]) -> None:
        """A table with its columns and constraints."""
        relation = node.get("relation", {})
        name = QualifiedName(*range_var(relation, self.schema))
        declared = Declared(file, statement, node, int(relation.get("location", 0)))
        draft = _TableDraft(name, declared)
        draft.unlogged = relation.get("relpersistence") == "u"
        if node.get("partbound") and node.get("inhRelations"):
            parent = unwrap(node["inhRelations"][0])[1]
            draft.partition_of = QualifiedName(*range_var(parent, self.schema))
        self.tables[name] = draft
        for element in node.get("tableElts", ()):
            column = element.get("ColumnDef")
            if column is not None:
                self._column(draft, file, statement, column)
            elif "Constraint" in element:
                self._constraint(draft, file, statement, element["Constraint"], column=None)

    def _column(self, draft: _TableDraft, file: SourceFile, statement: Statement,
                fields: dict[str, Any]) -> None:
        """One column: the model column, its parse tree and its site."""
        name = fields.get("colname", "")
        type_fields = fields.get("typeName", {})
        sql_type = from_type_name(type_fields)
        not_null = False
        default = None
        default_tree = None
        identity = None
        generated = None
        for item in fields.get("constraints", ()):
            constraint = item.get("Constraint", _NO_FIELDS)
            contype = constraint.get("contype", "")
            if contype == "CONSTR_NOTNULL":
                not_null = True
            elif contype == "CONSTR_DEFAULT":
                default_tree = constraint.get("raw_expr")
                default = _expr_text(file, default_tree)
            elif contype == "CONSTR_IDENTITY":
                identity = (Identity.ALWAYS if constraint.get("generated_when") == "a"
                            else Identity.BY_DEFAULT)
                not_null = True
            elif contype == "CONSTR_GENERATED":
                generated = _expr_text(file, constraint.get("raw_expr"))
            elif contype == "CONSTR_PRIMARY":
                not_null = True
            if contype in _CONSTRAINT_KINDS:
                self._constraint(draft, file, statement, constraint, column=name)
        offset = int(fields.get("location", 0))
        declared = Declared(file, statement, fields, offset)
        draft.columns.append(Column(name=name, data_type=sql_type.text, not_null=not_null,
                                    default=default, identity=identity, generated=generated))
        type_offset = int(type_fields.get("location", offset))
        self.view.columns[(draft.name, name)] = ColumnTree(declared, sql_type, type_offset)
        draft.sites.append((name, sql_type, Spot(file, type_offset), identity is not None,
                            default_tree, False))

    def _constraint(self, draft: _TableDraft, file: SourceFile, statement: Statement,
                    fields: dict[str, Any], column: str | None) -> None:
        """One table or column constraint."""
        kind = _CONSTRAINT_KINDS.get(fields.get("contype", ""))
        if kind is None:
            return
        if column is not None:
            columns: tuple[str, ...] = (column,)
        elif kind is ConstraintKind.FOREIGN_KEY:
            columns = tuple(strings(fields.get("fk_attrs")))
        else:
            columns = tuple(strings(fields.get("keys")))
        references = None
        referenced: tuple[str, ...] = ()
        if kind is ConstraintKind.FOREIGN_KEY:
            references = QualifiedName(*range_var(fields.get("pktable"), self.schema))
            referenced = tuple(strings(fields.get("pk_attrs")))
        name = fields.get("conname") or _default_name(draft.name.name, kind, columns)
        declared = Declared(file, statement, fields, int(fields.get("location", 0)))
        constraint = Constraint(
            table=draft.name, name=name, kind=kind, definition=_expr_text(
                file, fields.get("raw_expr")) or "", columns=columns, references=references,
            referenced_columns=referenced,
            on_delete=_FK_ACTIONS.get(fields.get("fk_del_action", "a"), "NO ACTION"),
            on_update=_FK_ACTIONS.get(fields.get("fk_upd_action", "a"), "NO ACTION"),
            deferrable=bool(fields.get("deferrable")),
            initially_deferred=bool(fields.get("initdeferred")),
            validated=not fields.get("skip_validation"))
        draft.constraints.append(constraint)
        self.view.remember(constraint, declared)

    def _on_AlterTableStmt(self, file: SourceFile, statement: Statement,
                           node: dict[str, Any]) -> None:
        """Row level security, constraints and columns added to a declared table."""
        name = QualifiedName(*range_var(node.get("relation"), self.schema))
        draft = self.tables.get(name)
        for cmd in node.get("cmds", ()):
            fields = cmd.get("AlterTableCmd", {})
            subtype = fields.get("subtype", "")
            if subtype in ("AT_EnableRowSecurity", "AT_ForceRowSecurity"):
                self.rls.append((name, subtype))
            elif draft is None:
                continue
            elif subtype == "AT_AddConstraint":
                constraint = fields.get("def", {}).get("Constraint", {})
                self._constraint(draft, file, statement, constraint, column=None)
            elif subtype == "AT_AddColumn":
                column = fields.get("def", {}).get("ColumnDef", {})
                self._column(draft, file, statement, column)

    # -- other objects ------------------------------------------------------------------

    def _on_IndexStmt(self, file: SourceFile, statement: Statement,
                      node: dict[str, Any]) -> None:
        """An index."""
        relation = node.get("relation", {})
        table = QualifiedName(*range_var(relation, self.schema))
        keys = tuple(_index_key(file, element) for element in node.get("indexParams", ()))
        include = tuple(_index_key(file, element)
                        for element in node.get("indexIncludingParams", ()))
        name = node.get("idxname") or f"{table.name}_{'_'.join(keys)}_idx"
        declared = Declared(file, statement, node, statement.start)
        index = Index(table=table, name=name, definition=statement.text,
                      unique=bool(node.get("unique")),
                      method=node.get("accessMethod", "btree"), keys=keys, include=include,
                      predicate=_expr_text(file, node.get("whereClause")))
        self.indexes.append(index)
        self.view.remember(index, declared)

    def _on_CreatePolicyStmt(self, file: SourceFile, statement: Statement,
                             node: dict[str, Any]) -> None:
        """A row level security policy."""
        table = QualifiedName(*range_var(node.get("table"), self.schema))
        declared = Declared(file, statement, node, statement.start)
        policy = Policy(table=table, name=node.get("policy_name", ""),
                        permissive=bool(node.get("permissive")),
                        command=_COMMANDS.get(node.get("cmd_name", "all"), "ALL"),
                        roles=tuple(role_names(node.get("roles"))) or ("public",),
                        using=_expr_text(file, node.get("qual")),
                        with_check=_expr_text(file, node.get("with_check")))
        self.policies.append(policy)
        self.view.remember(policy, declared)

    def _on_CreateFunctionStmt(self, file: SourceFile, statement: Statement,
                               node: dict[str, Any]) -> None:
        """A function or procedure with its options."""
        schema, name = qualified(strings(node.get("funcname")), self.schema)
        options = def_elems(node.get("options"))
        arguments = []
        signature = []
        for parameter in node.get("parameters", ()):
            fields = unwrap(parameter)[1]
            mode = fields.get("mode", "FUNC_PARAM_DEFAULT")
            type_text = from_type_name(fields.get("argType", {})).text
            arguments.append(f"{fields.get('name', '')} {type_text}".strip())
            if mode not in ("FUNC_PARAM_OUT", "FUNC_PARAM_TABLE"):
                signature.append(type_text)
        body = def_value(options.get("as"))
        body_text = body[0] if isinstance(body, list) and body else (
            body if isinstance(body, str) else "")
        config = []
        for option in node.get("options", ()):
            fields = unwrap(option)[1]
            if fields.get("defname") == "set":
                setting = unwrap(fields.get("arg"))[1]
                values = ", ".join(str(const_text) for const_text in _set_values(setting))
                config.append(f"{setting.get('name', '')}={values}")
        returns = node.get("returnType")
        declared = Declared(file, statement, node, statement.start)
        function = Function(
            name=QualifiedName(schema, name), signature=", ".join(signature),
            arguments=", ".join(arguments),
            returns=from_type_name(returns).text if returns else None,
            language=str(def_value(options.get("language")) or "sql").lower(),
            body=body_text, procedure=bool(node.get("is_procedure")),
            volatility=str(def_value(options.get("volatility")) or "volatile"),
            strict=bool(def_value(options.get("strict"))),
            security_definer=bool(def_value(options.get("security"))),
            config=tuple(config))
        self.functions.append(function)
        self.view.remember(function, declared)

    def _on_ViewStmt(self, file: SourceFile, statement: Statement,
                     node: dict[str, Any]) -> None:
        """A view with its options."""
        name = QualifiedName(*range_var(node.get("view"), self.schema))
        options = tuple(f"{elem.get('defname', '')}={def_value(elem)}".lower()
                        for elem in def_elems(node.get("options")).values())
        declared = Declared(file, statement, node, statement.start)
        view = View(name=name, definition=_expr_text(file, node.get("query")) or "",
                    options=options)
        self.views.append(view)
        self.view.remember(view, declared)

    def _on_CreateTableAsStmt(self, file: SourceFile, statement: Statement,
                              node: dict[str, Any]) -> None:
        """A materialized view."""
        if node.get("objtype") != "OBJECT_MATVIEW":
            return
        name = QualifiedName(*range_var(node.get("into", {}).get("rel"), self.schema))
        declared = Declared(file, statement, node, statement.start)
        view = View(name=name, definition=_expr_text(file, node.get("query")) or "",
                    materialized=True)
        self.views.append(view)
        self.view.remember(view, declared)

    def _on_CreateExtensionStmt(self, file: SourceFile, statement: Statement,
                                node: dict[str, Any]) -> None:
        """An extension and the schema it lands in."""
        schema = def_value(def_elems(node.get("options")).get("schema"))
        declared = Declared(file, statement, node, statement.start)
        extension = Extension(name=node.get("extname", ""),
                              schema=str(schema) if schema else self.schema)
        self.extensions.append(extension)
        self.view.remember(extension, declared)

    def _on_CreateTrigStmt(self, file: SourceFile, statement: Statement,
                           node: dict[str, Any]) -> None:
        """A trigger."""
        table = QualifiedName(*range_var(node.get("relation"), self.schema))
        declared = Declared(file, statement, node, statement.start)
        trigger = Trigger(table=table, name=node.get("trigname", ""),
                          definition=statement.text,
                          function=QualifiedName(*qualified(strings(node.get("funcname")),
                                                            self.schema)),
                          for_each_row=bool(node.get("row")))
        self.triggers.append(trigger)
        self.view.remember(trigger, declared)

    def _on_GrantStmt(self, file: SourceFile, statement: Statement,
                      node: dict[str, Any]) -> None:
        """Privileges granted on named objects, one Grant per object, role and privilege."""
        if not node.get("is_grant") or node.get("targtype") != "ACL_TARGET_OBJECT":
            return
        privileges = [unwrap(item)[1].get("priv_name", "").upper()
                      for item in node.get("privileges", ())] or ["ALL"]
        declared = Declared(file, statement, node, statement.start)
        for target in _grant_targets(node, self.schema):
            for grantee in role_names(node.get("grantees")):
                for privilege in privileges:
                    grant = Grant(target=target, grantee=grantee, privilege=privilege,
                                  grantable=bool(node.get("grant_option")))
                    self.grants.append(grant)
                    self.view.remember(grant, declared)

    # -- result -------------------------------------------------------------------------

    def finish(self) -> SchemaView:
        """Freeze what was collected."""
        for name, subtype in self.rls:
            draft = self.tables.get(name)
            if draft is None:
                continue
            if subtype == "AT_EnableRowSecurity":
                draft.rls_enabled = True
            else:
                draft.rls_forced = True
        tables = []
        sites: dict[str, list[ColumnSite]] = {}
        for draft in self.tables.values():
            table = draft.finish()
            self.view.remember(table, draft.declared)
            tables.append(table)
            for site in draft.column_sites():
                sites.setdefault(site.type.base, []).append(site)
        self.view.memo["columns"] = sites
        # In declaration order: lint reports follow the files, and nothing here compares
        # catalogs, so the key order Catalog.build gives is not needed.
        self.view.catalog = Catalog(
            tables=tuple(tables), indexes=tuple(self.indexes), policies=tuple(self.policies),
            functions=tuple(self.functions), views=tuple(self.views), grants=tuple(self.grants),
            extensions=tuple(self.extensions), triggers=tuple(self.triggers))
        return self.view


def build_schema(files: Iterable[SourceFile], settings: LintSettings) -> SchemaView:
    """The declared schema of ``files`` (read as canonical files), with parse trees."""
    builder = _Builder(settings)
    for file in files:
        for statement in file.statements:
            builder.add(file, statement)
    return builder.finish()


def _default_name(table: str, kind: ConstraintKind, columns: tuple[str, ...]) -> str:
    """The name PostgreSQL gives an unnamed constraint."""
    if kind is ConstraintKind.PRIMARY_KEY:
        return f"{table}_pkey"
    middle = "_".join(columns)
    return f"{table}_{middle}_{_SUFFIX[kind]}" if middle else f"{table}_{_SUFFIX[kind]}"


def _expr_text(file: SourceFile, node: Any) -> str | None:
    """The declared text of an expression, from its first token to the end of its line."""
    if not node:
        return None
    own = node.get("A_Const") or node.get("FuncCall") or node.get("ColumnRef")
    start = own.get("location", -1) if own is not None else start_location(node, -1)
    if start < 0:
        return "?"
    end = file.data.find(b"\n", start)
    return file.slice(start, end if end >= 0 else len(file.data)).strip()


def _index_key(file: SourceFile, element: Any) -> str:
    """An index key as text: the column name, or the expression in parentheses."""
    fields = unwrap(element)[1]
    if fields.get("name"):
        return str(fields["name"])
    return f"({_expr_text(file, fields.get('expr'))})"


def _set_values(setting: dict[str, Any]) -> list[str]:
    """The values of a function's ``SET name = value`` option."""
    values = []
    for arg in setting.get("args", ()):
        kind, fields = unwrap(arg)
        if kind == "A_Const":
            inner = fields.get("sval") or fields.get("ival") or {}
            values.append(str(inner.get("sval", inner.get("ival", ""))))
    return values


def _grant_targets(node: dict[str, Any], default_schema: str) -> list[ObjectKey]:
    """Keys of the objects a GRANT names."""
    objtype = node.get("objtype", "")
    targets = []
    for item in node.get("objects", ()):
        kind, fields = unwrap(item)
        if kind == "RangeVar":
            schema, name = range_var(fields, default_schema)
            targets.append(ObjectKey(KIND_TABLE, schema, name))
        elif kind == "ObjectWithArgs":
            schema, name = qualified(strings(fields.get("objname")), default_schema)
            types = ", ".join(from_type_name(unwrap(arg)[1]).text
                              for arg in fields.get("objargs", ()))
            kind_name = KIND_PROCEDURE if objtype == "OBJECT_PROCEDURE" else KIND_FUNCTION
            targets.append(ObjectKey(kind_name, schema, name, signature=types))
        elif kind == "String" and objtype == "OBJECT_SCHEMA":
            targets.append(ObjectKey(KIND_SCHEMA, "", fields.get("sval", "")))
    return targets
