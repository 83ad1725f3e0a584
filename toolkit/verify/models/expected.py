"""What the database's types look like in each language: the type map's text for a column's
type, read back into a form by the same reader that reads the models.

TypeScript: :func:`toolkit.codegen.types.typescript_type`, with enums, composite types and row
types written as ``Database["schema"][...]`` paths as ``canon gen typescript`` writes them
(an enum outside the managed schemas as the union of its labels). Python:
:func:`toolkit.codegen.types.python_type`, with those references as the class names
``canon gen python`` gives them.
"""

from __future__ import annotations

import ast
import json
from dataclasses import dataclass
from pathlib import Path

from toolkit.codegen.naming import class_stem
from toolkit.codegen.shapes import Shapes
from toolkit.codegen.types import SqlType, python_type, typescript_type
from toolkit.model import QualifiedName
from toolkit.verify.models.forms import CompositeOf, EnumOf, Form, RowOf
from toolkit.verify.models.python import AnnotationForms
from toolkit.verify.models.ts_parser import parse_type_text
from toolkit.verify.models.typescript import TypeForms

_TYPE_MAP = Path("<type map>")


@dataclass(frozen=True)
class Expected:
    """A column type as the type map writes it in one language, and its form."""

    form: Form
    text: str
    sql: str


class Expectations:
    """The expected forms of SQL types in one language (``typescript`` or ``python``)."""

    def __init__(self, shapes: Shapes, language: str) -> None:
        self.language = language
        self.schemas = set(shapes.schemas)
        self.views = {relation.name for relation in shapes.relations if relation.view}
        self.default_schema = shapes.schemas[0] if shapes.schemas else "public"
        labels = {enum.name: frozenset(enum.labels) for enum in shapes.enums}
        self.ts_forms = TypeForms({}, labels, "public")
        self.py_refs: dict[str, Form] = {}
        self.py_forms = AnnotationForms({}, frozenset(), {}, self.py_refs)
        self._cache: dict[SqlType, Expected] = {}

    def of(self, sql_type: SqlType) -> Expected:
        """The expected form and text of ``sql_type``."""
        found = self._cache.get(sql_type)
        if found is None:
            found = self._typescript(sql_type) if self.language == "typescript" else (
                self._python(sql_type))
            self._cache[sql_type] = found
        return found

    def _typescript(self, sql_type: SqlType) -> Expected:
        """The type map's TypeScript for ``sql_type``, read back into a form."""
        text = typescript_type(sql_type, self._ts_reference)
        form, _ = self.ts_forms.form(parse_type_text(text, _TYPE_MAP))
        return Expected(form, text, sql_type.display)

    def _ts_reference(self, sql_type: SqlType) -> str:
        """How ``canon gen typescript`` refers to an enum, composite or row type."""
        if sql_type.enum is not None:
            enum = sql_type.enum
            if enum.name.schema in self.schemas:
                return _path(enum.name.schema, "Enums", enum.name.name)
            return " | ".join(json.dumps(label) for label in enum.labels) or "never"
        composite = sql_type.composite
        if composite is not None and composite.schema in self.schemas:
            return _path(composite.schema, "CompositeTypes", composite.name)
        relation = sql_type.relation
        if relation is not None and relation.schema in self.schemas:
            kind = "Views" if relation in self.views else "Tables"
            return _path(relation.schema, kind, relation.name, "Row")
        return "unknown"

    def _python(self, sql_type: SqlType) -> Expected:
        """The type map's Python for ``sql_type``, read back into a form."""
        shown = python_type(sql_type, self._py_display)
        parsed = ast.parse(python_type(sql_type, self._py_placeholder), mode="eval").body
        form, _ = self.py_forms.form(parsed)
        return Expected(form, shown, sql_type.display)

    def _py_display(self, sql_type: SqlType) -> str:
        """How ``canon gen python`` names an enum, composite or row class."""
        name = _referenced(sql_type)
        if name is None:
            return "object"
        if name.schema not in self.schemas:
            return "str" if sql_type.enum is not None else "dict[str, object]"
        return class_stem(name, self.default_schema) + ("Row" if sql_type.relation else "")

    def _py_placeholder(self, sql_type: SqlType) -> str:
        """A unique name standing for an enum, composite or row class, with its form.

        Objects outside the managed schemas have no class: ``str`` for an enum, a dict for
        the others, as ``canon gen python`` writes them.
        """
        form: Form
        referenced = _referenced(sql_type)
        if referenced is not None and referenced.schema not in self.schemas:
            return "str" if sql_type.enum is not None else "dict[str, object]"
        if sql_type.enum is not None:
            form = EnumOf(None, frozenset(sql_type.enum.labels))
        elif sql_type.composite is not None:
            form = CompositeOf(sql_type.composite)
        elif sql_type.relation is not None:
            form = RowOf(sql_type.relation)
        else:
            return "object"
        placeholder = f"_canon_ref_{len(self.py_refs)}"
        self.py_refs[placeholder] = form
        return placeholder


def _referenced(sql_type: SqlType) -> QualifiedName | None:
    """The enum, composite type or relation a type refers to, if any."""
    if sql_type.enum is not None:
        return sql_type.enum.name
    return sql_type.composite or sql_type.relation


def _path(*parts: str) -> str:
    """``Database["a"]["b"]...``, as ``canon gen typescript`` writes a reference."""
    return "Database" + "".join(f"[{json.dumps(part)}]" for part in parts)

