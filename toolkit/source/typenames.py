"""Type names from the parse tree as SQL text, spelled the way ``format_type`` prints them."""

from __future__ import annotations

from collections.abc import Sequence

from toolkit.source.nodes import Node, const_value
from toolkit.source.sqltext import quote_ident

# Internal names (as the grammar records SQL-standard types) to format_type's spelling.
_CANONICAL = {
    "int2": "smallint",
    "int4": "integer",
    "int8": "bigint",
    "float4": "real",
    "float8": "double precision",
    "bool": "boolean",
    "varchar": "character varying",
    "bpchar": "character",
    "varbit": "bit varying",
    "timestamptz": "timestamp with time zone",
    "timestamp": "timestamp without time zone",
    "timetz": "time with time zone",
    "time": "time without time zone",
    "decimal": "numeric",
}
_ZONED = {"timestamptz": ("timestamp", " with time zone"),
          "timestamp": ("timestamp", " without time zone"),
          "timetz": ("time", " with time zone"),
          "time": ("time", " without time zone")}

# Interval field masks (PostgreSQL's INTERVAL_MASK bits) to their SQL spelling.
_YEAR, _MONTH, _DAY, _HOUR, _MINUTE, _SECOND = 1 << 2, 1 << 1, 1 << 3, 1 << 10, 1 << 11, 1 << 12
_INTERVAL_FULL_RANGE = 0x7FFF
_INTERVAL_FIELDS = {
    _YEAR: "year", _MONTH: "month", _DAY: "day", _HOUR: "hour", _MINUTE: "minute",
    _SECOND: "second", _YEAR | _MONTH: "year to month", _DAY | _HOUR: "day to hour",
    _DAY | _HOUR | _MINUTE: "day to minute", _DAY | _HOUR | _MINUTE | _SECOND: "day to second",
    _HOUR | _MINUTE: "hour to minute", _HOUR | _MINUTE | _SECOND: "hour to second",
    _MINUTE | _SECOND: "minute to second",
}


# Types every server has, that a reference check never needs to look up.
BUILTIN_TYPES = frozenset({
    *_CANONICAL, "text", "uuid", "json", "jsonb", "date", "bytea", "inet", "cidr", "macaddr",
    "money", "xml", "tsvector", "tsquery", "oid", "regclass", "regtype", "regproc", "name",
    "char", "point", "int4range", "int8range", "numrange", "tsrange", "tstzrange", "daterange",
    "record", "void", "trigger", "event_trigger", "anyelement", "anyarray", "interval",
    "numeric", "serial", "bigserial", "smallserial",
})


def is_builtin_type(node: Node) -> bool:
    """True for types of ``pg_catalog`` (by qualification or well-known name)."""
    names: list[Node] = node.get("names") or []
    if len(names) == 1:
        return names[0]["String"]["sval"] in BUILTIN_TYPES
    return len(names) == 2 and names[0]["String"]["sval"] == "pg_catalog"


def type_text(node: Node) -> str:
    """A ``TypeName`` node as SQL text (``integer``, ``numeric(12,2)``, ``public.mood[]``)."""
    parts = [item["String"]["sval"] for item in node.get("names") or ()]
    builtin = len(parts) == 1 or (len(parts) == 2 and parts[0] == "pg_catalog")
    base = parts[-1] if parts else ""
    modifiers = [const_value(item["A_Const"]) for item in node.get("typmods") or ()
                 if "A_Const" in item]
    if builtin and base in _CANONICAL:
        text = _builtin_text(base, modifiers)
    elif builtin and base == "interval":
        text = _interval_text(modifiers)
    elif len(parts) == 2 and parts[0] == "pg_catalog":
        text = base  # format_type prints built-in types unqualified and unquoted
        if modifiers:
            text += "(" + ",".join(str(value) for value in modifiers) + ")"
    else:
        text = ".".join(quote_ident(part) for part in parts)
        if modifiers:
            text += "(" + ",".join(str(value) for value in modifiers) + ")"
    if "pct_type" in node:
        text += "%TYPE"
    if "arrayBounds" in node:
        text += "[]" * len(node["arrayBounds"])
    if "setof" in node:
        text = "SETOF " + text
    return text


def _builtin_text(base: str, modifiers: Sequence[object]) -> str:
    """A built-in type with its modifiers, as format_type spells it."""
    if base in _ZONED:
        word, zone = _ZONED[base]
        precision = "(" + str(modifiers[0]) + ")" if modifiers else ""
        return word + precision + zone
    if base == "interval":
        return _interval_text(modifiers)
    text = _CANONICAL[base]
    if modifiers:
        text += "(" + ",".join(str(value) for value in modifiers) + ")"
    return text


def _interval_text(modifiers: Sequence[object]) -> str:
    """``interval`` with its fields (``day to second``) and precision."""
    text = "interval"
    if modifiers and isinstance(modifiers[0], int) and modifiers[0] != _INTERVAL_FULL_RANGE:
        fields = _INTERVAL_FIELDS.get(modifiers[0])
        if fields:
            text += " " + fields
    if len(modifiers) > 1:
        text += "(" + str(modifiers[1]) + ")"
    return text
