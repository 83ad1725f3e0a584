"""The type map: PostgreSQL types to Python and TypeScript types, one table for every generator.

A type's SQL text (as declared in the canonical files or as ``format_type`` prints it) is parsed
with sqlglot's ``exp.DataType`` for PostgreSQL, so every spelling of a built-in type collapses
to one row: ``int``, ``int4`` and ``integer`` are ``INT``; ``timestamptz`` and ``timestamp with
time zone`` are ``TIMESTAMPTZ``; ``varchar(10)`` and ``character varying`` are ``VARCHAR``.
Names sqlglot does not know (``cidr``, ``tsvector``, ``citext``, ...) are looked up by name.
Everything else is resolved through the catalog: enums, composite types, table and view row
types, and domains (replaced by their base type, recursively). ``[]`` suffixes become array
dimensions; arrays are lists in Python and ``T[]`` in TypeScript whatever their depth.

======================================  ===========================  =====================
PostgreSQL                              Python                       TypeScript
======================================  ===========================  =====================
boolean                                 bool                         boolean
smallint, integer, bigint, serials      int                          number
real, double precision                  float                        number
numeric / decimal, money                decimal.Decimal              number
text, varchar, char, name, citext, ...  str                          string
uuid                                    uuid.UUID                    string
bytea                                   bytes                        string
date                                    datetime.date                string
time, time with time zone               datetime.time                string
timestamp, timestamp with time zone     datetime.datetime            string
interval                                datetime.timedelta           string
json, jsonb                             Json (a JSON value type)     Json
inet                                    IPv4Address | IPv6Address    string
cidr                                    IPv4Network | IPv6Network    string
oid, regclass and other reg* types      int                          number
an enum                                 its enum.StrEnum             union of its labels
a composite type                        its generated class          its CompositeTypes entry
a table's or view's row type            its Row class                its Row type
a domain                                its base type                its base type
void                                    None                         undefined
record                                  dict[str, object]            Record<string, unknown>
anything else (ranges, geometry, ...)   object                       unknown
======================================  ===========================  =====================

Import this module (``toolkit.codegen.types``) to map a type anywhere: :func:`resolve_type`
turns SQL text into a :class:`SqlType`, :func:`python_type` and :func:`typescript_type` print
it for one language. The Python annotations refer to modules imported under private aliases
(``_dt``, ``_decimal``, ``_uuid``, ``_ipaddress``) so a column called ``date`` or ``uuid``
cannot shadow them; :data:`PYTHON_IMPORTS` lists those imports.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from sqlglot import exp
from sqlglot.errors import ParseError

from toolkit.model import Catalog, Domain, EnumType, QualifiedName

if TYPE_CHECKING:
    from sqlglot.expressions import DType

T = exp.DataType.Type

PYTHON_IMPORTS = {
    "_dt": "import datetime as _dt",
    "_decimal": "import decimal as _decimal",
    "_uuid": "import uuid as _uuid",
    "_ipaddress": "import ipaddress as _ipaddress",
}


@dataclass(frozen=True)
class BaseType:
    """One row of the type map: a built-in (or well-known extension) type and its targets.

    ``name`` is the short PostgreSQL spelling used in docs and diagrams; ``python`` is an
    annotation (using the aliases of :data:`PYTHON_IMPORTS`), ``typescript`` a TS type.
    """

    name: str
    python: str
    typescript: str


_BOOL = ("bool", "boolean")
_INT = ("int", "number")
_FLOAT = ("float", "number")
_DECIMAL = ("_decimal.Decimal", "number")
_STR = ("str", "string")
_OBJECT = ("object", "unknown")
_INET = ("_ipaddress.IPv4Address | _ipaddress.IPv6Address", "string")
_CIDR = ("_ipaddress.IPv4Network | _ipaddress.IPv6Network", "string")
_JSON = ("Json", "Json")

# The map: (short name, sqlglot types, names sqlglot does not parse, (python, typescript)).
_TABLE: tuple[tuple[str, tuple[DType, ...], tuple[str, ...], tuple[str, str]], ...] = (
    ("boolean", (T.BOOLEAN,), (), _BOOL),
    ("smallint", (T.SMALLINT, T.SMALLSERIAL), ("serial2", "int2"), _INT),
    ("integer", (T.INT, T.SERIAL), ("serial4",), _INT),
    ("bigint", (T.BIGINT, T.BIGSERIAL), ("serial8",), _INT),
    ("real", (T.FLOAT,), (), _FLOAT),
    ("double precision", (T.DOUBLE,), (), _FLOAT),
    ("numeric", (T.DECIMAL, T.BIGDECIMAL), (), _DECIMAL),
    ("money", (T.MONEY,), (), _DECIMAL),
    ("text", (T.TEXT,), (), _STR),
    ("varchar", (T.VARCHAR, T.NVARCHAR), (), _STR),
    ("char", (T.CHAR, T.NCHAR, T.BPCHAR), ("char",), _STR),
    ("name", (T.NAME,), (), _STR),
    ("citext", (), ("citext",), _STR),
    ("xml", (T.XML,), (), _STR),
    ("bit", (T.BIT,), ("varbit",), _STR),
    ("tsvector", (), ("tsvector", "tsquery"), _STR),
    ("macaddr", (), ("macaddr", "macaddr8"), _STR),
    ("uuid", (T.UUID,), (), ("_uuid.UUID", "string")),
    ("bytea", (T.VARBINARY, T.BINARY, T.BLOB), (), ("bytes", "string")),
    ("date", (T.DATE,), (), ("_dt.date", "string")),
    ("time", (T.TIME,), (), ("_dt.time", "string")),
    ("timetz", (T.TIMETZ,), (), ("_dt.time", "string")),
    ("timestamp", (T.TIMESTAMP,), (), ("_dt.datetime", "string")),
    ("timestamptz", (T.TIMESTAMPTZ,), (), ("_dt.datetime", "string")),
    ("interval", (T.INTERVAL,), (), ("_dt.timedelta", "string")),
    ("json", (T.JSON,), (), _JSON),
    ("jsonb", (T.JSONB,), (), _JSON),
    ("inet", (T.INET,), (), _INET),
    ("cidr", (), ("cidr",), _CIDR),
    ("oid", (), ("oid", "regclass", "regtype", "regproc", "regprocedure", "regrole",
                 "regnamespace", "xid"), _INT),
    ("void", (), ("void",), ("None", "undefined")),
    ("record", (), ("record",), ("dict[str, object]", "Record<string, unknown>")),
    ("trigger", (), ("trigger", "event_trigger"), _OBJECT),
)

BASE_TYPES: dict[str, BaseType] = {
    short: BaseType(short, python, typescript) for short, _, _, (python, typescript) in _TABLE
}
_BY_SQLGLOT: dict[DType, BaseType] = {
    sqlglot_type: BASE_TYPES[short] for short, types, _, _ in _TABLE for sqlglot_type in types
}
_BY_NAME: dict[str, BaseType] = {
    name: BASE_TYPES[short] for short, _, names, _ in _TABLE for name in names
}
UNKNOWN = BaseType("unknown", "object", "unknown")


@dataclass(frozen=True)
class SqlType:
    """A type resolved through the type map and the catalog.

    Exactly one of ``base``, ``enum``, ``composite`` and ``relation`` is set. ``dims`` counts
    array dimensions; ``display`` is a short spelling for docs (``integer``, ``mood[]``).
    """

    base: BaseType | None = None
    enum: EnumType | None = None
    composite: QualifiedName | None = None
    relation: QualifiedName | None = None
    dims: int = 0
    display: str = ""

    @property
    def short(self) -> str:
        """The display text without modifiers (``numeric`` for ``numeric(12,2)``)."""
        head, _, _ = self.display.partition("(")
        return head + "[]" * self.dims if "(" in self.display else self.display

    @property
    def is_unknown(self) -> bool:
        """Whether the type map has nothing better than ``object`` / ``unknown`` for it."""
        return self.base is UNKNOWN

    def array_of(self, dims: int) -> SqlType:
        """This type with ``dims`` more array dimensions."""
        if not dims:
            return self
        return SqlType(self.base, self.enum, self.composite, self.relation, self.dims + dims,
                       self.display + "[]" * dims)


class TypeResolver:
    """Resolves type text against one catalog; unqualified names search ``search_path``."""

    def __init__(self, catalog: Catalog, search_path: Sequence[str] = ("public",)) -> None:
        self.catalog = catalog
        self.search_path = tuple(search_path)
        self._enums = {enum.name: enum for enum in catalog.enums}
        self._domains = {domain.name: domain for domain in catalog.domains}
        self._composites = {composite.name for composite in catalog.composites}
        self._relations = {t.name for t in catalog.tables} | {v.name for v in catalog.views}

    def resolve(self, text: str) -> SqlType:
        """The :class:`SqlType` of ``text`` (``integer``, ``public.mood[]``, ``app.positive``)."""
        return self._resolve(text, frozenset())

    def _resolve(self, text: str, seen: frozenset[QualifiedName]) -> SqlType:
        builtin = _builtin(text)
        if builtin is not None:
            return builtin
        parsed = _type_name(text)
        if parsed is None:
            return SqlType(base=UNKNOWN, display=" ".join(text.split()))
        schema, name, modifiers, dims = parsed
        if schema in (None, "pg_catalog"):
            builtin = _builtin(name + modifiers) or _builtin(name)
            if builtin is not None:
                return builtin.array_of(dims)
            named = _BY_NAME.get(name)
            if named is not None and schema == "pg_catalog":
                return SqlType(base=named, display=named.name).array_of(dims)
        for qualified in self._candidates(schema, name):
            found = self._user_type(qualified, seen)
            if found is not None:
                return found.array_of(dims)
        named = _BY_NAME.get(name)
        if named is not None:  # a well-known type (citext) installed in some schema
            return SqlType(base=named, display=named.name).array_of(dims)
        return SqlType(base=UNKNOWN, display=_display_name(schema, name)).array_of(dims)

    def _candidates(self, schema: str | None, name: str) -> Iterable[QualifiedName]:
        if schema is not None:
            yield QualifiedName(schema, name)
            return
        for searched in (*self.search_path, "public"):
            yield QualifiedName(searched, name)

    def _user_type(self, qualified: QualifiedName, seen: frozenset[QualifiedName]
                   ) -> SqlType | None:
        display = _display_name(qualified.schema, qualified.name)
        enum = self._enums.get(qualified)
        if enum is not None:
            return SqlType(enum=enum, display=display)
        domain = self._domains.get(qualified)
        if domain is not None and qualified not in seen:
            return self.domain_base(domain, seen | {qualified})
        if qualified in self._composites:
            return SqlType(composite=qualified, display=display)
        if qualified in self._relations:
            return SqlType(relation=qualified, display=display)
        return None

    def domain_base(self, domain: Domain, seen: frozenset[QualifiedName] = frozenset()
                    ) -> SqlType:
        """The type a domain stands for (its base type, through nested domains)."""
        return self._resolve(domain.base_type, seen | {domain.name})

    def domain_of(self, text: str) -> Domain | None:
        """The domain ``text`` names (not an array of it), if it is one."""
        if _builtin(text) is not None:
            return None
        parsed = _type_name(text)
        if parsed is None or parsed[3]:
            return None
        schema, name = parsed[0], parsed[1]
        for qualified in self._candidates(schema, name):
            if qualified in self._domains:
                return self._domains[qualified]
        return None


def resolve_type(text: str, catalog: Catalog, search_path: Sequence[str] = ("public",)
                 ) -> SqlType:
    """Resolve one type's text against ``catalog`` (see :class:`TypeResolver`)."""
    return TypeResolver(catalog, search_path).resolve(text)


@cache
def _builtin(text: str) -> SqlType | None:
    """A built-in type sqlglot parses, with its array dimensions; None otherwise."""
    try:
        parsed = exp.DataType.build(text, dialect="postgres")
    except (ParseError, ValueError):
        return None
    dims = 0
    while parsed.this is T.ARRAY and parsed.expressions:
        dims += 1
        inner = parsed.expressions[0]
        if not isinstance(inner, exp.DataType):
            return None
        parsed = inner
    if isinstance(parsed.this, exp.Interval):
        base: BaseType | None = BASE_TYPES["interval"]
    elif isinstance(parsed.this, str):
        base = _BY_NAME.get(parsed.this.lower())
    else:
        base = _BY_SQLGLOT.get(parsed.this)
    if base is None:
        if parsed.this is T.USERDEFINED:
            return None
        return SqlType(base=UNKNOWN, dims=dims,
                       display=parsed.sql("postgres").lower() + "[]" * dims)
    modifiers = [param.sql("postgres") for param in parsed.expressions
                 if isinstance(param, exp.DataTypeParam)]
    shown = base.name + (f"({','.join(modifiers)})" if modifiers else "")
    return SqlType(base=base, dims=dims, display=shown + "[]" * dims)


@cache
def _type_name(text: str) -> tuple[str | None, str, str, int] | None:
    """``(schema, name, modifiers, array dimensions)`` of a type, read by PostgreSQL's grammar.

    ``pg_catalog."numeric"(10,2)`` -> ("pg_catalog", "numeric", "(10,2)", 0); ``mood[]`` ->
    (None, "mood", "", 1). None when ``text`` is not a type name.
    """
    from toolkit.source.parser import FragmentError, parse_fragment

    # Only parsed (never executed), so the type text is spliced in as written.
    query = "SELECT NULL::" + text
    try:
        statements = parse_fragment(query)
        node = statements[0]["SelectStmt"]["targetList"][0]["ResTarget"]["val"]
        type_node = node["TypeCast"]["typeName"]
    except (FragmentError, KeyError, IndexError, TypeError):
        return None
    names = [item["String"]["sval"] for item in type_node.get("names", ())]
    if not names or len(names) > 2:
        return None
    modifiers = [_constant(item) for item in type_node.get("typmods", ())]
    shown = "(" + ",".join(modifiers) + ")" if modifiers and all(modifiers) else ""
    schema = names[0] if len(names) == 2 else None
    return schema, names[-1], shown, len(type_node.get("arrayBounds", ()))


def _constant(node: dict[str, Any]) -> str:
    value = node.get("A_Const", {})
    if "ival" in value:
        return str(value["ival"].get("ival", 0))
    if "sval" in value:
        return str(value["sval"].get("sval", ""))
    return ""


def _display_name(schema: str | None, name: str) -> str:
    return name if schema in (None, "public", "pg_catalog") else f"{schema}.{name}"


def python_type(sql_type: SqlType, reference: Callable[[SqlType], str]) -> str:
    """The Python annotation of ``sql_type``; ``reference`` names enum, composite and row
    classes."""
    text = sql_type.base.python if sql_type.base is not None else reference(sql_type)
    for _ in range(sql_type.dims):
        text = f"list[{text}]"
    return text


def typescript_type(sql_type: SqlType, reference: Callable[[SqlType], str]) -> str:
    """The TypeScript type of ``sql_type``; ``reference`` names enums, composites and rows."""
    text = sql_type.base.typescript if sql_type.base is not None else reference(sql_type)
    if sql_type.dims:
        text = (f"({text})" if " " in text else text) + "[]"
    return text
