"""One migration or rollback script: its statements, header directives and sha256.

Statements come from PostgreSQL's own grammar (:func:`toolkit.source.parser.parse_sql`), so
every statement keeps its line and column for error messages. A header comment
``-- canon:transactional false`` (before the first statement) runs the script outside a
transaction, for statements such as ``CREATE INDEX CONCURRENTLY``. A script wrapped in its own
``BEGIN; ... COMMIT;`` is accepted (canon runs each script in a transaction anyway); in a
transactional script any other transaction control would break that transaction and is refused.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from toolkit.errors import Location, SourceError
from toolkit.migrate.batch import batch_pieces
from toolkit.source.comments import DIRECTIVE_PREFIX, scan_comments
from toolkit.source.parser import Statement, decode_text, parse_sql

TRANSACTIONAL = "transactional"
_OPENERS = frozenset({"TRANS_STMT_BEGIN", "TRANS_STMT_START"})
_CLOSERS = frozenset({"TRANS_STMT_COMMIT"})
_SAVEPOINTS = frozenset({"TRANS_STMT_SAVEPOINT", "TRANS_STMT_RELEASE", "TRANS_STMT_ROLLBACK_TO"})


@dataclass(frozen=True)
class Script:
    """A parsed script: the statements to run, whether in a transaction, and its sha256."""

    path: Path
    text: str
    sha256: str
    statements: tuple[Statement, ...]
    transactional: bool

    @property
    def changes_session(self) -> bool:
        """Whether the script runs a session-level ``SET`` (its effect outlives the script)."""
        return any(s.kind == "VariableSetStmt" and not s.node.get("is_local")
                   for s in self.statements)

    def sql(self) -> str:
        """The statements as one SQL text (for ``--dry-run``; a batch sends the same text)."""
        return "".join(batch_pieces(self.statements))


def load_script(path: Path) -> Script:
    """Read and parse ``path``; bad SQL or a bad directive raises :class:`SourceError`."""
    data = path.read_bytes()
    text = decode_text(data, path)
    statements = parse_sql(text, path)
    transactional = _transactional(text, path, statements)
    kept = _strip_wrapping_transaction(statements)
    if transactional:
        for statement in kept:
            _refuse_transaction_control(statement)
    return Script(path, text, hashlib.sha256(data).hexdigest(), tuple(kept), transactional)


def _transactional(text: str, path: Path, statements: list[Statement]) -> bool:
    if f"{DIRECTIVE_PREFIX}{TRANSACTIONAL}" not in text:
        return True  # no directive can be there; spares scanning every token of the file
    first = (statements[0].line, statements[0].column) if statements else None
    transactional = True
    for comment in scan_comments(text):
        directive = comment.directive
        if directive is None or directive[0] != TRANSACTIONAL:
            continue
        location = Location(path, comment.line, comment.column)
        if first is not None and (comment.line, comment.column) > first:
            raise SourceError(location, "canon:transactional must be in the header",
                              hint="move it above the first statement")
        if directive[1] not in ("true", "false"):
            raise SourceError(location, f"canon:transactional takes true or false, not "
                              f"{directive[1]!r}", hint="write `-- canon:transactional false`")
        transactional = directive[1] == "true"
    return transactional


def _transaction_kind(statement: Statement) -> str | None:
    if statement.kind != "TransactionStmt":
        return None
    return str(statement.node.get("kind"))


def _strip_wrapping_transaction(statements: list[Statement]) -> list[Statement]:
    if (len(statements) >= 2 and _transaction_kind(statements[0]) in _OPENERS
            and _transaction_kind(statements[-1]) in _CLOSERS):
        return statements[1:-1]
    return statements


def _refuse_transaction_control(statement: Statement) -> None:
    kind = _transaction_kind(statement)
    if kind is None or kind in _SAVEPOINTS:
        return
    raise SourceError(
        statement.location, f"transaction control ({statement.text.strip()}) inside a migration",
        hint="canon runs each migration in its own transaction: remove it, or put "
        "`-- canon:transactional false` in the header for statements that cannot run in a "
        "transaction")
