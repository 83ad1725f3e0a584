"""All declarations checked together, and the static Catalog they describe.

:meth:`CatalogBuilder.check` does everything that can fail (duplicates, references, edit
targets, directives) and records dependencies for ordering; :attr:`Build.catalog` assembles
the model objects on first use, so compiling a script never pays for them. The functions
that assemble it import :func:`toolkit.inspect.instances.evolve` where they run: importing
``toolkit.inspect`` loads the live inspector and psycopg, which nothing else here needs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from toolkit.errors import Location, SourceError
from toolkit.model import (
    Catalog,
    CompositeType,
    Constraint,
    ConstraintKind,
    Domain,
    EnumType,
    Extension,
    Function,
    Grant,
    Index,
    ObjectKey,
    Policy,
    Schema,
    Sequence,
    SourceLocation,
    Table,
    Trigger,
    View,
)
from toolkit.model.names import (
    KIND_COMPOSITE,
    KIND_CONSTRAINT,
    KIND_DOMAIN,
    KIND_ENUM,
    KIND_EXTENSION,
    KIND_FUNCTION,
    KIND_INDEX,
    KIND_MATVIEW,
    KIND_POLICY,
    KIND_PROCEDURE,
    KIND_SCHEMA,
    KIND_SEQUENCE,
    KIND_TABLE,
    KIND_TRIGGER,
    KIND_VIEW,
)
from toolkit.source.declarations import (
    Declaration,
    Edge,
    GrantSpec,
    Reference,
    SetComment,
    SetRowSecurity,
    Want,
)
from toolkit.source.directives import Renames, find_renames
from toolkit.source.files import SourceFile
from toolkit.source.nodes import Name
from toolkit.source.readers.common import qualify
from toolkit.source.resolve import Resolver

Dependency = tuple[ObjectKey, Edge, str | None]

TABLE_PRIVILEGES = ("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER")
PRIVILEGES = {
    "SEQUENCE": ("USAGE", "SELECT", "UPDATE"),
    "FUNCTION": ("EXECUTE",), "PROCEDURE": ("EXECUTE",), "ROUTINE": ("EXECUTE",),
    "SCHEMA": ("USAGE", "CREATE"), "TYPE": ("USAGE",), "DOMAIN": ("USAGE",),
}
GRANT_TARGETS: dict[str, tuple[Want, tuple[str, ...]]] = {
    "TABLE": (Want.RELATION, (KIND_TABLE, KIND_VIEW, KIND_MATVIEW, KIND_SEQUENCE)),
    "SEQUENCE": (Want.SEQUENCE, (KIND_SEQUENCE,)),
    "FUNCTION": (Want.FUNCTION, (KIND_FUNCTION,)),
    "PROCEDURE": (Want.FUNCTION, (KIND_PROCEDURE,)),
    "ROUTINE": (Want.FUNCTION, (KIND_FUNCTION, KIND_PROCEDURE)),
    "SCHEMA": (Want.SCHEMA, (KIND_SCHEMA,)),
    "TYPE": (Want.TYPE, (KIND_ENUM, KIND_DOMAIN, KIND_COMPOSITE)),
    "DOMAIN": (Want.TYPE, (KIND_DOMAIN,)),
}
ALL_IN_SCHEMA = {"TABLE": (KIND_TABLE, KIND_VIEW, KIND_MATVIEW), "SEQUENCE": (KIND_SEQUENCE,),
                 "FUNCTION": (KIND_FUNCTION,), "PROCEDURE": (KIND_PROCEDURE,),
                 "ROUTINE": (KIND_FUNCTION, KIND_PROCEDURE)}
COMMENT_KINDS: dict[str, tuple[str, ...]] = {
    "table": (KIND_TABLE,), "view": (KIND_VIEW,), "materialized view": (KIND_MATVIEW,),
    "sequence": (KIND_SEQUENCE,), "index": (KIND_INDEX,),
    "type": (KIND_ENUM, KIND_COMPOSITE, KIND_DOMAIN), "domain": (KIND_DOMAIN,),
    "function": (KIND_FUNCTION,), "procedure": (KIND_PROCEDURE,), "schema": (KIND_SCHEMA,),
    "extension": (KIND_EXTENSION,), "column": (KIND_TABLE, KIND_VIEW, KIND_MATVIEW),
}
SLOTS = {Schema: "schemas", Extension: "extensions", EnumType: "enums", Domain: "domains",
         CompositeType: "composites", Sequence: "sequences", Table: "tables", Index: "indexes",
         View: "views", Function: "functions", Trigger: "triggers", Policy: "policies"}
UNDEFINED_HINT = ("declare it in the canonical files, or list the file or platform prelude "
                  "that creates it in `prelude = [...]` under [tool.canon]")


def to_location(location: SourceLocation | None, fallback: Location) -> Location:
    """A model location as an error location."""
    if location is None:
        return fallback
    return Location(Path(location.path), location.line, location.column)


@dataclass
class Build:
    """Checked declarations, what each depends on, and (on first use) the catalog."""

    declarations: list[Declaration]
    dependencies: list[list[Dependency]]
    providers: dict[ObjectKey, int]
    builder: CatalogBuilder = field(repr=False)
    files: list[SourceFile] = field(default_factory=list, repr=False)
    """The files read, in order (set by :func:`toolkit.source.project.read_project`)."""

    @cached_property
    def catalog(self) -> Catalog:
        """The static catalog of the canonical files."""
        return self.builder.catalog()


class CatalogBuilder:
    """Checks all declarations together and assembles their catalog."""

    def __init__(self, declarations: list[Declaration], resolver: Resolver,
                 postgres_version: int) -> None:
        """Prepare to check ``declarations`` with ``resolver``."""
        self.declarations = declarations
        self.resolver = resolver
        self.postgres_version = postgres_version
        self.owner: dict[ObjectKey, int] = {}
        self.dependencies: list[list[Dependency]] = [[] for _ in declarations]
        self.targets: dict[int, list[ObjectKey]] = {}
        self.comment_targets: dict[int, ObjectKey] = {}
        self.renames: Renames = {}

    def _error(self, location: Location, message: str, *, hint: str) -> SourceError:
        """A SourceError that shows the offending line of the canonical file."""
        files = {declaration.file.display: declaration.file
                 for declaration in self.declarations}
        file = files.get(location.path.as_posix())
        line = file.source.line_text(location.line) if file is not None else None
        return SourceError(location, message, hint=hint, source_line=line)

    # Checking ---------------------------------------------------------------------------------

    def check(self) -> Build:
        """Check everything; raises :class:`SourceError` at the first problem."""
        for index, declaration in enumerate(self.declarations):
            self._register(index, declaration)
        for index, declaration in enumerate(self.declarations):
            self._resolve_references(index, declaration.references)
        commented: dict[tuple[ObjectKey, str], Location] = {}
        for index, declaration in enumerate(self.declarations):
            for edit in declaration.edits:
                if isinstance(edit, GrantSpec):
                    self.targets[id(edit)] = self._grant_targets(index, edit)
                elif isinstance(edit, SetComment):
                    self._check_comment(index, edit, commented)
        self.renames = find_renames(self.declarations)
        return Build(self.declarations, self.dependencies, dict(self.owner), self)

    def _register(self, index: int, declaration: Declaration) -> None:
        """Record the keys a declaration provides; duplicates are errors."""
        for key in declaration.provides:
            if key in self.owner:
                first = self.declarations[self.owner[key]]
                raise self._error(
                    _object_location(declaration, key),
                    f"{key} is defined twice; it is already defined at "
                    f"{_object_location(first, key)}",
                    hint="keep one definition and delete the other")
            self.owner[key] = index
        columns = declaration.columns
        if len({name for name, _ in columns}) == len(columns):
            return
        seen: dict[str, int] = {}
        for name, offset in columns:
            if name in seen:
                raise self._error(
                    declaration.file.location(offset),
                    f"column {name} of {declaration.key} is defined twice; it is already "
                    f"defined at {declaration.file.location(seen[name])}",
                    hint="keep one definition and delete the other")
            seen[name] = offset

    def _resolve_references(self, index: int, references: list[Reference]) -> None:
        """Resolve references into dependencies; undefined required ones are errors."""
        dependencies = self.dependencies[index]
        for reference in references:
            keys = self.resolver.resolve(reference)
            if keys is None:
                if reference.required:
                    raise undefined(reference)
                continue
            for key in keys:
                dependencies.append((key, reference.edge, reference.constraint))

    def _depend(self, index: int, key: ObjectKey) -> None:
        """Record that declaration ``index`` needs ``key`` first."""
        self.dependencies[index].append((key, Edge.HARD, None))

    def _grant_targets(self, index: int, spec: GrantSpec) -> list[ObjectKey]:
        """The declared objects a GRANT or REVOKE applies to."""
        if spec.objtype not in GRANT_TARGETS:
            return []
        want, kinds = GRANT_TARGETS[spec.objtype]
        found: list[ObjectKey] = []
        for schema in spec.all_in_schemas:
            found += self.resolver.declared.in_schema(schema, ALL_IN_SCHEMA.get(spec.objtype,
                                                                                 ()))
        for name, signature in spec.targets:
            keys = self.resolver.lookup(want, name, signature)
            if keys is None:
                verb = "GRANT" if spec.is_grant else "REVOKE"
                raise self._error(spec.location, f"{verb} on {want.value} {_display(name)}, "
                                  "which is defined nowhere", hint=UNDEFINED_HINT)
            found += [key for key in keys if key.kind in kinds]
        for key in found:
            self._depend(index, key)
        return found

    def _check_comment(self, index: int, edit: SetComment,
                       commented: dict[tuple[ObjectKey, str], Location]) -> None:
        """Resolve a COMMENT's target; unknown targets and repeats are errors."""
        key = self._comment_target(edit)
        if key is None:
            return
        table_key = ObjectKey(KIND_TABLE, key.schema, key.parent) if key.parent else key
        self._depend(index, key if key.kind != KIND_CONSTRAINT else table_key)
        if key.kind == KIND_CONSTRAINT:
            self._depend(index, key)
        if edit.column is not None and key.kind == KIND_TABLE:
            columns = {name for name, _ in self.declarations[self.owner[key]].columns}
            if edit.column not in columns:
                raise self._error(edit.location, f"COMMENT ON COLUMN: {key} has no column "
                                  f"{edit.column}", hint="check the column name")
        identity = (key, edit.column or "")
        if identity in commented:
            column = " column " + edit.column if edit.column else ""
            raise self._error(edit.location, f"the comment on {key}{column} is set twice; "
                              f"it is already set at {commented[identity]}",
                              hint="keep one COMMENT statement")
        commented[identity] = edit.location
        self.comment_targets[id(edit)] = key

    def _comment_target(self, edit: SetComment) -> ObjectKey | None:
        """The key a COMMENT names; None for objects defined outside the canonical files."""
        if edit.kind in ("trigger", "policy", "constraint"):
            table = qualify(edit.parent or edit.name)
            kind = {"trigger": KIND_TRIGGER, "policy": KIND_POLICY,
                    "constraint": KIND_CONSTRAINT}[edit.kind]
            key = ObjectKey(kind, table.schema, edit.name[1], parent=table.name)
            if key in self.owner:
                return key
            if ObjectKey(KIND_TABLE, table.schema, table.name) not in self.owner:
                return None
            raise self._error(edit.location, f"COMMENT ON {edit.kind.upper()}: {key} is "
                              "defined nowhere", hint=UNDEFINED_HINT)
        kinds = COMMENT_KINDS[edit.kind]
        if edit.kind == "index":
            index_key = ObjectKey(KIND_INDEX, *_parts(edit.name))
            found = [index_key] if index_key in self.owner else []
        else:
            found = self.resolver.declared.find(edit.name, kinds)
            if edit.signature is not None:
                found = [key for key in found if key.signature == edit.signature]
        if found:
            return found[0]
        if (self.resolver.external.index.find(edit.name, kinds)
                or edit.name[0] in ("pg_catalog", "information_schema")
                or (edit.kind == "schema" and self.resolver.lookup(Want.SCHEMA, edit.name)
                    is not None)):
            return None
        raise self._error(edit.location, f"COMMENT ON {edit.kind.upper()}: "
                          f"{_display(edit.name)} is defined nowhere", hint=UNDEFINED_HINT)

    # Assembling -------------------------------------------------------------------------------

    def catalog(self) -> Catalog:
        """Build every model object, apply the edits and return the catalog."""
        from toolkit.inspect.instances import evolve

        objects: dict[ObjectKey, Any] = {}
        added: list[Constraint] = []
        for declaration in self.declarations:
            for obj in declaration.objects:
                if isinstance(obj, Constraint):
                    added.append(obj)
                else:
                    objects[obj.key] = obj
        for constraint in added:
            table = objects.get(ObjectKey(KIND_TABLE, constraint.table.schema,
                                          constraint.table.name))
            if isinstance(table, Table):
                objects[table.key] = evolve(table, constraints=(*table.constraints, constraint))
        grants: dict[tuple[ObjectKey, str], Grant] = {}
        for declaration in self.declarations:
            for edit in declaration.edits:
                if isinstance(edit, SetRowSecurity):
                    _set_row_security(objects, edit)
                elif isinstance(edit, GrantSpec):
                    self._grant(grants, edit)
        _set_comments(objects, [
            (self.comment_targets[id(edit)], edit)
            for declaration in self.declarations for edit in declaration.edits
            if isinstance(edit, SetComment) and id(edit) in self.comment_targets])
        for (key, column), old in self.renames.items():
            table = objects.get(key)
            if not isinstance(table, Table):
                continue
            if column is None:
                objects[key] = evolve(table, renamed_from=old)
            else:
                objects[key] = evolve(table, columns=tuple(
                    evolve(c, renamed_from=old) if c.name == column else c
                    for c in table.columns))
        _fill_referenced_columns(objects)
        for index, declaration in enumerate(self.declarations):
            if declaration.body_references is not None:
                self._resolve_references(index, declaration.body_references())
        self._set_dependencies(objects)
        kinds: dict[str, list[Any]] = {slot: [] for slot in SLOTS.values()}
        for obj in objects.values():
            slot = SLOTS.get(type(obj))
            if slot is not None:
                kinds[slot].append(obj)
        kinds["grants"] = list(grants.values())
        return Catalog.build(**kinds)

    def _grant(self, grants: dict[tuple[ObjectKey, str], Grant], spec: GrantSpec) -> None:
        """Add (or, for REVOKE, remove) the grants one statement makes."""
        privileges = _expand_privileges(spec, self.postgres_version)
        location = SourceLocation(spec.location.path.as_posix(), spec.location.line,
                                  spec.location.column)
        for target in self.targets.get(id(spec), ()):
            for privilege, columns in privileges:
                for grantee in spec.grantees:
                    identity = (target, privilege + "(" + ",".join(columns) + ") " + grantee)
                    if spec.is_grant:
                        grants.setdefault(identity, Grant(
                            target=target, grantee=grantee, privilege=privilege,
                            columns=columns, grantable=spec.grantable, location=location))
                    else:
                        grants.pop(identity, None)

    def _set_dependencies(self, objects: dict[ObjectKey, Any]) -> None:
        """Set ``depends_on`` on every object from its declaration's dependencies."""
        from toolkit.inspect.instances import evolve

        for key, obj in list(objects.items()):
            index = self.owner.get(key)
            if index is None:
                continue
            dependencies = self.dependencies[index]
            if not dependencies:
                continue
            own = self.declarations[index].provides
            keys = sorted({dep for dep, edge, _ in dependencies
                           if edge is not Edge.OWNED_BY and dep not in own})
            changes: dict[str, Any] = {"depends_on": tuple(keys)}
            if isinstance(obj, Table) and any(edge is Edge.FOREIGN_KEY
                                              for _, edge, _ in dependencies):
                changes["constraints"] = tuple(
                    _constraint_dependencies(c, self.dependencies[self.owner[c.key]])
                    if c.kind is ConstraintKind.FOREIGN_KEY else c for c in obj.constraints)
            objects[key] = evolve(obj, **changes)


def _object_location(declaration: Declaration, key: ObjectKey) -> Location:
    """Where ``key`` is declared in ``declaration`` (only computed for error messages)."""
    for obj in declaration.objects:
        candidates: list[Any] = [obj, *obj.constraints] if isinstance(obj, Table) else [obj]
        for candidate in candidates:
            if candidate.key == key:
                return to_location(candidate.location, declaration.location)
    return declaration.location


def _set_row_security(objects: dict[ObjectKey, Any], edit: SetRowSecurity) -> None:
    """Apply ENABLE/FORCE ROW LEVEL SECURITY to a declared table."""
    from toolkit.inspect.instances import evolve

    table = objects.get(ObjectKey(KIND_TABLE, *_parts(edit.table)))
    if isinstance(table, Table):
        objects[table.key] = evolve(table, rls_enabled=table.rls_enabled or edit.enable,
                                    rls_forced=table.rls_forced or edit.force)


def _set_comments(objects: dict[ObjectKey, Any],
                  edits: list[tuple[ObjectKey, SetComment]]) -> None:
    """Set each comment on the object, column or constraint its key names, in order.

    A table's column and constraint comments are gathered first and its ``columns`` and
    ``constraints`` rebuilt once, not once per COMMENT (a fully commented table has one per
    column). They touch nothing else, so applying them last changes no result.
    """
    from toolkit.inspect.instances import evolve

    columns: dict[ObjectKey, dict[str, str | None]] = {}
    constraints: dict[ObjectKey, dict[ObjectKey, str | None]] = {}
    for key, edit in edits:
        if key.kind == KIND_CONSTRAINT:
            table_key = ObjectKey(KIND_TABLE, key.schema, key.parent)
            constraints.setdefault(table_key, {})[key] = edit.comment
            continue
        target = objects.get(key)
        if target is None or not hasattr(target, "comment"):
            continue
        if edit.column is not None and isinstance(target, Table):
            columns.setdefault(key, {})[edit.column] = edit.comment
            continue
        objects[key] = evolve(target, comment=edit.comment)
    for key, by_name in columns.items():
        table = objects[key]
        objects[key] = evolve(table, columns=tuple(
            evolve(c, comment=by_name[c.name]) if c.name in by_name else c
            for c in table.columns))
    for key, by_key in constraints.items():
        table = objects.get(key)
        if isinstance(table, Table):
            objects[key] = evolve(table, constraints=tuple(
                evolve(c, comment=by_key[c.key]) if c.key in by_key else c
                for c in table.constraints))


def _fill_referenced_columns(objects: dict[ObjectKey, Any]) -> None:
    """Foreign keys written without columns reference the target's primary key."""
    from toolkit.inspect.instances import evolve

    for key, table in list(objects.items()):
        if not isinstance(table, Table) or not any(
                c.kind is ConstraintKind.FOREIGN_KEY and not c.referenced_columns
                for c in table.constraints):
            continue
        changed = []
        for constraint in table.constraints:
            filled = constraint
            if (constraint.kind is ConstraintKind.FOREIGN_KEY
                    and not constraint.referenced_columns and constraint.references):
                target = objects.get(ObjectKey(KIND_TABLE, constraint.references.schema,
                                               constraint.references.name))
                primary = target.primary_key if isinstance(target, Table) else ()
                if primary:
                    filled = evolve(constraint, referenced_columns=primary)
            changed.append(filled)
        objects[key] = evolve(table, constraints=tuple(changed))


def _constraint_dependencies(constraint: Constraint,
                             dependencies: list[Dependency]) -> Constraint:
    """The constraint with its referenced table as ``depends_on``."""
    keys = sorted({key for key, edge, name in dependencies
                   if edge is Edge.FOREIGN_KEY and name == constraint.name})
    if not keys:
        return constraint
    from toolkit.inspect.instances import evolve

    return evolve(constraint, depends_on=tuple(keys))



def _expand_privileges(spec: GrantSpec, version: int,
                       ) -> list[tuple[str, tuple[str, ...]]]:
    """The privileges of a grant, ALL expanded for the server version."""
    expanded: list[tuple[str, tuple[str, ...]]] = []
    for privilege, columns in spec.privileges:
        if privilege in ("ALL", "ALL PRIVILEGES"):
            names = PRIVILEGES.get(spec.objtype)
            if names is None:
                names = TABLE_PRIVILEGES + (("MAINTAIN",) if version >= 17 else ())
            expanded.extend((name, columns) for name in names)
        else:
            expanded.append((privilege, columns))
    return expanded


def _parts(name: Name) -> tuple[str, str]:
    """``(schema, name)`` of a written name (unqualified: public)."""
    qualified = qualify(name)
    return qualified.schema, qualified.name


def _display(name: Name) -> str:
    """A written name as shown in messages."""
    return f"{name[0]}.{name[1]}" if name[0] else name[1]


def undefined(reference: Reference) -> SourceError:
    """The error for a required reference that resolves nowhere."""
    location = reference.location
    return SourceError(location,
                       f"{reference.role_text} {reference.want.value} "
                       f"{_display(reference.name)}, "
                       "which is defined nowhere", hint=UNDEFINED_HINT,
                       source_line=reference.site.file.source.line_text(location.line))

