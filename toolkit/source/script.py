"""The text of each compiled step: the declared statement, or the statements canon adds.

Statements come out as written. A table created before the other end of a foreign-key cycle
is printed from its parse tree without those foreign keys (pglast deparse), and each comes
back as ``ALTER TABLE ... ADD CONSTRAINT`` composed with ``psycopg.sql``; a sequence's
``OWNED BY`` likewise moves to an ``ALTER SEQUENCE`` after its table.
"""

from __future__ import annotations

from typing import Any

from toolkit.errors import Location
from toolkit.model import ObjectKey, Table
from toolkit.model.names import KIND_CONSTRAINT
from toolkit.source.builder import Build, to_location
from toolkit.source.declarations import Declaration
from toolkit.source.order import Step
from toolkit.source.parser import Statement
from toolkit.source.readers.common import qualify

HEADER = ("-- Compiled by canon from the canonical files; do not edit.\n"
          "-- Apply to an empty database that already has the project's prelude.\n")


class CompiledStatement:
    """One statement of the compiled script: its text (no semicolon), origin and object.

    ``location`` is where it was declared; it is worked out on first use (a big project has
    tens of thousands of statements and a compile rarely looks at their places).
    """

    __slots__ = ("_origin", "key", "text")

    def __init__(self, text: str, origin: Location | Statement, key: ObjectKey) -> None:
        self.text = text
        self.key = key
        self._origin = origin

    @property
    def location(self) -> Location:
        """File, line and column of the declaration this statement comes from."""
        origin = self._origin
        return origin.location if isinstance(origin, Statement) else origin

    def __repr__(self) -> str:
        return f"CompiledStatement({self.key}, {self.location})"


def render(steps: list[Step], build: Build) -> list[CompiledStatement]:
    """The text of every step, in order."""
    rendered = []
    for step in steps:
        declaration = build.declarations[step.declaration]
        if step.kind == "foreign key":
            rendered.append(_foreign_key(declaration, step))
        elif step.kind == "owner":
            rendered.append(_owner(declaration))
        else:
            rendered.append(CompiledStatement(_statement_text(declaration, step),
                                              declaration.statement, declaration.key))
    return rendered


def script(statements: list[CompiledStatement]) -> str:
    """The whole script: header, then each statement and its semicolon."""
    parts = [HEADER]
    for statement in statements:
        text = statement.text.rstrip()
        last_line = text.rsplit("\n", 1)[-1]
        # A trailing "--" comment would swallow a semicolon on the same line.
        parts.append(text + ("\n;" if "--" in last_line else ";") + "\n")
    return "\n".join(parts)


def _statement_text(declaration: Declaration, step: Step) -> str:
    """The declared text, or its parse tree printed without cut foreign keys."""
    if not step.detached and declaration.owned_by is None:
        return declaration.statement.text.rstrip()
    import pglast
    from pglast.stream import IndentedStream, RawStream

    raw = pglast.parse_sql(declaration.statement.text)[0]
    node: Any = raw.stmt
    if declaration.owned_by is not None:
        node.options = tuple(option for option in node.options or ()
                             if option.defname != "owned_by")
    if step.detached:
        paths = [declaration.fk_paths[name] for name in step.detached]
        whole = {element for element, position in paths if position is None}
        columns: dict[int, set[int]] = {}
        for element, position in paths:
            if position is not None:
                columns.setdefault(element, set()).add(position)
        elements = list(node.tableElts)
        for element, positions in columns.items():
            kept = []
            skipping = False
            for position, constraint in enumerate(elements[element].constraints):
                attribute = constraint.contype.name.startswith("CONSTR_ATTR_")
                if position in positions:
                    skipping = True
                    continue
                if skipping and attribute:
                    continue
                skipping = False
                kept.append(constraint)
            elements[element].constraints = tuple(kept) or None
        node.tableElts = tuple(element for index, element in enumerate(elements)
                               if index not in whole)
    if not step.detached:
        return str(RawStream()(raw))
    return str(IndentedStream(comma_at_eoln=True)(raw))


def _foreign_key(declaration: Declaration, step: Step) -> CompiledStatement:
    """``ALTER TABLE ... ADD CONSTRAINT`` for a foreign key cut from a cycle."""
    from psycopg import sql

    assert step.constraint is not None
    key = ObjectKey(KIND_CONSTRAINT, declaration.key.schema, step.constraint,
                    parent=declaration.key.name)
    table = declaration.objects[0]
    assert isinstance(table, Table)
    constraint = next(c for c in table.constraints if c.key == key)
    text = sql.SQL("ALTER TABLE {} ADD CONSTRAINT {} {}").format(
        sql.Identifier(key.schema, key.parent), sql.Identifier(key.name),
        sql.SQL(constraint.definition)).as_string(None)
    location = to_location(getattr(constraint, "location", None), declaration.location)
    return CompiledStatement(text, location, key)


def _owner(declaration: Declaration) -> CompiledStatement:
    """``ALTER SEQUENCE ... OWNED BY`` for a sequence owned by a column."""
    from psycopg import sql

    assert declaration.owned_by is not None
    table_name, column = declaration.owned_by
    table = qualify(table_name)
    text = sql.SQL("ALTER SEQUENCE {} OWNED BY {}").format(
        sql.Identifier(declaration.key.schema, declaration.key.name),
        sql.Identifier(table.schema, table.name, column)).as_string(None)
    return CompiledStatement(text, declaration.location, declaration.key)
