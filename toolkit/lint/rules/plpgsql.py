"""PL/pgSQL rules (PLP): function bodies that fail, leak, swallow errors or invite injection."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from toolkit.lint.files import Spot
from toolkit.lint.findings import Severity
from toolkit.lint.plpgsql import (
    Body,
    exception_handlers,
    expression_of,
    function_body,
    handler_conditions,
    identifiers,
    is_error_raise,
    loop_exits,
    terminates,
    walk_statements,
)
from toolkit.lint.registry import BOTH_MODES, Hit, Rule, register
from toolkit.lint.state import StatementContext
from toolkit.lint.tree import const_value, func_name, strings, unwrap, walk

# Functions that make a value safe to splice into SQL text.
QUOTING_FUNCTIONS = frozenset({"quote_ident", "quote_literal", "quote_nullable",
                               "pg_catalog.quote_ident", "pg_catalog.quote_literal",
                               "pg_catalog.quote_nullable"})
_CONCAT_FUNCTIONS = frozenset({"concat", "concat_ws", "pg_catalog.concat",
                               "pg_catalog.concat_ws"})
_DYNAMIC = {"PLpgSQL_stmt_dynexecute": "query", "PLpgSQL_stmt_dynfors": "query",
            "PLpgSQL_stmt_return_query": "dynquery", "PLpgSQL_stmt_open": "dynquery"}


class _BodyRule(Rule):
    """A rule over the PL/pgSQL body of each CREATE FUNCTION, canonical or in a migration."""

    modes = BOTH_MODES
    kinds = ("CreateFunctionStmt",)

    def check_statement(self, ctx: StatementContext) -> Iterator[Hit]:
        """Parse the body once and hand it to :meth:`check_body`."""
        body = function_body(ctx.statement, ctx.file, ctx.cache)
        if body is not None and body.tree is not None:
            yield from self.check_body(body, ctx)

    def check_body(self, body: Body, ctx: StatementContext) -> Iterator[Hit]:
        """Findings for one successfully parsed body."""
        return iter(())


def _at(body: Body, lineno: int | None) -> Spot:
    """The start of a body line's text, for a finding."""
    return _at_line(body, body.line(lineno))


def _at_line(body: Body, line: int) -> Spot:
    """The start of a file line's text, for a finding."""
    text = body.file.line_text(line)
    indent = len(text[:len(text) - len(text.lstrip())].encode("utf-8"))
    return Spot(body.file, body.file.line_offset(line) + indent)


def _name(ctx: StatementContext) -> str:
    """The function's name as written."""
    return ".".join(strings(ctx.node.get("funcname")))


def _declared(body: Body) -> Iterator[tuple[int, str, dict[str, Any]]]:
    """``(datum number, name, fields)`` of variables declared in DECLARE sections."""
    for number, datum in enumerate(body.datums):
        kind, fields = unwrap(datum)
        if kind not in ("PLpgSQL_var", "PLpgSQL_rec") or not fields.get("lineno"):
            continue
        name = fields.get("refname", "")
        if name.lower() in ("found", "sqlstate", "sqlerrm") or name.startswith("("):
            continue
        yield number, name, fields


def _plain_declared(body: Body) -> Iterator[tuple[int, str, dict[str, Any]]]:
    """Like :func:`_declared`, without the variables FOR loops also declare implicitly."""
    loop_variables = _loop_variables(body)
    for number, name, fields in _declared(body):
        if name.lower() not in loop_variables:
            yield number, name, fields


def _parsed(expr: dict[str, Any], default_mode: int) -> Any:
    """The parse tree of a ``PLpgSQL_expr``'s fields (``default_mode`` when it names none)."""
    return expression_of(int(expr.get("parseMode", default_mode)), str(expr.get("query", "")))


def _targets(body: Body) -> set[int]:
    """Datum numbers written by assignments, INTO clauses, loops, FETCH and OPEN."""
    return body.references()[0]


def _loop_variables(body: Body) -> set[str]:
    """Names of variables FOR loops declare implicitly."""
    names = set()
    for kind, fields in body.statements():
        if kind in ("PLpgSQL_stmt_fori", "PLpgSQL_stmt_fors", "PLpgSQL_stmt_forc",
                    "PLpgSQL_stmt_dynfors", "PLpgSQL_stmt_foreach_a"):
            var = unwrap(fields.get("var"))[1]
            if var.get("refname"):
                names.add(var["refname"].lower())
    return names


@register
class BodySyntaxError(Rule):
    """PLP001."""

    code = "PLP001"
    name = "plpgsql-syntax-error"
    severity = Severity.ERROR
    modes = BOTH_MODES
    kinds = ("CreateFunctionStmt",)
    summary = "PL/pgSQL body does not compile"
    explanation = (
        "CREATE FUNCTION checks a PL/pgSQL body only when the function is created (and "
        "`check_function_bodies` is on); some errors surface only at the first call. canon "
        "runs PostgreSQL's PL/pgSQL parser over every body and reports the failing line.")
    bad = ("CREATE FUNCTION f() RETURNS integer LANGUAGE plpgsql AS $$\n"
           "BEGIN\n    RETURN 1\nEND;\n$$;")
    good = ("CREATE FUNCTION f() RETURNS integer LANGUAGE plpgsql AS $$\n"
            "BEGIN\n    RETURN 1;\nEND;\n$$;")

    def check_statement(self, ctx: StatementContext) -> Iterator[Hit]:
        """Find where: PL/pgSQL body does not compile."""
        body = function_body(ctx.statement, ctx.file, ctx.cache)
        if body is None or body.error is None:
            return
        error = body.error
        message = error.message.removeprefix(f"PL/pgSQL error in {_name(ctx)}: ")
        line = error.location.line
        text = ctx.file.line_text(line)
        offset = ctx.file.line_offset(line) + len(
            text[:max(error.location.column - 1, 0)].encode("utf-8"))
        yield Hit(f"PL/pgSQL body of {_name(ctx)} does not compile: {message}",
                  Spot(ctx.file, offset))


@register
class UnusedVariable(_BodyRule):
    """PLP002."""

    code = "PLP002"
    name = "unused-variable"
    severity = Severity.WARNING
    summary = "variable declared but never used"
    explanation = (
        "A variable that is declared and never read or written is dead code, and often the "
        "sign of a bug: the value was meant to be used (a typo elsewhere reads a column or "
        "another variable instead). Use it or remove it.")
    bad = ("CREATE FUNCTION f() RETURNS integer LANGUAGE plpgsql AS $$\n"
           "DECLARE\n    v_total integer;\nBEGIN\n    RETURN 1;\nEND;\n$$;")
    good = ("CREATE FUNCTION f() RETURNS integer LANGUAGE plpgsql AS $$\n"
            "DECLARE\n    v_total integer := 1;\nBEGIN\n    RETURN v_total;\nEND;\n$$;")

    def check_body(self, body: Body, ctx: StatementContext) -> Iterator[Hit]:
        """Find where: variable declared but never used."""
        written, read = body.references()
        for number, name, fields in _plain_declared(body):
            if number not in written and number not in read and not body.mentions(name):
                yield Hit(f"variable {name} of {_name(ctx)} is declared but never used",
                          _at(body, fields.get("lineno")))


@register
class MissingReturn(_BodyRule):
    """PLP003."""

    code = "PLP003"
    name = "missing-return"
    severity = Severity.ERROR
    summary = "function can reach its end without RETURN"
    explanation = (
        "A PL/pgSQL function that returns a value must execute RETURN on every path; "
        "reaching the final END raises `control reached end of function without RETURN` at "
        "run time, only on the path that misses it. Return (or raise) on every branch.")
    bad = ("CREATE FUNCTION sign_of(x integer) RETURNS integer LANGUAGE plpgsql AS $$\n"
           "BEGIN\n    IF x > 0 THEN\n        RETURN 1;\n    END IF;\nEND;\n$$;")
    good = ("CREATE FUNCTION sign_of(x integer) RETURNS integer LANGUAGE plpgsql AS $$\n"
            "BEGIN\n    IF x > 0 THEN\n        RETURN 1;\n    END IF;\n    RETURN 0;\nEND;\n$$;")

    def check_body(self, body: Body, ctx: StatementContext) -> Iterator[Hit]:
        """Find where: function can reach its end without RETURN."""
        statements = body.action.get("body", [])
        if statements:
            last_kind, last = unwrap(statements[-1])
            # The compiler appends a bare RETURN (no line) when no value is needed.
            if last_kind == "PLpgSQL_stmt_return" and not last.get("lineno"):
                return
        handlers_end = all(terminates(handler.get("action"))
                           for handler in exception_handlers(body.action))
        if terminates(statements) and handlers_end:
            return
        yield Hit(f"{_name(ctx)} can reach the end of its body without RETURN",
                  _at_line(body, body.end_line))


def _unsafe_parts(expression: Any) -> list[str]:
    """Why a string expression splices unquoted values into SQL (empty when it does not)."""
    problems = []
    for kind, fields in walk(expression):
        if kind == "A_Expr" and strings(fields.get("name")) == ["||"]:
            for side in (fields.get("lexpr"), fields.get("rexpr")):
                if _is_unsafe_operand(side):
                    problems.append("||")
                    break
        elif kind == "FuncCall" and func_name(fields) in _CONCAT_FUNCTIONS:
            if any(_is_unsafe_operand(arg) for arg in fields.get("args", ())):
                problems.append(func_name(fields) + "()")
        elif kind == "FuncCall" and func_name(fields) in ("format", "pg_catalog.format"):
            args = fields.get("args", ())
            pattern = const_value(args[0]) if args else None
            if isinstance(pattern, str) and "%s" in pattern and any(
                    _is_unsafe_operand(arg) for arg in args[1:]):
                problems.append("format('%s')")
    return problems


def _is_unsafe_operand(node: Any) -> bool:
    """Whether a concatenated value may carry caller-controlled SQL text."""
    kind, fields = unwrap(node)
    if kind == "A_Const":
        return False
    if kind == "TypeCast":
        return _is_unsafe_operand(fields.get("arg"))
    if kind == "FuncCall":
        name = func_name(fields)
        if name in QUOTING_FUNCTIONS:
            return False
        if name in ("format", "pg_catalog.format"):
            return False  # judged on its own pattern
        return name not in _CONCAT_FUNCTIONS or any(
            _is_unsafe_operand(arg) for arg in fields.get("args", ()))
    if kind == "A_Expr" and strings(fields.get("name")) == ["||"]:
        return _is_unsafe_operand(fields.get("lexpr")) or _is_unsafe_operand(
            fields.get("rexpr"))
    return kind in ("ColumnRef", "ParamRef", "A_Indirection", "CoalesceExpr", "CaseExpr",
                    "SubLink", "A_Expr")


def _assignments(body: Body) -> dict[int, list[tuple[int | None, Any]]]:
    """Expressions assigned to each datum: ``:=`` statements and DECLARE defaults."""
    found: dict[int, list[tuple[int | None, Any]]] = {}
    for number, datum in enumerate(body.datums):
        fields = unwrap(datum)[1]
        default = unwrap(fields.get("default_val"))[1]
        if default:
            found.setdefault(number, []).append((fields.get("lineno"), _parsed(default, 2)))
    for kind, fields in body.statements():
        if kind == "PLpgSQL_stmt_assign":
            expression = _parsed(unwrap(fields.get("expr"))[1], 3)
            found.setdefault(int(fields.get("varno", 0)), []).append(
                (fields.get("lineno"), expression))
    return found


def _variable_numbers(body: Body) -> dict[str, int]:
    """Datum numbers by lower-case variable name."""
    return {unwrap(datum)[1].get("refname", "").lower(): number
            for number, datum in enumerate(body.datums) if unwrap(datum)[1].get("refname")}


@register
class DynamicSqlInjection(_BodyRule):
    """PLP004."""

    code = "PLP004"
    name = "dynamic-sql-concatenation"
    severity = Severity.ERROR
    summary = "dynamic SQL built by concatenation without quoting"
    explanation = (
        "EXECUTE of a string built with || (or concat(), or format's %s) from a parameter "
        "or variable runs whatever that value contains: a name like `x; DROP TABLE users` "
        "is SQL injection, in a SECURITY DEFINER function with its owner's rights. Build "
        "the text with format() and %I for identifiers, %L for literals, or pass values "
        "with EXECUTE ... USING.")
    bad = ("CREATE FUNCTION count_rows(p_table text) RETURNS bigint LANGUAGE plpgsql AS $$\n"
           "DECLARE\n    n bigint;\nBEGIN\n"
           "    EXECUTE 'SELECT count(*) FROM ' || p_table INTO n;\n    RETURN n;\nEND;\n$$;")
    good = ("CREATE FUNCTION count_rows(p_table text) RETURNS bigint LANGUAGE plpgsql AS $$\n"
            "DECLARE\n    n bigint;\nBEGIN\n"
            "    EXECUTE format('SELECT count(*) FROM %I', p_table) INTO n;\n"
            "    RETURN n;\nEND;\n$$;")

    def check_body(self, body: Body, ctx: StatementContext) -> Iterator[Hit]:
        """Find where: dynamic SQL built by concatenation without quoting."""
        assignments: dict[int, list[tuple[int | None, Any]]] | None = None
        for kind, fields in body.statements():
            key = _DYNAMIC.get(kind)
            query = unwrap(fields.get(key)) if key else ("", {})
            if not query[1]:
                continue
            expression = _parsed(query[1], 2)
            problems = _unsafe_parts(expression)
            lineno = fields.get("lineno")
            if not problems and unwrap(expression)[0] == "ColumnRef":
                variable = strings(unwrap(expression)[1].get("fields"))[-1:]
                if assignments is None:
                    assignments = _assignments(body)
                number = _variable_numbers(body).get(variable[0].lower()) if variable else None
                for _, assigned in assignments.get(number if number is not None else -1, ()):
                    problems = _unsafe_parts(assigned)
                    if problems:
                        break
            if problems:
                yield Hit(f"{_name(ctx)} executes SQL built with {problems[0]} from unquoted "
                          "values; use format() with %I/%L or EXECUTE ... USING",
                          _at(body, lineno))


@register
class SwallowedException(_BodyRule):
    """PLP005."""

    code = "PLP005"
    name = "exception-swallowed"
    severity = Severity.WARNING
    summary = "WHEN OTHERS THEN NULL swallows every error"
    explanation = (
        "An exception handler for OTHERS that does nothing hides every error, from a "
        "constraint violation to a typo in a column name: the transaction continues as if "
        "the block succeeded, with its changes rolled back. Catch the specific condition "
        "you expect, or log and re-raise.")
    bad = ("CREATE FUNCTION touch(p_id bigint) RETURNS void LANGUAGE plpgsql AS $$\n"
           "BEGIN\n    UPDATE items SET seen = now() WHERE id = p_id;\n"
           "EXCEPTION WHEN OTHERS THEN NULL;\nEND;\n$$;")
    good = ("CREATE FUNCTION touch(p_id bigint) RETURNS void LANGUAGE plpgsql AS $$\n"
            "BEGIN\n    UPDATE items SET seen = now() WHERE id = p_id;\n"
            "EXCEPTION WHEN lock_not_available THEN\n"
            "    RAISE NOTICE 'item % busy', p_id;\nEND;\n$$;")

    def check_body(self, body: Body, ctx: StatementContext) -> Iterator[Hit]:
        """Find where: WHEN OTHERS THEN NULL swallows every error."""
        blocks = [body.action] + [fields for kind, fields in body.statements()
                                  if kind == "PLpgSQL_stmt_block"]
        for block in blocks:
            for handler in exception_handlers(block):
                if "others" in handler_conditions(handler) and not handler.get("action"):
                    yield Hit(f"{_name(ctx)} swallows every error with WHEN OTHERS THEN NULL",
                              _at(body, _handler_line(body, block)))


def _handler_line(body: Body, block: dict[str, Any]) -> int | None:
    """The body line of a block's EXCEPTION section (just after its last statement)."""
    last = block.get("lineno")
    for kind, fields in walk_statements(block.get("body", ())):
        del kind
        if fields.get("lineno") and (last is None or fields["lineno"] > last):
            last = fields["lineno"]
    return last + 1 if last else None


def _ends_flow(kind: str, fields: dict[str, Any]) -> bool:
    """Whether a statement ends its block's flow unconditionally."""
    if kind == "PLpgSQL_stmt_return" and fields.get("lineno"):
        return True
    if kind == "PLpgSQL_stmt_raise":
        return is_error_raise(fields)
    return kind == "PLpgSQL_stmt_exit" and fields.get("cond") is None


def _lists(fields: dict[str, Any]) -> Iterator[list[Any]]:
    """The statement lists nested in one statement."""
    for key in ("body", "then_body", "else_body", "else_stmts", "stmts", "action"):
        if isinstance(fields.get(key), list):
            yield fields[key]
    for branch in [*fields.get("elsif_list", ()), *fields.get("case_when_list", ())]:
        yield unwrap(branch)[1].get("stmts", [])
    for handler in exception_handlers(fields):
        yield handler.get("action", [])


@register
class UnreachableCode(_BodyRule):
    """PLP006."""

    code = "PLP006"
    name = "unreachable-code"
    severity = Severity.WARNING
    summary = "statements after RETURN, RAISE EXCEPTION or EXIT"
    explanation = (
        "Statements that follow an unconditional RETURN, RAISE EXCEPTION, EXIT or CONTINUE "
        "in the same block never run. They usually mean a misplaced RETURN or a missing "
        "IF; delete them or fix the control flow.")
    bad = ("CREATE FUNCTION f() RETURNS integer LANGUAGE plpgsql AS $$\n"
           "BEGIN\n    RETURN 1;\n    RAISE NOTICE 'done';\nEND;\n$$;")
    good = ("CREATE FUNCTION f() RETURNS integer LANGUAGE plpgsql AS $$\n"
            "BEGIN\n    RAISE NOTICE 'done';\n    RETURN 1;\nEND;\n$$;")

    def check_body(self, body: Body, ctx: StatementContext) -> Iterator[Hit]:
        """Find where: statements after RETURN, RAISE EXCEPTION or EXIT."""
        stack: list[list[Any]] = [body.action.get("body", [])]
        stack.extend(_lists({"exceptions": body.action.get("exceptions")}))
        while stack:
            statements = stack.pop()
            ended = False
            for item in statements:
                kind, fields = unwrap(item)
                if ended and fields.get("lineno"):
                    yield Hit(f"this statement of {_name(ctx)} can never run",
                              _at(body, fields["lineno"]))
                    break
                if _ends_flow(kind, fields):
                    ended = True
                stack.extend(_lists(fields))


@register
class ShadowedParameter(_BodyRule):
    """PLP007."""

    code = "PLP007"
    name = "variable-shadows-parameter"
    severity = Severity.WARNING
    summary = "variable with the same name as a parameter"
    explanation = (
        "A variable declared with a parameter's name hides the parameter for the rest of "
        "the block: the function silently ignores the value it was called with. Rename the "
        "variable.")
    bad = ("CREATE FUNCTION f(p_limit integer) RETURNS integer LANGUAGE plpgsql AS $$\n"
           "DECLARE\n    p_limit integer := 10;\nBEGIN\n    RETURN p_limit;\nEND;\n$$;")
    good = ("CREATE FUNCTION f(p_limit integer) RETURNS integer LANGUAGE plpgsql AS $$\n"
            "DECLARE\n    v_limit integer := least(p_limit, 10);\nBEGIN\n"
            "    RETURN v_limit;\nEND;\n$$;")

    def check_body(self, body: Body, ctx: StatementContext) -> Iterator[Hit]:
        """Find where: variable with the same name as a parameter."""
        parameters = {unwrap(item)[1].get("name", "").lower()
                      for item in ctx.node.get("parameters", ())} - {""}
        for _, name, fields in _declared(body):
            if name.lower() in parameters:
                yield Hit(f"variable {name} of {_name(ctx)} hides the parameter of the same "
                          "name", _at(body, fields.get("lineno")))


@register
class StaticExecute(_BodyRule):
    """PLP008."""

    code = "PLP008"
    name = "execute-of-constant"
    severity = Severity.INFO
    summary = "EXECUTE of a constant string"
    explanation = (
        "EXECUTE of a string literal is dynamic SQL without anything dynamic: the statement "
        "is parsed and planned on every call and its syntax is not checked when the "
        "function is created. Write the statement directly.")
    bad = ("CREATE FUNCTION purge() RETURNS void LANGUAGE plpgsql AS $$\n"
           "BEGIN\n    EXECUTE 'DELETE FROM sessions WHERE expired';\nEND;\n$$;")
    good = ("CREATE FUNCTION purge() RETURNS void LANGUAGE plpgsql AS $$\n"
            "BEGIN\n    DELETE FROM sessions WHERE expired;\nEND;\n$$;")

    def check_body(self, body: Body, ctx: StatementContext) -> Iterator[Hit]:
        """Find where: EXECUTE of a constant string."""
        for kind, fields in body.statements():
            if kind != "PLpgSQL_stmt_dynexecute":
                continue
            expression = _parsed(unwrap(fields.get("query"))[1], 2)
            if isinstance(const_value(expression), str) and not fields.get("params"):
                yield Hit(f"{_name(ctx)} EXECUTEs a constant string; write the statement "
                          "directly", _at(body, fields.get("lineno")))


@register
class AssignedNeverRead(_BodyRule):
    """PLP009."""

    code = "PLP009"
    name = "variable-never-read"
    severity = Severity.INFO
    summary = "variable assigned but never read"
    explanation = (
        "A variable that receives values (by :=, SELECT INTO or FETCH) but is never read "
        "means work whose result is thrown away, or a read of the wrong variable elsewhere. "
        "Use the value or drop the assignment.")
    bad = ("CREATE FUNCTION f() RETURNS integer LANGUAGE plpgsql AS $$\n"
           "DECLARE\n    v_count integer;\nBEGIN\n    v_count := 2;\n    RETURN 1;\nEND;\n$$;")
    good = ("CREATE FUNCTION f() RETURNS integer LANGUAGE plpgsql AS $$\n"
            "DECLARE\n    v_count integer;\nBEGIN\n    v_count := 2;\n    RETURN v_count;\n"
            "END;\n$$;")

    def check_body(self, body: Body, ctx: StatementContext) -> Iterator[Hit]:
        """Find where: variable assigned but never read."""
        written, read = body.references()
        for number, name, fields in _plain_declared(body):
            if number in written and number not in read and not _read(body, name):
                yield Hit(f"variable {name} of {_name(ctx)} is assigned but never read",
                          _at(body, fields.get("lineno")))


def _read(body: Body, name: str) -> bool:
    """Whether an expression reads ``name`` (an assignment's own target does not count)."""
    lowered = name.lower()
    for _, mode, text in body.expressions():
        if lowered not in text.lower():
            continue
        if mode in (3, 4, 5):
            _, _, right = text.partition(":=")
            if lowered in identifiers(right or text):
                return True
        elif lowered in identifiers(text):
            return True
    return False


@register
class InfiniteLoop(_BodyRule):
    """PLP010."""

    code = "PLP010"
    name = "loop-without-exit"
    severity = Severity.WARNING
    summary = "LOOP without EXIT, RETURN or RAISE"
    explanation = (
        "A plain LOOP ends only through EXIT, RETURN or an error. Without any of them in its "
        "body the function never returns and holds its locks until statement_timeout "
        "cancels it.")
    bad = ("CREATE FUNCTION wait_forever() RETURNS void LANGUAGE plpgsql AS $$\n"
           "BEGIN\n    LOOP\n        PERFORM pg_sleep(1);\n    END LOOP;\nEND;\n$$;")
    good = ("CREATE FUNCTION wait_ready() RETURNS void LANGUAGE plpgsql AS $$\n"
            "BEGIN\n    LOOP\n        EXIT WHEN EXISTS (SELECT 1 FROM jobs WHERE ready);\n"
            "        PERFORM pg_sleep(1);\n    END LOOP;\nEND;\n$$;")

    def check_body(self, body: Body, ctx: StatementContext) -> Iterator[Hit]:
        """Find where: LOOP without EXIT, RETURN or RAISE."""
        for kind, fields in body.statements():
            if kind == "PLpgSQL_stmt_loop" and not loop_exits(fields.get("body"),
                                                               fields.get("label")):
                yield Hit(f"this LOOP of {_name(ctx)} has no EXIT, RETURN or RAISE and never "
                          "ends", _at(body, fields.get("lineno")))


@register
class TransactionControlInFunction(_BodyRule):
    """PLP011."""

    code = "PLP011"
    name = "commit-in-function"
    severity = Severity.ERROR
    summary = "COMMIT or ROLLBACK inside a function"
    explanation = (
        "Functions always run inside the caller's transaction; COMMIT and ROLLBACK in a "
        "function body compile but fail at run time with `invalid transaction termination`. "
        "Use a PROCEDURE (called with CALL outside a transaction block) for transaction "
        "control.")
    bad = ("CREATE FUNCTION batch() RETURNS void LANGUAGE plpgsql AS $$\n"
           "BEGIN\n    DELETE FROM queue WHERE done;\n    COMMIT;\nEND;\n$$;")
    good = ("CREATE PROCEDURE batch() LANGUAGE plpgsql AS $$\n"
            "BEGIN\n    DELETE FROM queue WHERE done;\n    COMMIT;\nEND;\n$$;")

    def check_body(self, body: Body, ctx: StatementContext) -> Iterator[Hit]:
        """Find where: COMMIT or ROLLBACK inside a function."""
        if ctx.node.get("is_procedure"):
            return
        for kind, fields in body.statements():
            if kind in ("PLpgSQL_stmt_commit", "PLpgSQL_stmt_rollback"):
                verb = kind.removeprefix("PLpgSQL_stmt_").upper()
                yield Hit(f"{verb} in function {_name(ctx)} fails at run time; make it a "
                          "PROCEDURE", _at(body, fields.get("lineno")))


@register
class UnusedParameter(_BodyRule):
    """PLP012."""

    code = "PLP012"
    name = "unused-parameter"
    severity = Severity.INFO
    enabled_by_default = False
    summary = "parameter never used in the body"
    explanation = (
        "A parameter the body never reads is either a leftover, which callers still have "
        "to pass, or a bug: the body meant to filter by it. Opt in with "
        "`enable = [\"PLP012\"]`.")
    bad = ("CREATE FUNCTION count_for(p_owner uuid) RETURNS bigint LANGUAGE plpgsql AS $$\n"
           "BEGIN\n    RETURN (SELECT count(*) FROM notes);\nEND;\n$$;")
    good = ("CREATE FUNCTION count_for(p_owner uuid) RETURNS bigint LANGUAGE plpgsql AS $$\n"
            "BEGIN\n    RETURN (SELECT count(*) FROM notes WHERE owner_id = p_owner);\n"
            "END;\n$$;")

    def check_body(self, body: Body, ctx: StatementContext) -> Iterator[Hit]:
        """Find where: parameter never used in the body."""
        targets: set[int] | None = None
        numbers = _variable_numbers(body)
        for position, item in enumerate(ctx.node.get("parameters", ()), start=1):
            fields = unwrap(item)[1]
            name = fields.get("name")
            if not name or fields.get("mode") in ("FUNC_PARAM_OUT", "FUNC_PARAM_TABLE"):
                continue
            if body.mentions(name) or body.mentions(f"${position}"):
                continue
            if targets is None:
                targets = _targets(body)
            if numbers.get(name.lower()) in targets:
                continue
            yield Hit(f"parameter {name} of {_name(ctx)} is never used", ctx.spot(
                int(fields.get("location", 0))))
