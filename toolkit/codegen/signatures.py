"""Function signatures read back from a catalog's ``arguments`` and ``returns`` text.

The text is what ``pg_get_function_arguments`` / ``pg_get_function_result`` print (or the
declared equivalent). It is parsed with PostgreSQL's own grammar (through
:mod:`toolkit.source.parser`) as the header of a ``CREATE FUNCTION`` statement.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from toolkit.errors import CanonError
from toolkit.model import Function


class Mode(StrEnum):
    """How an argument passes data."""

    IN = "in"
    OUT = "out"
    INOUT = "inout"
    VARIADIC = "variadic"
    TABLE = "table"


_MODES = {
    "FUNC_PARAM_DEFAULT": Mode.IN,
    "FUNC_PARAM_IN": Mode.IN,
    "FUNC_PARAM_OUT": Mode.OUT,
    "FUNC_PARAM_INOUT": Mode.INOUT,
    "FUNC_PARAM_VARIADIC": Mode.VARIADIC,
    "FUNC_PARAM_TABLE": Mode.TABLE,
}


@dataclass(frozen=True)
class Parameter:
    """One parameter: name ("" when unnamed), type text, mode and whether it has a default."""

    name: str
    type: str
    mode: Mode
    has_default: bool = False

    @property
    def is_input(self) -> bool:
        """Whether callers pass it (IN, INOUT, VARIADIC)."""
        return self.mode in (Mode.IN, Mode.INOUT, Mode.VARIADIC)

    @property
    def is_output(self) -> bool:
        """Whether the function returns it (OUT, INOUT, TABLE)."""
        return self.mode in (Mode.OUT, Mode.INOUT, Mode.TABLE)


@dataclass(frozen=True)
class Signature:
    """Parameters and result of a function; ``returns`` is None for procedures."""

    parameters: tuple[Parameter, ...]
    returns: str | None
    returns_set: bool = False

    @property
    def inputs(self) -> tuple[Parameter, ...]:
        """The parameters callers pass."""
        return tuple(p for p in self.parameters if p.is_input)

    @property
    def outputs(self) -> tuple[Parameter, ...]:
        """OUT, INOUT and TABLE parameters, in order."""
        return tuple(p for p in self.parameters if p.is_output)


def signature_of(function: Function) -> Signature:
    """Parse ``function``'s arguments and result."""
    from toolkit.source.parser import FragmentError, parse_fragment

    returns = function.returns if function.returns and not function.procedure else "void"
    # Only parsed (never executed), so the catalog's text is spliced in as written.
    header = ("CREATE FUNCTION f(" + function.arguments + ") RETURNS " + returns
              + " LANGUAGE sql AS ''")
    try:
        nodes = parse_fragment(header)
    except FragmentError as exc:
        raise CanonError(f"cannot read the signature of function {function.name}: "
                         f"{exc.message}", hint="report this signature to the canon team") from exc
    node = nodes[0]["CreateFunctionStmt"]
    parameters = tuple(_parameter(item["FunctionParameter"])
                       for item in node.get("parameters", ()))
    result = node.get("returnType")
    if function.procedure:
        return Signature(parameters, None)
    setof = bool(result and result.get("setof"))
    plain = {key: value for key, value in result.items() if key != "setof"} if result else None
    result_text = _type_text(plain) if plain else "void"
    return Signature(parameters, result_text, setof)


def _parameter(node: dict[str, Any]) -> Parameter:
    return Parameter(name=str(node.get("name", "")), type=_type_text(node["argType"]),
                     mode=_MODES.get(node.get("mode", "FUNC_PARAM_DEFAULT"), Mode.IN),
                     has_default=node.get("defexpr") is not None)


def _type_text(node: dict[str, Any]) -> str:
    from toolkit.source.typenames import type_text

    return type_text(node)
