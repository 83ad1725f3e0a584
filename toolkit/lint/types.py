"""Column types in one spelling: what ``format_type`` prints, from a parse tree or from text.

A type declared as ``int4``, ``INT`` or ``integer`` must trip the same rules, and a catalog
read from canonical files carries the declared text while one built from parse trees carries
the grammar's internal names; both end up as a :class:`SqlType`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

from toolkit.lint.tree import const_value, strings

# Internal (pg_catalog) names and common aliases -> the name format_type prints.
_CANONICAL = {
    "int2": "smallint", "smallint": "smallint",
    "int4": "integer", "int": "integer", "integer": "integer",
    "int8": "bigint", "bigint": "bigint",
    "float4": "real", "real": "real",
    "float8": "double precision", "double precision": "double precision",
    "float": "double precision",
    "bool": "boolean", "boolean": "boolean",
    "bpchar": "character", "char": "character", "character": "character",
    "varchar": "character varying", "character varying": "character varying",
    "timestamp": "timestamp without time zone",
    "timestamp without time zone": "timestamp without time zone",
    "timestamptz": "timestamp with time zone",
    "timestamp with time zone": "timestamp with time zone",
    "time": "time without time zone", "time without time zone": "time without time zone",
    "timetz": "time with time zone", "time with time zone": "time with time zone",
    "decimal": "numeric", "numeric": "numeric",
    "serial4": "serial", "serial": "serial",
    "serial8": "bigserial", "bigserial": "bigserial",
    "serial2": "smallserial", "smallserial": "smallserial",
    "varbit": "bit varying", "bit varying": "bit varying",
}

INTEGER_TYPES = frozenset({"smallint", "integer", "bigint"})
SERIAL_TYPES = frozenset({"serial", "bigserial", "smallserial"})
FLOAT_TYPES = frozenset({"real", "double precision"})
# reg* types that store OIDs pg_upgrade cannot carry over.
UNSTABLE_REG_TYPES = frozenset({"regproc", "regprocedure", "regoper", "regoperator",
                                "regconfig", "regdictionary", "regcollation", "regnamespace"})


@dataclass(frozen=True)
class SqlType:
    """A type: canonical base name (``character varying``), modifiers and array depth."""

    base: str
    modifiers: tuple[str, ...] = ()
    array: int = 0
    schema: str = ""

    @cached_property
    def text(self) -> str:
        """The type as ``format_type`` prints it (``character varying(20)[]``)."""
        name = f"{self.schema}.{self.base}" if self.schema else self.base
        if self.modifiers:
            if self.base in ("timestamp without time zone", "timestamp with time zone",
                             "time without time zone", "time with time zone"):
                head, _, tail = self.base.partition(" ")
                name = f"{head}({','.join(self.modifiers)}) {tail}"
            else:
                name = f"{name}({','.join(self.modifiers)})"
        return name + "[]" * self.array

    def __str__(self) -> str:
        """The type as text."""
        return self.text


_BY_NODE: dict[tuple[Any, ...], SqlType] = {}


def from_type_name(fields: dict[str, Any]) -> SqlType:
    """The :class:`SqlType` of a ``TypeName`` node's fields (one shared object per type)."""
    names = tuple(strings(fields.get("names")))
    typmods = fields.get("typmods")
    key = (names, tuple([str(const_value(mod)) for mod in typmods]) if typmods else (),
           len(fields.get("arrayBounds") or ()), bool(fields.get("pct_type")))
    found = _BY_NODE.get(key)
    if found is None:
        found = _BY_NODE[key] = _from_type_name(list(names), fields)
    return found


def _from_type_name(names: list[str], fields: dict[str, Any]) -> SqlType:
    """Build the :class:`SqlType` of a type name (uncached)."""
    schema = ""
    if len(names) >= 2 and names[-2] != "pg_catalog":
        schema = names[-2]
    raw = names[-1] if names else ""
    base = raw if schema else _CANONICAL.get(raw, raw)
    modifiers = tuple(str(const_value(mod)) for mod in fields.get("typmods") or ()
                      if const_value(mod) is not None)
    array = len(fields.get("arrayBounds") or ())
    if fields.get("pct_type"):
        base = f"{raw}%type"
    return SqlType(base, modifiers, array, schema)


@lru_cache(maxsize=512)
def from_text(text: str) -> SqlType:
    """The :class:`SqlType` of a type written as text (declared or as the server prints it)."""
    spelled = " ".join(text.strip().split())
    array = 0
    while spelled.endswith("[]"):
        array += 1
        spelled = spelled[:-2].rstrip()
    if spelled.lower().endswith(" array"):
        array += 1
        spelled = spelled[:-6].rstrip()
    modifiers: tuple[str, ...] = ()
    if "(" in spelled and spelled.find(")") > spelled.find("("):
        head, _, rest = spelled.partition("(")
        inside, _, tail = rest.partition(")")
        modifiers = tuple(part.strip() for part in inside.split(",") if part.strip())
        spelled = f"{head.strip()} {tail.strip()}".strip()
    schema = ""
    if "." in spelled and not spelled.startswith('"'):
        schema, _, spelled = spelled.rpartition(".")
        if schema.lower() == "pg_catalog":
            schema = ""
    lowered = spelled if spelled.startswith('"') else spelled.lower()
    base = lowered.strip('"')
    if not schema:
        base = _CANONICAL.get(base, base)
    if lowered == "float" and modifiers:
        precise = modifiers[0].isdigit() and int(modifiers[0]) <= 24
        base, modifiers = ("real" if precise else "double precision"), ()
    return SqlType(base, modifiers, array, schema)
