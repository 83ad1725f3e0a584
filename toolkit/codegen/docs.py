"""Markdown schema documentation: migration inventory, table inventory by domain or schema, a
Mermaid ``erDiagram`` (one relationship per foreign key), every table's columns, keys, foreign
keys, indexes, row level security and policies, views, types and functions.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from toolkit.codegen.shapes import unique_column_sets
from toolkit.codegen.signatures import signature_of
from toolkit.codegen.templating import first_line, render
from toolkit.codegen.types import TypeResolver
from toolkit.codegen.views import ViewAnalyzer, table_column_not_null
from toolkit.model import Catalog, ConstraintKind, Function, QualifiedName, Table, View
from toolkit.model.objects import Identity

Namer = Callable[[QualifiedName], str]


@dataclass(frozen=True)
class MigrationLine:
    """One row of the migration inventory."""

    version: str
    file: str
    rollback: str
    status: str
    applied: str | None = None


@dataclass(frozen=True)
class DocsInput:
    """What the docs are made of besides the catalog."""

    origin: str
    schemas: Sequence[str]
    migrations: Sequence[MigrationLine] = ()
    with_database: bool = False
    groups: Mapping[QualifiedName, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Entity:
    """One entity block of the ER diagram."""

    id: str
    attributes: tuple[str, ...]


def generate_docs(catalog: Catalog, data: DocsInput) -> str:
    """The Markdown document for ``catalog``."""
    wanted = set(data.schemas)
    order = {schema: index for index, schema in enumerate(data.schemas)}
    resolver = TypeResolver(catalog, data.schemas)
    analyzer = ViewAnalyzer(catalog, resolver)
    default_schema = data.schemas[0] if data.schemas else "public"

    def sort_key(name: QualifiedName) -> tuple[int, str]:
        return order.get(name.schema, len(order)), name.name

    def shown(name: QualifiedName) -> str:
        return name.name if name.schema == default_schema else f"{name.schema}.{name.name}"

    tables = sorted((t for t in catalog.tables if t.name.schema in wanted),
                    key=lambda t: sort_key(t.name))
    views = sorted((v for v in catalog.views if v.name.schema in wanted),
                   key=lambda v: sort_key(v.name))
    context = {
        "origin": data.origin,
        "migrations": list(data.migrations),
        "with_database": data.with_database,
        "groups": _groups(tables, views, data, shown),
        "erd": _diagram(tables, catalog, resolver, shown),
        "tables": [_table(t, catalog, resolver, shown) for t in tables],
        "views": [_view(v, analyzer, shown) for v in views],
        "enums": [{"name": shown(e.name), "labels": e.labels, "comment": e.comment}
                  for e in sorted((e for e in catalog.enums if e.name.schema in wanted),
                                  key=lambda e: sort_key(e.name))],
        "domains": [{"name": shown(d.name), "base": resolver.resolve(d.base_type).display,
                     "not_null": d.not_null, "default": d.default,
                     "checks": [c.definition for c in d.checks], "comment": d.comment}
                    for d in sorted((d for d in catalog.domains if d.name.schema in wanted),
                                    key=lambda d: sort_key(d.name))],
        "functions": [_function(f, resolver, shown) for f in sorted(
            (f for f in catalog.functions if f.name.schema in wanted),
            key=lambda f: (sort_key(f.name), f.signature))],
    }
    return render("schema.md.j2", **context)


def _groups(tables: list[Table], views: list[View], data: DocsInput, shown: Namer
            ) -> list[dict[str, object]]:
    order = {schema: index for index, schema in enumerate(data.schemas)}
    groups: dict[str, list[dict[str, object]]] = {}
    titles: dict[str, str] = {}
    items: list[tuple[Table | View, str]] = [(t, "table") for t in tables]
    items += [(v, "view") for v in views]
    for obj, kind in items:
        domain = data.groups.get(obj.name)
        key = f"0 {domain}" if domain else f"1 {order.get(obj.name.schema, len(order)):04d}"
        titles[key] = domain if domain else f"Schema `{obj.name.schema}`"
        groups.setdefault(key, []).append({
            "name": shown(obj.name),
            "anchor": _anchor(obj.name), "kind": kind,
            "purpose": first_line(obj.comment)})
    return [{"title": titles[key], "entries": groups[key]} for key in sorted(groups)]


def _table(table: Table, catalog: Catalog, resolver: TypeResolver, shown: Namer
           ) -> dict[str, object]:
    columns = []
    for column in table.columns:
        domain = resolver.domain_of(column.data_type)
        shown_type = shown(domain.name) if domain else resolver.resolve(column.data_type).display
        if column.identity is not None:
            default = "identity (" + ("always" if column.identity is Identity.ALWAYS
                                      else "by default") + ")"
        elif column.generated is not None:
            default = f"generated: {column.generated}"
        else:
            default = column.default or ""
        columns.append({
            "name": column.name, "type": shown_type,
            "nullable": not table_column_not_null(table, column.name, resolver),
            "default": default, "comment": column.comment or ""})
    constraints = sorted(table.constraints, key=lambda c: c.name)
    keys = [{"name": c.name, "kind": "PRIMARY KEY" if c.kind is ConstraintKind.PRIMARY_KEY
             else "UNIQUE", "columns": c.columns, "definition": c.definition}
            for c in constraints if c.kind in (ConstraintKind.PRIMARY_KEY, ConstraintKind.UNIQUE)]
    checks = [{"name": c.name, "definition": c.definition}
              for c in constraints if c.kind in (ConstraintKind.CHECK, ConstraintKind.EXCLUDE)]
    foreign_keys = [{"name": c.name, "columns": c.columns,
                     "references": shown(c.references),
                     "referenced_columns": c.referenced_columns, "on_delete": c.on_delete,
                     "on_update": c.on_update}
                    for c in constraints
                    if c.kind is ConstraintKind.FOREIGN_KEY and c.references is not None]
    indexes = [{"name": i.name, "keys": i.keys, "method": i.method, "unique": i.unique,
                "predicate": i.predicate or "", "include": i.include,
                "definition": i.definition}
               for i in sorted(catalog.indexes_on(table.name), key=lambda i: i.name)]
    policies = [{"name": p.name, "command": p.command, "roles": p.roles,
                 "permissive": p.permissive, "using": p.using or "",
                 "with_check": p.with_check or ""}
                for p in sorted(catalog.policies_on(table.name), key=lambda p: p.name)]
    triggers = [{"name": t.name, "timing": t.timing, "events": t.events,
                 "function": str(t.function), "row": t.for_each_row}
                for t in sorted(catalog.triggers_on(table.name), key=lambda t: t.name)]
    return {"name": shown(table.name), "anchor": _anchor(table.name),
            "comment": table.comment or "", "columns": columns, "keys": keys, "checks": checks,
            "foreign_keys": foreign_keys, "indexes": indexes, "policies": policies,
            "triggers": triggers, "rls_enabled": table.rls_enabled,
            "rls_forced": table.rls_forced}


def _view(view: View, analyzer: ViewAnalyzer, shown: Namer) -> dict[str, object]:
    shape = analyzer.shape(view)
    return {"name": shown(view.name), "anchor": _anchor(view.name),
            "materialized": view.materialized, "comment": view.comment or "",
            "columns": [{"name": c.name, "type": c.type.display, "nullable": not c.not_null}
                        for c in shape.columns],
            "definition": view.definition.strip()}


def _function(function: Function, resolver: TypeResolver, shown: Namer) -> dict[str, object]:
    signature = signature_of(function)
    if function.procedure:
        returns = "—"
    elif signature.returns_set and signature.outputs:
        returns = "TABLE(" + ", ".join(
            f"{p.name} {resolver.resolve(p.type).display}" for p in signature.outputs) + ")"
    else:
        returns = ("SETOF " if signature.returns_set else "") + resolver.resolve(
            signature.returns or "void").display
    return {"name": shown(function.name),
            "kind": "procedure" if function.procedure else "function",
            "arguments": function.arguments, "returns": returns,
            "language": function.language, "volatility": function.volatility,
            "security": "definer" if function.security_definer else "invoker",
            "comment": function.comment or ""}


# The ER diagram ------------------------------------------------------------------------------


def _diagram(tables: list[Table], catalog: Catalog, resolver: TypeResolver, shown: Namer
             ) -> dict[str, object]:
    entities = []
    relationships = []
    for table in tables:
        foreign = {column for c in table.constraints if c.kind is ConstraintKind.FOREIGN_KEY
                   for column in c.columns}
        primary = set(table.primary_key)
        unique = {column for c in table.constraints if c.kind is ConstraintKind.UNIQUE
                  and len(c.columns) == 1 for column in c.columns}
        attributes = []
        for column in table.columns:
            marks = [mark for mark, present in (("PK", column.name in primary),
                                                ("FK", column.name in foreign),
                                                ("UK", column.name in unique)) if present]
            line = f"{_mermaid_word(resolver.resolve(column.data_type).short)} " \
                   f"{_mermaid_word(column.name)}"
            if marks:
                line += " " + ", ".join(marks)
            if column.comment:
                line += " " + _mermaid_string(first_line(column.comment))
            attributes.append(line)
        entities.append(Entity(_entity(shown(table.name)), tuple(attributes)))
        unique_sets = unique_column_sets(table, catalog)
        for constraint in sorted(table.constraints, key=lambda c: c.name):
            if constraint.kind is not ConstraintKind.FOREIGN_KEY or constraint.references is None:
                continue
            required = all(table_column_not_null(table, c, resolver) for c in constraint.columns)
            parent = "||" if required else "|o"
            child = "o|" if frozenset(constraint.columns) in unique_sets else "o{"
            relationships.append(
                f"{_entity(shown(constraint.references))} {parent}--{child} "
                f"{_entity(shown(table.name))} : {_mermaid_string(constraint.name)}")
    return {"entities": entities, "relationships": relationships}


def _entity(name: str) -> str:
    if name and (name[0].isalpha() or name[0] == "_") and all(
            ch.isascii() and (ch.isalnum() or ch in "_-") for ch in name):
        return name
    return _mermaid_string(name)


def _mermaid_word(text: str) -> str:
    word = "".join(ch if ch.isascii() and (ch.isalnum() or ch in "_-[]()") else "_"
                   for ch in text)
    return word if word and (word[0].isalpha() or word[0] in "_*") else "_" + word


def _mermaid_string(text: str) -> str:
    return '"' + text.replace('"', "'") + '"'


def _anchor(name: QualifiedName) -> str:
    text = f"{name.schema}-{name.name}".lower()
    return "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in text)
