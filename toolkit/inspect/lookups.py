"""Comments, dependencies and object identities shared by the builders of every kind.

Catalog rows name objects by ``(catalog, oid)`` (``("pg_class", 16390)``). Dependencies and
grants point at such pairs. Before objects are built, the key of every relation, and of every
other object somebody points at, is registered, so that ``depends_on`` and grant targets can
be filled in when an object is created.
"""

from __future__ import annotations

from typing import Any

from toolkit.inspect.shared import SharedValues
from toolkit.model import ObjectKey, QualifiedName
from toolkit.model.names import KIND_COLUMN, object_key, qualified_name

Ref = tuple[str, int]


class Lookups:
    """Comments by object, dependency edges by object and the keys of referenced objects."""

    def __init__(self, comment_rows: list[tuple[Any, ...]],
                 dependency_rows: list[tuple[Any, ...]],
                 member_rows: list[tuple[Any, ...]],
                 shared: SharedValues | None = None) -> None:
        self.shared = shared if shared is not None else SharedValues(across_catalogs=False)
        """Values this catalog shares with others built alongside it."""
        self.comments: dict[tuple[str, int, int], str] = {
            (catalog, oid, sub): text for catalog, oid, sub, text in comment_rows}
        self.commented: set[Ref] = {(catalog, oid) for catalog, oid, _, _ in comment_rows}
        self.edges: dict[Ref, set[Ref]] = {}
        self.column_edges: dict[Ref, set[tuple[int, int]]] = {}
        """Columns each object reads, as (relation oid, column number); a table's own
        columns, read by its defaults and generated columns, are left out."""
        # What belongs to an extension stands for the extension.
        extension_of: dict[Ref, Ref] = {
            (catalog, oid): ("pg_extension", extension) for catalog, oid, extension in member_rows}
        for catalog, oid, ref_catalog, ref_oid, column in dependency_rows:
            ref = (ref_catalog, ref_oid)
            extension = extension_of.get(ref) if extension_of else None
            self.edges.setdefault((catalog, oid), set()).add(extension or ref)
            if column is not None and extension is None and (catalog, oid) != ref:
                self.column_edges.setdefault((catalog, oid), set()).add((ref_oid, column))
        self.wanted: set[Ref] = set().union(*self.edges.values())
        self.keys: dict[Ref, ObjectKey] = {}
        self.attnames: dict[int, dict[int, str]] = {}
        """Column names by relation oid and column number (tables and views)."""
        self.relations: dict[int, QualifiedName] = {}
        """Names of tables and views by oid, made once for all the objects on them."""
        self.column_grants: list[tuple[Any, ...]] = []
        """Privileges on tables' columns, found with the columns, as grants.sql's rows."""

    def alias(self, ref: Ref, owner: Ref) -> None:
        """Dependencies recorded for ``ref`` belong to ``owner`` (a constraint's index)."""
        moved = self.edges.pop(ref, None)
        if moved:
            self.edges.setdefault(owner, set()).update(moved)
        columns = self.column_edges.pop(ref, None)
        if columns:
            self.column_edges.setdefault(owner, set()).update(columns)

    def want(self, ref: Ref) -> None:
        """Make sure the key of ``ref`` gets registered (a grant target, say)."""
        self.wanted.add(ref)

    def wants(self, ref: Ref) -> bool:
        """Whether somebody points at ``ref`` (so its key must be registered)."""
        return ref in self.wanted

    def register(self, ref: Ref, key: ObjectKey) -> None:
        """Record the key of the object ``ref`` names."""
        self.keys[ref] = key

    def relation(self, relid: int, schema: str, name: str) -> QualifiedName:
        """The name of relation ``relid`` (one object per relation)."""
        found = self.relations.get(relid)
        if found is None:
            found = self.relations[relid] = qualified_name(schema, name)
        return found

    def names(self, relid: int, numbers: list[int] | None) -> tuple[str, ...]:
        """The names of columns ``numbers`` of relation ``relid``."""
        if not numbers:
            return ()
        return tuple(map(self.attnames[relid].__getitem__, numbers))

    def comment(self, catalog: str, oid: int, sub: int = 0) -> str | None:
        """The comment on an object (or on column ``sub`` of a relation)."""
        if (catalog, oid) not in self.commented:
            return None
        return self.comments.get((catalog, oid, sub))

    def depends_on(self, ref: Ref,
                   implied: tuple[ObjectKey, ...] = ()) -> tuple[ObjectKey, ...]:
        """Keys of what object ``ref`` depends on: recorded edges plus ``implied`` ones.

        ``implied`` must be sorted and without repeats. References to the object itself and
        to objects without a registered key (outside the managed schemas, or not represented
        in the catalog) are dropped. A column the object reads is a ``column`` key whose
        parent is its table (or view); columns are named once every table's columns are in.
        """
        refs = self.edges.get(ref)
        if not refs:
            return implied
        keys = self.keys
        found = {keys[target] for target in refs if target != ref and target in keys}
        if not found:
            return implied
        for relid, number in self.column_edges.get(ref, ()):
            relation = keys.get(("pg_class", relid))
            name = self.attnames.get(relid, {}).get(number)
            if relation is not None and name is not None:
                found.add(object_key(KIND_COLUMN, relation.schema, name, parent=relation.name))
        found.update(implied)
        return tuple(sorted(found)) if len(found) > 1 else tuple(found)
