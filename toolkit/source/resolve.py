"""Name resolution: which declared object a written name means, or where else it is defined.

Unqualified names resolve in ``public`` (the schema PostgreSQL's default search path creates
and finds objects in). Objects of the prelude, of ``pg_catalog`` and of the schemas that
declared extensions install into count as defined, though canon does not declare them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from toolkit.model import ObjectKey
from toolkit.model.names import (
    KIND_COMPOSITE,
    KIND_DOMAIN,
    KIND_ENUM,
    KIND_EXTENSION,
    KIND_FUNCTION,
    KIND_MATVIEW,
    KIND_PROCEDURE,
    KIND_SCHEMA,
    KIND_SEQUENCE,
    KIND_TABLE,
    KIND_VIEW,
)
from toolkit.source.declarations import Reference, Want
from toolkit.source.nodes import Name

BUILTIN_SCHEMAS = frozenset({"public", "pg_catalog", "information_schema"})
SYSTEM_SCHEMAS = frozenset({"pg_catalog", "information_schema"})
# Trigger functions the server itself ships in pg_catalog.
BUILTIN_TRIGGER_FUNCTIONS = frozenset({"suppress_redundant_updates_trigger",
                                       "tsvector_update_trigger",
                                       "tsvector_update_trigger_column"})

WANT_KINDS: dict[Want, tuple[str, ...]] = {
    Want.RELATION: (KIND_TABLE, KIND_VIEW, KIND_MATVIEW, KIND_SEQUENCE),
    Want.TABLE: (KIND_TABLE,),
    Want.TRIGGER_TARGET: (KIND_TABLE, KIND_VIEW),
    Want.TYPE: (KIND_ENUM, KIND_DOMAIN, KIND_COMPOSITE, KIND_TABLE, KIND_VIEW, KIND_MATVIEW),
    Want.FUNCTION: (KIND_FUNCTION, KIND_PROCEDURE),
    Want.TRIGGER_FUNCTION: (KIND_FUNCTION,),
    Want.SEQUENCE: (KIND_SEQUENCE,),
    Want.SCHEMA: (KIND_SCHEMA,),
}


class NameIndex:
    """Object keys by schema and name, for lookups by written names."""

    def __init__(self, keys: Iterable[ObjectKey] = ()) -> None:
        """Index ``keys``."""
        self._by_name: dict[tuple[str, str], list[ObjectKey]] = defaultdict(list)
        for key in keys:
            self.add(key)

    def add(self, key: ObjectKey) -> None:
        """Index ``key`` (objects that belong to a table are not looked up by name)."""
        if not key.parent:
            self._by_name[(key.schema, key.name)].append(key)

    def find(self, name: Name, kinds: Iterable[str]) -> list[ObjectKey]:
        """Keys of the given kinds that ``name`` spells (unqualified: in ``public``)."""
        wanted = tuple(kinds)
        if KIND_SCHEMA in wanted or KIND_EXTENSION in wanted:
            return [key for key in self._by_name.get(("", name[1]), ()) if key.kind in wanted]
        return [key for key in self._by_name.get((name[0] or "public", name[1]), ())
                if key.kind in wanted]

    def in_schema(self, schema: str, kinds: Iterable[str]) -> list[ObjectKey]:
        """Every indexed key of the given kinds in ``schema``, sorted."""
        wanted = tuple(kinds)
        return sorted(key for (key_schema, _), keys in self._by_name.items()
                      if key_schema == schema for key in keys if key.kind in wanted)


@dataclass
class External:
    """Objects that exist before the canonical files run: the prelude and extensions."""

    index: NameIndex = field(default_factory=NameIndex)
    extension_schemas: set[str] = field(default_factory=set)


class Resolver:
    """Resolves references against the declared objects, then against external ones."""

    def __init__(self, declared: NameIndex, external: External) -> None:
        """Resolve against ``declared``, then ``external``."""
        self.declared = declared
        self.external = external
        self._memo: dict[tuple[Want, Name, str | None], list[ObjectKey] | None] = {}

    def resolve(self, reference: Reference) -> list[ObjectKey] | None:
        """Declared keys the reference means; ``[]`` if defined elsewhere; None if nowhere."""
        return self.lookup(reference.want, reference.name)

    def lookup(self, want: Want, name: Name, signature: str | None = None,
               ) -> list[ObjectKey] | None:
        """Like :meth:`resolve` for a kind and name (and a function signature, if known)."""
        memo = (want, name, signature)
        if memo not in self._memo:
            self._memo[memo] = self._lookup(want, name, signature)
        return self._memo[memo]

    def _lookup(self, want: Want, name: Name, signature: str | None,
                ) -> list[ObjectKey] | None:
        """Resolve without the memo (see :meth:`lookup`)."""
        kinds = WANT_KINDS[want]
        found = self._filter(want, self.declared.find(name, kinds), signature)
        if found:
            return found
        if self._filter(want, self.external.index.find(name, kinds), signature):
            return []
        schema = name[0]
        if want is Want.SCHEMA:
            return [] if name[1] in BUILTIN_SCHEMAS else None
        if schema in SYSTEM_SCHEMAS:
            return []
        if want is Want.TRIGGER_FUNCTION:
            if schema is None and name[1] in BUILTIN_TRIGGER_FUNCTIONS:
                return []
            if (schema or "public") in self.external.extension_schemas:
                return []
        return None

    @staticmethod
    def _filter(want: Want, keys: list[ObjectKey], signature: str | None) -> list[ObjectKey]:
        """Keep the keys that fit: trigger functions take no arguments."""
        if want is Want.TRIGGER_FUNCTION:
            return [key for key in keys if key.signature == ""]
        if signature is not None:
            return [key for key in keys if key.signature == signature]
        return keys
