"""The catalog queries: one ``.sql`` file per object kind, shipped as package data."""

from __future__ import annotations

from functools import cache
from pathlib import Path

# In the order they are sent. Indexes first: the server spends longest on them and sends
# back little, so it works undisturbed while canon is still loading the code that builds
# and compares catalogs (which would otherwise keep the reader waiting to send the next
# query). Then what every object needs to be built (comments, dependencies, the keys of
# referenced objects), the other slow queries last, so that earlier kinds are built while
# the server still works on them.
QUERY_NAMES = (
    "indexes",
    "comments",
    "dependencies",
    "extension_members",
    "schemas",
    "extensions",
    "enums",
    "domains",
    "composites",
    "sequences",
    "functions",
    "tables",
    "views",
    "triggers",
    "grants",
    "constraints",
    "columns",
    "policies",
)


# Given a URL, the inspector reads on two sessions sharing one snapshot: these queries run
# on the second, the others on the first. The split balances what the server spends on each
# side (indexes on one, columns and constraints on the other), registry queries first.
SECOND_SESSION = frozenset({"dependencies", "domains", "composites", "sequences", "tables",
                            "constraints", "columns"})


QUERIES = Path(__file__).parent / "queries"
"""Where the query files are shipped (package data, next to this module)."""


NEWER = "-- PostgreSQL "
"""A line ending ``-- PostgreSQL 15+`` is sent only to servers of version 15 or newer."""

OLDER = "-- before PostgreSQL "
"""A line ending ``-- before PostgreSQL 15`` is sent only to servers older than 15."""


@cache
def query_text(name: str, server_version: int) -> str:
    """The text of ``queries/<name>.sql`` for a server of major version ``server_version``
    (see :func:`for_server`); it takes one parameter, ``%(schemas)s`` (text[])."""
    return for_server((QUERIES / f"{name}.sql").read_text(encoding="utf-8"), server_version)


def for_server(text: str, server_version: int) -> str:
    """``text`` without the lines marked for other versions than ``server_version``.

    A catalog column that only newer servers have is read on a line of its own, marked
    with :data:`NEWER`, next to a line marked with :data:`OLDER` that stands in for it.
    """
    return "".join(line for line in text.splitlines(keepends=True)
                   if _for_version(line.rstrip(), server_version))


def _for_version(line: str, server_version: int) -> bool:
    _, newer, since = line.rpartition(NEWER)
    if newer and since.endswith("+") and since[:-1].isdigit():
        return server_version >= int(since[:-1])
    _, older, until = line.rpartition(OLDER)
    if older and until.isdigit():
        return server_version < int(until)
    return True
