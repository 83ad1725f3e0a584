"""Triggers and row level security policies from their catalog rows."""

from __future__ import annotations

from toolkit.inspect.instances import maker
from toolkit.inspect.lookups import Lookups
from toolkit.inspect.snapshot import Rows
from toolkit.model import Policy, QualifiedName, Trigger

# pg_trigger.tgtype bits (src/include/catalog/pg_trigger.h).
_ROW, _BEFORE, _INSERT, _DELETE, _UPDATE, _TRUNCATE, _INSTEAD = 1, 2, 4, 8, 16, 32, 64
_EVENTS = ((_INSERT, "INSERT"), (_UPDATE, "UPDATE"), (_DELETE, "DELETE"),
           (_TRUNCATE, "TRUNCATE"))
_COMMANDS = {"*": "ALL", "r": "SELECT", "a": "INSERT", "w": "UPDATE", "d": "DELETE"}
_policy = maker(Policy)


def want_functions(rows: Rows, lookups: Lookups) -> None:
    """Ask for the keys of trigger functions."""
    for _, _, function_oid, *_ in rows:
        lookups.want(("pg_proc", function_oid))


def build_triggers(rows: Rows, lookups: Lookups) -> list[Trigger]:
    """Triggers from triggers.sql; each needs its table (or view) and its function."""
    triggers = []
    keys = lookups.keys
    for (oid, relid, function_oid, schema, table, name, definition, function_schema,
         function_name, bits) in rows:
        timing = "INSTEAD OF" if bits & _INSTEAD else "BEFORE" if bits & _BEFORE else "AFTER"
        implied = tuple(sorted(keys[ref] for ref in (("pg_class", relid),
                                                     ("pg_proc", function_oid)) if ref in keys))
        triggers.append(Trigger(
            table=lookups.relation(relid, schema, table), name=name, definition=definition,
            function=QualifiedName(function_schema, function_name), timing=timing,
            events=tuple(event for bit, event in _EVENTS if bits & bit),
            for_each_row=bool(bits & _ROW),
            comment=lookups.comment("pg_trigger", oid),
            depends_on=lookups.depends_on(("pg_trigger", oid), implied)))
    return triggers


def build_policies(rows: Rows, lookups: Lookups) -> list[Policy]:
    """Policies from policies.sql; roles sorted by name; each needs its table."""
    policies = []
    keys = lookups.keys
    built = lookups.shared.built
    source: tuple[object, ...] = ()
    for (oid, relid, schema, table, name, permissive, command, roles, using, check_is_using,
         check) in rows:
        comment = lookups.comment("pg_policy", oid)
        with_check = using if check_is_using else check
        role_names = tuple(sorted(roles))
        if built is not None:
            source = ("policy", schema, table, name, permissive, command, role_names, using,
                      with_check, comment)
            if (found := built.get(source)) is not None:
                policies.append(found)
                continue
        relation = keys.get(("pg_class", relid))
        policy = _policy(
            table=lookups.relation(relid, schema, table), name=name, permissive=permissive,
            command=_COMMANDS[command], roles=role_names, using=using,
            with_check=with_check, comment=comment,
            depends_on=lookups.depends_on(("pg_policy", oid),
                                          (relation,) if relation is not None else ()))
        if built is not None:
            built[source] = policy
        policies.append(policy)
    return policies
