"""Which statements canonical files may contain, and the reader for each."""

from __future__ import annotations

from collections.abc import Callable

from toolkit.source.declarations import Declaration
from toolkit.source.files import SourceFile
from toolkit.source.parser import Statement
from toolkit.source.readers.common import ReadContext
from toolkit.source.readers.functions import read_function
from toolkit.source.readers.relations import read_create_index, read_view
from toolkit.source.readers.security import read_grant, read_policy, read_trigger
from toolkit.source.readers.tables import (
    NON_DECLARATIVE_HINT,
    check_alter_table,
    read_alter_table,
    read_create_table,
)
from toolkit.source.readers.types import (
    read_comment,
    read_composite,
    read_domain,
    read_enum,
    read_extension,
    read_schema,
    read_sequence,
)

Reader = Callable[[Statement, SourceFile, ReadContext], Declaration]

READERS: dict[str, Reader] = {
    "CreateSchemaStmt": read_schema,
    "CreateExtensionStmt": read_extension,
    "CreateEnumStmt": read_enum,
    "CompositeTypeStmt": read_composite,
    "CreateDomainStmt": read_domain,
    "CreateSeqStmt": read_sequence,
    "CreateStmt": read_create_table,
    "IndexStmt": read_create_index,
    "ViewStmt": read_view,
    "CreateTableAsStmt": read_view,
    "CreateFunctionStmt": read_function,
    "CreateTrigStmt": read_trigger,
    "CreatePolicyStmt": read_policy,
    "GrantStmt": read_grant,
    "CommentStmt": read_comment,
    "AlterTableStmt": read_alter_table,
}

# Statements that change data or state instead of declaring it, with what to say.
NON_DECLARATIVE = {
    "DropStmt": "DROP", "InsertStmt": "INSERT", "UpdateStmt": "UPDATE", "DeleteStmt": "DELETE",
    "MergeStmt": "MERGE", "TruncateStmt": "TRUNCATE", "SelectStmt": "SELECT",
    "AlterOwnerStmt": "ALTER ... OWNER TO", "AlterObjectSchemaStmt": "ALTER ... SET SCHEMA",
    "RenameStmt": "ALTER ... RENAME", "AlterSeqStmt": "ALTER SEQUENCE",
    "AlterDomainStmt": "ALTER DOMAIN", "AlterEnumStmt": "ALTER TYPE ... ADD VALUE",
    "AlterFunctionStmt": "ALTER FUNCTION", "AlterPolicyStmt": "ALTER POLICY",
    "AlterExtensionStmt": "ALTER EXTENSION", "AlterDefaultPrivilegesStmt":
    "ALTER DEFAULT PRIVILEGES", "DoStmt": "DO", "VariableSetStmt": "SET",
    "TransactionStmt": "a transaction command", "CopyStmt": "COPY", "CallStmt": "CALL",
    "CreateRoleStmt": "CREATE ROLE", "AlterRoleStmt": "ALTER ROLE", "DropRoleStmt": "DROP ROLE",
    "GrantRoleStmt": "GRANT role", "VacuumStmt": "VACUUM", "RefreshMatViewStmt":
    "REFRESH MATERIALIZED VIEW", "DropOwnedStmt": "DROP OWNED", "ReassignOwnedStmt":
    "REASSIGN OWNED", "LockStmt": "LOCK", "ExplainStmt": "EXPLAIN", "ClusterStmt": "CLUSTER",
    "ReindexStmt": "REINDEX", "AlterTableSpaceOptionsStmt": "ALTER TABLESPACE",
    "CreatedbStmt": "CREATE DATABASE", "DropdbStmt": "DROP DATABASE",
}
ROLE_HINT = ("roles are cluster-wide: create them in a prelude (`prelude = [...]` in "
             "[tool.canon]), which canon applies before the canonical files")


def check_declarative(statement: Statement, file: SourceFile) -> None:
    """Refuse statements that are not declarations, with the place and what to do instead."""
    kind = statement.kind
    if kind == "AlterTableStmt":
        check_alter_table(statement, file)
        return
    if kind == "CreateTableAsStmt" and statement.node.get("objtype") != "OBJECT_MATVIEW":
        raise file.error(statement.start, "non-declarative statement: CREATE TABLE AS",
                         hint="declare the table with CREATE TABLE; canonical files hold no "
                              "data")
    if kind in READERS:
        return
    if kind in NON_DECLARATIVE:
        what = NON_DECLARATIVE[kind]
        hint = ROLE_HINT if "ROLE" in what else NON_DECLARATIVE_HINT
        raise file.error(statement.start, "non-declarative statement: " + what, hint=hint)
    raise file.error(statement.start,
                     "statement not supported in canonical files: " + kind.removesuffix("Stmt"),
                     hint="canonical files hold CREATE statements for schemas, extensions, "
                          "types, tables, indexes, views, functions, triggers and policies, "
                          "plus COMMENT, GRANT and ALTER TABLE ... ENABLE/FORCE ROW LEVEL "
                          "SECURITY or ADD CONSTRAINT")


def read_statement(statement: Statement, file: SourceFile,
                   context: ReadContext) -> Declaration:
    """The declaration of one canonical statement (after :func:`check_declarative`)."""
    return READERS[statement.kind](statement, file, context)
