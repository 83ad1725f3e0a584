"""Python models read with ``ast``, never imported: dataclasses, pydantic v2 models, TypedDicts.

A model class is a class decorated with ``dataclass`` (any ``*.dataclass``), or deriving from
``BaseModel``, ``SQLModel``, ``TypedDict`` or another model class of the files read; the
functional ``Name = TypedDict("Name", {...})`` form counts too. A model class that another
model class of the files derives from is a base class, not a table model, unless it names a
table; one that another model uses as a field's type is nested (a value inside a column,
unless it resolves to a table). Its table:

- ``__tablename__ = "t"`` or ``table_name = "t"`` (``"schema.t"`` for another schema);
  ``__tablename__ = None`` says the class models no table;
- otherwise the class name, less a ``Row`` / ``Insert`` / ``Update`` suffix (which says the
  role of the class; no suffix is a Row), resolved by the checker (snake case, plural,
  generated class names).

Fields are the annotated class attributes (``ClassVar``, private and pydantic configuration
attributes left out; base classes' fields first). A field's column is its name, or the
``column`` metadata of a dataclass field, or a pydantic ``Field(alias=...)``. It may be left out
when it has a default, is ``NotRequired`` or belongs to a ``total=False`` TypedDict. Annotations
become forms: ``X | None`` and ``Optional[X]`` make it nullable, ``Unset`` (the sentinel of
``canon gen python``) is dropped, ``list[X]`` is an array, ``dict``/classes are object shapes,
``Literal[...]`` literals, an ``Enum`` subclass of the files its values, a module-level alias
is expanded, an unknown name is opaque.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path

from toolkit.errors import Location, SourceError
from toolkit.verify.models.declared import (
    ModelField,
    ModelFile,
    ModelRelation,
    ModelShape,
    Role,
    TableHint,
)
from toolkit.verify.models.forms import (
    Anything,
    ArrayOf,
    EnumOf,
    Form,
    Literals,
    Named,
    ObjectShape,
    Opaque,
    union,
)

_MODEL_BASES = frozenset({"BaseModel", "SQLModel", "TypedDict"})
_ENUM_BASES = frozenset({"Enum", "StrEnum", "IntEnum", "Flag", "IntFlag"})
_WRAPPERS = frozenset({"Annotated", "NotRequired", "Required", "ReadOnly", "Final"})
_ARRAYS = frozenset({"list", "List", "Sequence", "MutableSequence", "Iterable", "tuple",
                     "Tuple", "set", "Set", "frozenset", "FrozenSet", "AbstractSet"})
_MAPPINGS = frozenset({"dict", "Dict", "Mapping", "MutableMapping", "TypedDict"})
_KNOWN = frozenset({"int", "float", "str", "bool", "bytes", "Decimal", "datetime", "date",
                    "time", "timedelta", "UUID", "IPv4Address", "IPv6Address", "IPv4Network",
                    "IPv6Network", "Json", "JsonValue"})
_ANYTHING = frozenset({"Any", "object"})
_UNSET = frozenset({"Unset", "UnsetType"})
_SKIPPED = frozenset({"__tablename__", "__table_args__", "__slots__"})
_ROLES = (Role.INSERT, Role.UPDATE, Role.ROW)


class _Source:
    """A file's lines, to quote a node as written (``ast.get_source_segment`` re-splits the
    whole file on every call)."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()

    def segment(self, node: ast.expr) -> str | None:
        """The text of ``node`` (offsets are in UTF-8 bytes, as ``ast`` gives them)."""
        end_line, end_column = node.end_lineno, node.end_col_offset
        if end_line is None or end_column is None or end_line > len(self.lines):
            return None
        chosen = [line.encode() for line in self.lines[node.lineno - 1:end_line]]
        chosen[-1] = chosen[-1][:end_column]
        chosen[0] = chosen[0][node.col_offset:]
        return b"\n".join(chosen).decode(errors="replace")


@dataclass
class _Class:
    """A class of the files read, with what the reader learns about it."""

    node: ast.ClassDef | None
    name: str
    path: Path
    source: _Source
    bases: tuple[str, ...]
    kind: str = ""  # model, enum or ""
    fields: tuple[ModelField, ...] | None = None
    total: bool = True
    typeddict: bool = False
    location: Location | None = None
    functional: list[tuple[str, ast.expr]] = field(default_factory=list)


def dotted(node: ast.expr) -> str | None:
    """``a.b.c`` for a name or attribute chain; None for anything else."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        inner = dotted(node.value)
        return f"{inner}.{node.attr}" if inner is not None else None
    return None


def last(node: ast.expr) -> str | None:
    """The last part of a dotted name (``_pydantic.BaseModel`` -> ``BaseModel``)."""
    name = dotted(node.func if isinstance(node, ast.Call) else node)
    return name.rsplit(".", 1)[-1] if name is not None else None


class AnnotationForms:
    """Turns annotations into forms, resolving names against the files read.

    ``enums`` maps enum class names to their values; ``models`` holds model class names;
    ``aliases`` module-level type aliases; ``extra`` names with a fixed form (the type map's
    references to enum, composite and row classes).
    """

    def __init__(self, enums: dict[str, frozenset[str]], models: frozenset[str],
                 aliases: dict[str, ast.expr], extra: dict[str, Form] | None = None) -> None:
        self.enums = enums
        self.models = models
        self.aliases = aliases
        self.extra = extra if extra is not None else {}

    def form(self, node: ast.expr, seen: frozenset[str] = frozenset()
             ) -> tuple[Form, bool]:
        """``(form, nullable)`` of an annotation."""
        options = list(self._options(node))
        forms: list[Form] = []
        nullable = False
        for option in options:
            if _is_none(option):
                nullable = True
                continue
            if last(option) in _UNSET:
                continue
            form, inner_null = self._single(option, seen)
            nullable = nullable or inner_null
            forms.append(form)
        if not forms:
            return Named("None"), nullable
        return union(forms), nullable

    def _options(self, node: ast.expr) -> list[ast.expr]:
        """The options of a union written with ``|``, ``Union[...]`` or ``Optional[...]``."""
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            return self._options(node.left) + self._options(node.right)
        if isinstance(node, ast.Subscript):
            head = last(node.value)
            if head == "Union":
                return [item for part in _items(node.slice) for item in self._options(part)]
            if head == "Optional":
                return [*self._options(node.slice), ast.Constant(None)]
            if head in _WRAPPERS:
                return self._options(_items(node.slice)[0])
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            parsed = _parse_annotation(node.value)
            return self._options(parsed) if parsed is not None else [node]
        return [node]

    def _single(self, node: ast.expr, seen: frozenset[str]) -> tuple[Form, bool]:
        """The form of one option of a union."""
        if isinstance(node, ast.Subscript):
            head = last(node.value)
            items = _items(node.slice)
            if head == "Literal":
                values = [item.value for item in items if isinstance(item, ast.Constant)]
                return Literals(frozenset(v for v in values if isinstance(v, str | int | float))
                                ), False
            if head in _ARRAYS:
                element = items[0] if items else ast.Name("Any")
                return ArrayOf(self.form(element, seen)[0]), False
            if head in _MAPPINGS:
                return ObjectShape(), False
            if head == "ClassVar":
                return Anything(), False
            return self._name(head or "", seen)
        if isinstance(node, ast.Name | ast.Attribute):
            return self._name(dotted(node) or "", seen)
        if isinstance(node, ast.Constant) and node.value is Ellipsis:
            return Anything(), False
        return Opaque(ast.unparse(node)), False

    def _name(self, name: str, seen: frozenset[str]) -> tuple[Form, bool]:
        """The form of a named type: a known class, alias, enum or opaque name."""
        short = name.rsplit(".", 1)[-1]
        if name in self.extra:
            return self.extra[name], False
        if short in ("Json", "JsonValue"):
            return Named("Json"), False
        if short in self.enums:
            return EnumOf(None, self.enums[short]), False
        if short in self.models or short in _MAPPINGS:
            return ObjectShape(), False
        if short in _ARRAYS:
            return ArrayOf(Anything()), False
        if short in _ANYTHING:
            return Anything(), False
        if short in self.aliases and short not in seen:
            return self.form(self.aliases[short], seen | {short})
        if short in _KNOWN:
            return Named(name), False
        return Opaque(name), False


def _items(node: ast.expr) -> list[ast.expr]:
    """The elements of a subscript's slice (``Union[a, b]`` -> [a, b])."""
    return list(node.elts) if isinstance(node, ast.Tuple) else [node]


def _is_none(node: ast.expr) -> bool:
    """Whether an annotation is ``None``."""
    return (isinstance(node, ast.Constant) and node.value is None) or last(node) == "NoneType"


def _parse_annotation(text: str) -> ast.expr | None:
    """A quoted annotation parsed; None when it is not an expression."""
    try:
        return ast.parse(text.strip(), mode="eval").body
    except SyntaxError:
        return None


def parse_python(path: Path, text: str) -> ast.Module:
    """Parse one Python file; a syntax error is a SourceError at its position."""
    try:
        return ast.parse(text, filename=str(path))
    except SyntaxError as exc:
        raise SourceError(Location(path, exc.lineno or 1, exc.offset or 1),
                          f"invalid Python: {exc.msg}",
                          hint="canon reads the models without running them, but they must "
                               "parse") from None


def read_python(files: list[tuple[Path, str]]) -> list[ModelFile]:
    """The models of the Python files given (classes may derive from classes of other files)."""
    return _Reader(files).read()


class _Reader:
    """Reads the Python files given into models, resolving classes across them."""

    def __init__(self, files: list[tuple[Path, str]]) -> None:
        self.classes: dict[str, _Class] = {}
        self.aliases: dict[str, ast.expr] = {}
        self.order: list[_Class] = []
        for path, text in files:
            source = _Source(text)
            for statement in _top_level(parse_python(path, text).body):
                self._collect(statement, path, source)
        self._classify()
        enums = {c.name: self._enum_values(c) for c in self.order if c.kind == "enum"}
        models = frozenset(c.name for c in self.order if c.kind == "model")
        self.forms = AnnotationForms(enums, models, self.aliases)

    def _collect(self, statement: ast.stmt, path: Path, text: _Source) -> None:
        """Note one module-level statement: a class, a TypedDict call or a type alias."""
        if isinstance(statement, ast.ClassDef):
            bases = tuple(name for name in (last(b) for b in statement.bases) if name)
            info = _Class(statement, statement.name, path, text, bases,
                          location=Location(path, statement.lineno, statement.col_offset + 1))
            if any(last(d) == "dataclass" for d in statement.decorator_list):
                info.kind = "model"
            info.total = not any(k.arg == "total" and isinstance(k.value, ast.Constant)
                                 and k.value.value is False for k in statement.keywords)
            self._add(info)
        elif isinstance(statement, ast.Assign) and len(statement.targets) == 1:
            target = statement.targets[0]
            if isinstance(target, ast.Name):
                if _functional_typeddict(statement.value):
                    self._add(self._functional(target.id, statement, path, text))
                else:
                    self.aliases.setdefault(target.id, statement.value)
        elif (isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name)
              and statement.value is not None and last(statement.annotation) == "TypeAlias"):
            self.aliases.setdefault(statement.target.id, statement.value)
        elif hasattr(ast, "TypeAlias") and isinstance(statement, ast.TypeAlias):
            name = statement.name
            if isinstance(name, ast.Name):
                self.aliases.setdefault(name.id, statement.value)

    def _add(self, info: _Class) -> None:
        """Keep the first class of each name."""
        if info.name not in self.classes:
            self.classes[info.name] = info
            self.order.append(info)

    def _functional(self, name: str, statement: ast.Assign, path: Path, text: _Source
                    ) -> _Class:
        """A TypedDict written as a call, with its fields."""
        call = statement.value
        assert isinstance(call, ast.Call)
        info = _Class(None, name, path, text, ("TypedDict",), kind="model", typeddict=True,
                      location=Location(path, statement.lineno, statement.col_offset + 1))
        info.total = not any(k.arg == "total" and isinstance(k.value, ast.Constant)
                             and k.value.value is False for k in call.keywords)
        spec = call.args[1] if len(call.args) > 1 else None
        if isinstance(spec, ast.Dict):
            for key, value in zip(spec.keys, spec.values, strict=True):
                if isinstance(key, ast.Constant) and isinstance(key.value, str):
                    info.functional.append((key.value, value))
        return info

    def _classify(self) -> None:
        """Mark classes as models or enums, through bases of the files read."""
        changed = True
        while changed:
            changed = False
            for info in self.order:
                if info.kind:
                    continue
                known = [self.classes[b].kind for b in info.bases if b in self.classes]
                if any(b in _ENUM_BASES for b in info.bases) or "enum" in known:
                    info.kind = "enum"
                elif any(b in _MODEL_BASES for b in info.bases) or "model" in known:
                    info.kind = "model"
                    info.typeddict = "TypedDict" in info.bases or any(
                        self.classes[b].typeddict for b in info.bases if b in self.classes)
                else:
                    continue
                changed = True

    def _enum_values(self, info: _Class) -> frozenset[str]:
        """The values of an enum class's members."""
        values: set[str] = set()
        string_enum = "StrEnum" in info.bases or "str" in info.bases
        for statement in info.node.body if info.node is not None else ():
            if not (isinstance(statement, ast.Assign) and len(statement.targets) == 1
                    and isinstance(statement.targets[0], ast.Name)):
                continue
            name = statement.targets[0].id
            if name.startswith("_"):
                continue
            value = statement.value
            if isinstance(value, ast.Constant) and isinstance(value.value, str | int | float):
                values.add(str(value.value))
            elif isinstance(value, ast.Call) and last(value) == "auto":
                values.add(name.lower() if string_enum else name)
        return frozenset(values)

    def read(self) -> list[ModelFile]:
        """One ModelFile per Python file, with its table models."""
        bases = {b for c in self.order if c.kind == "model" for b in c.bases}
        used = self._used_as_types()
        by_path: dict[Path, list[ModelRelation]] = {}
        for info in self.order:
            if info.kind != "model":
                continue
            explicit, declared = self._table_name(info)
            if declared and explicit is None:
                continue  # __tablename__ = None: not a table
            if info.name in bases and not declared:
                continue
            role, stem = _role(info.name)
            assert info.location is not None
            shape = ModelShape(role, self._fields(info), info.name, info.location)
            by_path.setdefault(info.path, []).append(ModelRelation(
                None, (shape,), info.location, hint=TableHint(explicit, stem),
                nested=info.name in used))
        paths = list(dict.fromkeys(c.path for c in self.order)) or []
        return [ModelFile(path, "python", tuple(by_path.get(path, ()))) for path in paths]

    def _used_as_types(self) -> set[str]:
        """Names of classes some model class's field annotation mentions."""
        used: set[str] = set()
        for info in self.order:
            if info.kind != "model":
                continue
            annotations = [a for _, a in info.functional] + [
                s.annotation for s in (info.node.body if info.node is not None else ())
                if isinstance(s, ast.AnnAssign)]
            for annotation in annotations:
                used.update(name for name in _mentioned(annotation) if name != info.name)
        return used

    def _table_name(self, info: _Class) -> tuple[str | None, bool]:
        """``(name, declared)``: the table the class names, and whether it names one."""
        for statement in info.node.body if info.node is not None else ():
            target, value = _assignment(statement)
            if target in ("__tablename__", "table_name") and isinstance(value, ast.Constant):
                if value.value is None:
                    return None, True
                if isinstance(value.value, str):
                    return value.value, True
        for base in info.bases:
            if base in self.classes and self.classes[base].kind == "model":
                found = self._table_name(self.classes[base])
                if found[1]:
                    return found
        return None, False

    def _fields(self, info: _Class, seen: frozenset[str] = frozenset()
                ) -> tuple[ModelField, ...]:
        """A class's fields: its bases' first, its own replacing them."""
        if info.fields is not None:
            return info.fields
        inherited: dict[str, ModelField] = {}
        for base in info.bases:
            parent = self.classes.get(base)
            if parent is not None and parent.kind == "model" and base not in seen:
                for item in self._fields(parent, seen | {info.name}):
                    inherited[item.column] = item
        own = self._own_fields(info)
        for item in own:
            inherited.pop(item.column, None)
        info.fields = (*inherited.values(), *own)
        return info.fields

    def _own_fields(self, info: _Class) -> list[ModelField]:
        """The fields a class body (or TypedDict call) declares."""
        found: list[ModelField] = []
        for column, annotation in info.functional:
            found.append(self._field(info, column, annotation, None, annotation))
        for statement in info.node.body if info.node is not None else ():
            if not isinstance(statement, ast.AnnAssign) or not isinstance(statement.target,
                                                                          ast.Name):
                continue
            name = statement.target.id
            if name in _SKIPPED or name.startswith("_") or last(statement.annotation) in (
                    "ClassVar", "InitVar", "ConfigDict"):
                continue
            if _subscript_head(statement.annotation) in ("ClassVar", "InitVar"):
                continue
            if name == "table_name" and isinstance(statement.value, ast.Constant):
                continue
            found.append(self._field(info, name, statement.annotation, statement.value,
                                     statement))
        return found

    def _field(self, info: _Class, name: str, annotation: ast.expr, value: ast.expr | None,
               at: ast.expr | ast.stmt) -> ModelField:
        """One annotated attribute as a model field."""
        form, nullable = self.forms.form(annotation)
        column = _column_name(value) or name
        optional, unset_is_none = _default(value)
        head = _subscript_head(annotation)
        if info.typeddict:
            optional = head == "NotRequired" or (not info.total and head != "Required")
            unset_is_none = False
        text = info.source.segment(annotation) or ast.unparse(annotation)
        location = Location(info.path, at.lineno, at.col_offset + 1)
        return ModelField(column, form, nullable, optional, " ".join(text.split()), location,
                          unset_is_none and nullable)


def _mentioned(annotation: ast.expr) -> set[str]:
    """Every name an annotation mentions, quoted forward references included."""
    if isinstance(annotation, ast.Name):
        return {annotation.id}
    if isinstance(annotation, ast.Attribute):
        return {annotation.attr}
    if isinstance(annotation, ast.Constant):
        parsed = _parse_annotation(annotation.value) if isinstance(annotation.value,
                                                                   str) else None
        return _mentioned(parsed) if parsed is not None else set()
    if isinstance(annotation, ast.Subscript):
        return _mentioned(annotation.value) | _mentioned(annotation.slice)
    if isinstance(annotation, ast.BinOp):
        return _mentioned(annotation.left) | _mentioned(annotation.right)
    found: set[str] = set()
    for child in ast.iter_child_nodes(annotation):
        if isinstance(child, ast.expr):
            found |= _mentioned(child)
    return found


def _top_level(body: list[ast.stmt]) -> list[ast.stmt]:
    """Module statements, those under ``if TYPE_CHECKING:`` (or any ``if``/``try``) included."""
    found: list[ast.stmt] = []
    for statement in body:
        if isinstance(statement, ast.If):
            found += _top_level(statement.body) + _top_level(statement.orelse)
        elif isinstance(statement, ast.Try):
            found += _top_level(statement.body)
        else:
            found.append(statement)
    return found


def _functional_typeddict(value: ast.expr) -> bool:
    """Whether an assignment's value is ``TypedDict("Name", {...})``."""
    return (isinstance(value, ast.Call) and last(value) == "TypedDict" and len(value.args) >= 2
            and isinstance(value.args[1], ast.Dict))


def _assignment(statement: ast.stmt) -> tuple[str | None, ast.expr | None]:
    """``(name, value)`` of a plain or annotated assignment to a name."""
    if isinstance(statement, ast.Assign) and len(statement.targets) == 1 and isinstance(
            statement.targets[0], ast.Name):
        return statement.targets[0].id, statement.value
    if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
        return statement.target.id, statement.value
    return None, None


def _subscript_head(node: ast.expr) -> str | None:
    """The name subscripted (``NotRequired`` of ``NotRequired[int]``)."""
    return last(node.value) if isinstance(node, ast.Subscript) else None


def _role(name: str) -> tuple[Role, str]:
    """The role a class name's suffix gives (Row without one) and the stem before it."""
    for role in _ROLES:
        if name.endswith(role.value) and len(name) > len(role.value):
            return role, name[: -len(role.value)]
    return Role.ROW, name


def _keyword(call: ast.Call, name: str) -> ast.expr | None:
    """The value of keyword argument ``name`` of a call, if given."""
    return next((k.value for k in call.keywords if k.arg == name), None)


def _column_name(value: ast.expr | None) -> str | None:
    """The column a ``field(metadata={"column": ...})`` or ``Field(alias=...)`` names."""
    if not isinstance(value, ast.Call):
        return None
    for key in ("alias", "validation_alias", "serialization_alias"):
        alias = _keyword(value, key)
        if isinstance(alias, ast.Constant) and isinstance(alias.value, str):
            return alias.value
    metadata = _keyword(value, "metadata")
    if isinstance(metadata, ast.Dict):
        for key_node, item in zip(metadata.keys, metadata.values, strict=True):
            if (isinstance(key_node, ast.Constant) and key_node.value == "column"
                    and isinstance(item, ast.Constant) and isinstance(item.value, str)):
                return item.value
    return None


def _default(value: ast.expr | None) -> tuple[bool, bool]:
    """``(has a default, the default is None)`` of a class attribute's value."""
    if value is None:
        return False, False
    if isinstance(value, ast.Call) and last(value) in ("field", "Field"):
        positional = value.args[0] if value.args else None
        default = _keyword(value, "default")
        if default is None and positional is not None and not (
                isinstance(positional, ast.Constant) and positional.value is Ellipsis):
            default = positional
        if default is not None:
            return True, isinstance(default, ast.Constant) and default.value is None
        return _keyword(value, "default_factory") is not None, False
    if isinstance(value, ast.Constant) and value.value is Ellipsis:
        return False, False
    return True, isinstance(value, ast.Constant) and value.value is None
