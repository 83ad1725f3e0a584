"""The check: what typed models declare against what a catalog has, as findings.

The database side is what the code generators print (:func:`toolkit.codegen.shapes.
build_shapes`), so the output of ``canon gen typescript`` and ``canon gen python`` agrees with
the catalog it was generated from by construction. Findings:

- ``not-in-database``: a table, view, column, enum, composite type or function the models
  declare and the database lacks (a Python class whose table does not exist);
- ``not-in-models``: one the database has and the models leave out (with ``partial``, only
  columns of the relations the models declare a Row for);
- ``relation-kind``: declared under Tables but a view in the database, or the reverse;
- ``type``: a column type that does not agree through the type map (see
  :mod:`toolkit.verify.models.forms`), for each of Row, Insert, Update that declares it;
- ``nullability``: ``| null`` / ``Optional`` against NOT NULL (a view's column may be
  declared nullable when the database knows it is not: Supabase types every view column so);
- ``insert`` / ``update``: a field required where the database has a default, allows NULL or
  generates the value, optional where the database requires it, or given where the database
  refuses it (identity ALWAYS, generated columns, read-only views);
- ``enum-labels``, ``arguments``, ``returns``: enums with other labels, functions with other
  overloads, argument names, types or optionality, or another result.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from toolkit.codegen.shapes import (
    CompositeShape,
    Field,
    Presence,
    Relation,
    Routine,
    Shapes,
    build_shapes,
)
from toolkit.errors import Location
from toolkit.model import Catalog, QualifiedName
from toolkit.verify.models.declared import (
    ModelArguments,
    ModelField,
    ModelFile,
    ModelFunction,
    ModelRelation,
    ModelShape,
    Role,
)
from toolkit.verify.models.expected import Expectations
from toolkit.verify.models.forms import Anything, ArrayOf, Form, NeverType, ObjectShape, agrees
from toolkit.verify.models.names import TargetResolver, plural


class FindingKind(StrEnum):
    """What is wrong between the models and the database."""

    NOT_IN_DATABASE = "not-in-database"
    NOT_IN_MODELS = "not-in-models"
    RELATION_KIND = "relation-kind"
    TYPE = "type"
    NULLABILITY = "nullability"
    INSERT = "insert"
    UPDATE = "update"
    ENUM_LABELS = "enum-labels"
    ARGUMENTS = "arguments"
    RETURNS = "returns"


@dataclass(frozen=True)
class TypeFinding:
    """One disagreement: its kind, the object (``column public.t.c``), what is wrong, where
    the models say it (when they do), both sides' values and the shapes concerned."""

    kind: FindingKind
    object: str
    message: str
    location: Location | None = None
    model: str | None = None
    database: str | None = None
    roles: tuple[str, ...] = ()

    def describe(self) -> str:
        """The finding as one line a person reads."""
        where = f"{self.location}: " if self.location is not None else ""
        roles = f" ({', '.join(self.roles)})" if self.roles else ""
        return f"{where}{self.kind}: {self.object}{roles}: {self.message}"

    def sort_key(self) -> tuple[str, int, int, str, str]:
        """Findings with a location in file order, then the others by object."""
        if self.location is None:
            return ("\uffff", 0, 0, self.object, self.kind)
        return (str(self.location.path), self.location.line, self.location.column,
                self.object, self.kind)


@dataclass(frozen=True)
class TypeCheck:
    """The outcome: findings, the files read, and listed schemas canon does not manage."""

    findings: tuple[TypeFinding, ...]
    files: tuple[Path, ...]
    skipped_schemas: tuple[str, ...] = ()


def check_models(files: Sequence[ModelFile], catalog: Catalog, schemas: Sequence[str], *,
                 partial: bool = False) -> TypeCheck:
    """Check every models file against ``catalog``'s objects in ``schemas``.

    ``partial``: the models describe only part of the schema, so relations and schemas they
    leave out are not reported.
    """
    shapes = build_shapes(catalog, schemas)
    findings: list[TypeFinding] = []
    skipped: list[str] = []
    for model_file in files:
        if model_file.language == "typescript":
            check = _TypeScriptCheck(shapes, model_file, partial)
            check.run()
            findings += check.findings
            skipped += [s for s in model_file.schemas if s not in shapes.schemas]
    python = [f for f in files if f.language == "python"]
    if python:
        check_py = _PythonCheck(shapes, python, partial)
        check_py.run()
        findings += check_py.findings
    ordered = sorted(dict.fromkeys(findings), key=TypeFinding.sort_key)
    return TypeCheck(tuple(ordered), tuple(f.path for f in files),
                     tuple(dict.fromkeys(skipped)))


@dataclass
class _Issue:
    """A finding being gathered over a relation's Row, Insert and Update."""

    kind: FindingKind
    object: str
    message: str
    location: Location
    model: str | None
    database: str | None
    roles: list[str] = field(default_factory=list)


class _Check:
    """Comparisons shared by both languages."""

    def __init__(self, shapes: Shapes, language: str, partial: bool) -> None:
        self.shapes = shapes
        self.partial = partial
        self.expect = Expectations(shapes, language)
        self.relations = {relation.name: relation for relation in shapes.relations}
        self.composites = {composite.name: composite for composite in shapes.composites}
        self.findings: list[TypeFinding] = []

    def add(self, kind: FindingKind, obj: str, message: str, location: Location | None = None,
            *, model: str | None = None, database: str | None = None) -> None:
        """Record one finding."""
        self.findings.append(TypeFinding(kind, obj, message, location, model, database))

    def relation(self, model: ModelRelation, db: Relation) -> None:
        """Compare one relation's Row, Insert and Update with the database's."""
        db_fields = {f.name: f for f in db.fields}
        declared: dict[str, tuple[list[str], Location]] = {}
        for shape in model.shapes:
            for item in shape.fields:
                declared.setdefault(item.column, ([], item.location))[0].append(shape.role)
        for column, (roles, where) in declared.items():
            if column not in db_fields:
                self.add(FindingKind.NOT_IN_DATABASE, f"column {db.name}.{column}",
                         f"declared by the models ({', '.join(roles)}), not in the database",
                         where)
        row = model.shape(Role.ROW)
        if row is not None:
            for name, db_field in db_fields.items():
                if row.field(name) is None:
                    self.add(FindingKind.NOT_IN_MODELS, f"column {db.name}.{name}",
                             f"in the database, not in {row.declared_as}", row.location,
                             database=self.expect.of(db_field.type).sql)
        issues: dict[tuple[FindingKind, str], _Issue] = {}
        for shape in model.shapes:
            if shape.role is not Role.ROW and not db.writable:
                kind = FindingKind.INSERT if shape.role is Role.INSERT else FindingKind.UPDATE
                self.add(kind, f"view {db.name}", f"the models declare {shape.declared_as}, "
                         "but the database cannot write to this view", shape.location)
                continue
            for item in shape.fields:
                if item.column in db_fields:
                    self.field(shape.role, item, db_fields[item.column], db, issues)
            if shape.role is not Role.ROW:
                self.presence(shape, db, issues)
        for issue in issues.values():
            self.findings.append(TypeFinding(issue.kind, issue.object, issue.message,
                                             issue.location, issue.model, issue.database,
                                             tuple(issue.roles)))

    def field(self, role: Role, item: ModelField, db_field: Field, db: Relation,
              issues: dict[tuple[FindingKind, str], _Issue]) -> None:
        """Type and nullability of one declared column."""
        if isinstance(item.form, NeverType):
            return
        obj = f"column {db.name}.{db_field.name}"
        expected = self.expect.of(db_field.type)
        if not agrees(item.form, expected.form):
            _note(issues, FindingKind.TYPE, obj, role, item,
                  message=f"the models say {item.text}; the database has {expected.sql}, "
                  f"which the type map writes {expected.text}", model=item.text,
                  database=expected.text)
        if isinstance(expected.form, Anything) or item.unset_is_none:
            return
        if item.nullable == db_field.nullable or (db.view and item.nullable):
            return
        if db_field.nullable:
            message = "the database allows NULL, the models do not"
        else:
            message = "the models allow NULL, the database says NOT NULL"
        _note(issues, FindingKind.NULLABILITY, obj, role, item, message=message,
              model="nullable" if item.nullable else "not nullable",
              database="NULL" if db_field.nullable else "NOT NULL")

    def presence(self, shape: ModelShape, db: Relation,
                 issues: dict[tuple[FindingKind, str], _Issue]) -> None:
        """Whether each column may, must or must not be given in an Insert or Update."""
        kind = FindingKind.INSERT if shape.role is Role.INSERT else FindingKind.UPDATE
        for db_field in db.fields:
            wanted = db_field.insert if shape.role is Role.INSERT else db_field.update
            item = shape.field(db_field.name)
            obj = f"column {db.name}.{db_field.name}"
            given = None if item is None else (
                "never" if isinstance(item.form, NeverType) else
                "optional" if item.optional else "required")
            message = None
            if wanted is Presence.NEVER and given in ("optional", "required"):
                message = ("the database generates this column (identity, generated or not "
                           "writable): it cannot be given")
            elif wanted is not Presence.NEVER and given == "never":
                message = "the models forbid a value the database accepts"
            elif wanted is Presence.REQUIRED and given is None:
                message = (f"the database requires it (NOT NULL, no default), "
                           f"{shape.declared_as} leaves it out")
            elif wanted is Presence.REQUIRED and given == "optional":
                message = "optional in the models, the database requires it (NOT NULL, no default)"
            elif wanted is Presence.OPTIONAL and given == "required":
                message = ("required in the models, the database has a default or allows "
                           "NULL")
            if message is not None:
                where = item.location if item is not None else shape.location
                issues[(kind, obj)] = _Issue(kind, obj, message, where, given or "left out",
                                             str(wanted), [shape.role])

    def composite(self, fields: Sequence[ModelField], db: CompositeShape, where: Location
                  ) -> None:
        """Compare a composite type's attributes (each may always be NULL)."""
        attributes = dict(db.attributes)
        declared = {item.column for item in fields}
        for item in fields:
            obj = f"attribute {db.name}.{item.column}"
            sql_type = attributes.get(item.column)
            if sql_type is None:
                self.add(FindingKind.NOT_IN_DATABASE, obj,
                         "declared by the models, not in the database", item.location)
                continue
            expected = self.expect.of(sql_type)
            if not agrees(item.form, expected.form):
                self.add(FindingKind.TYPE, obj, f"the models say {item.text}; the database has "
                         f"{expected.sql}, which the type map writes {expected.text}",
                         item.location, model=item.text, database=expected.text)
            elif not item.nullable and not isinstance(expected.form, Anything):
                self.add(FindingKind.NULLABILITY, obj, "an attribute of a composite type may "
                         "always be NULL, the models do not allow it", item.location,
                         model="not nullable", database="NULL")
        for name, sql_type in db.attributes:
            if name not in declared:
                self.add(FindingKind.NOT_IN_MODELS, f"attribute {db.name}.{name}",
                         "in the database, not in the models", where,
                         database=sql_type.display)


def _note(issues: dict[tuple[FindingKind, str], _Issue], kind: FindingKind, obj: str,
          role: Role, item: ModelField, *, message: str, model: str, database: str) -> None:
    """Record one disagreement of a column, or add ``role`` to the one already noted."""
    issue = issues.get((kind, obj))
    if issue is None:
        issues[(kind, obj)] = _Issue(kind, obj, message, item.location, model, database,
                                     [role])
    else:
        issue.roles.append(role)


class _TypeScriptCheck(_Check):
    """One TypeScript ``Database``: its schemas are complete descriptions."""

    def __init__(self, shapes: Shapes, model_file: ModelFile, partial: bool) -> None:
        super().__init__(shapes, "typescript", partial)
        self.file = model_file
        self.managed = set(shapes.schemas)
        self.listed = [s for s in model_file.schemas if s in self.managed]

    def run(self) -> None:
        """Check every declaration of the file, then what it leaves out."""
        where = self.file.location
        declared: set[QualifiedName] = set()
        for model in self.file.relations:
            assert model.name is not None
            if model.name.schema not in self.managed:
                continue
            declared.add(model.name)
            what = "view" if model.view else "table"
            db = self.relations.get(model.name)
            if db is None:
                self.add(FindingKind.NOT_IN_DATABASE, f"{what} {model.name}",
                         f"declared by the models, the database has no such {what}",
                         model.location)
                continue
            if db.view != bool(model.view):
                actual = "view" if db.view else "table"
                self.add(FindingKind.RELATION_KIND, f"{what} {model.name}",
                         f"declared under {'Views' if model.view else 'Tables'}, but the "
                         f"database has a {actual}", model.location, model=what,
                         database=actual)
            self.relation(model, db)
        if not self.partial:
            for relation in self.shapes.relations:
                if relation.name.schema in self.listed and relation.name not in declared:
                    what = "view" if relation.view else "table"
                    section = "Views" if relation.view else "Tables"
                    self.add(FindingKind.NOT_IN_MODELS, f"{what} {relation.name}",
                             f"in the database, not in the models' {relation.name.schema} "
                             f"schema", self.file.anchor(relation.name.schema, section))
            if self.file.schemas:
                for schema in self.shapes.schemas:
                    if schema not in self.file.schemas:
                        self.add(FindingKind.NOT_IN_MODELS, f"schema {schema}",
                                 "managed by the project, not in the models' Database", where)
        self.enums()
        self.composite_types()
        self.functions()

    def enums(self) -> None:
        """Enums the models declare against the database's, labels included."""
        db_enums = {enum.name: enum for enum in self.shapes.enums}
        declared = set()
        for enum in self.file.enums:
            if enum.name.schema not in self.managed:
                continue
            declared.add(enum.name)
            found = db_enums.get(enum.name)
            if found is None:
                self.add(FindingKind.NOT_IN_DATABASE, f"enum {enum.name}",
                         "declared by the models, the database has no such enum", enum.location)
                continue
            only_model = [label for label in enum.labels if label not in found.labels]
            only_db = [label for label in found.labels if label not in enum.labels]
            if only_model or only_db:
                parts = []
                if only_model:
                    parts.append("only in the models: " + ", ".join(map(repr, only_model)))
                if only_db:
                    parts.append("only in the database: " + ", ".join(map(repr, only_db)))
                self.add(FindingKind.ENUM_LABELS, f"enum {enum.name}", "; ".join(parts),
                         enum.location, model=" | ".join(map(repr, enum.labels)),
                         database=", ".join(map(repr, found.labels)))
        for name in db_enums:
            if not self.partial and name.schema in self.listed and name not in declared:
                self.add(FindingKind.NOT_IN_MODELS, f"enum {name}",
                         "in the database, not in the models",
                         self.file.anchor(name.schema, "Enums"))

    def composite_types(self) -> None:
        """Composite types the models declare against the database's."""
        declared = set()
        for composite in self.file.composites:
            if composite.name.schema not in self.managed:
                continue
            declared.add(composite.name)
            found = self.composites.get(composite.name)
            if found is None:
                self.add(FindingKind.NOT_IN_DATABASE, f"type {composite.name}",
                         "declared by the models, the database has no such composite type",
                         composite.location)
            else:
                self.composite(composite.fields, found, composite.location)
        for name in self.composites:
            if not self.partial and name.schema in self.listed and name not in declared:
                self.add(FindingKind.NOT_IN_MODELS, f"type {name}",
                         "in the database, not in the models",
                         self.file.anchor(name.schema, "CompositeTypes"))

    def functions(self) -> None:
        """Functions the models declare against the database's, overload by overload."""
        routines: dict[QualifiedName, list[Routine]] = {}
        for routine in self.shapes.routines:
            routines.setdefault(routine.name, []).append(routine)
        declared = set()
        for function in self.file.functions:
            if function.name.schema not in self.managed:
                continue
            declared.add(function.name)
            overloads = routines.get(function.name)
            if overloads is None:
                self.add(FindingKind.NOT_IN_DATABASE, f"function {function.name}",
                         "declared by the models, the database has no such function",
                         function.location)
                continue
            self.function(function, overloads)
        for name in routines:
            if not self.partial and name.schema in self.listed and name not in declared:
                self.add(FindingKind.NOT_IN_MODELS, f"function {name}",
                         "in the database, not in the models",
                         self.file.anchor(name.schema, "Functions"))

    def function(self, function: ModelFunction, overloads: list[Routine]) -> None:
        """One function's overloads (each matched to a database overload callable with its
        argument names) and its result."""
        obj = f"function {function.name}"
        matched: list[Routine] = []
        for variant in function.overloads or (ModelArguments((), function.location),):
            names = frozenset(item.column for item in variant.fields)
            # The overload taking the fewest arguments is the one taking exactly these.
            routine = next((r for r in sorted(overloads, key=lambda r: len(r.arguments))
                            if _callable_with(r, names)), None)
            if routine is None:
                shown = ", ".join(item.column for item in variant.fields) or "no arguments"
                self.add(FindingKind.ARGUMENTS, obj, f"the database has no overload taking "
                         f"({shown})", variant.location, model=shown)
                continue
            matched.append(routine)
            self.arguments(obj, variant, routine)
        for routine in overloads:
            if routine not in matched:
                shown = ", ".join(a.name for a in routine.arguments) or "no arguments"
                self.add(FindingKind.ARGUMENTS, obj, f"the database's overload taking "
                         f"({shown}) is not in the models", function.location,
                         database=shown)
        if function.returns is not None and matched:
            self.result(obj, function, matched[0])

    def arguments(self, obj: str, variant: ModelArguments, routine: Routine) -> None:
        """The arguments of one overload: types, and whether each may be left out."""
        for item in variant.fields:
            argument = next(a for a in routine.arguments if a.name == item.column)
            expected = self.expect.of(argument.type)
            label = f"{obj} argument {item.column}"
            if not agrees(item.form, expected.form):
                self.add(FindingKind.ARGUMENTS, label, f"the models say {item.text}; the "
                         f"database has {expected.sql}, which the type map writes "
                         f"{expected.text}", item.location, model=item.text,
                         database=expected.text)
            if item.optional != argument.optional:
                said = "optional" if item.optional else "required"
                has = "a default" if argument.optional else "no default"
                self.add(FindingKind.ARGUMENTS, label, f"{said} in the models, the database's "
                         f"argument has {has}", item.location, model=said,
                         database="optional" if argument.optional else "required")

    def result(self, obj: str, function: ModelFunction, routine: Routine) -> None:
        """What a function returns: a type, a set of them, or rows of named columns."""
        returns = function.returns
        assert returns is not None
        if routine.returns is not None:
            expected = self.expect.of(routine.returns)
            form: Form = ArrayOf(expected.form) if routine.returns_set else expected.form
            text = expected.text + ("[]" if routine.returns_set else "")
            if not agrees(returns.form, form):
                returned = expected.sql + (" (a set)" if routine.returns_set else "")
                self.add(FindingKind.RETURNS, obj, f"the models say {returns.text}; the "
                         f"database returns {returned}, which the type map writes {text}",
                         returns.location, model=returns.text, database=text)
            return
        shape: Form = ArrayOf(ObjectShape()) if routine.returns_set else ObjectShape()
        if not agrees(returns.form, shape):
            self.add(FindingKind.RETURNS, obj, f"the models say {returns.text}; the database "
                     "returns rows of named columns", returns.location, model=returns.text)
            return
        if function.returns_columns is None:
            return
        columns = dict(routine.columns)
        for item in function.returns_columns:
            sql_type = columns.get(item.column)
            if sql_type is None:
                self.add(FindingKind.RETURNS, f"{obj} column {item.column}",
                         "declared by the models, the function returns no such column",
                         item.location)
            elif not agrees(item.form, self.expect.of(sql_type).form):
                expected = self.expect.of(sql_type)
                self.add(FindingKind.RETURNS, f"{obj} column {item.column}",
                         f"the models say {item.text}; the database has {expected.sql}, "
                         f"which the type map writes {expected.text}", item.location,
                         model=item.text, database=expected.text)
        declared = {item.column for item in function.returns_columns}
        for name, sql_type in routine.columns:
            if name not in declared:
                self.add(FindingKind.RETURNS, f"{obj} column {name}",
                         "returned by the database, not in the models", returns.location,
                         database=sql_type.display)


def _callable_with(routine: Routine, names: frozenset[str]) -> bool:
    """Whether ``routine`` can be called with the arguments ``names`` (those left out have
    defaults)."""
    declared = {argument.name: argument for argument in routine.arguments}
    return names <= declared.keys() and all(
        argument.optional for name, argument in declared.items() if name not in names)


class _PythonCheck(_Check):
    """Python classes from all the files read, each resolved to what it models."""

    def __init__(self, shapes: Shapes, files: list[ModelFile], partial: bool) -> None:
        super().__init__(shapes, "python", partial)
        self.files = files
        self.resolver = TargetResolver(shapes)

    def run(self) -> None:
        """Resolve every class, compare each group, then report unmodelled relations."""
        groups: dict[tuple[str, QualifiedName], list[ModelRelation]] = {}
        for model_file in self.files:
            for model in model_file.relations:
                assert model.hint is not None
                target = self.resolver.resolve(model.hint)
                if target.found:
                    groups.setdefault((target.kind, target.name), []).append(model)
                    continue
                if model.nested:
                    continue  # a value inside another model's column
                shape = model.shapes[0]
                if model.hint.explicit is not None:
                    message = f"models table {target.name}, which the database does not have"
                else:
                    message = (f"models a table the database does not have (no {target.name}, "
                               f"no {target.name.schema}.{plural(target.name.name)})")
                self.add(FindingKind.NOT_IN_DATABASE, f"class {shape.declared_as}", message,
                         model.location)
        for (kind, name), models in groups.items():
            for bucket in _buckets(models):
                if kind == "composite":
                    shape = bucket.shapes[0]
                    self.composite(shape.fields, self.composites[name], shape.location)
                else:
                    self.relation(bucket, self.relations[name])
        if not self.partial:
            modelled = {name for kind, name in groups if kind == "relation"}
            for relation in self.shapes.relations:
                if relation.name not in modelled:
                    what = "view" if relation.view else "table"
                    self.add(FindingKind.NOT_IN_MODELS, f"{what} {relation.name}",
                             "in the database, no class models it")


def _buckets(models: list[ModelRelation]) -> list[ModelRelation]:
    """Classes of one relation grouped so each group holds at most one Row, Insert, Update."""
    buckets: list[list[ModelShape]] = []
    for model in models:
        for shape in model.shapes:
            bucket = next((b for b in buckets if all(s.role is not shape.role for s in b)),
                          None)
            if bucket is None:
                buckets.append([shape])
            else:
                bucket.append(shape)
    first = models[0]
    return [ModelRelation(first.name, tuple(bucket), bucket[0].location, hint=first.hint)
            for bucket in buckets]
