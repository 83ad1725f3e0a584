"""Helpers shared by the readers: qualified names, signatures, collations, token lookups and
references from expressions."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from concurrent.futures import Executor
from dataclasses import dataclass, field

from toolkit.model import QualifiedName
from toolkit.source.declarations import Edge, Reference, Site, Want
from toolkit.source.files import SourceFile, Token
from toolkit.source.naming import NameRegistry
from toolkit.source.nodes import Name, Node, Uses, name_of, strings
from toolkit.source.parser import Statement, plpgsql_tree_text, scan_tokens
from toolkit.source.sqltext import quote_ident
from toolkit.source.typenames import is_builtin_type, type_text

DEFAULT_SCHEMA = "public"
IDENTITY_MODES = frozenset({"FUNC_PARAM_IN", "FUNC_PARAM_INOUT", "FUNC_PARAM_VARIADIC",
                            "FUNC_PARAM_DEFAULT"})


@dataclass
class ReadContext:
    """State shared while reading all canonical statements.

    Readers take explicit names at once and register a finalizer for whatever needs a
    generated name; :meth:`finish` runs the finalizers after every file was read, so an
    explicit name anywhere wins over a generated one.
    """

    names: NameRegistry = field(default_factory=NameRegistry)
    postgres_version: int = 18
    finalizers: list[Callable[[], None]] = field(default_factory=list)
    executor: Executor | None = None
    plpgsql: list[tuple[str, Callable[[str | None], None]]] = field(default_factory=list)

    def later(self, finalizer: Callable[[], None]) -> None:
        """Run ``finalizer`` once all statements are read."""
        self.finalizers.append(finalizer)

    def parse_plpgsql(self, definition: str, done: Callable[[str | None], None]) -> None:
        """Parse a PL/pgSQL function, batched with the others of the file (see :meth:`flush`);
        ``done`` gets the tree JSON, or None if it does not parse."""
        self.plpgsql.append((definition, done))

    def flush(self) -> None:
        """Parse the batched PL/pgSQL functions: on the helper thread if there is one
        (libpg_query releases the GIL), the results handed over when reading ends."""
        batch, self.plpgsql = self.plpgsql, []
        if not batch:
            return
        texts = [definition for definition, _ in batch]
        if self.executor is None:
            results = _parse_plpgsql_all(texts)
            for (_, done), result in zip(batch, results, strict=True):
                done(result)
            return
        future = self.executor.submit(_parse_plpgsql_all, texts)

        def hand_over() -> None:
            """Give each function its tree."""
            for (_, done), result in zip(batch, future.result(), strict=True):
                done(result)

        self.later(hand_over)

    def finish(self) -> None:
        """Run the finalizers, in reading order."""
        self.flush()
        for finalizer in self.finalizers:
            finalizer()
        self.finalizers.clear()


def _parse_plpgsql_all(texts: list[str]) -> list[str | None]:
    """PL/pgSQL parse trees of several ``CREATE FUNCTION`` texts."""
    return [plpgsql_tree_text(text) for text in texts]


def qualify(name: Name) -> QualifiedName:
    """A written name as a :class:`QualifiedName` (unqualified names live in ``public``)."""
    return QualifiedName(name[0] or DEFAULT_SCHEMA, name[1])


class StatementTokens:
    """The tokens of one statement (from ``start``), scanned on first use, with lookups by
    byte offset."""

    def __init__(self, file: SourceFile, statement: Statement, start: int | None = None,
                 ) -> None:
        """Tokens of ``statement`` from byte ``start`` (default: its first byte)."""
        self.file = file
        self.statement = statement
        self.start = statement.start if start is None else start
        self._tokens: list[Token] | None = None
        self._starts: list[int] = []

    @property
    def tokens(self) -> list[Token]:
        """All tokens of the statement (comments dropped)."""
        if self._tokens is None:
            self._tokens = self.file.tokens(self.start, self.statement.end)
            self._starts = [token[1] for token in self._tokens]
        return self._tokens

    def at(self, offset: int) -> int:
        """Index of the first token starting at or after byte ``offset``."""
        tokens = self.tokens
        return bisect.bisect_left(self._starts, offset, 0, len(tokens))


def uses_references(uses: Uses, file: SourceFile, offset: int,
                    edge: Edge = Edge.HARD) -> list[Reference]:
    """References for everything an expression or query uses (none of them required)."""
    site = Site(file, offset)
    found: list[Reference] = []
    for name, where in uses.relation_names():
        found.append(Reference(Want.RELATION, name, Site(file, where) if where >= 0 else site,
                               edge))
    for name in uses.functions:
        if name[0] != "pg_catalog":
            found.append(Reference(Want.FUNCTION, name, site, edge))
    for type_node in uses.types:
        reference = type_reference(type_node, file, edge)
        if reference is not None:
            found.append(reference)
    for sequence in uses.sequences:
        parsed = sequence_name(sequence)
        if parsed is not None:
            found.append(Reference(Want.SEQUENCE, parsed, site, edge))
    return found


def signature_of(parameters: list[Node]) -> str:
    """The identity argument types (``uuid, integer``) of a parameter list."""
    return ", ".join(type_text(parameter["argType"]) for parameter in parameters
                     if parameter.get("mode", "FUNC_PARAM_DEFAULT") in IDENTITY_MODES)


def routine_name(node: Node) -> tuple[Name, str | None]:
    """The name and signature an ``ObjectWithArgs`` spells (no signature without arguments,
    as in ``GRANT EXECUTE ON FUNCTION f``)."""
    signature = None if node.get("args_unspecified") else signature_of(
        [arg["FunctionParameter"] for arg in node.get("objfuncargs", ())])
    return name_of(node.get("objname")), signature


def collation_text(node: Node) -> str | None:
    """The ``COLLATE`` clause of a column or domain as SQL text (None without one)."""
    if "collClause" not in node:
        return None
    return ".".join(quote_ident(part) for part in strings(node["collClause"].get("collname")))


def type_reference(node: Node, file: SourceFile, edge: Edge = Edge.HARD) -> Reference | None:
    """A reference to the type a ``TypeName`` names (None for built-in types)."""
    if is_builtin_type(node):
        return None
    where = int(node.get("location", 0))
    return Reference(Want.TYPE, name_of(node.get("names")), Site(file, max(where, 0)), edge)


def add_type_reference(references: list[Reference], node: Node, file: SourceFile) -> None:
    """Append the reference to the type ``node`` names, unless it is built in."""
    reference = type_reference(node, file)
    if reference is not None:
        references.append(reference)


def schema_reference(schema: str | None, file: SourceFile, offset: int,
                     ) -> list[Reference]:
    """The (required) reference to an object's schema, unless it is a built-in schema."""
    if schema is None or schema in ("public", "pg_catalog"):
        return []
    return [Reference(Want.SCHEMA, (None, schema), Site(file, offset), required=True,
                      role="the object is created in")]


def sequence_name(literal: str) -> Name | None:
    """The sequence a ``nextval('...')`` argument names, read with PostgreSQL's lexer."""
    data = literal.encode("utf-8")
    parts: list[str] = []
    for name, start, end in scan_tokens(literal):
        text = data[start:end].decode("utf-8")
        if name == "IDENT" and text.startswith('"'):
            parts.append(text[1:-1].replace('""', '"'))
        elif name != "ASCII_46":
            parts.append(text.lower())
    if not parts or len(parts) > 2:
        return None
    return (parts[0], parts[1]) if len(parts) == 2 else (None, parts[0])
