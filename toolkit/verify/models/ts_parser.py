"""A recursive-descent parser for TypeScript type declarations (what a ``.d.ts``-like file of
generated types holds).

Grammar (after TypeScript's own parser, ``parseType`` and friends)::

    module      := statement*
    statement   := ';' | import ... | 'export' (decl | '{' ... '}' [from S] | '*' ...)
                 | ['declare'] decl
    decl        := 'type' Id [tparams] '=' type | 'interface' Id [tparams] [extends] object
                 | ['const'] 'enum' Id '{' ... '}' | ('const'|'let'|'var') Id [':' type] ['=' value]
                 | ('namespace'|'module') name '{' statement* '}' | 'global' '{' ... '}'
                 | 'function' Id [tparams] params [':' type]
    type        := function | union ['extends' union '?' type ':' type]
    union       := ['|'] intersection ('|' intersection)*
    intersection:= ['&'] operator ('&' operator)*
    operator    := ('keyof'|'unique'|'readonly') operator | 'infer' Id | postfix
    postfix     := primary ('[' ']' | '[' type ']')*          -- no line break before '['
    primary     := '(' type ')' | object | mapped | tuple | literal | keyword
                 | 'typeof' name | name ['<' type (',' type)* '>']

A statement ends at ``;``, a line break, ``}`` or the end of the file. Anything else (classes,
function bodies, expressions beyond literal ``const`` values) is reported as a SourceError
with its line and column.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypedDict, TypeVar

from toolkit.errors import Location, SourceError
from toolkit.verify.models.ts_ast import (
    ArrayType,
    CallSignature,
    ConditionalType,
    Declaration,
    EnumDeclaration,
    EnumMember,
    FunctionType,
    IndexedAccessType,
    IndexSignature,
    InferType,
    Interface,
    IntersectionType,
    KeywordType,
    LiteralType,
    MappedType,
    Module,
    Namespace,
    ObjectType,
    Parameter,
    PropertySignature,
    TupleElement,
    TupleType,
    TypeAlias,
    TypeNode,
    TypeOperator,
    TypeParameter,
    TypePredicate,
    TypeQuery,
    TypeReference,
    UnionType,
    Value,
    VariableDeclaration,
)
from toolkit.verify.models.ts_lexer import Token, TokenKind, tokenize

KEYWORD_TYPES = frozenset({"string", "number", "boolean", "bigint", "symbol", "object", "any",
                           "unknown", "never", "void", "undefined", "null", "this", "intrinsic"})
_READS = "canon reads type declarations (type, interface, enum, const, namespace) only"
T = TypeVar("T")


class Span(TypedDict):
    """Where a node is, as keyword arguments of its constructor."""

    line: int
    column: int
    start: int
    end: int


def parse_typescript(text: str, path: Path) -> Module:
    """Parse ``text`` (the content of ``path``) into a :class:`Module`."""
    return _Parser(tokenize(text, path), path).module()


def parse_type_text(text: str, path: Path) -> TypeNode:
    """Parse ``text`` as one type (what the type map prints for a column)."""
    parser = _Parser(tokenize(text, path), path)
    node = parser.any_type()
    token = parser.peek()
    if token.kind is not TokenKind.EOF:
        raise parser.error(token, f"unexpected {token.describe()} after a type")
    return node


_LOOKAHEAD = 8  # EOF tokens padding the list, so looking ahead never runs off its end


class _Parser:
    """The parser's state: the tokens, the position, and whether a conditional type may start."""

    def __init__(self, tokens: list[Token], path: Path) -> None:
        self.tokens = tokens + [tokens[-1]] * _LOOKAHEAD
        # What ``at`` compares: identifiers' and punctuators' text; nothing else ever matches.
        self.keys = [t.value if t.kind in (TokenKind.IDENT, TokenKind.PUNCT) else None
                     for t in self.tokens]
        self.last = len(tokens) - 1
        self.path = path
        self.index = 0
        self.no_conditional = False

    # -- tokens -------------------------------------------------------------------------------

    def peek(self, ahead: int = 0) -> Token:
        """The token ``ahead`` places after the current one."""
        return self.tokens[self.index + ahead]

    def at(self, value: str, ahead: int = 0) -> bool:
        """Whether that token is the identifier or punctuator ``value``."""
        return self.keys[self.index + ahead] == value

    def at_ident(self, ahead: int = 0) -> bool:
        """Whether that token is an identifier."""
        return self.tokens[self.index + ahead].kind is TokenKind.IDENT

    def next(self) -> Token:
        """Consume the current token (the end of the file stays current)."""
        token = self.tokens[self.index]
        if self.index < self.last:
            self.index += 1
        return token

    def last_end(self) -> int:
        """The end offset of the last token consumed."""
        return self.tokens[self.index - 1].end if self.index else 0

    def error(self, token: Token, message: str, hint: str | None = None) -> SourceError:
        """A SourceError at ``token``."""
        return SourceError(Location(self.path, token.line, token.column), message, hint=hint)

    def expect(self, value: str) -> Token:
        """Consume the identifier or punctuator ``value``, or fail naming what was found."""
        if not self.at(value):
            token = self.peek()
            raise self.error(token, f"expected {value!r}, found {token.describe()}")
        return self.next()

    def separator(self, closing: str) -> None:
        """Between list items: a comma, unless the list closes with ``closing``."""
        if self.at(closing):
            return
        if not self.at(","):
            token = self.peek()
            raise self.error(token, f"expected ',' or {closing!r}, found {token.describe()}")
        self.next()

    def ident(self, what: str = "a name") -> Token:
        """Consume an identifier, or fail saying ``what`` was expected."""
        token = self.peek()
        if token.kind is not TokenKind.IDENT:
            raise self.error(token, f"expected {what}, found {token.describe()}")
        return self.next()

    def span(self, start: Token) -> Span:
        """Keyword arguments placing a node from ``start`` to the last consumed token."""
        return Span(line=start.line, column=start.column, start=start.start,
                    end=self.last_end())

    def end_statement(self) -> None:
        """A statement ends at ';', a line break, '}' or the end of the file."""
        if self.at(";"):
            self.next()
            return
        token = self.peek()
        if token.kind is TokenKind.EOF or self.at("}") or token.newline_before:
            return
        raise self.error(token, f"expected ';' or a line break, found {token.describe()}")

    def allowing_conditional(self, parse: Callable[[], T], allowed: bool) -> T:
        """Run ``parse`` with conditional types allowed or not (after ``extends``)."""
        saved = self.no_conditional
        if saved is not allowed:
            return parse()
        self.no_conditional = not allowed
        try:
            return parse()
        finally:
            self.no_conditional = saved

    # -- statements ---------------------------------------------------------------------------

    def module(self) -> Module:
        """``module := statement*``."""
        declarations: list[Declaration] = []
        while self.peek().kind is not TokenKind.EOF:
            declarations.extend(self.statement())
        return Module(tuple(declarations))

    def statement(self) -> list[Declaration]:
        """One statement: declarations it makes (imports and export lists make none)."""
        start = self.peek()
        if self.at(";"):
            self.next()
            return []
        exported = False
        if self.at("export"):
            self.next()
            exported = True
            if self.at("default") or self.at("="):
                raise self.error(self.peek(), f"'export {self.peek().value}' is not read: "
                                 f"{_READS}")
            if self.at("{") or self.at("*") or (self.at("type") and self.at("{", 1)):
                self.export_list()
                return []
        if self.at("import"):
            self.skip_import()
            return []
        if self.at("declare"):
            self.next()
        return self.declaration(start, exported)

    def declaration(self, start: Token, exported: bool) -> list[Declaration]:
        """``type``, ``interface``, ``enum``, ``const``, ``namespace`` or ``function``."""
        if self.at("type") and self.at_ident(1):
            return [self.type_alias(start, exported)]
        if self.at("interface") and self.at_ident(1):
            return [self.interface(start, exported)]
        if self.at("enum") or (self.at("const") and self.at("enum", 1)):
            if self.at("const"):
                self.next()
            return [self.enum(start, exported)]
        if self.at("const") or self.at("let") or self.at("var"):
            return list(self.variables(start, exported))
        if (self.at("namespace") or self.at("module")) and (
                self.at_ident(1) or self.peek(1).kind is TokenKind.STRING):
            return [self.namespace(start)]
        if self.at("global") and self.at("{", 1):
            return [self.namespace(start)]
        if self.at("function"):
            self.function_declaration()
            return []
        token = self.peek()
        raise self.error(token, f"unexpected {token.describe()}: {_READS}",
                         hint="point --models at the generated types file")

    def skip_import(self) -> None:
        """``import ... from "m"``, ``import x = require("m")`` and the like."""
        self.next()
        if self.at("type") and not (self.at("from", 1) or self.at(",", 1) or self.at("=", 1)):
            self.next()
        if self.at_ident() and self.at("=", 1):
            self.next()
            self.next()
            if self.at("require"):
                self.next()
                self.expect("(")
                self.string()
                self.expect(")")
            else:
                self.entity_name()
            self.end_statement()
            return
        depth = 0
        while True:
            token = self.next()
            if token.kind is TokenKind.EOF:
                raise self.error(token, "unterminated import declaration")
            if token.value == "{" and token.kind is TokenKind.PUNCT:
                depth += 1
            elif token.value == "}" and token.kind is TokenKind.PUNCT:
                depth -= 1
            elif token.kind is TokenKind.STRING and depth == 0:
                break
        if (self.at("with") or self.at("assert")) and self.at("{", 1):
            self.next()
            self.skip_balanced()
        self.end_statement()

    def export_list(self) -> None:
        """``export { a as b } [from "m"]`` or ``export * [as n] from "m"``."""
        if self.at("type"):
            self.next()
        if self.at("{"):
            self.skip_balanced()
        else:
            self.expect("*")
            if self.at("as"):
                self.next()
                self.ident()
        if self.at("from"):
            self.next()
            self.string()
        self.end_statement()

    def skip_balanced(self) -> None:
        """Skip a bracketed group, nested groups included."""
        opening = self.next()
        closing = {"{": "}", "(": ")", "[": "]"}[opening.value]
        depth = 1
        while depth:
            token = self.next()
            if token.kind is TokenKind.EOF:
                raise self.error(opening, f"{opening.value!r} is never closed")
            if token.kind is TokenKind.PUNCT and token.value == opening.value:
                depth += 1
            elif token.kind is TokenKind.PUNCT and token.value == closing:
                depth -= 1

    def string(self) -> Token:
        """Consume a string literal."""
        token = self.peek()
        if token.kind is not TokenKind.STRING:
            raise self.error(token, f"expected a string, found {token.describe()}")
        return self.next()

    def type_alias(self, start: Token, exported: bool) -> TypeAlias:
        """``type Name<T> = type``."""
        self.next()
        name = self.ident().value
        parameters = self.type_parameters() if self.at("<") else ()
        self.expect("=")
        body = self.allowing_conditional(self.any_type, True)
        self.end_statement()
        return TypeAlias(name=name, parameters=parameters, type=body, exported=exported,
                         **self.span(start))

    def interface(self, start: Token, exported: bool) -> Interface:
        """``interface Name<T> extends A, B { ... }``."""
        self.next()
        name = self.ident().value
        parameters = self.type_parameters() if self.at("<") else ()
        extends: list[TypeReference] = []
        if self.at("extends"):
            self.next()
            extends.append(self.type_reference())
            while self.at(","):
                self.next()
                extends.append(self.type_reference())
        body = self.object_type()
        return Interface(name=name, parameters=parameters, extends=tuple(extends), body=body,
                         exported=exported, **self.span(start))

    def enum(self, start: Token, exported: bool) -> EnumDeclaration:
        """``enum Name { A = "a", B }``."""
        self.next()
        name = self.ident().value
        self.expect("{")
        members: list[EnumMember] = []
        while not self.at("}"):
            first = self.peek()
            if first.kind not in (TokenKind.IDENT, TokenKind.STRING):
                raise self.error(first, f"expected an enum member, found {first.describe()}")
            self.next()
            literal: str | float | None = None
            if self.at("="):
                self.next()
                value = self.value()
                if value.kind == "literal" and isinstance(value.literal, str | float | int):
                    literal = value.literal
            members.append(EnumMember(name=first.value, value=literal, **self.span(first)))
            self.separator("}")
        self.expect("}")
        return EnumDeclaration(name=name, members=tuple(members), exported=exported,
                               **self.span(start))

    def variables(self, start: Token, exported: bool) -> list[VariableDeclaration]:
        """``const a: T = value, b = value``."""
        self.next()
        found: list[VariableDeclaration] = []
        while True:
            name_token = self.ident("a variable name (destructuring is not read)")
            annotation = None
            if self.at(":"):
                self.next()
                annotation = self.any_type()
            value = None
            if self.at("="):
                self.next()
                value = self.value()
            found.append(VariableDeclaration(name=name_token.value, annotation=annotation,
                                             value=value, exported=exported,
                                             **self.span(start)))
            if not self.at(","):
                break
            self.next()
        self.end_statement()
        return found

    def namespace(self, start: Token) -> Namespace:
        """``namespace A.B { ... }``, ``module "m" { ... }``, ``global { ... }``."""
        keyword = self.next()
        if keyword.value == "global":
            name = "global"
        elif self.peek().kind is TokenKind.STRING:
            name = self.next().value
        else:
            name = self.entity_name()
        body: list[Declaration] = []
        if not self.at("{"):
            self.end_statement()
            return Namespace(name=name, body=(), **self.span(start))
        self.next()
        while not self.at("}"):
            if self.peek().kind is TokenKind.EOF:
                raise self.error(start, f"{keyword.value} {name} is never closed")
            body.extend(self.statement())
        self.next()
        return Namespace(name=name, body=tuple(body), **self.span(start))

    def function_declaration(self) -> None:
        """``function f<T>(a: T): R`` without a body."""
        self.next()
        self.ident("a function name")
        if self.at("<"):
            self.type_parameters()
        self.parameters()
        if self.at(":"):
            self.next()
            self.return_type()
        if self.at("{"):
            raise self.error(self.peek(), f"function bodies are not read: {_READS}",
                             hint="point --models at the generated types file")
        self.end_statement()

    def entity_name(self) -> str:
        """``a.b.c``."""
        parts = [self.ident().value]
        while self.at(".") and self.at_ident(1):
            self.next()
            parts.append(self.next().value)
        return ".".join(parts)

    # -- types --------------------------------------------------------------------------------

    def any_type(self) -> TypeNode:
        """``type := function | union ['extends' union '?' type ':' type]``."""
        if self.function_type_ahead():
            return self.function_type()
        if self.at("new") and (self.at("(", 1) or self.at("<", 1)):
            self.next()
            return self.function_type()
        start = self.peek()
        check = self.union()
        if self.no_conditional or not self.at("extends") or self.peek().newline_before:
            return check
        self.next()
        extends = self.allowing_conditional(self.any_type, False)
        self.expect("?")
        true_type = self.allowing_conditional(self.any_type, True)
        self.expect(":")
        false_type = self.allowing_conditional(self.any_type, True)
        return ConditionalType(check=check, extends=extends, true_type=true_type,
                               false_type=false_type, **self.span(start))

    def union(self) -> TypeNode:
        """``union := ['|'] intersection ('|' intersection)*``."""
        return self.operands("|", self.intersection, UnionType)

    def intersection(self) -> TypeNode:
        """``intersection := ['&'] operator ('&' operator)*``."""
        return self.operands("&", self.operator, IntersectionType)

    def operands(self, sign: str, parse: Callable[[], TypeNode],
                 build: type[UnionType] | type[IntersectionType]) -> TypeNode:
        """One or more operands joined by ``sign`` (a leading one allowed)."""
        start = self.peek()
        if self.at(sign):
            self.next()
        items = [parse()]
        while self.at(sign):
            self.next()
            items.append(parse())
        if len(items) == 1:
            return items[0]
        if build is UnionType:
            return UnionType(options=tuple(items), **self.span(start))
        return IntersectionType(parts=tuple(items), **self.span(start))

    def operator(self) -> TypeNode:
        """``operator := ('keyof'|'unique'|'readonly') operator | 'infer' Id | postfix``."""
        start = self.peek()
        if (self.at("keyof") or self.at("unique") or self.at("readonly")) and not (
                self.peek(1).kind is TokenKind.PUNCT and self.peek(1).value in
                (")", "]", ",", ";", ">", "|", "&", "=", "}", "?", ":")):
            operator = self.next().value
            operand = self.operator()
            return TypeOperator(operator=operator, type=operand, **self.span(start))
        if self.at("infer") and self.at_ident(1):
            self.next()
            name = self.next().value
            constraint = None
            if self.no_conditional and self.at("extends"):
                saved = self.index
                self.next()
                candidate = self.allowing_conditional(self.any_type, False)
                if self.at("?"):
                    self.index = saved
                else:
                    constraint = candidate
            return InferType(name=name, constraint=constraint, **self.span(start))
        return self.postfix()

    def postfix(self) -> TypeNode:
        """``postfix := primary ('[' ']' | '[' type ']')*``, no line break before '['."""
        start = self.peek()
        node = self.primary()
        while self.at("[") and not self.peek().newline_before:
            self.next()
            if self.at("]"):
                self.next()
                node = ArrayType(element=node, **self.span(start))
                continue
            index = self.allowing_conditional(self.any_type, True)
            self.expect("]")
            node = IndexedAccessType(object=node, index=index, **self.span(start))
        return node

    def primary(self) -> TypeNode:
        """``primary := '(' type ')' | object | mapped | tuple | literal | named``."""
        token = self.peek()
        if self.at("("):
            self.next()
            inner = self.allowing_conditional(self.any_type, True)
            self.expect(")")
            return inner
        if self.at("{"):
            return self.mapped_type() if self.mapped_ahead() else self.object_type()
        if self.at("["):
            return self.tuple_type()
        if token.kind is TokenKind.STRING:
            self.next()
            return LiteralType(value=token.value, **self.span(token))
        if token.kind is TokenKind.TEMPLATE:
            self.next()
            return LiteralType(value=token.value, template=True, **self.span(token))
        if token.kind is TokenKind.NUMBER:
            self.next()
            return LiteralType(value=number_value(token.value), **self.span(token))
        if self.at("-") and self.peek(1).kind is TokenKind.NUMBER:
            self.next()
            value = -number_value(self.next().value)
            return LiteralType(value=value, **self.span(token))
        if token.kind is TokenKind.IDENT:
            return self.named_type(token)
        raise self.error(token, f"expected a type, found {token.describe()}")

    def named_type(self, token: Token) -> TypeNode:
        """A keyword type, ``true``/``false``, ``typeof x``, ``import(...)`` or a reference."""
        if token.value in ("true", "false"):
            self.next()
            return LiteralType(value=token.value == "true", **self.span(token))
        if token.value in KEYWORD_TYPES and not self.at(".", 1):
            self.next()
            return KeywordType(name=token.value, **self.span(token))
        if token.value == "typeof":
            self.next()
            if self.at("import"):
                return self.import_type(token, query=True)
            name = self.entity_name()
            return TypeQuery(name=name, **self.span(token))
        if token.value == "import" and self.at("(", 1):
            return self.import_type(token, query=False)
        return self.type_reference()

    def import_type(self, start: Token, *, query: bool) -> TypeNode:
        """``import("m").Name<T>`` or ``typeof import("m")``."""
        self.next()
        self.expect("(")
        module = self.string().value
        self.expect(")")
        name = module
        if self.at("."):
            self.next()
            name = self.entity_name()
        if query:
            return TypeQuery(name=name, **self.span(start))
        arguments = self.type_arguments() if self.at("<") else ()
        return TypeReference(name=name, arguments=arguments, **self.span(start))

    def type_reference(self) -> TypeReference:
        """``Name.Sub<T, U>``; type arguments only on the same line."""
        start = self.peek()
        name = self.entity_name()
        arguments: tuple[TypeNode, ...] = ()
        if self.at("<") and not self.peek().newline_before:
            arguments = self.type_arguments()
        return TypeReference(name=name, arguments=arguments, **self.span(start))

    def type_arguments(self) -> tuple[TypeNode, ...]:
        """``<T, U>``."""
        self.expect("<")
        found: list[TypeNode] = []
        while not self.at(">"):
            found.append(self.allowing_conditional(self.any_type, True))
            self.separator(">")
        self.expect(">")
        return tuple(found)

    def type_parameters(self) -> tuple[TypeParameter, ...]:
        """``<T extends C = D, ...>``."""
        self.expect("<")
        found: list[TypeParameter] = []
        while not self.at(">"):
            start = self.peek()
            while (self.at("const") or self.at("in") or self.at("out")) and self.at_ident(1):
                self.next()
            name = self.ident("a type parameter").value
            constraint = default = None
            if self.at("extends"):
                self.next()
                constraint = self.allowing_conditional(self.any_type, True)
            if self.at("="):
                self.next()
                default = self.allowing_conditional(self.any_type, True)
            found.append(TypeParameter(name=name, constraint=constraint, default=default,
                                       **self.span(start)))
            self.separator(">")
        self.expect(">")
        return tuple(found)

    def object_type(self) -> ObjectType:
        """``{ member (';' | ',' | line break) ... }``."""
        start = self.expect("{")
        members: list[PropertySignature | IndexSignature | CallSignature] = []
        while not self.at("}"):
            if self.peek().kind is TokenKind.EOF:
                raise self.error(start, "'{' is never closed", hint="close the type with }")
            members.append(self.member())
            if self.at(";") or self.at(","):
                self.next()
            elif not self.at("}") and not self.peek().newline_before:
                token = self.peek()
                raise self.error(token, f"expected ';', ',' or a line break after a member, "
                                 f"found {token.describe()}")
        self.expect("}")
        return ObjectType(members=tuple(members), **self.span(start))

    def member(self) -> PropertySignature | IndexSignature | CallSignature:
        """A property, method, index, call or construct signature."""
        start = self.peek()
        if self.at("(") or self.at("<"):
            return self.call_signature(start)
        if self.at("new") and (self.at("(", 1) or self.at("<", 1)):
            self.next()
            return self.call_signature(start)
        readonly = False
        if self.at("readonly") and self.property_name_ahead(1):
            self.next()
            readonly = True
        if self.at("[") and self.at_ident(1) and self.at(":", 2):
            self.next()
            key_name = self.next().value
            self.next()
            key_type = self.allowing_conditional(self.any_type, True)
            self.expect("]")
            self.expect(":")
            value = self.allowing_conditional(self.any_type, True)
            return IndexSignature(key_name=key_name, key_type=key_type, type=value,
                                  **self.span(start))
        name = self.property_name()
        optional = False
        if self.at("?"):
            self.next()
            optional = True
        if self.at("(") or self.at("<"):
            if self.at("<"):
                self.type_parameters()
            self.parameters()
            if self.at(":"):
                self.next()
                self.return_type()
            return PropertySignature(name=name, type=None, optional=optional, readonly=readonly,
                                     method=True, **self.span(start))
        member_type = None
        if self.at(":"):
            self.next()
            member_type = self.allowing_conditional(self.any_type, True)
        return PropertySignature(name=name, type=member_type, optional=optional,
                                 readonly=readonly, **self.span(start))

    def property_name_ahead(self, ahead: int) -> bool:
        """Whether the token ``ahead`` can start a property name."""
        token = self.peek(ahead)
        return token.kind in (TokenKind.IDENT, TokenKind.STRING, TokenKind.NUMBER) or (
            token.kind is TokenKind.PUNCT and token.value == "[")

    def property_name(self) -> str:
        """An identifier, string, number or ``[computed]`` key."""
        token = self.peek()
        if token.kind in (TokenKind.IDENT, TokenKind.STRING):
            self.next()
            return token.value
        if token.kind is TokenKind.NUMBER:
            self.next()
            return _number_key(token.value)
        if self.at("["):
            self.next()
            if self.peek().kind in (TokenKind.STRING, TokenKind.NUMBER):
                key = self.next().value
            else:
                key = "[" + self.entity_name() + "]"
            self.expect("]")
            return key
        raise self.error(token, f"expected a property name, found {token.describe()}")

    def call_signature(self, start: Token) -> CallSignature:
        """``<T>(params): R`` inside an object type."""
        if self.at("<"):
            self.type_parameters()
        parameters = self.parameters()
        returns = None
        if self.at(":"):
            self.next()
            returns = self.return_type()
        return CallSignature(parameters=parameters, returns=returns, **self.span(start))

    def mapped_ahead(self) -> bool:
        """Whether the '{' ahead opens a mapped type ``{ [K in ...]: ... }``."""
        ahead = 1
        if self.at("+", ahead) or self.at("-", ahead):
            ahead += 1
        if self.at("readonly", ahead):
            ahead += 1
        return self.at("[", ahead) and self.at_ident(ahead + 1) and self.at("in", ahead + 2)

    def mapped_type(self) -> MappedType:
        """``{ [+-]readonly [K in C as N][+-]?: T }``."""
        start = self.expect("{")
        if self.at("+") or self.at("-"):
            self.next()
            self.expect("readonly")
        elif self.at("readonly"):
            self.next()
        self.expect("[")
        parameter = self.ident().value
        self.expect("in")
        constraint = self.allowing_conditional(self.any_type, True)
        name_type = None
        if self.at("as"):
            self.next()
            name_type = self.allowing_conditional(self.any_type, True)
        self.expect("]")
        if self.at("+") or self.at("-"):
            self.next()
            self.expect("?")
        elif self.at("?"):
            self.next()
        value = None
        if self.at(":"):
            self.next()
            value = self.allowing_conditional(self.any_type, True)
        if self.at(";") or self.at(","):
            self.next()
        self.expect("}")
        return MappedType(parameter=parameter, constraint=constraint, type=value,
                          name_type=name_type, **self.span(start))

    def tuple_type(self) -> TupleType:
        """``[A, name?: B, ...C[]]``."""
        start = self.expect("[")
        elements: list[TupleElement] = []
        while not self.at("]"):
            first = self.peek()
            rest = False
            if self.at("..."):
                self.next()
                rest = True
            name = None
            optional = False
            if self.at_ident() and (self.at(":", 1) or (self.at("?", 1) and self.at(":", 2))):
                name = self.next().value
                if self.at("?"):
                    self.next()
                    optional = True
                self.next()
            element = self.allowing_conditional(self.any_type, True)
            if name is None and self.at("?"):
                self.next()
                optional = True
            elements.append(TupleElement(type=element, name=name, optional=optional, rest=rest,
                                         **self.span(first)))
            self.separator("]")
        self.expect("]")
        return TupleType(elements=tuple(elements), **self.span(start))

    def function_type_ahead(self) -> bool:
        """Whether a '(' or '<' ahead starts a function type (TypeScript's lookahead)."""
        if self.at("<"):
            return True
        if not self.at("("):
            return False
        if self.at(")", 1) or self.at("...", 1):
            return True
        ahead = 1
        if self.at("{", ahead) or self.at("[", ahead):
            return True
        if not self.at_ident(ahead):
            return False
        ahead += 1
        if self.at(":", ahead) or self.at(",", ahead) or self.at("?", ahead) or self.at(
                "=", ahead):
            return True
        return self.at(")", ahead) and self.at("=>", ahead + 1)

    def function_type(self) -> FunctionType:
        """``<T>(params) => R``."""
        start = self.peek()
        type_parameters = self.type_parameters() if self.at("<") else ()
        parameters = self.parameters()
        self.expect("=>")
        returns = self.return_type()
        return FunctionType(parameters=parameters, returns=returns,
                            type_parameters=type_parameters, **self.span(start))

    def parameters(self) -> tuple[Parameter, ...]:
        """``(a: T, b?: U, ...rest: V[])``."""
        self.expect("(")
        found: list[Parameter] = []
        while not self.at(")"):
            start = self.peek()
            rest = False
            if self.at("..."):
                self.next()
                rest = True
            while (self.at("public") or self.at("private") or self.at("protected")
                   or self.at("readonly")) and self.at_ident(1):
                self.next()
            if self.at("{") or self.at("["):
                self.skip_balanced()
                name = "(pattern)"
            else:
                name = self.ident("a parameter name").value
            optional = False
            if self.at("?"):
                self.next()
                optional = True
            parameter_type = None
            if self.at(":"):
                self.next()
                parameter_type = self.allowing_conditional(self.any_type, True)
            if self.at("="):
                self.next()
                self.value()
                optional = True
            found.append(Parameter(name=name, type=parameter_type, optional=optional, rest=rest,
                                   **self.span(start)))
            self.separator(")")
        self.expect(")")
        return tuple(found)

    def return_type(self) -> TypeNode:
        """A type, or a predicate ``x is T`` / ``asserts x [is T]``."""
        start = self.peek()
        asserts = self.at("asserts") and self.at_ident(1) and not self.peek(1).newline_before
        if asserts:
            self.next()
        if self.at_ident() and self.at("is", 1) and not self.peek(1).newline_before:
            name = self.next().value
            self.next()
            return TypePredicate(name=name, type=self.any_type(), **self.span(start))
        if asserts:
            name = self.next().value
            return TypePredicate(name=name, type=None, **self.span(start))
        return self.allowing_conditional(self.any_type, True)

    # -- values -------------------------------------------------------------------------------

    def value(self) -> Value:
        """A literal value with ``as const`` / ``satisfies T`` / ``!`` after it."""
        node = self.primary_value()
        while True:
            if self.at("as") and not self.peek().newline_before:
                self.next()
                if self.at("const"):
                    self.next()
                else:
                    self.any_type()
            elif self.at("satisfies"):
                self.next()
                self.any_type()
            elif self.at("!") and not self.peek().newline_before:
                self.next()
            else:
                return node

    def primary_value(self) -> Value:
        """A literal, object, array, name or call."""
        token = self.peek()
        if token.kind in (TokenKind.STRING, TokenKind.TEMPLATE):
            self.next()
            return Value(kind="literal", literal=token.value, **self.span(token))
        if token.kind is TokenKind.NUMBER:
            self.next()
            return Value(kind="literal", literal=number_value(token.value), **self.span(token))
        if self.at("-") and self.peek(1).kind is TokenKind.NUMBER:
            self.next()
            number = -number_value(self.next().value)
            return Value(kind="literal", literal=number, **self.span(token))
        if self.at("{"):
            return self.object_value()
        if self.at("["):
            return self.array_value()
        if self.at("("):
            self.next()
            inner = self.value()
            self.expect(")")
            return inner
        if token.kind is TokenKind.IDENT:
            literals: dict[str, bool | None] = {"true": True, "false": False, "null": None,
                                                "undefined": None}
            if token.value in literals and not self.at(".", 1):
                self.next()
                return Value(kind="literal", literal=literals[token.value], **self.span(token))
            self.entity_name()
            if not self.at("(") or self.peek().newline_before:
                return Value(kind="name", **self.span(token))
            self.next()
            arguments: list[tuple[str | None, Value]] = []
            while not self.at(")"):
                arguments.append((None, self.value()))
                self.separator(")")
            self.next()
            return Value(kind="call", entries=tuple(arguments), **self.span(token))
        raise self.error(token, f"expected a literal value, found {token.describe()}",
                         hint="const declarations are read only when they hold literal values")

    def object_value(self) -> Value:
        """``{ key: value, shorthand, ...spread }``."""
        start = self.expect("{")
        entries: list[tuple[str | None, Value]] = []
        while not self.at("}"):
            if self.at("..."):
                self.next()
                entries.append((None, self.value()))
            else:
                key_token = self.peek()
                key = self.property_name()
                if self.at(":"):
                    self.next()
                    entries.append((key, self.value()))
                else:
                    entries.append((key, Value(kind="name", **self.span(key_token))))
            self.separator("}")
        self.expect("}")
        return Value(kind="object", entries=tuple(entries), **self.span(start))

    def array_value(self) -> Value:
        """``[value, ...spread]``."""
        start = self.expect("[")
        entries: list[tuple[str | None, Value]] = []
        while not self.at("]"):
            if self.at("..."):
                self.next()
            entries.append((None, self.value()))
            self.separator("]")
        self.expect("]")
        return Value(kind="array", entries=tuple(entries), **self.span(start))


def number_value(text: str) -> float:
    """The value of a numeric literal (``1_000``, ``0x1f``, ``1e3``, ``10n``)."""
    cleaned = text.replace("_", "").rstrip("n")
    if cleaned[:2].lower() in ("0x", "0b", "0o"):
        return int(cleaned, 0)
    value = float(cleaned)
    return int(value) if value.is_integer() and "." not in cleaned and "e" not in cleaned.lower(
    ) else value


def _number_key(text: str) -> str:
    """A numeric property key as TypeScript names it (``1.0`` -> ``1``)."""
    value = number_value(text)
    return str(int(value)) if float(value).is_integer() else str(value)
