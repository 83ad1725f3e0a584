"""Grants from their catalog rows, attached to the objects of the catalog."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from toolkit.inspect.instances import maker
from toolkit.inspect.lookups import Lookups
from toolkit.inspect.snapshot import Rows
from toolkit.model import Grant, ObjectKey

_grant = maker(Grant)


def want_targets(rows: Rows, lookups: Lookups) -> None:
    """Ask for the keys of every granted object."""
    for catalog, oid, *_ in rows:
        lookups.want((catalog, oid))


def build(rows: Iterable[tuple[Any, ...]], lookups: Lookups) -> list[Grant]:
    """Grants from grants.sql's rows (and rows like them), one per object, grantee,
    privilege (and column).

    Grants on objects the catalog does not hold (a serial column's sequence, an extension's
    function) are left out. The same privilege from several grantors is one grant,
    grantable if any grantor gave it WITH GRANT OPTION. A grant the shared pool already
    holds (the same in another catalog built with it) is that object.
    """
    merged: dict[tuple[ObjectKey, str, str, str | None], bool] = {}
    for catalog, oid, column, grantee, privilege, grantable in rows:
        target = lookups.keys.get((catalog, oid))
        if target is None:
            continue
        identity = (target, grantee, privilege, column)
        merged[identity] = merged.get(identity, False) or grantable
    built = lookups.shared.built
    source: tuple[object, ...] = ()
    grants = []
    for identity, grantable in merged.items():
        if built is not None:
            source = ("grant", *identity, grantable)
            if (found := built.get(source)) is not None:
                grants.append(found)
                continue
        target, grantee, privilege, column = identity
        grant = _grant(target=target, grantee=grantee, privilege=privilege,
                       columns=(column,) if column is not None else (), grantable=grantable)
        if built is not None:
            built[source] = grant
        grants.append(grant)
    return grants
