"""``CREATE FUNCTION`` and ``CREATE PROCEDURE``, with what their bodies use."""

from __future__ import annotations

from typing import Any

from toolkit.errors import Location, SourceError
from toolkit.model import Function, ObjectKey, QualifiedName
from toolkit.model.names import KIND_FUNCTION, KIND_PROCEDURE
from toolkit.source import exprtext
from toolkit.source.declarations import Declaration, Edge, Reference
from toolkit.source.files import SourceFile
from toolkit.source.nodes import Node, Uses, collect_uses, const_value, name_of, option_value
from toolkit.source.parser import FragmentError, Statement, parse_fragment, plpgsql_body
from toolkit.source.readers.common import (
    ReadContext,
    StatementTokens,
    add_type_reference,
    qualify,
    schema_reference,
    signature_of,
    uses_references,
)
from toolkit.source.readers.plpgsql import check_plpgsql
from toolkit.source.sqltext import quote_ident
from toolkit.source.typenames import type_text

MODE_WORDS = {"FUNC_PARAM_OUT": "OUT ", "FUNC_PARAM_INOUT": "INOUT ",
              "FUNC_PARAM_VARIADIC": "VARIADIC "}
# GUCs whose list values the server stores with each element quoted as an identifier.
LIST_QUOTED_SETTINGS = frozenset({"search_path", "temp_tablespaces", "session_preload_libraries",
                                  "shared_preload_libraries", "local_preload_libraries"})


def read_function(statement: Statement, file: SourceFile, context: ReadContext) -> Declaration:
    """A function or procedure: signature, arguments, result, options, body and uses."""
    node = statement.node
    written = name_of(node.get("funcname"))
    name = qualify(written)
    procedure = bool(node.get("is_procedure"))
    parameters = [item["FunctionParameter"] for item in node.get("parameters", ())]
    signature = signature_of(parameters)
    key = ObjectKey(KIND_PROCEDURE if procedure else KIND_FUNCTION, name.schema, name.name,
                    signature=signature)
    declaration = Declaration(statement, file, "function", key, provides=[key])
    declaration.references += schema_reference(written[0], file, statement.start)
    options = {item["DefElem"]["defname"]: item["DefElem"] for item in node.get("options", ())}
    for parameter in parameters:
        add_type_reference(declaration.references, parameter["argType"], file)
    if node.get("returnType") is not None:
        add_type_reference(declaration.references, node["returnType"], file)
    language = str(option_value(options["language"])).lower() if "language" in options \
        else "sql"
    label = ("procedure " if procedure else "function ") + str(name)
    if language == "plpgsql":
        declaration.body_references = check_plpgsql(statement, file, label, context)
    elif language == "sql":
        declaration.references += _sql_body_uses(statement, file, node, options, label)

    def make() -> list[Any]:
        """The model function."""
        node = file.node_of(statement)
        tokens = StatementTokens(file, statement)
        return [Function(
            name=name, signature=signature,
            arguments=_arguments(parameters, tokens, node),
            returns=None if procedure else _returns(node, parameters),
            language=language, body=_body(node, options, tokens), procedure=procedure,
            volatility=str(option_value(options["volatility"])) if "volatility" in options
            else "volatile",
            strict=bool(option_value(options["strict"])) if "strict" in options else False,
            security_definer=bool(option_value(options["security"])) if "security" in options
            else False,
            config=tuple(_setting(item["DefElem"]) for item in node.get("options", ())
                         if item["DefElem"]["defname"] == "set"),
            location=file.model_location(statement.start))]

    declaration.make = make
    return declaration


def _arguments(parameters: list[Node], tokens: StatementTokens, node: Node) -> str:
    """The argument list: modes, names, types and defaults (not TABLE columns)."""
    parts = []
    for index, parameter in enumerate(parameters):
        mode = parameter.get("mode", "FUNC_PARAM_DEFAULT")
        if mode == "FUNC_PARAM_TABLE":
            continue
        text = MODE_WORDS.get(mode, "")
        if parameter.get("name"):
            text += quote_ident(str(parameter["name"])) + " "
        text += type_text(parameter["argType"])
        if parameter.get("defexpr") is not None:
            bound = (int(parameters[index + 1].get("location", tokens.statement.end))
                     if index + 1 < len(parameters) else _header_end(node, tokens))
            text += " DEFAULT " + _default_text(parameter, tokens, bound)
        parts.append(text)
    return ", ".join(parts)


def _header_end(node: Node, tokens: StatementTokens) -> int:
    """Where the argument list ends at the latest: the first option or RETURNS."""
    offsets = [int(item["DefElem"].get("location", tokens.statement.end))
               for item in node.get("options", ())]
    if node.get("returnType") is not None:
        offsets.append(int(node["returnType"].get("location", tokens.statement.end)))
    return min(offsets, default=tokens.statement.end)


def _default_text(parameter: Node, tokens: StatementTokens, bound: int) -> str:
    """The default of a parameter as written."""
    all_tokens = tokens.tokens
    first = tokens.at(int(parameter.get("location", 0)))
    limit = tokens.at(bound)
    marker = exprtext.find(all_tokens[:limit], ("DEFAULT", "ASCII_61"), first)
    if marker == -1:
        return ""
    stop = exprtext.expression_end(all_tokens, marker + 1, limit=limit)
    return exprtext.span(tokens.file, all_tokens, marker + 1, stop)


def _returns(node: Node, parameters: list[Node]) -> str | None:
    """The result type: ``TABLE(...)``, ``SETOF x``, the OUT type or ``record``."""
    table = [parameter for parameter in parameters if parameter.get("mode") == "FUNC_PARAM_TABLE"]
    if table:
        return "TABLE(" + ", ".join(quote_ident(str(p.get("name", ""))) + " "
                                    + type_text(p["argType"]) for p in table) + ")"
    if node.get("returnType") is not None:
        return type_text(node["returnType"])
    outputs = [p for p in parameters if p.get("mode") in ("FUNC_PARAM_OUT", "FUNC_PARAM_INOUT")]
    if len(outputs) == 1:
        return type_text(outputs[0]["argType"])
    return "record" if outputs else "void"


def _body(node: Node, options: dict[str, Node], tokens: StatementTokens) -> str:
    """The body: the string after AS, or the SQL-standard body as written."""
    if "as" in options:
        items = option_value(options["as"])
        if isinstance(items, list) and items:
            return str(items[-1])
        return ""
    if node.get("sql_body") is not None:
        all_tokens = tokens.tokens
        start = exprtext.find(all_tokens, ("BEGIN_P", "RETURN"))
        return exprtext.span(tokens.file, all_tokens, start, len(all_tokens)) if start >= 0 \
            else ""
    return ""


def _setting(definition: Node) -> str:
    """A ``SET name = value`` option as ``name=value``, the way ``proconfig`` stores it."""
    setting = definition["arg"]["VariableSetStmt"]
    name = str(setting.get("name", ""))
    if setting.get("kind") == "VAR_SET_CURRENT":
        return name + " FROM CURRENT"
    values = []
    for arg in setting.get("args", ()):
        value = const_value(arg.get("A_Const", {}))
        text = "" if value is None else str(value).lower() if isinstance(value, bool) \
            else str(value)
        if name in LIST_QUOTED_SETTINGS:
            text = quote_ident(text) if text else '""'
        values.append(text)
    return name + "=" + ", ".join(values)


def _sql_body_uses(statement: Statement, file: SourceFile, node: Node,
                   options: dict[str, Node], label: str) -> list[Reference]:
    """What a SQL-language body uses; the server checks these when it creates the function."""
    if node.get("sql_body") is not None:
        return uses_references(collect_uses(node["sql_body"]), file, statement.start)
    items = option_value(options["as"]) if "as" in options else None
    if not isinstance(items, list) or not items:
        return []
    body = str(items[0])
    try:
        trees = parse_fragment(body)
    except FragmentError as exc:
        raise _body_error(statement, file, body, exc, label) from exc
    uses = Uses()
    for tree in trees:
        collect_uses(tree, uses)
    return uses_references(uses, file, statement.start, Edge.HARD)


def _body_error(statement: Statement, file: SourceFile, body: str, exc: FragmentError,
                label: str) -> SourceError:
    """A SQL function body's syntax error at its place in the file."""
    where = plpgsql_body(statement, file.source)
    if where is None:
        return SourceError(statement.location, "syntax error in the body of " + label + ": "
                           + exc.message, hint="fix the function body",
                           source_line=file.source.line_text(statement.line))
    before = body.encode("utf-8")[:exc.offset or 0].decode("utf-8", "replace")
    line = where.line + before.count("\n")
    if "\n" in before:
        column = len(before) - before.rfind("\n")
    else:
        column = file.source.position(where.start)[1] + _delimiter_length(file, where.start) \
            + len(before)
    return SourceError(Location(statement.path, line, column),
                       "syntax error in the body of " + label + ": " + exc.message,
                       hint="fix the function body; the server checks SQL function bodies "
                            "when it creates them", source_line=file.source.line_text(line))


def _delimiter_length(file: SourceFile, start: int) -> int:
    """Length of the quote that opens a body string (``$$``, ``$fn$``, ``'``)."""
    data = file.source.data
    if data[start:start + 1] == b"$":
        close = data.find(b"$", start + 1)
        return close - start + 1 if close != -1 else 1
    return 1


def function_name(node: Node) -> QualifiedName:
    """The qualified name a ``CREATE FUNCTION`` node declares."""
    return qualify(name_of(node.get("funcname")))
