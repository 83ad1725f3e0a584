"""TypeScript models in Supabase's generated shape, read from the parsed declarations.

``Database`` (a type alias or interface) maps each schema to ``Tables`` and ``Views`` (each
relation with ``Row``, ``Insert``, ``Update``), ``Functions`` (``Args``, ``Returns``),
``Enums`` and ``CompositeTypes``. Keys starting with ``__`` (``__InternalSupabase``) are not
schemas. Types are read into forms (:mod:`toolkit.verify.models.forms`):

- ``| null`` makes a member nullable; ``| undefined`` is dropped;
- ``Database["s"]["Enums"]["e"]`` (or the ``Enums<"e">`` helper) is enum ``s.e``;
  ``...["Tables"|"Views"]["t"]["Row"]`` (or ``Tables<"t">``) is that row type;
  ``...["CompositeTypes"]["c"]`` (or ``CompositeTypes<"c">``) is that composite type;
- ``Json`` is the JSON value type; ``T[]``, ``Array<T>`` and tuples are arrays;
- a local type alias is expanded, a local interface is an object shape, a local ``enum`` is a
  union of its values; any other name (imported) is opaque and not checked.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from toolkit.errors import Location, SourceError
from toolkit.model import QualifiedName
from toolkit.verify.models.declared import (
    ModelArguments,
    ModelComposite,
    ModelEnum,
    ModelField,
    ModelFile,
    ModelFunction,
    ModelRelation,
    ModelShape,
    Role,
)
from toolkit.verify.models.forms import (
    Anything,
    ArrayOf,
    CompositeOf,
    EnumOf,
    Form,
    Literals,
    Named,
    NeverType,
    ObjectShape,
    Opaque,
    RowOf,
    union,
)
from toolkit.verify.models.ts_ast import (
    ArrayType,
    CallSignature,
    EnumDeclaration,
    IndexedAccessType,
    IndexSignature,
    Interface,
    IntersectionType,
    KeywordType,
    LiteralType,
    MappedType,
    Module,
    Node,
    ObjectType,
    PropertySignature,
    TupleType,
    TypeAlias,
    TypeNode,
    TypeReference,
    UnionType,
)
from toolkit.verify.models.ts_parser import parse_typescript

_KEYWORDS: dict[str, Form] = {
    "string": Named("string"), "number": Named("number"), "boolean": Named("boolean"),
    "bigint": Named("bigint"), "symbol": Named("symbol"), "object": ObjectShape(),
    "any": Anything(), "unknown": Anything(), "never": NeverType(),
    "void": Named("undefined"), "undefined": Named("undefined"), "this": Opaque("this"),
    "intrinsic": Opaque("intrinsic"),
}
_OBJECT_HELPERS = frozenset({"Record", "Partial", "Required", "Readonly", "Pick", "Omit",
                             "Map", "Object"})
_ARRAYS = frozenset({"Array", "ReadonlyArray", "Set", "ReadonlySet"})
_UTILITIES = frozenset({"Partial", "Required", "Readonly", "Pick", "Omit"})
_SECTIONS = {"Tables": "Tables", "Views": "Views", "Enums": "Enums",
             "CompositeTypes": "CompositeTypes", "TablesInsert": "Tables",
             "TablesUpdate": "Tables"}


@dataclass(frozen=True)
class Scope:
    """Where a type is read: the aliases being expanded (against cycles) and what the type
    parameters of the generic alias being expanded stand for."""

    seen: frozenset[str] = frozenset()
    bindings: Mapping[str, tuple[Form, bool]] = field(default_factory=dict)


_TOP = Scope()


class TypeForms:
    """Turns TypeScript type nodes into forms, resolving names against one file.

    ``aliases`` are the file's declarations by name, ``enum_labels`` the labels of the
    enums ``Database`` declares (for the model) or the database has (for the type map),
    ``default_schema`` the schema the ``Enums<"e">`` / ``Tables<"t">`` helpers mean.
    """

    def __init__(self, aliases: dict[str, TypeAlias | Interface | EnumDeclaration],
                 enum_labels: dict[QualifiedName, frozenset[str]], default_schema: str,
                 database: str = "Database") -> None:
        self.aliases = aliases
        self.enum_labels = enum_labels
        self.default_schema = default_schema
        self.database = database

    def form(self, node: TypeNode, scope: Scope | None = None) -> tuple[Form, bool]:
        """``(form, nullable)`` of ``node``: ``null`` in a union makes it nullable."""
        scope = scope or _TOP
        options = node.options if isinstance(node, UnionType) else (node,)
        forms: list[Form] = []
        nullable = False
        for option in options:
            if isinstance(option, KeywordType) and option.name == "null":
                nullable = True
            elif isinstance(option, KeywordType) and option.name == "undefined" and len(
                    options) > 1:
                continue
            else:
                form, inner_null = self._single(option, scope)
                nullable = nullable or inner_null
                forms.append(form)
        if not forms:
            return Named("null"), nullable
        return union(forms), nullable

    def _single(self, node: TypeNode, scope: Scope) -> tuple[Form, bool]:
        """The form of one option of a union."""
        if isinstance(node, KeywordType):
            return _KEYWORDS.get(node.name, Opaque(node.name)), False
        if isinstance(node, LiteralType):
            if node.template:
                return Named("string"), False
            return Literals(frozenset({node.value})), False
        if isinstance(node, ArrayType):
            return ArrayOf(self.form(node.element, scope)[0]), False
        if isinstance(node, TupleType):
            items = [self.form(element.type, scope)[0] for element in node.elements]
            return ArrayOf(union(items) if items else Anything()), False
        if isinstance(node, ObjectType | MappedType):
            return ObjectShape(), False
        if isinstance(node, IntersectionType):
            parts = [self.form(part, scope)[0] for part in node.parts]
            if any(isinstance(part, ObjectShape | RowOf | CompositeOf) for part in parts):
                return ObjectShape(), False
            return Opaque("intersection"), False
        if isinstance(node, TypeReference):
            return self._reference(node, scope)
        if isinstance(node, IndexedAccessType):
            return self._path(node), False
        if isinstance(node, UnionType):
            return self.form(node, scope)
        return Opaque(type(node).__name__), False

    def _reference(self, node: TypeReference, scope: Scope) -> tuple[Form, bool]:
        """The form of a named type: a type parameter's argument, Json, arrays, helpers,
        local declarations (generic aliases applied to their arguments)."""
        name = node.name
        bound = scope.bindings.get(name)
        if bound is not None and not node.arguments:
            return bound
        if name in ("Json", "JsonValue"):
            return Named("Json"), False
        if name in _ARRAYS and len(node.arguments) == 1:
            return ArrayOf(self.form(node.arguments[0], scope)[0]), False
        if name in _SECTIONS and node.arguments and self._is_helper(name):
            return self._helper(name, node.arguments), False
        declared = self.aliases.get(name)
        if isinstance(declared, TypeAlias) and name not in scope.seen:
            arguments = [self.form(argument, scope) for argument in node.arguments]
            bindings: dict[str, tuple[Form, bool]] = {}
            for index, parameter in enumerate(declared.parameters):
                if index < len(arguments):
                    bindings[parameter.name] = arguments[index]
                elif parameter.default is not None:
                    bindings[parameter.name] = self.form(parameter.default, scope)
                else:
                    bindings[parameter.name] = (Anything(), False)
            return self.form(declared.type, Scope(scope.seen | {name}, bindings))
        if isinstance(declared, Interface):
            return ObjectShape(), False
        if isinstance(declared, EnumDeclaration):
            values = [m.value if m.value is not None else m.name for m in declared.members]
            return Literals(frozenset(values)), False
        if name in _OBJECT_HELPERS:
            return ObjectShape(), False
        if name == "Date":
            return Named("Date"), False
        return Opaque(name), False

    def _is_helper(self, name: str) -> bool:
        """Whether ``name`` is one of Supabase's helpers (generic, or not declared here)."""
        declared = self.aliases.get(name)
        return declared is None or (isinstance(declared, TypeAlias) and bool(
            declared.parameters))

    def _helper(self, name: str, arguments: tuple[TypeNode, ...]) -> Form:
        """``Enums<"e">``, ``Tables<"t">``, ``CompositeTypes<{ schema: "s" }, "c">``."""
        schema = self.default_schema
        first = arguments[0]
        if isinstance(first, ObjectType) and len(arguments) > 1:
            chosen = first.property("schema")
            if chosen is not None and isinstance(chosen.type, LiteralType):
                schema = str(chosen.type.value)
            first = arguments[1]
        if not isinstance(first, LiteralType) or not isinstance(first.value, str):
            return Opaque(name)
        qualified = QualifiedName(schema, first.value)
        section = _SECTIONS[name]
        if section == "Enums":
            return EnumOf(qualified, self.enum_labels.get(qualified))
        if section == "CompositeTypes":
            return CompositeOf(qualified)
        if name != "Tables":
            return ObjectShape()
        return RowOf(qualified)

    def _path(self, node: IndexedAccessType) -> Form:
        """``Database["s"]["Enums"]["e"]`` and the like; anything else is opaque."""
        keys: list[str] = []
        current: TypeNode = node
        while isinstance(current, IndexedAccessType):
            index = current.index
            if not isinstance(index, LiteralType) or not isinstance(index.value, str):
                return Opaque("indexed access")
            keys.append(index.value)
            current = current.object
        keys.reverse()
        if not isinstance(current, TypeReference) or current.name != self.database:
            return Opaque("indexed access")
        if len(keys) == 3 and keys[1] == "Enums":
            qualified = QualifiedName(keys[0], keys[2])
            return EnumOf(qualified, self.enum_labels.get(qualified))
        if len(keys) == 3 and keys[1] == "CompositeTypes":
            return CompositeOf(QualifiedName(keys[0], keys[2]))
        if len(keys) == 4 and keys[1] in ("Tables", "Views") and keys[3] == "Row":
            return RowOf(QualifiedName(keys[0], keys[2]))
        if len(keys) == 4 and keys[1] in ("Tables", "Views"):
            return ObjectShape()
        return Opaque("indexed access")


def read_typescript(path: Path, text: str) -> ModelFile | None:
    """The models of one TypeScript file; None when it declares no ``Database`` type."""
    module = parse_typescript(text, path)
    return _Reader(path, text, module).read()


class _Reader:
    """Reads one parsed file's ``Database`` into a ModelFile."""

    def __init__(self, path: Path, text: str, module: Module) -> None:
        self.path = path
        self.text = text
        self.aliases: dict[str, TypeAlias | Interface | EnumDeclaration] = {}
        for declaration in module.walk():
            if isinstance(declaration, TypeAlias | Interface | EnumDeclaration):
                self.aliases.setdefault(declaration.name, declaration)
        self.forms = TypeForms(self.aliases, {}, "public")

    def where(self, node: Node) -> Location:
        """The location of ``node`` in this file."""
        return Location(self.path, node.line, node.column)

    def error(self, node: Node, message: str, hint: str | None = None) -> SourceError:
        """A SourceError at ``node``."""
        return SourceError(self.where(node), message, hint=hint)

    def source(self, node: Node) -> str:
        """``node`` as written, on one line."""
        return " ".join(self.text[node.start:node.end].split())

    def object_of(self, node: TypeNode | None, what: str, at: Node,
                  seen: frozenset[str] = frozenset()) -> ObjectType | None:
        """The object type ``node`` stands for; None for an empty mapped type (``[_ in never]``).

        Local aliases and interfaces are followed, intersections merged, ``T["key"]`` looked
        up, and ``Partial``, ``Required``, ``Readonly``, ``Pick`` and ``Omit`` applied.
        """
        if isinstance(node, ObjectType):
            return node
        if isinstance(node, MappedType) or (isinstance(node, KeywordType)
                                            and node.name == "never"):
            return None
        if isinstance(node, TypeReference) and node.name in _UTILITIES and node.arguments:
            return self._utility(node, what, at, seen)
        if isinstance(node, TypeReference) and node.name not in seen:
            declared = self.aliases.get(node.name)
            if isinstance(declared, TypeAlias) and not declared.parameters:
                return self.object_of(declared.type, what, at, seen | {node.name})
            if isinstance(declared, Interface):
                return declared.body
        if isinstance(node, IndexedAccessType) and isinstance(node.index, LiteralType):
            container = self.object_of(node.object, what, at, seen)
            member = container.property(str(node.index.value)) if container else None
            if member is not None:
                return self.object_of(member.type, what, at, seen)
        if isinstance(node, IntersectionType):
            members: list[PropertySignature | IndexSignature | CallSignature] = []
            for part in node.parts:
                found = self.object_of(part, what, at, seen)
                if found is not None:
                    members.extend(found.members)
            return ObjectType(members=tuple(members), line=node.line, column=node.column,
                              start=node.start, end=node.end)
        raise self.error(node if node is not None else at, f"{what}: expected an object type",
                         hint="canon reads the shape `supabase gen types typescript` prints")

    def _utility(self, node: TypeReference, what: str, at: Node, seen: frozenset[str]
                 ) -> ObjectType | None:
        """``Partial<T>``, ``Required<T>``, ``Readonly<T>``, ``Pick<T, K>``, ``Omit<T, K>``."""
        body = self.object_of(node.arguments[0], what, at, seen)
        if body is None:
            return None
        members = list(body.members)
        if node.name in ("Pick", "Omit") and len(node.arguments) == 2:
            keys = _literal_keys(node.arguments[1])
            keep = node.name == "Pick"
            members = [m for m in members
                       if not isinstance(m, PropertySignature) or (m.name in keys) == keep]
        elif node.name in ("Partial", "Required"):
            optional = node.name == "Partial"
            members = [replace(m, optional=optional) if isinstance(m, PropertySignature) else m
                       for m in members]
        return ObjectType(members=tuple(members), line=node.line, column=node.column,
                          start=node.start, end=node.end)

    def read(self) -> ModelFile | None:
        """The ModelFile, or None without a ``Database`` type."""
        database = self.aliases.get("Database")
        if database is None or isinstance(database, EnumDeclaration):
            return None
        root = (database.body if isinstance(database, Interface)
                else self.object_of(database.type, "Database", database))
        schemas: list[tuple[str, PropertySignature, ObjectType | None]] = []
        for member in root.properties() if root is not None else ():
            if member.name.startswith("__"):
                continue
            schemas.append((member.name, member,
                            self.object_of(member.type, f"schema {member.name}", member)))
        names = [name for name, _, _ in schemas]
        default = "public" if "public" in names or not names else names[0]
        enums = [enum for name, _, body in schemas for enum in self.enums(name, body)]
        self.forms = TypeForms(self.aliases, {e.name: frozenset(e.labels) for e in enums},
                               default)
        relations: list[ModelRelation] = []
        composites: list[ModelComposite] = []
        functions: list[ModelFunction] = []
        anchors: dict[str, Location] = {}
        for name, member, body in schemas:
            anchors[name] = self.where(member)
            for key in ("Tables", "Views", "Functions", "Enums", "CompositeTypes"):
                section = body.property(key) if body is not None else None
                if section is not None:
                    anchors[f"{name}.{key}"] = self.where(section)
            relations += self.relations(name, body, "Tables")
            relations += self.relations(name, body, "Views")
            composites += self.composites(name, body)
            functions += self.functions(name, body)
        return ModelFile(self.path, "typescript", tuple(relations), tuple(enums),
                         tuple(composites), tuple(functions), tuple(names),
                         self.where(database), anchors)

    def entries(self, schema: str, body: ObjectType | None, key: str
                ) -> tuple[PropertySignature, ...]:
        """The entries of one section (``Tables``, ``Enums``, ...) of a schema."""
        member = body.property(key) if body is not None else None
        if member is None:
            return ()
        section = self.object_of(member.type, f"{schema}.{key}", member)
        return section.properties() if section is not None else ()

    def enums(self, schema: str, body: ObjectType | None) -> list[ModelEnum]:
        """A schema's Enums: each a union of string literals."""
        found = []
        for entry in self.entries(schema, body, "Enums"):
            node = entry.type
            options = node.options if isinstance(node, UnionType) else (node,)
            labels: list[str] = []
            for option in options:
                if isinstance(option, KeywordType) and option.name == "never":
                    continue
                if not isinstance(option, LiteralType) or not isinstance(option.value, str):
                    raise self.error(option or entry, f"enum {schema}.{entry.name}: expected a "
                                     "union of string literals")
                labels.append(option.value)
            found.append(ModelEnum(QualifiedName(schema, entry.name), tuple(labels),
                                   self.where(entry)))
        return found

    def relations(self, schema: str, body: ObjectType | None, key: str) -> list[ModelRelation]:
        """A schema's Tables or Views, each with its Row, Insert and Update."""
        found = []
        for entry in self.entries(schema, body, key):
            label = f"{schema}.{key}.{entry.name}"
            relation = self.object_of(entry.type, label, entry)
            shapes = []
            for role in Role:
                member = relation.property(role.value) if relation is not None else None
                if member is None:
                    continue
                fields = self.fields(self.object_of(member.type, f"{label}.{role}", member))
                shapes.append(ModelShape(role, fields, f"{label}.{role}", self.where(member)))
            if not any(shape.role is Role.ROW for shape in shapes):
                raise self.error(entry, f"{label} has no Row type",
                                 hint="each table and view needs Row: { column: type }")
            found.append(ModelRelation(QualifiedName(schema, entry.name), tuple(shapes),
                                       self.where(entry), view=key == "Views"))
        return found

    def fields(self, body: ObjectType | None) -> tuple[ModelField, ...]:
        """The members of a Row, Insert, Update, Args or composite type as fields."""
        found = []
        for member in body.properties() if body is not None else ():
            if member.type is None:
                found.append(ModelField(member.name, Anything(), False, member.optional,
                                        "any", self.where(member)))
                continue
            form, nullable = self.forms.form(member.type)
            found.append(ModelField(member.name, form, nullable, member.optional,
                                    self.source(member.type), self.where(member)))
        return tuple(found)

    def composites(self, schema: str, body: ObjectType | None) -> list[ModelComposite]:
        """A schema's CompositeTypes."""
        return [ModelComposite(QualifiedName(schema, entry.name), self.fields(
                    self.object_of(entry.type, f"{schema}.CompositeTypes.{entry.name}", entry)),
                               self.where(entry))
                for entry in self.entries(schema, body, "CompositeTypes")]

    def functions(self, schema: str, body: ObjectType | None) -> list[ModelFunction]:
        """A schema's Functions."""
        return [self.function(schema, entry)
                for entry in self.entries(schema, body, "Functions")]

    def function(self, schema: str, entry: PropertySignature) -> ModelFunction:
        """One function: overloads from an Args union or a union of entries."""
        label = f"function {schema}.{entry.name}"
        node = entry.type
        variants = node.options if isinstance(node, UnionType) else (node,)
        overloads: list[ModelArguments] = []
        returns: ModelField | None = None
        columns: tuple[ModelField, ...] | None = None
        returns_set = False
        for variant in variants:
            body = self.object_of(variant, label, entry)
            if body is None:
                continue
            args = body.property("Args")
            if args is not None:
                overloads += self.arguments(args.type, label, args)
            result = body.property("Returns")
            if result is not None and result.type is not None and returns is None:
                returns, columns, returns_set = self.result(result.type, result)
        return ModelFunction(QualifiedName(schema, entry.name), tuple(overloads), returns,
                             self.where(entry), columns, returns_set)

    def arguments(self, node: TypeNode | None, label: str, at: PropertySignature
                  ) -> list[ModelArguments]:
        """The overloads ``Args`` lists (``Record<PropertyKey, never>``: none)."""
        options = node.options if isinstance(node, UnionType) else (node,)
        found = []
        for option in options:
            if isinstance(option, TypeReference) and option.name == "Record":
                found.append(ModelArguments((), self.where(option)))
                continue
            body = self.object_of(option, f"{label} Args", at)
            where = self.where(option) if option is not None else self.where(at)
            found.append(ModelArguments(self.fields(body), where))
        return found

    def result(self, node: TypeNode, at: PropertySignature
               ) -> tuple[ModelField, tuple[ModelField, ...] | None, bool]:
        """``Returns`` as a field, with its columns when it returns rows."""
        form, nullable = self.forms.form(node)
        field = ModelField("Returns", form, nullable, False, self.source(node), self.where(at))
        inner, returns_set = node, False
        if isinstance(node, ArrayType):
            inner, returns_set = node.element, True
        if isinstance(inner, ObjectType):
            return field, self.fields(inner), returns_set
        return field, None, returns_set


def _literal_keys(node: TypeNode) -> set[str]:
    """The string literals of ``"a" | "b"`` (the keys of ``Pick`` and ``Omit``)."""
    options = node.options if isinstance(node, UnionType) else (node,)
    return {str(o.value) for o in options if isinstance(o, LiteralType)}
