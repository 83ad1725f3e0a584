"""Type forms: what a model's type annotation and the type map's type both reduce to, and the
one rule that says whether a model's type agrees with the database's.

Both sides are read into forms the same way: the model's annotation as written, and the type
the type map (:mod:`toolkit.codegen.types`) prints for the column, parsed by the same reader.
``NULL`` is not part of a form: readers split it off as ``nullable``.

A model's type agrees with the expected one (:func:`agrees`) when:

- it is the same named type (module prefixes do not matter: ``decimal.Decimal`` is
  ``Decimal``; ``JsonValue`` is ``Json``), or an array of agreeing element types;
- it declines to say (``any``, ``unknown``, ``Any``, ``object``), or names a type the reader
  cannot see (an imported alias): nothing can be checked;
- it narrows a scalar to literals of that scalar (``"draft" | "published"`` for text,
  ``1 | 2`` for a number): the database cannot tell a CHECK constraint from an enum here;
- for an enum column, it is that enum (by name, when both sides name one) or a union of
  exactly its labels;
- for a json/jsonb column, it is ``Json``, an object type, a dict, a list or a class;
- for a composite type or a row type, it is that type (by name) or an object shape;
- for a union, every option of the model's type agrees with some option of the expected one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from toolkit.model import QualifiedName


@dataclass(frozen=True)
class Named:
    """A named type: ``number``, ``string``, ``boolean``, ``Json``, ``int``, ``Decimal``, ..."""

    name: str


@dataclass(frozen=True)
class Anything:
    """A type that says nothing (``any``, ``unknown``, ``Any``, ``object``)."""


@dataclass(frozen=True)
class Opaque:
    """A name the reader cannot resolve (imported from elsewhere): not checked."""

    name: str


@dataclass(frozen=True)
class Literals:
    """A union of literal values (``"a" | "b"``, ``Literal[1, 2]``)."""

    values: frozenset[str | float | bool]


@dataclass(frozen=True)
class EnumOf:
    """An enum: by its database name when the model names it, and by its labels when known."""

    name: QualifiedName | None
    labels: frozenset[str] | None


@dataclass(frozen=True)
class RowOf:
    """The row type of a table or view (``Database["s"]["Tables"]["t"]["Row"]``)."""

    name: QualifiedName


@dataclass(frozen=True)
class CompositeOf:
    """A composite type (``Database["s"]["CompositeTypes"]["t"]``)."""

    name: QualifiedName


@dataclass(frozen=True)
class ObjectShape:
    """An object type: an object literal, ``Record<...>``, a dict, or a class."""


@dataclass(frozen=True)
class ArrayOf:
    """An array (or list) of ``item``."""

    item: Form


@dataclass(frozen=True)
class OneOf:
    """A union of two or more forms (``IPv4Address | IPv6Address``)."""

    options: frozenset[Form]


@dataclass(frozen=True)
class NeverType:
    """``never``: a value that cannot be given (Insert members of generated columns)."""


Form = (Named | Anything | Opaque | Literals | EnumOf | RowOf | CompositeOf | ObjectShape
        | ArrayOf | OneOf | NeverType)

# Named types that stand for "a JSON value" on either side.
JSON_NAMES = frozenset({"Json", "JsonValue"})
_STRINGS = frozenset({"string", "str"})
_NUMBERS = frozenset({"number", "float", "int"})
_BOOLEANS = frozenset({"boolean", "bool"})
_SCALARS = frozenset({"string", "str", "number", "int", "float", "boolean", "bool", "bytes",
                      "bigint", "Decimal"})


def union(options: Iterable[Form]) -> Form:
    """The union of ``options``: flattened, literal unions merged, one option as itself."""
    options = list(options)
    if len(options) == 1 and not isinstance(options[0], OneOf):
        return options[0]
    flat: set[Form] = set()
    literals: set[str | float | bool] = set()
    for option in options:
        members = option.options if isinstance(option, OneOf) else frozenset({option})
        for member in members:
            if isinstance(member, Literals):
                literals |= member.values
            else:
                flat.add(member)
    if literals:
        flat.add(Literals(frozenset(literals)))
    if any(isinstance(option, Anything) for option in flat):
        return Anything()
    if len(flat) == 1:
        return next(iter(flat))
    return OneOf(frozenset(flat))


def agrees(model: Form, expected: Form) -> bool:
    """Whether a model's type ``model`` agrees with the database's ``expected`` (see module)."""
    if isinstance(model, Anything | Opaque) or isinstance(expected, Anything):
        return True
    if isinstance(model, OneOf):
        return all(agrees(option, expected) for option in model.options)
    if isinstance(expected, OneOf):
        return any(agrees(model, option) for option in expected.options)
    if isinstance(expected, Named):
        return _agrees_named(model, expected)
    if isinstance(expected, EnumOf):
        return _agrees_enum(model, expected)
    if isinstance(expected, ArrayOf):
        return isinstance(model, ArrayOf) and agrees(model.item, expected.item)
    if isinstance(expected, RowOf | CompositeOf):
        return isinstance(model, ObjectShape) or model == expected
    if isinstance(expected, ObjectShape):
        return isinstance(model, ObjectShape | RowOf | CompositeOf) or (
            isinstance(model, Named) and model.name in JSON_NAMES)
    return model == expected


def _agrees_named(model: Form, expected: Named) -> bool:
    """Whether ``model`` agrees with a named type (JSON takes any structure)."""
    if expected.name in JSON_NAMES:
        if isinstance(model, Named):
            return model.name in JSON_NAMES or model.name in ("dict", "list")
        return isinstance(model, ObjectShape | ArrayOf | RowOf | CompositeOf)
    if isinstance(model, Named):
        return normal_name(model.name) == normal_name(expected.name)
    if isinstance(model, Literals):
        return all(_literal_of(value, expected.name) for value in model.values)
    return False


def _literal_of(value: str | float | bool, name: str) -> bool:
    """Whether a literal value belongs to the named scalar type ``name``."""
    if isinstance(value, bool):
        return name in _BOOLEANS
    if isinstance(value, str):
        return name in _STRINGS
    if name == "int":
        return float(value).is_integer()
    return name in _NUMBERS


def _agrees_enum(model: Form, expected: EnumOf) -> bool:
    """Whether ``model`` is the enum ``expected``, by name or by its labels."""
    if isinstance(model, EnumOf):
        if model.name is not None and expected.name is not None:
            return model.name == expected.name
        return model.labels is None or model.labels == expected.labels
    if isinstance(model, Literals):
        return expected.labels is not None and model.values == expected.labels
    return False


def normal_name(name: str) -> str:
    """A named type without its module (``_dt.datetime`` -> ``datetime``); ``JsonValue`` is
    ``Json``."""
    short = name.rsplit(".", 1)[-1]
    return "Json" if short in JSON_NAMES else short


def is_scalar(form: Form) -> bool:
    """Whether ``form`` is a plain scalar (a string, number, boolean, bytes or decimal)."""
    return isinstance(form, Named) and normal_name(form.name) in _SCALARS
