"""The TypeScript tokenizer and parser canon verify-types reads models with: the grammar of
generated type files, line-break rules, and errors with file:line:col."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from toolkit.errors import SourceError
from toolkit.verify.models.ts_ast import (
    ArrayType,
    ConditionalType,
    EnumDeclaration,
    FunctionType,
    IndexedAccessType,
    IndexSignature,
    InferType,
    Interface,
    IntersectionType,
    KeywordType,
    LiteralType,
    MappedType,
    Namespace,
    ObjectType,
    TupleType,
    TypeAlias,
    TypeNode,
    TypeOperator,
    TypeReference,
    UnionType,
    VariableDeclaration,
)
from toolkit.verify.models.ts_lexer import TokenKind, tokenize
from toolkit.verify.models.ts_parser import parse_type_text, parse_typescript

FILE = Path("types.ts")
FIXTURES = Path(__file__).parent / "fixtures" / "verify_types"
SEED001 = FIXTURES / "seed001" / "lib" / "supabase"
TSC_CACHE = Path(os.environ.get("CANON_TSC_CACHE", Path.home() / ".cache" / "canon-tsc"))


def alias(text: str, name: str = "T") -> TypeNode:
    """The type of alias ``name`` in ``text``."""
    for declaration in parse_typescript(text, FILE).declarations:
        if isinstance(declaration, TypeAlias) and declaration.name == name:
            return declaration.type
    raise AssertionError(f"no alias {name}")


def obj(text: str) -> ObjectType:
    node = alias(text)
    assert isinstance(node, ObjectType)
    return node


def error_of(text: str) -> SourceError:
    with pytest.raises(SourceError) as caught:
        parse_typescript(text, FILE)
    return caught.value


def test_tokens_carry_positions_line_breaks_and_decoded_strings() -> None:
    tokens = tokenize('type A = {\n  "a\\"b": 1_000 // c\n  /* d\n */ e?: `x${1}`\n}', FILE)
    kinds = [(t.kind, t.value, t.line, t.column, t.newline_before) for t in tokens]
    assert kinds == [
        (TokenKind.IDENT, "type", 1, 1, False), (TokenKind.IDENT, "A", 1, 6, False),
        (TokenKind.PUNCT, "=", 1, 8, False), (TokenKind.PUNCT, "{", 1, 10, False),
        (TokenKind.STRING, 'a"b', 2, 3, True), (TokenKind.PUNCT, ":", 2, 9, False),
        (TokenKind.NUMBER, "1_000", 2, 11, False), (TokenKind.IDENT, "e", 4, 5, True),
        (TokenKind.PUNCT, "?", 4, 6, False), (TokenKind.PUNCT, ":", 4, 7, False),
        (TokenKind.TEMPLATE, "`x${1}`", 4, 9, False), (TokenKind.PUNCT, "}", 5, 1, True),
        (TokenKind.EOF, "", 5, 2, False),
    ]


def test_object_members_quoted_bare_optional_readonly_and_separators() -> None:
    body = obj('type T = { a: string; "b c"?: number, readonly d: boolean\n'
               "  'e': null\n  1: never; readonly: string }")
    members = [(m.name, m.optional, m.readonly) for m in body.properties()]
    assert members == [("a", False, False), ("b c", True, False), ("d", False, True),
                       ("e", False, False), ("1", False, False), ("readonly", False, False)]


def test_unions_literals_arrays_and_generic_references() -> None:
    node = alias('type T =\n  | "a"\n  | -1\n  | true\n  | null\n  | string[][]\n'
                 "  | Array<Json>\n  | Record<string, unknown>")
    assert isinstance(node, UnionType)
    first, minus, true, null, nested, array, record = node.options
    assert isinstance(first, LiteralType) and first.value == "a"
    assert isinstance(minus, LiteralType) and minus.value == -1
    assert isinstance(true, LiteralType) and true.value is True
    assert isinstance(null, KeywordType) and null.name == "null"
    assert isinstance(nested, ArrayType) and isinstance(nested.element, ArrayType)
    assert isinstance(array, TypeReference) and array.name == "Array"
    assert isinstance(array.arguments[0], TypeReference) and array.arguments[0].name == "Json"
    assert isinstance(record, TypeReference) and len(record.arguments) == 2


def test_indexed_access_chains() -> None:
    node = alias('type T = Database["public"]["Enums"]["mood"][]')
    assert isinstance(node, ArrayType)
    keys = []
    inner = node.element
    while isinstance(inner, IndexedAccessType):
        assert isinstance(inner.index, LiteralType)
        keys.append(inner.index.value)
        inner = inner.object
    assert isinstance(inner, TypeReference) and inner.name == "Database"
    assert keys == ["mood", "Enums", "public"]


def test_a_bracket_on_a_new_line_starts_a_member_not_an_indexed_access() -> None:
    body = obj("type T = {\n  a: string\n  [key: string]: Json | undefined\n}")
    first, second = body.members
    assert isinstance(second, IndexSignature) and second.key_name == "key"
    assert isinstance(first.type, KeywordType)
    assert (first.type.name, first.type.line, first.type.column) == ("string", 2, 6)


def test_mapped_tuple_function_intersection_and_operators() -> None:
    assert isinstance(alias("type T = { [_ in never]: never }"), MappedType)
    mapped = alias("type T = { readonly [K in keyof U as `x${K}`]-?: U[K] }")
    assert isinstance(mapped, MappedType) and mapped.name_type is not None
    tuple_type = alias('type T = ["a", b?: number, ...rest: string[]]')
    assert isinstance(tuple_type, TupleType)
    assert [(e.name, e.optional, e.rest) for e in tuple_type.elements] == [
        (None, False, False), ("b", True, False), ("rest", False, True)]
    function = alias("type T = <X>(a: X, b?: string) => asserts a is X")
    assert isinstance(function, FunctionType) and len(function.parameters) == 2
    assert isinstance(alias("type T = () => void"), FunctionType)
    assert isinstance(alias("type T = (string | number)[]"), ArrayType)
    assert isinstance(alias("type T = A & { b: 1 }"), IntersectionType)
    keyof = alias("type T = keyof typeof x")
    assert isinstance(keyof, TypeOperator) and keyof.operator == "keyof"


def test_conditional_types_with_infer_as_supabase_helpers_write_them() -> None:
    node = alias(
        "type T<O extends keyof D | { schema: keyof D }, N extends O extends { schema: keyof D }"
        " ? keyof D[O['schema']] : never = never> = O extends { schema: keyof D }\n"
        "  ? D[O['schema']][N] extends { Row: infer R } ? R : never\n  : never")
    assert isinstance(node, ConditionalType)
    assert isinstance(node.true_type, ConditionalType)
    row = node.true_type.extends
    assert isinstance(row, ObjectType)
    infer = row.properties()[0].type
    assert isinstance(infer, InferType) and infer.name == "R"


def test_declarations_interfaces_enums_namespaces_imports_and_consts() -> None:
    module = parse_typescript(
        'import type { A } from "./a"\nimport * as b from "b";\nimport c = require("c")\n'
        "export interface I extends A, B<C> { x: number }\n"
        'export enum E { One = "one", Two = 2, Three }\n'
        "declare namespace N.M { type Inner = string; }\n"
        'declare module "m" { export type X = 1 }\n'
        "export { I as J }\nexport * from './k'\n"
        "declare function f(a: string): void;\n"
        'export const Constants = { public: { Enums: { mood: ["a", "b"] } } } as const\n'
        "const x: number = -1, y = Object.freeze({ a, ...b })\n", FILE)
    kinds = [(type(d).__name__, d.name) for d in module.declarations]
    assert kinds == [("Interface", "I"), ("EnumDeclaration", "E"), ("Namespace", "N.M"),
                     ("Namespace", "m"), ("VariableDeclaration", "Constants"),
                     ("VariableDeclaration", "x"), ("VariableDeclaration", "y")]
    interface = module.declarations[0]
    assert isinstance(interface, Interface) and [e.name for e in interface.extends] == ["A", "B"]
    enum = module.declarations[1]
    assert isinstance(enum, EnumDeclaration)
    assert [(m.name, m.value) for m in enum.members] == [
        ("One", "one"), ("Two", 2), ("Three", None)]
    namespace = module.declarations[2]
    assert isinstance(namespace, Namespace) and [d.name for d in namespace.body] == ["Inner"]
    assert [d.name for d in module.walk()] == [
        "I", "E", "N.M", "Inner", "m", "X", "Constants", "x", "y"]
    constants = module.declarations[4]
    assert isinstance(constants, VariableDeclaration) and constants.value is not None
    assert constants.value.kind == "object"


def test_a_whole_supabase_types_file_parses() -> None:
    module = parse_typescript((SEED001 / "types.ts").read_text(encoding="utf-8"),
                              SEED001 / "types.ts")
    assert [d.name for d in module.declarations] == [
        "Json", "Database", "DatabaseWithoutInternals", "DefaultSchema", "Tables",
        "TablesInsert", "TablesUpdate", "Enums", "CompositeTypes", "Constants"]


def test_the_typescript_fixtures_are_typescript_tsc_accepts() -> None:
    """What the parser reads (Supabase's shape, a hand-written file) is valid TypeScript."""
    tsc = TSC_CACHE / "node_modules" / ".bin" / "tsc"
    if not tsc.exists():
        npm = shutil.which("npm")
        assert npm is not None, "npm is needed to install typescript"
        subprocess.run([npm, "install", "--prefix", str(TSC_CACHE), "--no-audit", "--no-fund",
                        "typescript@5"], check=True, capture_output=True, timeout=600)
    result = subprocess.run([str(tsc), "--noEmit", "--strict", "--target", "es2022",
                             str(SEED001 / "types.ts"),
                             str(FIXTURES / "handwritten" / "database.ts")],
                            capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_type_text_parses_alone_and_rejects_trailing_tokens() -> None:
    assert isinstance(parse_type_text("(string | null)[]", FILE), ArrayType)
    with pytest.raises(SourceError, match="unexpected ';' after a type"):
        parse_type_text("string;", FILE)


@pytest.mark.parametrize(("text", "line", "column", "message"), [
    ('type A = {\n  a: "open\n}', 2, 6, "unterminated string literal"),
    ("type A = string /* never closed", 1, 17, "unterminated comment"),
    ("type A = {\n  a: string\n", 1, 10, "'{' is never closed"),
    ("type A = { a: string b: number }", 1, 22, "expected ';', ',' or a line break"),
    ("type A = Array<string", 1, 22, "expected ',' or '>', found the end of the file"),
    ("type A = [string number]", 1, 18, "expected ',' or ']', found 'number'"),
    ("type A = string\nclass B {}", 2, 1, "unexpected 'class'"),
    ("type A = string number", 1, 17, "expected ';' or a line break, found 'number'"),
    ("type A = ", 1, 10, "expected a type, found the end of the file"),
    ("export default {}", 1, 8, "'export default' is not read"),
    ("type A = #", 1, 10, "expected a type, found '#'"),
    ("type A = \\", 1, 10, "unexpected character"),
    ("function f() { return 1 }", 1, 14, "function bodies are not read"),
])
def test_errors_name_line_and_column(text: str, line: int, column: int, message: str) -> None:
    error = error_of(text)
    assert (error.path, error.line, error.column) == (FILE, line, column)
    assert message in error.message
    assert error.render().startswith(f"types.ts:{line}:{column}: ")
