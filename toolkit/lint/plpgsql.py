"""A PL/pgSQL function body as the PLP rules read it: parsed once, walked many times.

The body is parsed by PostgreSQL's PL/pgSQL parser (through ``toolkit.source.parser``); line
numbers in its tree count from the body's first line, which :class:`Body` maps back to the
file. Embedded SQL (an EXECUTE's query, an assignment's value) is parsed as a fragment.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from toolkit.errors import SourceError
from toolkit.lint.files import SourceFile
from toolkit.lint.tree import def_elems, def_value, strings, unwrap
from toolkit.source.parser import (
    FragmentError,
    SourceText,
    Statement,
    parse_fragment,
    parse_plpgsql_function,
    plpgsql_body,
    scan_tokens,
)

# libpg_query's RawParseMode on PLpgSQL_expr.parseMode.
_PARSE_DEFAULT = 0
_PARSE_EXPRESSION = 2
_PARSE_ASSIGNMENTS = frozenset({3, 4, 5})
# Statement lists inside PL/pgSQL statements, by node type.
_NESTED = ("body", "then_body", "else_body", "else_stmts", "stmts", "action")
_ERROR_LEVEL = 21  # elog ERROR: RAISE EXCEPTION
_SPECIAL_VARIABLES = frozenset({"found", "sqlstate", "sqlerrm"})


@dataclass
class Body:
    """A parsed PL/pgSQL function: its tree, or the syntax error, and where its body starts."""

    statement: Statement
    file: SourceFile
    tree: dict[str, Any] | None
    error: SourceError | None
    first_line: int
    _words: set[str] | None = field(default=None, repr=False)
    _expressions: list[tuple[int | None, int, str]] | None = field(default=None, repr=False)
    _references: tuple[set[int], set[int]] | None = field(default=None, repr=False)
    _statements: list[tuple[str, dict[str, Any]]] | None = field(default=None, repr=False)

    @property
    def end_line(self) -> int:
        """The file line of the body's last non-blank line (its final END)."""
        value = def_value(def_elems(self.statement.node.get("options")).get("as"))
        body = str(value[0]) if isinstance(value, list) and value else ""
        lines = body.split("\n")
        last = max((index for index, line in enumerate(lines) if line.strip()), default=0)
        return self.first_line + last

    def line(self, lineno: int | None) -> int:
        """The file line of a body line number (the function's line when unknown)."""
        return self.first_line + lineno - 1 if lineno else self.statement.line

    @property
    def datums(self) -> list[dict[str, Any]]:
        """The function's variables, each as ``{"PLpgSQL_var": {...}}`` and the like."""
        return list(self.tree.get("datums", ())) if self.tree else []

    @cached_property
    def action(self) -> dict[str, Any]:
        """The top-level block's fields."""
        if not self.tree:
            return {}
        return unwrap(self.tree.get("action"))[1]

    def statements(self) -> list[tuple[str, dict[str, Any]]]:
        """Every PL/pgSQL statement of the body, depth first, in order."""
        if self._statements is None:
            found = list(walk_statements(self.action.get("body", ())))
            for handler in exception_handlers(self.action):
                found.extend(walk_statements(handler.get("action", ())))
            self._statements = found
        return self._statements

    def expressions(self) -> list[tuple[int | None, int, str]]:
        """``(line number, parse mode, text)`` of every SQL expression in the body."""
        if self._expressions is None:
            self._expressions = list(self._find_expressions())
        return self._expressions

    def _find_expressions(self) -> Iterator[tuple[int | None, int, str]]:
        """Walk the tree for PL/pgSQL expressions, keeping the nearest line number."""
        stack: list[tuple[Any, int | None]] = [(self.tree, None)]
        while stack:
            item, line = stack.pop()
            if isinstance(item, list):
                stack.extend((element, line) for element in reversed(item))
            elif isinstance(item, dict):
                line = item.get("lineno", line)
                expression = item.get("PLpgSQL_expr")
                if expression is not None:
                    yield line, int(expression.get("parseMode", _PARSE_DEFAULT)), str(
                        expression.get("query", ""))
                    continue
                stack.extend((value, line) for value in item.values()
                             if isinstance(value, dict | list))

    def words(self) -> set[str]:
        """Every identifier and keyword the body's SQL expressions use (lower case)."""
        if self._words is None:
            found: set[str] = set()
            for _, _, text in self.expressions():
                found |= identifiers(text)
            self._words = found
        return self._words

    def references(self) -> tuple[set[int], set[int]]:
        """Datum numbers the body writes (assignments, INTO, loops, FETCH, OPEN) and reads
        directly (``RETURN variable``, which the compiler stores as a number)."""
        if self._references is None:
            written: set[int] = set()
            read: set[int] = set()
            for kind, fields in self.statements():
                for key in ("varno", "curvar"):
                    if isinstance(fields.get(key), int):
                        written.add(fields[key])
                for key in ("target", "var", "row", "rec"):
                    _datum_numbers(fields.get(key), written)
                for item in fields.get("diag_items", ()):
                    target = unwrap(item)[1].get("target")
                    if isinstance(target, int):
                        written.add(target)
                if isinstance(fields.get("retvarno"), int):
                    read.add(fields["retvarno"])
                if kind in ("PLpgSQL_stmt_return", "PLpgSQL_stmt_return_next") and (
                        "expr" not in fields and fields.get("lineno")):
                    read.update(self._returned_variables(int(fields["lineno"])))
            self._references = written, read
        return self._references

    def _returned_variables(self, lineno: int) -> set[int]:
        """Datums named by ``RETURN variable`` on a body line.

        The compiler stores such a RETURN as a datum number that libpg_query's tree omits, so
        the variable is read back from the line with PostgreSQL's lexer.
        """
        text = self.file.line_text(self.line(lineno))
        data = text.encode("utf-8")
        tokens = scan_tokens(text, comments=False)
        names = set()
        for index, (name, _, _) in enumerate(tokens[:-1]):
            if name == "RETURN" or (name == "NEXT" and index and tokens[index - 1][0] == "RETURN"):
                _, start, end = tokens[index + 1]
                word = data[start:end].decode("utf-8", "replace")
                names.add(word[1:-1] if word.startswith('"') else word.lower())
        return {number for number, datum in enumerate(self.datums)
                if str(unwrap(datum)[1].get("refname", "")).lower() in names}

    def mentions(self, name: str) -> bool:
        """Whether some expression of the body names ``name``."""
        lowered = name.lower()
        if not any(lowered in text.lower() for _, _, text in self.expressions()):
            return False
        return lowered in self.words()


def _datum_numbers(node: Any, found: set[int]) -> None:
    """Datum numbers a target (a row of variables, a record, a variable) writes."""
    kind, fields = unwrap(node)
    if kind == "PLpgSQL_row":
        found.update(int(field.get("varno", 0)) for field in fields.get("fields", ()))
    elif kind in ("PLpgSQL_rec", "PLpgSQL_var", "PLpgSQL_recfield"):
        found.add(int(fields.get("dno", 0)))


def identifiers(text: str) -> set[str]:
    """Identifiers and keywords of ``text`` per PostgreSQL's lexer (quoted ones unquoted)."""
    data = text.encode("utf-8")
    found = set()
    for name, start, end in scan_tokens(text, comments=False):
        word = data[start:end].decode("utf-8", "replace")
        if name == "IDENT":
            found.add(word[1:-1] if word.startswith('"') else word.lower())
        elif name == "PARAM" or word[:1].isalpha():
            found.add(word.lower())
    return found


def walk_statements(stmts: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every statement of a statement list, recursively."""
    for item in stmts or ():
        kind, fields = unwrap(item)
        if not kind:
            continue
        yield kind, fields
        for key in _NESTED:
            if key in fields and isinstance(fields[key], list):
                yield from walk_statements(fields[key])
        for branch in [*fields.get("elsif_list", ()), *fields.get("case_when_list", ())]:
            yield from walk_statements(unwrap(branch)[1].get("stmts", ()))
        for handler in exception_handlers(fields):
            yield from walk_statements(handler.get("action", ()))


def exception_handlers(block: dict[str, Any]) -> list[dict[str, Any]]:
    """The ``WHEN ... THEN`` handlers of a block."""
    exceptions = unwrap(block.get("exceptions"))[1]
    return [unwrap(item)[1] for item in exceptions.get("exc_list", ())]


def handler_conditions(handler: dict[str, Any]) -> list[str]:
    """Condition names of one handler (``others``, ``unique_violation``)."""
    return [unwrap(item)[1].get("condname", "") for item in handler.get("conditions", ())]


def terminates(stmts: Any) -> bool:
    """Whether running the statement list always ends in RETURN or an error."""
    for item in stmts or ():
        kind, fields = unwrap(item)
        if _statement_terminates(kind, fields):
            return True
    return False


def _statement_terminates(kind: str, fields: dict[str, Any]) -> bool:
    """Whether one statement always ends in RETURN or an error."""
    if kind in ("PLpgSQL_stmt_return", "PLpgSQL_stmt_return_query"):
        return kind == "PLpgSQL_stmt_return"
    if kind == "PLpgSQL_stmt_raise":
        return is_error_raise(fields)
    if kind == "PLpgSQL_stmt_if":
        branches = [fields.get("then_body")]
        branches += [unwrap(item)[1].get("stmts") for item in fields.get("elsif_list", ())]
        return "else_body" in fields and all(terminates(b) for b in branches) and terminates(
            fields.get("else_body"))
    if kind == "PLpgSQL_stmt_case":
        whens = [unwrap(item)[1].get("stmts") for item in fields.get("case_when_list", ())]
        # A CASE without ELSE raises CASE_NOT_FOUND when nothing matches.
        otherwise = terminates(fields.get("else_stmts")) if fields.get("have_else") else True
        return all(terminates(when) for when in whens) and otherwise
    if kind == "PLpgSQL_stmt_block":
        handlers = exception_handlers(fields)
        return terminates(fields.get("body")) and all(
            terminates(handler.get("action")) for handler in handlers)
    if kind == "PLpgSQL_stmt_loop":
        # A plain LOOP falls through only by an EXIT; RETURN and errors leave the function.
        return not loop_exits(fields.get("body"), fields.get("label"), returns=False)
    return False


def is_error_raise(fields: dict[str, Any]) -> bool:
    """Whether a RAISE raises an error (EXCEPTION level, or a bare re-raise)."""
    level = fields.get("elog_level")
    return level is None or level >= _ERROR_LEVEL


_LOOPS = frozenset({"PLpgSQL_stmt_loop", "PLpgSQL_stmt_while", "PLpgSQL_stmt_fori",
                    "PLpgSQL_stmt_fors", "PLpgSQL_stmt_forc", "PLpgSQL_stmt_foreach_a",
                    "PLpgSQL_stmt_dynfors"})


def loop_exits(stmts: Any, label: str | None, *, returns: bool = True,
               inner: frozenset[str] = frozenset(), depth: int = 0) -> bool:
    """Whether a plain LOOP's body can leave it: an EXIT that ends it, or (with ``returns``)
    a RETURN or an error."""
    for item in stmts or ():
        kind, fields = unwrap(item)
        if kind == "PLpgSQL_stmt_exit" and fields.get("is_exit"):
            target = fields.get("label")
            if (target is None and depth == 0) or (target is not None and (
                    target == label or target not in inner)):
                return True
        elif returns and (kind == "PLpgSQL_stmt_return" or (
                kind == "PLpgSQL_stmt_raise" and is_error_raise(fields))):
            return True
        nested_depth = depth + 1 if kind in _LOOPS else depth
        nested_inner = inner | {fields["label"]} if kind in _LOOPS and fields.get(
            "label") else inner
        lists = [fields[key] for key in _NESTED if isinstance(fields.get(key), list)]
        lists += [unwrap(branch)[1].get("stmts", ()) for branch in
                  [*fields.get("elsif_list", ()), *fields.get("case_when_list", ())]]
        lists += [handler.get("action", ()) for handler in exception_handlers(fields)]
        if any(loop_exits(nested, label, returns=returns, inner=nested_inner,
                          depth=nested_depth) for nested in lists):
            return True
    return False


def sql_of(mode: int, text: str) -> dict[str, Any] | None:
    """The parse tree of an embedded expression or statement (None if it does not parse).

    Expressions are read as the target of a ``SELECT``; assignments as their right side.
    """
    if mode == _PARSE_DEFAULT:
        source = text
    elif mode == _PARSE_EXPRESSION:
        source = "SELECT " + text
    elif mode in _PARSE_ASSIGNMENTS:
        right = _assignment_value(text)
        if right is None:
            return None
        source = "SELECT " + right
    else:
        return None
    try:
        parsed = parse_fragment(source)
    except FragmentError:
        return None
    return parsed[0] if parsed else None


def expression_of(mode: int, text: str) -> Any:
    """The expression tree of an embedded expression or assignment value."""
    statement = sql_of(mode, text)
    if statement is None:
        return None
    select = statement.get("SelectStmt", {})
    targets = select.get("targetList", ())
    if mode == _PARSE_DEFAULT or len(targets) != 1:
        return None
    return unwrap(targets[0])[1].get("val")


def _assignment_value(text: str) -> str | None:
    """The text after ``:=`` (or ``=``) of an assignment, at the top nesting level."""
    data = text.encode("utf-8")
    depth = 0
    for name, _start, end in scan_tokens(text, comments=False):
        if name in ("ASCII_40", "ASCII_91"):
            depth += 1
        elif name in ("ASCII_41", "ASCII_93"):
            depth -= 1
        elif depth == 0 and name in ("COLON_EQUALS", "ASCII_61"):
            return data[end:].decode("utf-8")
    return None


def function_body(statement: Statement, file: SourceFile,
                  cache: dict[int, Body | None]) -> Body | None:
    """The parsed body of a ``CREATE FUNCTION ... LANGUAGE plpgsql`` (None for other
    languages), parsed once per statement."""
    key = id(statement)
    if key in cache:
        return cache[key]
    options = def_elems(statement.node.get("options"))
    language = str(def_value(options.get("language")) or "sql").lower()
    body: Body | None = None
    if language == "plpgsql" and "as" in options:
        source = _source_text(file, cache)
        name = ".".join(strings(statement.node.get("funcname")))
        position = plpgsql_body(statement, source)
        first_line = position.line if position is not None else statement.line
        try:
            tree = parse_plpgsql_function(statement, source, name)
            body = Body(statement, file, tree, None, first_line)
        except SourceError as exc:
            body = Body(statement, file, None, exc, first_line)
    cache[key] = body
    return body


def _source_text(file: SourceFile, cache: dict[int, Any]) -> SourceText:
    """The file's :class:`SourceText` for the source package, built once per file."""
    key = id(file)
    found = cache.get(key)
    if not isinstance(found, SourceText):
        found = SourceText(file.text, file.path)
        cache[key] = found
    return found
