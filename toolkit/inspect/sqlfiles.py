"""The catalog queries: one ``.sql`` file per object kind, shipped as package data."""

from __future__ import annotations

from functools import cache
from importlib import resources

QUERY_NAMES = (
    "schemas",
    "extensions",
    "enums",
    "domains",
    "composites",
    "sequences",
    "tables",
    "columns",
    "constraints",
    "indexes",
    "views",
    "functions",
    "triggers",
    "policies",
    "grants",
    "comments",
    "dependencies",
)


@cache
def query_text(name: str) -> str:
    """The text of ``queries/<name>.sql``; it takes one parameter, ``%(schemas)s`` (text[])."""
    return resources.files("toolkit.inspect").joinpath("queries", f"{name}.sql").read_text(
        encoding="utf-8")
