"""Running SQL scripts on scratch databases, with the failing statement located for the user."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from toolkit.errors import CanonError
from toolkit.postgres.connect import connect
from toolkit.secrets import redact


class ScriptError(CanonError):
    """A statement of a script failed on the server."""

    def __init__(self, script: str, index: int, statement: str, server_message: str) -> None:
        first_line = statement.strip().splitlines()[0] if statement.strip() else ""
        super().__init__(
            f"{script}: statement {index + 1} failed: {server_message}\n    {first_line}",
            hint="the generated SQL did not apply; nothing was written")
        self.script = script
        self.statement = statement
        self.server_message = server_message


@dataclass(frozen=True)
class Script:
    """A named list of statements (each without its terminating semicolon)."""

    name: str
    statements: Sequence[str]


def run_statements(url: str, script: Script) -> None:
    """Run ``script`` in one transaction; a failure raises :class:`ScriptError`."""
    import psycopg

    with connect(url) as conn:
        for index, statement in enumerate(script.statements):
            try:
                conn.execute(statement.encode("utf-8"))
            except psycopg.Error as exc:
                raise ScriptError(script.name, index, statement,
                                  redact(str(exc)).strip()) from exc


def run_sql_text(url: str, name: str, text: str) -> None:
    """Run a whole SQL text (several statements) in one transaction."""
    import psycopg

    if not text.strip():
        return
    with connect(url) as conn:
        try:
            conn.execute(text.encode("utf-8"))
        except psycopg.Error as exc:
            raise CanonError(f"{name}: {redact(str(exc)).strip()}",
                             hint="fix the SQL so it loads into an empty database") from exc
