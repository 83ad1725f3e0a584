"""RLS and security rules (SEC): who can read and write which rows, and with whose rights."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from toolkit.lint.files import SourceFile, Spot
from toolkit.lint.findings import Severity
from toolkit.lint.predicates import Predicate, analyse
from toolkit.lint.registry import BOTH_MODES, Hit, Rule, register
from toolkit.lint.schema import SchemaView
from toolkit.lint.state import StatementContext
from toolkit.lint.tree import (
    alter_commands,
    def_elems,
    def_value,
    is_true,
    qualified,
    range_var,
    role_names,
    strings,
    unwrap,
    walk,
)
from toolkit.model import Function, Policy, QualifiedName

WRITE_PRIVILEGES = frozenset({"INSERT", "UPDATE", "DELETE", "TRUNCATE", "ALL"})
CLIENT_ROLES = frozenset({"anon", "public"})
API_ROLES = frozenset({"anon", "authenticated", "public"})
SENSITIVE_COLUMNS = frozenset({"password", "password_hash", "passwd", "secret", "api_key",
                               "apikey", "access_token", "refresh_token", "token", "ssn",
                               "credit_card", "card_number", "secret_key", "private_key"})
_ACTIONS = ("SELECT", "INSERT", "UPDATE", "DELETE")


def _predicates(schema: SchemaView, policy: Policy) -> tuple[Any, Any] | None:
    """``(USING tree, WITH CHECK tree)`` of a policy, or None without a parse tree."""
    declared = schema.tree(policy)
    if declared is None:
        return None
    return declared.node.get("qual"), declared.node.get("with_check")


def _facts(schema: SchemaView, tree: Any) -> Predicate:
    """The analysis of one predicate tree, shared by every rule that asks."""
    cache: dict[int, Predicate] = schema.memo.setdefault("predicates", {})
    found = cache.get(id(tree))
    if found is None:
        found = cache[id(tree)] = analyse(tree)
    return found


def _policy_clauses(schema: SchemaView) -> Iterator[tuple[Policy, SourceFile, Any]]:
    """``(policy, file, tree)`` of each USING and WITH CHECK clause of the declared policies."""
    for policy in schema.catalog.policies:
        declared = schema.tree(policy)
        if declared is None:
            continue
        for tree in (declared.node.get("qual"), declared.node.get("with_check")):
            if tree is not None:
                yield policy, declared.file, tree


def _exposed_policies(schema: SchemaView) -> Iterator[Policy]:
    """Policies that apply to some role that does not bypass RLS."""
    for policy in schema.catalog.policies:
        if not schema.settings.is_trusted(policy.roles):
            yield policy


def _actions(command: str) -> tuple[str, ...]:
    """The commands a policy command covers (ALL is all four)."""
    return _ACTIONS if command == "ALL" else (command,)


def _privileges(node: dict[str, Any]) -> list[str]:
    """Privilege names of a GRANT or REVOKE, upper case (ALL when none are listed)."""
    return [unwrap(item)[1].get("priv_name", "").upper()
            for item in node.get("privileges", ())] or ["ALL"]


def _writes_to_clients(grant: dict[str, Any]) -> tuple[list[str], list[str]]:
    """``(write privileges, client roles)`` a GRANT on tables gives anon or PUBLIC.

    Either list is empty when the statement is a REVOKE, is not about tables, or grants no
    write privilege to a client role.
    """
    if not grant.get("is_grant") or grant.get("objtype") != "OBJECT_TABLE":
        return [], []
    writes = sorted(set(_privileges(grant)) & WRITE_PRIVILEGES)
    grantees = [role for role in role_names(grant.get("grantees")) if role in CLIENT_ROLES]
    return writes, grantees


def _search_path(function: Function) -> str | None:
    """The function's ``SET search_path`` value, or None."""
    for setting in function.config:
        name, _, value = setting.partition("=")
        if name.strip().lower() == "search_path":
            return value
    return None


@register
class TableWithoutRls(Rule):
    """SEC001."""

    code = "SEC001"
    name = "table-without-rls"
    severity = Severity.ERROR
    summary = "table in an exposed schema without row level security"
    explanation = (
        "A table in a schema the API exposes (`exposed_schemas`, `public` by default) is "
        "readable and writable by every role that holds table privileges unless row level "
        "security is enabled. On Supabase, `anon` and `authenticated` hold those privileges "
        "by default, so a table without RLS is public. Enable RLS and write policies, or "
        "move the table to a schema the API does not expose.")
    bad = "CREATE TABLE notes (id bigint PRIMARY KEY, body text);"
    good = ("CREATE TABLE notes (id bigint PRIMARY KEY, body text);\n"
            "ALTER TABLE notes ENABLE ROW LEVEL SECURITY;")

    def check_schema(self, schema: SchemaView) -> Iterator[Hit]:
        """Find where: table in an exposed schema without row level security."""
        for table in schema.exposed_tables():
            if not table.rls_enabled:
                yield Hit(f"table {table.name} is in exposed schema {table.name.schema} but "
                          "row level security is off; enable it with ALTER TABLE ... ENABLE "
                          "ROW LEVEL SECURITY and add policies", schema.where(table))


@register
class RlsWithoutPolicy(Rule):
    """SEC002."""

    code = "SEC002"
    name = "rls-without-policy"
    severity = Severity.WARNING
    summary = "row level security enabled but no policy"
    explanation = (
        "With RLS enabled and no policy, every query from a role without BYPASSRLS sees no "
        "rows and every write fails. That is occasionally intended (a table only the service "
        "role touches) but usually means the policies were forgotten. Add the policies, or "
        "say why with `-- canon:ignore SEC002 reason`.")
    bad = ("CREATE TABLE notes (id bigint PRIMARY KEY, owner_id uuid);\n"
           "ALTER TABLE notes ENABLE ROW LEVEL SECURITY;")
    good = ("CREATE TABLE notes (id bigint PRIMARY KEY, owner_id uuid);\n"
            "ALTER TABLE notes ENABLE ROW LEVEL SECURITY;\n"
            "CREATE POLICY notes_owner ON notes FOR SELECT TO authenticated\n"
            "    USING (owner_id = (SELECT auth.uid()));")

    def check_schema(self, schema: SchemaView) -> Iterator[Hit]:
        """Find where: row level security enabled but no policy."""
        with_policy = {policy.table for policy in schema.catalog.policies}
        for table in schema.catalog.tables:
            if table.rls_enabled and table.name not in with_policy:
                yield Hit(f"table {table.name} has row level security enabled but no policy: "
                          "no role without BYPASSRLS can read or write it", schema.where(table))


@register
class PolicyWithoutRls(Rule):
    """SEC003."""

    code = "SEC003"
    name = "policy-without-rls"
    severity = Severity.ERROR
    summary = "policies on a table whose row level security is off"
    explanation = (
        "Policies only apply once row level security is enabled on the table. A table with "
        "policies but RLS off looks protected in review while every row is visible to every "
        "role with table privileges. Enable RLS on the table.")
    bad = ("CREATE TABLE notes (id bigint PRIMARY KEY, owner_id uuid);\n"
           "CREATE POLICY notes_owner ON notes FOR SELECT TO authenticated\n"
           "    USING (owner_id = (SELECT auth.uid()));")
    good = ("CREATE TABLE notes (id bigint PRIMARY KEY, owner_id uuid);\n"
            "ALTER TABLE notes ENABLE ROW LEVEL SECURITY;\n"
            "CREATE POLICY notes_owner ON notes FOR SELECT TO authenticated\n"
            "    USING (owner_id = (SELECT auth.uid()));")

    def check_schema(self, schema: SchemaView) -> Iterator[Hit]:
        """Find where: policies on a table whose row level security is off."""
        reported: set[QualifiedName] = set()
        for policy in schema.catalog.policies:
            table = schema.table(policy.table)
            if table is None or table.rls_enabled or policy.table in reported:
                continue
            reported.add(policy.table)
            yield Hit(f"policy {policy.name!r} is on table {policy.table}, whose row level "
                      "security is off, so no policy applies; enable row level security",
                      schema.where(policy))


@register
class WritePolicyAlwaysTrue(Rule):
    """SEC004."""

    code = "SEC004"
    name = "write-policy-always-true"
    severity = Severity.ERROR
    summary = "a write policy whose check is always true"
    explanation = (
        "A policy for INSERT, UPDATE, DELETE or ALL whose check is `true` lets every caller "
        "of the listed roles write any row: insert rows owned by someone else, or change and "
        "delete every row. Compare the row's owner with the caller's identity instead.")
    bad = ("CREATE POLICY anyone_inserts ON notes FOR INSERT TO anon\n"
           "    WITH CHECK (true);")
    good = ("CREATE POLICY owner_inserts ON notes FOR INSERT TO authenticated\n"
            "    WITH CHECK (owner_id = (SELECT auth.uid()));")

    def check_schema(self, schema: SchemaView) -> Iterator[Hit]:
        """Find where: a write policy whose check is always true."""
        for policy in _exposed_policies(schema):
            if policy.command == "SELECT" or not policy.permissive:
                continue
            trees = _predicates(schema, policy)
            if trees is None:
                continue
            using, check = trees
            effective = check if check is not None else using
            if policy.command == "DELETE":
                effective = using
            if effective is not None and is_true(effective):
                clause = "USING" if effective is using else "WITH CHECK"
                yield Hit(f"policy {policy.name!r} on {policy.table} lets "
                          f"{', '.join(policy.roles)} {policy.command.lower()} any row: its "
                          f"{clause} is always true; compare an owner column with auth.uid()",
                          schema.where(policy))


@register
class PolicyNotTiedToIdentity(Rule):
    """SEC005."""

    code = "SEC005"
    name = "policy-not-tied-to-identity"
    severity = Severity.ERROR
    summary = "a policy that does not tie rows to the requesting identity"
    explanation = (
        "A policy meant to limit callers to their own rows must compare the row's owner "
        "column with the caller's identity: `auth.uid()`, `current_user`, or a "
        "`current_setting(...)` claim. A predicate such as `user_hash IS NOT NULL` mentions "
        "the owner column but never asks whose row it is, so any caller reads (or changes) "
        "every owned row. Write policies (INSERT, UPDATE, DELETE, ALL) must always tie rows "
        "to the caller; read policies are checked when they mention an owner column.")
    bad = ("CREATE POLICY read_own ON generated_content FOR SELECT TO anon\n"
           "    USING (user_hash IS NOT NULL);")
    good = ("CREATE POLICY read_own ON generated_content FOR SELECT TO authenticated\n"
            "    USING (user_hash = (SELECT auth.jwt() ->> 'sub'));")

    def check_schema(self, schema: SchemaView) -> Iterator[Hit]:
        """Find where: a policy that does not tie rows to the requesting identity."""
        for policy in _exposed_policies(schema):
            trees = _predicates(schema, policy)
            if trees is None:
                continue
            for clause, tree in zip(("USING", "WITH CHECK"), trees, strict=True):
                if tree is None or is_true(tree):
                    continue
                facts = _facts(schema, tree)
                if facts.ties_to_identity or facts.delegated_calls:
                    continue
                owners = facts.owner_columns
                writes = policy.command != "SELECT"
                if not owners and not writes:
                    continue
                if owners:
                    column = owners[0][0]
                    detail = (f"its {clause} reads {column} but never compares it with the "
                              "caller's identity, so any caller matches every owned row")
                else:
                    detail = (f"its {clause} does not depend on the caller, so any caller "
                              f"can {policy.command.lower()} the rows it matches")
                yield Hit(f"policy {policy.name!r} on {policy.table} does not tie rows to the "
                          f"requesting identity: {detail}; compare the owner column with "
                          "auth.uid(), current_user or current_setting(...)",
                          schema.where(policy))


@register
class MultiplePermissivePolicies(Rule):
    """SEC006."""

    code = "SEC006"
    name = "multiple-permissive-policies"
    severity = Severity.WARNING
    summary = "several permissive policies for one role and command"
    explanation = (
        "Permissive policies combine with OR, and PostgreSQL evaluates every one of them for "
        "every row. Two permissive policies for the same role and command double the work and "
        "make the effective rule hard to review: one too-broad policy silently widens the "
        "other. Merge them into one policy per role and command (or make the narrowing one "
        "RESTRICTIVE).")
    bad = ("CREATE POLICY own_rows ON notes FOR SELECT TO authenticated\n"
           "    USING (owner_id = (SELECT auth.uid()));\n"
           "CREATE POLICY public_rows ON notes FOR SELECT TO authenticated\n"
           "    USING (is_public);")
    good = ("CREATE POLICY readable_rows ON notes FOR SELECT TO authenticated\n"
            "    USING (is_public OR owner_id = (SELECT auth.uid()));")

    def check_schema(self, schema: SchemaView) -> Iterator[Hit]:
        """Find where: several permissive policies for one role and command."""
        seen: dict[tuple[QualifiedName, str, str], Policy] = {}
        reported: set[tuple[str, str]] = set()
        for policy in schema.catalog.policies:
            if not policy.permissive:
                continue
            for role in policy.roles:
                for action in _actions(policy.command):
                    key = (policy.table, role, action)
                    earlier = seen.setdefault(key, policy)
                    if earlier is policy or (policy.name, earlier.name) in reported:
                        continue
                    reported.add((policy.name, earlier.name))
                    yield Hit(f"policies {earlier.name!r} and {policy.name!r} on "
                              f"{policy.table} are both permissive for role {role} and "
                              f"{action}; merge them into one policy", schema.where(policy))


@register
class PerRowAuthCall(Rule):
    """SEC007."""

    code = "SEC007"
    name = "per-row-auth-call"
    severity = Severity.WARNING
    summary = "auth.uid() called per row instead of (select auth.uid())"
    explanation = (
        "A bare `auth.uid()` (or `auth.jwt()`, `current_setting(...)`) in a policy is "
        "evaluated again for every row the query touches. Wrapped in a sub-select, "
        "`(SELECT auth.uid())`, PostgreSQL evaluates it once per statement as an init plan, "
        "which on large tables is the difference between milliseconds and seconds.")
    bad = ("CREATE POLICY own_rows ON notes FOR SELECT TO authenticated\n"
           "    USING (owner_id = auth.uid());")
    good = ("CREATE POLICY own_rows ON notes FOR SELECT TO authenticated\n"
            "    USING (owner_id = (SELECT auth.uid()));")

    def check_schema(self, schema: SchemaView) -> Iterator[Hit]:
        """Find where: auth.uid() called per row instead of (select auth.uid())."""
        for policy, file, tree in _policy_clauses(schema):
            for name, offset in _facts(schema, tree).per_row_calls:
                yield Hit(f"policy {policy.name!r} on {policy.table} calls {name}() for "
                          f"every row; write (SELECT {name}()) so it runs once",
                          Spot(file, offset))
                break


@register
class PolicyReadsUserMetadata(Rule):
    """SEC008."""

    code = "SEC008"
    name = "policy-reads-user-metadata"
    severity = Severity.ERROR
    summary = "policy trusts user-editable metadata"
    explanation = (
        "`user_metadata` in the JWT (`raw_user_meta_data` in auth.users) is written by the "
        "user through the client library. A policy that grants access based on it lets any "
        "user grant themselves that access. Keep roles and permissions in `app_metadata` or "
        "in a table only trusted code writes.")
    bad = ("CREATE POLICY admins ON reports FOR SELECT TO authenticated\n"
           "    USING ((SELECT auth.jwt()) -> 'user_metadata' ->> 'role' = 'admin');")
    good = ("CREATE POLICY admins ON reports FOR SELECT TO authenticated\n"
            "    USING ((SELECT auth.jwt()) -> 'app_metadata' ->> 'role' = 'admin');")

    def check_schema(self, schema: SchemaView) -> Iterator[Hit]:
        """Find where: policy trusts user-editable metadata."""
        for policy, file, tree in _policy_clauses(schema):
            for offset in _facts(schema, tree).metadata_reads:
                yield Hit(f"policy {policy.name!r} on {policy.table} reads user_metadata, "
                          "which every user can edit; use app_metadata or a table",
                          Spot(file, offset))
                break


@register
class SecurityDefinerSearchPath(Rule):
    """SEC009."""

    code = "SEC009"
    name = "security-definer-without-search-path"
    severity = Severity.ERROR
    summary = "SECURITY DEFINER function without SET search_path"
    explanation = (
        "A SECURITY DEFINER function runs with its owner's rights but resolves unqualified "
        "names through the caller's search_path. A caller who can create objects in any "
        "schema on that path can make the function call their own `now()` or read their own "
        "table, with the owner's rights. Pin the path: `SET search_path = ''` and qualify "
        "names, or `SET search_path = pg_catalog, pg_temp`.")
    bad = ("CREATE FUNCTION grant_credits(p_user uuid) RETURNS void\n"
           "LANGUAGE sql SECURITY DEFINER AS $$ UPDATE credits SET n = n + 1 $$;")
    good = ("CREATE FUNCTION grant_credits(p_user uuid) RETURNS void\n"
            "LANGUAGE sql SECURITY DEFINER SET search_path = ''\n"
            "AS $$ UPDATE public.credits SET n = n + 1 $$;")

    def check_schema(self, schema: SchemaView) -> Iterator[Hit]:
        """Find where: SECURITY DEFINER function without SET search_path."""
        for function in schema.catalog.functions:
            if function.security_definer and _search_path(function) is None:
                yield Hit(f"SECURITY DEFINER function {function.name}({function.signature}) "
                          "does not set search_path; add SET search_path = ''",
                          schema.where(function))


@register
class FunctionSearchPathMutable(Rule):
    """SEC010."""

    code = "SEC010"
    name = "function-search-path-mutable"
    severity = Severity.INFO
    enabled_by_default = False
    summary = "function in an exposed schema without a fixed search_path"
    explanation = (
        "A function without `SET search_path` resolves names through the caller's path, so "
        "its meaning depends on who calls it. Triggers and functions called from policies "
        "are the usual victims. Opt in with `enable = [\"SEC010\"]` to require a fixed path "
        "on every function in an exposed schema.")
    bad = "CREATE FUNCTION total() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM t $$;"
    good = ("CREATE FUNCTION total() RETURNS bigint LANGUAGE sql SET search_path = ''\n"
            "AS $$ SELECT count(*) FROM public.t $$;")

    def check_schema(self, schema: SchemaView) -> Iterator[Hit]:
        """Find where: function in an exposed schema without a fixed search_path."""
        for function in schema.catalog.functions:
            if (not function.security_definer and _search_path(function) is None
                    and schema.settings.is_exposed(function.name.schema)):
                yield Hit(f"function {function.name}({function.signature}) has no fixed "
                          "search_path; add SET search_path = ''", schema.where(function))


@register
class ViewBypassesRls(Rule):
    """SEC011."""

    code = "SEC011"
    name = "view-bypasses-rls"
    severity = Severity.ERROR
    summary = "view in an exposed schema without security_invoker"
    explanation = (
        "A view runs its query with the rights of the view's owner, usually a role that "
        "bypasses RLS, so selecting from the view returns rows the caller's policies would "
        "hide. Since PostgreSQL 15 `WITH (security_invoker = true)` makes the view check the "
        "caller's privileges and policies.")
    bad = "CREATE VIEW recent_notes AS SELECT * FROM notes;"
    good = "CREATE VIEW recent_notes WITH (security_invoker = true) AS SELECT * FROM notes;"

    def check_schema(self, schema: SchemaView) -> Iterator[Hit]:
        """Find where: view in an exposed schema without security_invoker."""
        for view in schema.catalog.views:
            if view.materialized or not schema.settings.is_exposed(view.name.schema):
                continue
            invoker = any(option.replace(" ", "").lower() in (
                "security_invoker=true", "security_invoker=on", "security_invoker=1",
                "security_invoker=yes") for option in view.options)
            if not invoker:
                yield Hit(f"view {view.name} runs as its owner and bypasses row level "
                          "security; create it WITH (security_invoker = true)",
                          schema.where(view))


@register
class WriteGrantToPublic(Rule):
    """SEC012."""

    code = "SEC012"
    name = "write-grant-to-anon"
    severity = Severity.ERROR
    kinds = ("GrantStmt",)
    summary = "INSERT/UPDATE/DELETE granted to anon or PUBLIC"
    explanation = (
        "Granting INSERT, UPDATE, DELETE, TRUNCATE or ALL to `anon` or `PUBLIC` lets "
        "unauthenticated callers (or every role in the cluster) write the table; only row "
        "level security, if it is on and right, stands between them and the data, and "
        "TRUNCATE ignores RLS entirely. Grant writes to `authenticated` (or a narrower role) "
        "and keep anon read-only.")
    bad = "GRANT INSERT, UPDATE ON notes TO anon;"
    good = "GRANT SELECT ON notes TO anon;\nGRANT INSERT, UPDATE ON notes TO authenticated;"

    def check_statement(self, ctx: StatementContext) -> Iterator[Hit]:
        """Find where: INSERT/UPDATE/DELETE granted to anon or PUBLIC."""
        writes, grantees = _writes_to_clients(ctx.node)
        if writes and grantees:
            yield Hit(f"{', '.join(writes)} granted to {', '.join(grantees)}: unauthenticated "
                      "callers can write these tables; grant writes to authenticated",
                      ctx.spot())


@register
class DefaultPrivilegesWriteToPublic(Rule):
    """SEC013."""

    code = "SEC013"
    name = "default-privileges-write-to-anon"
    severity = Severity.ERROR
    kinds = ("AlterDefaultPrivilegesStmt",)
    summary = "default privileges grant writes on future tables to anon or PUBLIC"
    explanation = (
        "ALTER DEFAULT PRIVILEGES applies to every table created later, including ones whose "
        "authors never see this statement. Granting INSERT, UPDATE, DELETE or ALL on future "
        "tables to `anon` or `PUBLIC` makes each new table writable by unauthenticated "
        "callers until someone remembers RLS.")
    bad = "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON TABLES TO anon;"
    good = "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO anon;"

    def check_statement(self, ctx: StatementContext) -> Iterator[Hit]:
        """Find where: default privileges grant writes on future tables to anon or PUBLIC."""
        writes, grantees = _writes_to_clients(ctx.node.get("action", {}))
        if writes and grantees:
            yield Hit(f"default privileges grant {', '.join(writes)} on future tables to "
                      f"{', '.join(grantees)}", ctx.spot())


@register
class AuthUsersExposed(Rule):
    """SEC014."""

    code = "SEC014"
    name = "auth-users-exposed"
    severity = Severity.ERROR
    summary = "view in an exposed schema reads auth.users"
    explanation = (
        "auth.users holds every user's e-mail, phone and metadata. A view over it in an "
        "exposed schema publishes those columns through the API to every role that can "
        "select from the view. Copy the public profile fields into a table of your own, "
        "protected by RLS.")
    bad = "CREATE VIEW people AS SELECT id, email FROM auth.users;"
    good = ("CREATE VIEW people WITH (security_invoker = true) AS\n"
            "    SELECT id, display_name FROM public.profiles;")

    def check_schema(self, schema: SchemaView) -> Iterator[Hit]:
        """Find where: view in an exposed schema reads auth.users."""
        for view in schema.catalog.views:
            declared = schema.tree(view)
            if declared is None or not schema.settings.is_exposed(view.name.schema):
                continue
            for kind, fields in walk(declared.node.get("query")):
                if kind == "RangeVar" and range_var(fields) == ("auth", "users"):
                    yield Hit(f"view {view.name} exposes auth.users through the API",
                              Spot(declared.file, int(fields.get("location", 0))))
                    break


@register
class ExtensionInPublic(Rule):
    """SEC015."""

    code = "SEC015"
    name = "extension-in-public"
    severity = Severity.WARNING
    summary = "extension installed in the public schema"
    explanation = (
        "An extension created without `WITH SCHEMA` lands in the first schema of the "
        "search_path, normally `public`, where its functions become API endpoints and its "
        "objects mix with yours. Install extensions into a dedicated schema.")
    bad = "CREATE EXTENSION pg_trgm;"
    good = "CREATE EXTENSION pg_trgm WITH SCHEMA extensions;"

    def check_schema(self, schema: SchemaView) -> Iterator[Hit]:
        """Find where: extension installed in the public schema."""
        for extension in schema.catalog.extensions:
            if extension.schema == "public":
                yield Hit(f"extension {extension.name} is installed in schema public; "
                          "use CREATE EXTENSION ... WITH SCHEMA extensions",
                          schema.where(extension))


@register
class MaterializedViewInApi(Rule):
    """SEC016."""

    code = "SEC016"
    name = "materialized-view-in-api"
    severity = Severity.WARNING
    summary = "materialized view in an exposed schema"
    explanation = (
        "Materialized views cannot have row level security: whoever may select from one sees "
        "every row it stored. In an exposed schema that is every API caller with the "
        "default grants. Keep materialized views in a private schema and expose a "
        "security_invoker view or a function that filters them.")
    bad = "CREATE MATERIALIZED VIEW totals AS SELECT owner_id, count(*) FROM notes GROUP BY 1;"
    good = ("CREATE MATERIALIZED VIEW private.totals AS\n"
            "    SELECT owner_id, count(*) FROM notes GROUP BY 1;")

    def check_schema(self, schema: SchemaView) -> Iterator[Hit]:
        """Find where: materialized view in an exposed schema."""
        for view in schema.catalog.views:
            if view.materialized and schema.settings.is_exposed(view.name.schema):
                yield Hit(f"materialized view {view.name} is in exposed schema "
                          f"{view.name.schema} and cannot be protected by row level security",
                          schema.where(view))


@register
class ForeignTableInApi(Rule):
    """SEC017."""

    code = "SEC017"
    name = "foreign-table-in-api"
    severity = Severity.WARNING
    kinds = ("CreateForeignTableStmt",)
    summary = "foreign table in an exposed schema"
    explanation = (
        "Foreign tables do not support row level security. In an exposed schema every API "
        "caller with the default grants reads (and maybe writes) the remote data. Keep "
        "foreign tables in a private schema.")
    bad = "CREATE FOREIGN TABLE remote_orders (id bigint) SERVER warehouse;"
    good = "CREATE FOREIGN TABLE private.remote_orders (id bigint) SERVER warehouse;"

    def check_statement(self, ctx: StatementContext) -> Iterator[Hit]:
        """Find where: foreign table in an exposed schema."""
        relation = ctx.node.get("base", {}).get("relation", {})
        schema, name = range_var(relation, ctx.default_schema)
        if ctx.settings.is_exposed(schema):
            yield Hit(f"foreign table {schema}.{name} is in an exposed schema and cannot be "
                      "protected by row level security", ctx.spot())


@register
class SecurityDefinerExecutable(Rule):
    """SEC018."""

    code = "SEC018"
    name = "security-definer-executable-by-anon"
    severity = Severity.WARNING
    summary = "SECURITY DEFINER function callable by every role"
    explanation = (
        "Functions are executable by PUBLIC unless that is revoked, and a function in an "
        "exposed schema is an API endpoint. A SECURITY DEFINER function there lets anonymous "
        "callers run code with the owner's rights. Revoke EXECUTE from PUBLIC (and anon) and "
        "grant it to the roles that need it.")
    bad = ("CREATE FUNCTION admin_reset() RETURNS void LANGUAGE sql SECURITY DEFINER\n"
           "SET search_path = '' AS $$ DELETE FROM public.sessions $$;")
    good = ("CREATE FUNCTION admin_reset() RETURNS void LANGUAGE sql SECURITY DEFINER\n"
            "SET search_path = '' AS $$ DELETE FROM public.sessions $$;\n"
            "REVOKE EXECUTE ON FUNCTION admin_reset() FROM PUBLIC, anon;")

    def check_schema(self, schema: SchemaView) -> Iterator[Hit]:
        """Find where: SECURITY DEFINER function callable by every role."""
        revoked_functions: set[tuple[str, str]] = set()
        revoked_schemas: set[str] = set()
        for _, statement in schema.statements("GrantStmt"):
            node = statement.node
            if node.get("is_grant") or "public" not in role_names(node.get("grantees")):
                continue
            if not {"EXECUTE", "ALL"} & set(_privileges(node)):
                continue
            for item in node.get("objects", ()):
                kind, fields = unwrap(item)
                if kind == "ObjectWithArgs":
                    revoked_functions.add(qualified(strings(fields.get("objname")),
                                                    schema.settings.default_schema))
                elif kind == "String":
                    revoked_schemas.add(fields.get("sval", ""))
        for function in schema.catalog.functions:
            if not function.security_definer or not schema.settings.is_exposed(
                    function.name.schema):
                continue
            key = (function.name.schema, function.name.name)
            if key in revoked_functions or function.name.schema in revoked_schemas:
                continue
            yield Hit(f"SECURITY DEFINER function {function.name}({function.signature}) is "
                      "executable by PUBLIC; REVOKE EXECUTE ... FROM PUBLIC, anon",
                      schema.where(function))


@register
class SensitiveColumnsReadable(Rule):
    """SEC019."""

    code = "SEC019"
    name = "sensitive-columns-readable"
    severity = Severity.ERROR
    summary = "secret-looking columns readable by every caller"
    explanation = (
        "A table with columns such as `password_hash`, `api_key` or `access_token` and a "
        "SELECT policy that is always true for anon or authenticated hands those secrets to "
        "every caller: policies filter rows, not columns. Move the secrets to a table without "
        "such a policy, or revoke SELECT on those columns.")
    bad = ("CREATE TABLE accounts (id bigint PRIMARY KEY, api_key text);\n"
           "ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;\n"
           "CREATE POLICY read_all ON accounts FOR SELECT TO anon USING (true);")
    good = ("CREATE TABLE accounts (id bigint PRIMARY KEY, display_name text);\n"
            "ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;\n"
            "CREATE POLICY read_all ON accounts FOR SELECT TO anon USING (true);")

    def check_schema(self, schema: SchemaView) -> Iterator[Hit]:
        """Find where: secret-looking columns readable by every caller."""
        for policy in _exposed_policies(schema):
            if policy.command not in ("SELECT", "ALL") or not API_ROLES & set(policy.roles):
                continue
            trees = _predicates(schema, policy)
            if trees is None or trees[0] is None or not is_true(trees[0]):
                continue
            table = schema.table(policy.table)
            if table is None:
                continue
            secrets = [column.name for column in table.columns
                       if column.name.lower() in SENSITIVE_COLUMNS]
            if secrets:
                yield Hit(f"policy {policy.name!r} lets {', '.join(policy.roles)} read every "
                          f"row of {policy.table}, including {', '.join(secrets)}",
                          schema.where(policy))


@register
class RlsDisabled(Rule):
    """SEC020."""

    code = "SEC020"
    name = "rls-disabled"
    severity = Severity.ERROR
    modes = BOTH_MODES
    kinds = ("AlterTableStmt",)
    summary = "ALTER TABLE ... DISABLE ROW LEVEL SECURITY"
    explanation = (
        "Disabling row level security turns every policy of the table off at once: from that "
        "moment every role with table privileges reads and writes every row. If a policy is "
        "wrong, replace the policy; do not switch RLS off.")
    bad = "ALTER TABLE notes DISABLE ROW LEVEL SECURITY;"
    good = ("DROP POLICY notes_owner ON notes;\n"
            "CREATE POLICY notes_owner ON notes FOR SELECT TO authenticated\n"
            "    USING (owner_id = (SELECT auth.uid()));")

    def check_statement(self, ctx: StatementContext) -> Iterator[Hit]:
        """Find where: ALTER TABLE ... DISABLE ROW LEVEL SECURITY."""
        schema, name = range_var(ctx.node.get("relation"), ctx.default_schema)
        for subtype, _ in alter_commands(ctx.node):
            if subtype in ("AT_DisableRowSecurity", "AT_NoForceRowSecurity"):
                what = "disables" if subtype == "AT_DisableRowSecurity" else "stops forcing"
                yield Hit(f"statement {what} row level security on {schema}.{name}; every "
                          "policy stops applying", ctx.spot())


@register
class GrantOptionToClients(Rule):
    """SEC021."""

    code = "SEC021"
    name = "grant-option-to-api-role"
    severity = Severity.ERROR
    kinds = ("GrantStmt",)
    summary = "privileges granted WITH GRANT OPTION to an API role"
    explanation = (
        "WITH GRANT OPTION lets the grantee pass the privilege on to any other role. Given to "
        "`anon`, `authenticated` or `PUBLIC`, it means any API caller who reaches SQL can "
        "widen access for everyone. API roles never need to grant privileges.")
    bad = "GRANT SELECT ON notes TO authenticated WITH GRANT OPTION;"
    good = "GRANT SELECT ON notes TO authenticated;"

    def check_statement(self, ctx: StatementContext) -> Iterator[Hit]:
        """Find where: privileges granted WITH GRANT OPTION to an API role."""
        node = ctx.node
        if not node.get("is_grant") or not node.get("grant_option"):
            return
        roles = [role for role in role_names(node.get("grantees")) if role in API_ROLES]
        if roles:
            yield Hit(f"privileges granted WITH GRANT OPTION to {', '.join(roles)}",
                      ctx.spot())


@register
class PlaintextPassword(Rule):
    """SEC022."""

    code = "SEC022"
    name = "plaintext-password"
    severity = Severity.ERROR
    modes = BOTH_MODES
    kinds = ("CreateRoleStmt", "AlterRoleStmt")
    summary = "a role password written in SQL"
    explanation = (
        "A password in CREATE ROLE or ALTER ROLE ends up in version control, in CI logs and "
        "in the server log. Create the role without a password and set it out of band "
        "(`\\password` in psql, or your platform's secret store).")
    bad = "CREATE ROLE reporting LOGIN PASSWORD 'hunter2';"
    good = "CREATE ROLE reporting LOGIN;"

    def check_statement(self, ctx: StatementContext) -> Iterator[Hit]:
        """Find where: a role password written in SQL."""
        elem = def_elems(ctx.node.get("options")).get("password")
        if elem is not None and isinstance(def_value(elem), str):
            role = ctx.node.get("role") or "role"
            if isinstance(role, dict):
                role = role.get("rolename", "role")
            yield Hit(f"password of {role} is written in the SQL; set it out of band",
                      ctx.spot(int(elem.get("location", 0))))


@register
class DefinerSearchPathUnsafe(Rule):
    """SEC023."""

    code = "SEC023"
    name = "security-definer-unsafe-search-path"
    severity = Severity.WARNING
    summary = "SECURITY DEFINER search_path includes a schema callers can write"
    explanation = (
        "Setting search_path on a SECURITY DEFINER function only helps if no schema on it is "
        "writable by untrusted roles. `public` (writable by everyone before PostgreSQL 15, "
        "and often still) and `$user` are not safe. Use `SET search_path = ''` and qualify "
        "every name, or list only trusted schemas followed by `pg_temp`.")
    bad = ("CREATE FUNCTION f() RETURNS void LANGUAGE sql SECURITY DEFINER\n"
           "SET search_path = public AS $$ SELECT 1 $$;")
    good = ("CREATE FUNCTION f() RETURNS void LANGUAGE sql SECURITY DEFINER\n"
            "SET search_path = '' AS $$ SELECT 1 $$;")

    def check_schema(self, schema: SchemaView) -> Iterator[Hit]:
        """Find where: SECURITY DEFINER search_path includes a schema callers can write."""
        for function in schema.catalog.functions:
            path = _search_path(function)
            if not function.security_definer or path is None:
                continue
            entries = [entry.strip().strip('"').lower() for entry in path.split(",")]
            unsafe = [entry for entry in entries if entry in ("public", "$user")]
            if unsafe:
                yield Hit(f"SECURITY DEFINER function {function.name}({function.signature}) "
                          f"searches {', '.join(unsafe)}; use SET search_path = ''",
                          schema.where(function))


@register
class PolicyForEveryRole(Rule):
    """SEC024."""

    code = "SEC024"
    name = "policy-without-role"
    severity = Severity.INFO
    summary = "policy without a TO clause applies to every role"
    explanation = (
        "A policy without `TO` applies to PUBLIC: to anon as well as authenticated users, "
        "and its predicate is evaluated for anonymous requests too. Name the roles the "
        "policy is for; it documents intent and skips the work for everyone else.")
    bad = ("CREATE POLICY own_rows ON notes FOR SELECT\n"
           "    USING (owner_id = (SELECT auth.uid()));")
    good = ("CREATE POLICY own_rows ON notes FOR SELECT TO authenticated\n"
            "    USING (owner_id = (SELECT auth.uid()));")

    def check_schema(self, schema: SchemaView) -> Iterator[Hit]:
        """Find where: policy without a TO clause applies to every role."""
        for policy in schema.catalog.policies:
            if policy.roles == ("public",) and schema.settings.is_exposed(policy.table.schema):
                yield Hit(f"policy {policy.name!r} on {policy.table} has no TO clause and "
                          "applies to every role, anon included", schema.where(policy))
