"""Functions and procedures from their catalog rows."""

from __future__ import annotations

from toolkit.inspect.instances import maker
from toolkit.inspect.lookups import Lookups
from toolkit.inspect.snapshot import Rows
from toolkit.model import Function, ObjectKey
from toolkit.model.names import KIND_FUNCTION, KIND_PROCEDURE, object_key, qualified_name

_function = maker(Function)
_VOLATILITY = {"v": "volatile", "s": "stable", "i": "immutable"}


def _key(schema: str, name: str, signature: str, procedure: bool) -> ObjectKey:
    kind = KIND_PROCEDURE if procedure else KIND_FUNCTION
    return object_key(kind, schema, name, signature=signature)


def register(rows: Rows, lookups: Lookups) -> None:
    """Keys of the functions other objects point at."""
    for oid, schema, name, signature, _, _, _, _, procedure, *_ in rows:
        if lookups.wants(("pg_proc", oid)):
            lookups.register(("pg_proc", oid), _key(schema, name, signature, procedure))


def build(rows: Rows, lookups: Lookups) -> list[Function]:
    """Functions and procedures from functions.sql; settings sorted by name."""
    functions = []
    built = lookups.shared.built
    source: tuple[object, ...] = ()
    for (oid, schema, name, signature, arguments, returns, language, body, procedure,
         volatility, strict, security_definer, config) in rows:
        comment = lookups.comment("pg_proc", oid)
        settings = tuple(sorted(config or ()))
        if built is not None:
            source = ("function", schema, name, signature, arguments, returns, language,
                      body, procedure, volatility, strict, security_definer, settings, comment)
            if (found := built.get(source)) is not None:
                functions.append(found)
                continue
        function = _function(
            name=qualified_name(schema, name), signature=signature, arguments=arguments,
            returns=returns, language=language, body=body, procedure=procedure,
            volatility=_VOLATILITY[volatility], strict=strict,
            security_definer=security_definer, config=settings, comment=comment,
            depends_on=lookups.depends_on(("pg_proc", oid)))
        if built is not None:
            built[source] = function
        functions.append(function)
    return functions
