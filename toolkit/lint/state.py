"""What a statement rule sees: the statement, its file, and in a migration what came before."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from toolkit.lint.files import SourceFile, Spot
from toolkit.lint.settings import LintSettings
from toolkit.lint.tree import range_var, strings
from toolkit.source.parser import Statement


@dataclass
class MigrationState:
    """What earlier statements of the same migration file did (the file's history so far)."""

    created_tables: set[tuple[str, str]] = field(default_factory=set)
    created_indexes: set[tuple[str, str]] = field(default_factory=set)
    created_types: set[tuple[str, str]] = field(default_factory=set)
    open_transaction: bool = False
    explicit_transaction: bool = False
    lock_timeout: bool = False
    statement_timeout: bool = False
    lock_timeout_reported: bool = False
    statement_timeout_reported: bool = False
    not_valid_constraints: set[tuple[str, str, str]] = field(default_factory=set)
    open_begin: Statement | None = None

    @property
    def in_transaction(self) -> bool:
        """Whether the statement runs inside a transaction block."""
        return self.open_transaction

    def is_new_table(self, schema: str, name: str) -> bool:
        """Whether this migration created the table (so it holds no rows yet)."""
        return (schema, name) in self.created_tables

    def update(self, statement: Statement, default_schema: str) -> None:
        """Record what ``statement`` did, after the rules looked at it."""
        node = statement.node
        kind = statement.kind
        if kind in ("CreateStmt", "CreateTableAsStmt"):
            relation = node.get("relation") or node.get("into", {}).get("rel")
            self.created_tables.add(range_var(relation, default_schema))
        elif kind == "IndexStmt" and node.get("idxname"):
            schema = (node.get("relation") or {}).get("schemaname") or default_schema
            self.created_indexes.add((schema, node["idxname"]))
        elif kind in ("CreateEnumStmt", "CreateDomainStmt"):
            names = strings(node.get("typeName") or node.get("domainname"))
            schema = names[-2] if len(names) > 1 else default_schema
            self.created_types.add((schema, names[-1] if names else ""))
        elif kind == "TransactionStmt":
            self._transaction(statement)
        elif kind == "VariableSetStmt":
            name = node.get("name", "")
            if name == "lock_timeout":
                self.lock_timeout = True
            elif name == "statement_timeout":
                self.statement_timeout = True
        elif kind == "AlterTableStmt":
            table = range_var(node.get("relation"), default_schema)
            for cmd in node.get("cmds", ()):
                fields: dict[str, Any] = cmd.get("AlterTableCmd", {})
                constraint = fields.get("def", {}).get("Constraint", {})
                if fields.get("subtype") == "AT_AddConstraint" and constraint.get(
                        "skip_validation"):
                    self.not_valid_constraints.add((*table, constraint.get("conname", "")))

    def _transaction(self, statement: Statement) -> None:
        """Track BEGIN, COMMIT and ROLLBACK."""
        kind = statement.node.get("kind", "")
        # PostgreSQL does not nest transactions: a second BEGIN only warns, and the first
        # COMMIT ends the one transaction there is.
        if kind in ("TRANS_STMT_BEGIN", "TRANS_STMT_START"):
            if not self.in_transaction:
                self.open_begin = statement
            self.open_transaction = True
            self.explicit_transaction = True
        elif kind in ("TRANS_STMT_COMMIT", "TRANS_STMT_ROLLBACK", "TRANS_STMT_COMMIT_PREPARED",
                      "TRANS_STMT_ROLLBACK_PREPARED", "TRANS_STMT_PREPARE"):
            self.open_transaction = False
            self.open_begin = None
            self.not_valid_constraints.clear()


@dataclass
class StatementContext:
    """One statement handed to a rule, with its file, settings and migration state."""

    file: SourceFile
    statement: Statement
    settings: LintSettings
    state: MigrationState | None = None
    cache: dict[int, Any] = field(default_factory=dict)

    @property
    def node(self) -> dict[str, Any]:
        """The statement's parse tree (the fields under its kind)."""
        return self.statement.node

    @property
    def kind(self) -> str:
        """The statement's node type (``CreateStmt``, ``IndexStmt``, ...)."""
        return self.statement.kind

    @property
    def default_schema(self) -> str:
        """Schema of unqualified names."""
        return self.settings.default_schema

    def spot(self, offset: int | None = None) -> Spot:
        """A place in the statement: ``offset`` (a byte offset) or the statement's start."""
        if offset is None or offset < self.statement.start:
            offset = self.statement.start
        return Spot(self.file, offset)

    def is_new_table(self, schema: str, name: str) -> bool:
        """Whether the table was created earlier in the same migration file."""
        return self.state is not None and self.state.is_new_table(schema, name)
