"""Opening psycopg connections with canon's error mapping and password masking."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from toolkit.errors import DatabaseError
from toolkit.secrets import mask_url, redact

if TYPE_CHECKING:
    import psycopg


def connect(url: str, *, autocommit: bool = False, connect_timeout: int = 10) -> psycopg.Connection:
    """Connect to ``url``; an unreachable server raises :class:`DatabaseError`."""
    import psycopg

    masked = mask_url(url)
    try:
        return psycopg.connect(url, autocommit=autocommit, connect_timeout=connect_timeout)
    except psycopg.Error as exc:
        raise DatabaseError(
            f"cannot connect to {masked}: {redact(str(exc)).strip()}",
            hint="check the URL (--database, CANON_DATABASE_URL) and that the server is running",
        ) from exc
    except ValueError as exc:
        raise DatabaseError(f"invalid database URL {masked}: {redact(str(exc))}") from exc


def major_version(conn: psycopg.Connection[Any]) -> int:
    """The major version of the server ``conn`` talks to (18 for 18.1)."""
    return int(conn.info.server_version) // 10000
