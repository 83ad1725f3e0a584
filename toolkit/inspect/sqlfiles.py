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


@cache
def query_text(name: str) -> str:
    """The text of ``queries/<name>.sql``; it takes one parameter, ``%(schemas)s`` (text[])."""
    return (QUERIES / f"{name}.sql").read_text(encoding="utf-8")
