"""Python models: one module with an enum per enum type and Row, Insert and Update classes per
table and view, as dataclasses, pydantic models or TypedDicts.

Insert classes leave out generated and ``GENERATED ALWAYS AS IDENTITY`` columns and make
columns with a default (or NULL allowed) optional; Update classes make every column optional.
For dataclasses "optional" means the ``UNSET`` default (``changes()`` lists the fields that are
set); for pydantic models it means ``None`` (use ``model_dump(exclude_unset=True)``); for
TypedDicts it means ``NotRequired``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from toolkit.codegen.naming import Registry, attribute, class_stem, member
from toolkit.codegen.shapes import Field, Presence, Relation, Shapes
from toolkit.codegen.templating import first_line, render
from toolkit.codegen.types import PYTHON_IMPORTS, SqlType, python_type
from toolkit.model import QualifiedName


class Style(StrEnum):
    """The kind of classes generated."""

    dataclass = "dataclass"
    pydantic = "pydantic"
    typeddict = "typeddict"


# Names the generated module defines or uses in annotations; attributes must not shadow them.
_MODULE_NAMES = frozenset({"Json", "Unset", "UNSET", "changes", "str", "int", "float", "bool",
                           "bytes", "list", "dict", "object", "None", "Any", "Final",
                           "NotRequired", "TypedDict", "TypeAlias", "Union"})
# Attributes of pydantic.BaseModel a field must not override.
_PYDANTIC_NAMES = frozenset({
    "construct", "copy", "dict", "from_orm", "json", "model_computed_fields", "model_config",
    "model_construct", "model_copy", "model_dump", "model_dump_json", "model_extra",
    "model_fields", "model_fields_set", "model_json_schema", "model_parametrized_name",
    "model_post_init", "model_rebuild", "model_validate", "model_validate_json",
    "model_validate_strings", "parse_file", "parse_obj", "parse_raw", "schema", "schema_json",
    "update_forward_refs", "validate"})
_RELATION_CLASSES = ("Row", "Insert", "Update")


@dataclass(frozen=True)
class PyField:
    """One attribute of a generated class."""

    attribute: str
    column: str
    annotation: str
    optional: bool

    @property
    def unset_annotation(self) -> str:
        """The annotation of a field that may be left out: ``X | Unset``, ``None`` kept last."""
        if self.annotation.endswith(" | None"):
            return self.annotation.removesuffix(" | None") + " | Unset | None"
        return self.annotation + " | Unset"


@dataclass(frozen=True)
class PyClass:
    """One generated class: its name, docstring, fields and flavour."""

    name: str
    doc: str
    fields: tuple[PyField, ...]
    kind: str  # row, insert, update, composite

    @property
    def identifiers_only(self) -> bool:
        """Whether every column name is its attribute as is (TypedDict class syntax)."""
        return all(f.attribute == f.column for f in self.fields)


@dataclass(frozen=True)
class PyEnum:
    """One generated ``StrEnum``."""

    name: str
    doc: str
    members: tuple[tuple[str, str], ...]


def generate_python(shapes: Shapes, style: Style, origin: str) -> str:
    """The Python module for ``shapes``."""
    return _PythonModule(shapes, style).render(origin)


class _PythonModule:
    def __init__(self, shapes: Shapes, style: Style) -> None:
        self.shapes = shapes
        self.style = style
        self.default_schema = shapes.schemas[0] if shapes.schemas else "public"
        self.names = Registry(_MODULE_NAMES | set(PYTHON_IMPORTS))
        self.enum_names: dict[QualifiedName, str] = {}
        self.composite_names: dict[QualifiedName, str] = {}
        self.stems: dict[QualifiedName, str] = {}
        for enum in shapes.enums:
            self.enum_names[enum.name] = self.names.claim(class_stem(enum.name,
                                                                     self.default_schema))
        for composite in shapes.composites:
            self.composite_names[composite.name] = self.names.claim(
                class_stem(composite.name, self.default_schema))
        for relation in shapes.relations:
            self.stems[relation.name] = self.names.claim_family(
                class_stem(relation.name, self.default_schema), _RELATION_CLASSES)
        # Class names appear in annotations: an attribute of the same name would shadow them.
        self.reserved = frozenset(self.names.taken) | (
            _PYDANTIC_NAMES if style is Style.pydantic else frozenset())

    def render(self, origin: str) -> str:
        enums = [PyEnum(self.enum_names[e.name], e.comment or f"Enum {e.name}.", _members(
            e.labels)) for e in self.shapes.enums]
        classes = [self._composite(c.name, c.attributes) for c in self.shapes.composites]
        for relation in self.shapes.relations:
            classes += self._relation(relation)
        annotations = " ".join(f.annotation for c in classes for f in c.fields)
        needed = {line for alias, line in PYTHON_IMPORTS.items() if alias + "." in annotations}
        if enums or self.style is Style.dataclass:  # StrEnums, and the Unset sentinel
            needed.add("import enum as _enum")
        if self.style is Style.dataclass:
            needed.add("import dataclasses as _dc")
        imports = sorted(needed, key=lambda line: line.split()[1])
        return render("python.py.j2", origin=origin, style=self.style.value, imports=imports,
                      enums=enums, classes=classes)

    def _reference(self, sql_type: SqlType) -> str:
        if sql_type.enum is not None:
            return self.enum_names.get(sql_type.enum.name, "str")
        if sql_type.composite is not None:
            return self.composite_names.get(sql_type.composite, "dict[str, object]")
        if sql_type.relation is not None and sql_type.relation in self.stems:
            return self.stems[sql_type.relation] + "Row"
        if sql_type.relation is not None:
            return "dict[str, object]"
        return "object"

    def _annotation(self, sql_type: SqlType, nullable: bool) -> str:
        text = python_type(sql_type, self._reference)
        if nullable and text not in ("None", "object"):
            text += " | None"
        return text

    def _composite(self, name: QualifiedName, attributes: tuple[tuple[str, SqlType], ...]
                   ) -> PyClass:
        attrs = Registry(self.reserved)
        fields = tuple(PyField(attrs.claim(attribute(column, self.reserved)), column,
                               self._annotation(sql_type, True), False)
                       for column, sql_type in attributes)
        return PyClass(self.composite_names[name], f"Composite type {name}.", fields,
                       "composite")

    def _relation(self, relation: Relation) -> list[PyClass]:
        stem = self.stems[relation.name]
        what = "view" if relation.view else "table"
        described = f"{what} {relation.name}" + (
            f": {first_line(relation.comment).rstrip('.')}" if relation.comment else "")
        attrs = Registry(self.reserved)
        attribute_of = {f.name: attrs.claim(attribute(f.name, self.reserved))
                        for f in relation.fields}
        classes = [PyClass(stem + "Row", f"A row of {described}.", tuple(
            PyField(attribute_of[f.name], f.name, self._annotation(f.type, f.nullable), False)
            for f in relation.fields), "row")]
        if relation.writable:
            classes.append(self._writer(stem + "Insert", f"A new row for {described}.",
                                        relation.fields, attribute_of, insert=True))
            classes.append(self._writer(stem + "Update", f"Changes to a row of {described}.",
                                        relation.fields, attribute_of, insert=False))
        return classes

    def _writer(self, wanted: str, doc: str, fields: tuple[Field, ...],
                attribute_of: dict[str, str], *, insert: bool) -> PyClass:
        chosen = []
        for field in fields:
            presence = field.insert if insert else field.update
            if presence is Presence.NEVER:
                continue
            chosen.append(PyField(attribute_of[field.name], field.name,
                                  self._annotation(field.type, field.nullable),
                                  presence is Presence.OPTIONAL))
        return PyClass(wanted, doc, tuple(chosen),
                       "insert" if insert else "update")


def _members(labels: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    names = Registry()
    return tuple((names.claim(member(label)), label) for label in labels)
