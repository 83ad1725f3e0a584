"""The catalog queries: one ``.sql`` file per object kind, shipped as package data."""

from __future__ import annotations

from functools import cache
from importlib import resources

# In the order they are sent: what every object needs to be built (comments, dependencies,
# the keys of referenced objects) first, the queries that take the server longest last, so
# that earlier kinds are built while the server still works on them.
QUERY_NAMES = (
    "comments",
    "dependencies",
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
    "indexes",
    "policies",
)


@cache
def query_text(name: str) -> str:
    """The text of ``queries/<name>.sql``; it takes one parameter, ``%(schemas)s`` (text[])."""
    return resources.files("toolkit.inspect").joinpath("queries", f"{name}.sql").read_text(
        encoding="utf-8")
