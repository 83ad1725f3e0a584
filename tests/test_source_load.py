"""Compiled scripts load into a real PostgreSQL that has the prelude, and match the server."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import psycopg
import pytest

from toolkit.config import load_project
from toolkit.model import ConstraintKind
from toolkit.postgres.scratch import ScratchServer
from toolkit.source import compile_project, prelude_sql

FIXTURES = Path(__file__).parent / "fixtures" / "source"
BENCH = Path(__file__).parent.parent / "bench"


def apply(url: str, *scripts: str) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        for script in scripts:
            conn.execute(script.encode())


def rows(url: str, query: str) -> set[tuple[object, ...]]:
    with psycopg.connect(url) as conn:
        return {tuple(row) for row in conn.execute(query.encode()).fetchall()}


def generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("canon_bench_generate", BENCH / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.versioned
def test_every_object_kind_loads_and_matches_the_server(pg_url: str) -> None:
    config = load_project(FIXTURES / "all_kinds")
    compiled = compile_project(config)
    apply(pg_url, prelude_sql(config), compiled.sql)
    catalog = compiled.catalog
    declared = [t for t in catalog.tables if t.partition_of is None]
    server_constraints = rows(pg_url, """
        select c.relname, con.conname from pg_constraint con
        join pg_class c on c.oid = con.conrelid
        join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'app' and con.contype in ('p', 'u', 'c', 'f', 'x')
          and not c.relispartition""")
    ours = {(t.name.name, c.name) for t in declared for c in t.constraints}
    assert ours == server_constraints, "generated constraint names are the server's"
    server_indexes = rows(pg_url, """
        select i.relname from pg_index x join pg_class i on i.oid = x.indexrelid
        join pg_class t on t.oid = x.indrelid join pg_namespace n on n.oid = t.relnamespace
        where n.nspname = 'app' and not t.relispartition""")
    index_backed = {(c.name,) for t in declared for c in t.constraints
                    if c.kind in (ConstraintKind.PRIMARY_KEY, ConstraintKind.UNIQUE,
                                  ConstraintKind.EXCLUDE)}
    assert {(i.name,) for i in catalog.indexes} | index_backed == server_indexes
    assert rows(pg_url, """
        select relname, relrowsecurity, relforcerowsecurity from pg_class
        where relnamespace = 'app'::regnamespace and relname in ('accounts', 'invoices')""") == {
        ("accounts", True, False), ("invoices", True, True)}
    assert rows(pg_url, "select policyname, permissive, array_to_string(roles, ','), cmd "
                        "from pg_policies where schemaname = 'app'") == {
        ("accounts_owner", "PERMISSIVE", "authenticated", "ALL"),
        ("invoices_read", "RESTRICTIVE", "anon,authenticated", "SELECT")}
    assert rows(pg_url, "select tgname from pg_trigger where not tgisinternal") == {
        (t.name,) for t in catalog.triggers}
    assert rows(pg_url, """
        select obj_description('app.accounts'::regclass, 'pg_class'),
               col_description('app.accounts'::regclass, 3),
               obj_description('app.account_total(uuid)'::regprocedure, 'pg_proc')""") == {
        ("One row per user", "Shown in the UI", "Sum of the account's invoices")}
    assert rows(pg_url, """
        select has_table_privilege('authenticated', 'app.accounts', 'SELECT'),
               has_column_privilege('authenticated', 'app.accounts', 'full_name', 'UPDATE'),
               has_column_privilege('authenticated', 'app.accounts', 'email', 'UPDATE'),
               has_function_privilege('anon', 'app.is_owner(uuid)', 'EXECUTE'),
               has_table_privilege('service_role', 'app.events_2024', 'SELECT')""") == {
        (True, True, False, False, True)}
    assert rows(pg_url, "select c.relname, p.relname from pg_inherits i "
                        "join pg_class c on c.oid = i.inhrelid "
                        "join pg_class p on p.oid = i.inhparent "
                        "where p.relname = 'events'") == {
        ("events_2024", "events"), ("events_default", "events")}


@pytest.mark.versioned
def test_foreign_key_cycle_loads(pg_url: str) -> None:
    config = load_project(FIXTURES / "brand_voice")
    compiled = compile_project(config)
    apply(pg_url, compiled.sql)
    assert rows(pg_url, """
        select conrelid::regclass::text, confrelid::regclass::text, confdeltype
        from pg_constraint where contype = 'f'""") == {
        ("brand_profiles", "voice_fingerprints", "n"),
        ("voice_fingerprints", "brand_profiles", "c"),
        ("voice_samples", "brand_profiles", "c")}


@pytest.mark.versioned
def test_synthetic_project_with_rls_loads(pg_url: str, tmp_path: Path) -> None:
    generator().generate(tmp_path, 40)
    config = load_project(tmp_path)
    compiled = compile_project(config)
    apply(pg_url, prelude_sql(config), compiled.sql)
    assert rows(pg_url, "select count(*) from pg_policies") == {(40,)}
    assert rows(pg_url, "select count(*) from pg_proc where proname like 't%_total'") == {(40,)}


@pytest.mark.versioned
def test_prelude_runs_again_and_in_other_databases(pg_server: ScratchServer,
                                                    pg_url: str) -> None:
    config = load_project(FIXTURES / "all_kinds")
    prelude = prelude_sql(config)
    apply(pg_url, prelude, prelude)
    with pg_server.database() as other:
        apply(other, prelude)
        assert rows(other, """
            select rolname, rolbypassrls from pg_roles
            where rolname in ('anon', 'authenticated', 'service_role')""") == {
            ("anon", False), ("authenticated", False), ("service_role", True)}
        with psycopg.connect(other) as conn:
            conn.execute("select set_config('request.jwt.claims', %s, false)",
                         ['{"sub": "6b3b8f1e-0000-4000-8000-000000000001", "role": "anon"}'])
            row = conn.execute("select auth.uid()::text, auth.role(), auth.jwt() ->> 'sub'"
                               ).fetchone()
            assert row == ("6b3b8f1e-0000-4000-8000-000000000001", "anon",
                           "6b3b8f1e-0000-4000-8000-000000000001")
            conn.execute("select set_config('request.jwt.claim.sub', %s, false)",
                         ["6b3b8f1e-0000-4000-8000-000000000002"])
            row = conn.execute("select auth.uid()::text").fetchone()
            assert row == ("6b3b8f1e-0000-4000-8000-000000000002",)
