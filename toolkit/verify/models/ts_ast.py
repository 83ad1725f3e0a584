"""The TypeScript syntax tree the parser builds: type nodes, declarations and simple values.

Every node carries ``line`` and ``column`` (1-based, where it starts) and ``start`` / ``end``
offsets into the source, so a reader can quote what was written and point at it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Node:
    """Where a node is: 1-based line and column, and its source offsets."""

    line: int
    column: int
    start: int
    end: int


@dataclass(frozen=True)
class KeywordType(Node):
    """A predefined type: ``string``, ``number``, ``null``, ``undefined``, ``never``, ..."""

    name: str


@dataclass(frozen=True)
class LiteralType(Node):
    """A literal type: ``"a"``, ``1``, ``-1``, ``true``; ``text`` marks a template literal."""

    value: str | float | bool
    template: bool = False


@dataclass(frozen=True)
class TypeReference(Node):
    """A named type with optional type arguments: ``Json``, ``Array<T>``, ``ns.Name``."""

    name: str
    arguments: tuple[TypeNode, ...] = ()


@dataclass(frozen=True)
class PropertySignature(Node):
    """``name?: type`` in an object type (``method`` for ``name(...): type``)."""

    name: str
    type: TypeNode | None
    optional: bool = False
    readonly: bool = False
    method: bool = False


@dataclass(frozen=True)
class IndexSignature(Node):
    """``[key: string]: type`` in an object type."""

    key_name: str
    key_type: TypeNode
    type: TypeNode


@dataclass(frozen=True)
class CallSignature(Node):
    """``(a: T): R`` or ``new (a: T): R`` in an object type."""

    parameters: tuple[Parameter, ...]
    returns: TypeNode | None


@dataclass(frozen=True)
class ObjectType(Node):
    """``{ ... }``: property, index and call signatures."""

    members: tuple[PropertySignature | IndexSignature | CallSignature, ...]

    def properties(self) -> tuple[PropertySignature, ...]:
        """The property signatures, in order."""
        return tuple(m for m in self.members if isinstance(m, PropertySignature))

    def property(self, name: str) -> PropertySignature | None:
        """The property called ``name`` (the last one, as TypeScript merges), if any."""
        found = None
        for member in self.properties():
            if member.name == name:
                found = member
        return found


@dataclass(frozen=True)
class MappedType(Node):
    """``{ [K in C as N]?: T }``."""

    parameter: str
    constraint: TypeNode
    type: TypeNode | None
    name_type: TypeNode | None = None


@dataclass(frozen=True)
class ArrayType(Node):
    """``T[]``."""

    element: TypeNode


@dataclass(frozen=True)
class TupleElement(Node):
    """One element of a tuple type: ``T``, ``name?: T`` or ``...T``."""

    type: TypeNode
    name: str | None = None
    optional: bool = False
    rest: bool = False


@dataclass(frozen=True)
class TupleType(Node):
    """``[A, B]``."""

    elements: tuple[TupleElement, ...]


@dataclass(frozen=True)
class UnionType(Node):
    """``A | B``."""

    options: tuple[TypeNode, ...]


@dataclass(frozen=True)
class IntersectionType(Node):
    """``A & B``."""

    parts: tuple[TypeNode, ...]


@dataclass(frozen=True)
class IndexedAccessType(Node):
    """``T["key"]``."""

    object: TypeNode
    index: TypeNode


@dataclass(frozen=True)
class ConditionalType(Node):
    """``C extends E ? T : F``."""

    check: TypeNode
    extends: TypeNode
    true_type: TypeNode
    false_type: TypeNode


@dataclass(frozen=True)
class TypeOperator(Node):
    """``keyof T``, ``readonly T[]``, ``unique symbol``."""

    operator: str
    type: TypeNode


@dataclass(frozen=True)
class InferType(Node):
    """``infer R`` inside a conditional type's extends clause."""

    name: str
    constraint: TypeNode | None = None


@dataclass(frozen=True)
class TypeQuery(Node):
    """``typeof name``."""

    name: str


@dataclass(frozen=True)
class Parameter(Node):
    """A parameter of a function type or call signature."""

    name: str
    type: TypeNode | None
    optional: bool = False
    rest: bool = False


@dataclass(frozen=True)
class FunctionType(Node):
    """``(a: T) => R`` or ``new (a: T) => R``."""

    parameters: tuple[Parameter, ...]
    returns: TypeNode
    type_parameters: tuple[TypeParameter, ...] = ()


@dataclass(frozen=True)
class TypePredicate(Node):
    """``x is T`` or ``asserts x is T`` as a return type."""

    name: str
    type: TypeNode | None


TypeNode = (
    KeywordType | LiteralType | TypeReference | ObjectType | MappedType | ArrayType | TupleType
    | UnionType | IntersectionType | IndexedAccessType | ConditionalType | TypeOperator
    | InferType | TypeQuery | FunctionType | TypePredicate
)


@dataclass(frozen=True)
class TypeParameter(Node):
    """``T extends C = D`` in a declaration's type parameter list."""

    name: str
    constraint: TypeNode | None = None
    default: TypeNode | None = None


@dataclass(frozen=True)
class TypeAlias(Node):
    """``type Name<T> = type``."""

    name: str
    parameters: tuple[TypeParameter, ...]
    type: TypeNode
    exported: bool = False


@dataclass(frozen=True)
class Interface(Node):
    """``interface Name<T> extends A, B { ... }``."""

    name: str
    parameters: tuple[TypeParameter, ...]
    extends: tuple[TypeReference, ...]
    body: ObjectType
    exported: bool = False


@dataclass(frozen=True)
class EnumMember(Node):
    """One member of a TypeScript ``enum``, with its initializer's value when literal."""

    name: str
    value: str | float | None


@dataclass(frozen=True)
class EnumDeclaration(Node):
    """``enum Name { A = "a", B }``."""

    name: str
    members: tuple[EnumMember, ...]
    exported: bool = False


@dataclass(frozen=True)
class Value(Node):
    """A value in a ``const`` initializer: a literal, object, array, name or call (kept as
    its kind and, for literals, the value; objects and arrays keep their entries)."""

    kind: str  # literal, object, array, name, call, other
    literal: str | float | bool | None = None
    entries: tuple[tuple[str | None, Value], ...] = ()


@dataclass(frozen=True)
class VariableDeclaration(Node):
    """``const name: T = value``."""

    name: str
    annotation: TypeNode | None
    value: Value | None
    exported: bool = False


@dataclass(frozen=True)
class Namespace(Node):
    """``namespace N { ... }``, ``declare module "m" { ... }``, ``declare global { ... }``."""

    name: str
    body: tuple[Declaration, ...]


Declaration = (
    TypeAlias | Interface | EnumDeclaration | VariableDeclaration | Namespace
)


@dataclass(frozen=True)
class Module:
    """A parsed file: its declarations in order (imports and exports lists are dropped)."""

    declarations: tuple[Declaration, ...]

    def walk(self) -> tuple[Declaration, ...]:
        """Every declaration, those inside namespaces included (depth first)."""
        found: list[Declaration] = []

        def visit(items: tuple[Declaration, ...]) -> None:
            """Append ``items`` and what their namespaces hold."""
            for item in items:
                found.append(item)
                if isinstance(item, Namespace):
                    visit(item.body)

        visit(self.declarations)
        return tuple(found)
