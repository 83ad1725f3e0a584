"""canon migrate / rollback / status / renumber --database on a real PostgreSQL (in process)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import psycopg
import pytest
from typer.testing import CliRunner

from toolkit.cli import app
from toolkit.config import load_project
from toolkit.migrate import checksums
from toolkit.migrate.directory import MigrationDirectory, file_digest

SEED = Path(__file__).parent / "fixtures" / "migrate" / "seed_003"
runner = CliRunner()


def invoke(project: Path, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["--project", str(project), *args])
    return result.exit_code, result.output


def add(project: Path, stem: str, up: str, down: str | None = None) -> None:
    for folder, text in (("migrations", up), ("rollbacks", down)):
        if text is not None:
            path = project / folder / f"{stem}.sql"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")


def rehash(project: Path) -> None:
    checksums.write(MigrationDirectory.load(load_project(project)))


def query(url: str, text: str) -> list[tuple[object, ...]]:
    with psycopg.connect(url, autocommit=True) as conn:
        cursor = conn.execute(text)  # type: ignore[arg-type]
        return cursor.fetchall() if cursor.description else []


def tables(url: str) -> list[str]:
    return [str(r[0]) for r in query(
        url, "select tablename from pg_tables where schemaname = 'public' order by 1")]


def applied(url: str) -> list[str]:
    return [str(r[0]) for r in query(
        url, "select migration_id from canon._yoyo_migration order by migration_id")]


@pytest.fixture
def three(project: Path) -> Path:
    add(project, "0001_users", "CREATE TABLE users (id int PRIMARY KEY);\n",
        "DROP TABLE users;\n")
    add(project, "0002_orders",
        "CREATE TABLE orders (id int PRIMARY KEY,\n    user_id int REFERENCES users);\n"
        "CREATE INDEX orders_user_idx ON orders (user_id);\n",
        "DROP TABLE orders;\n")
    add(project, "0003_notes", "CREATE TABLE notes (body text);\n", "DROP TABLE notes;\n")
    rehash(project)
    return project


def test_migrate_applies_in_order_and_records_checksums(three: Path, pg_url: str) -> None:
    code, output = invoke(three, "migrate", "--database", pg_url)
    assert code == 0, output
    assert "applied 0001_users" in output and "3 migration(s) applied" in output
    assert tables(pg_url) == ["notes", "orders", "users"]
    assert applied(pg_url) == ["0001_users", "0002_orders", "0003_notes"]
    sums = dict(query(pg_url, "select migration_id, up_sha256 from canon.migration_checksum"))
    assert sums["0002_orders"] == file_digest(three / "migrations" / "0002_orders.sql")
    assert query(pg_url, "select count(*) from canon.yoyo_lock") == [(0,)]
    assert query(pg_url, "select count(*) from canon._yoyo_log where operation = 'apply'") == [
        (3,)]
    code, output = invoke(three, "migrate", "--database", pg_url)
    assert code == 0 and "up to date" in output


def test_migrate_to_version_then_status(three: Path, pg_url: str) -> None:
    code, output = invoke(three, "migrate", "--database", pg_url, "--to", "2")
    assert code == 0, output
    assert applied(pg_url) == ["0001_users", "0002_orders"]
    code, output = invoke(three, "status", "--database", pg_url, "--format", "json")
    assert code == 0, output
    report = json.loads(output)
    assert [(m["name"], m["state"]) for m in report["migrations"]] == [
        ("0001_users", "applied"), ("0002_orders", "applied"), ("0003_notes", "pending")]
    code, output = invoke(three, "status", "--database", pg_url)
    assert code == 0
    assert "0003_notes" in output and "pending" in output
    code, output = invoke(three, "migrate", "--database", pg_url, "--to", "1")
    assert code == 2 and "already at 0002_orders" in output and "rollback --to 1" in output
    code, output = invoke(three, "migrate", "--database", pg_url, "--to", "7")
    assert code == 2 and "no migration has version 7" in output


def test_dry_run_changes_nothing(three: Path, pg_url: str) -> None:
    code, output = invoke(three, "migrate", "--database", pg_url, "--dry-run")
    assert code == 0, output
    assert "-- apply 0002_orders" in output
    assert "CREATE INDEX orders_user_idx ON orders (user_id);" in output
    assert "3 migration(s) would be applied; nothing was changed" in output
    assert tables(pg_url) == []
    assert query(pg_url, "select count(*) from pg_namespace where nspname = 'canon'") == [(0,)]
    invoke(three, "migrate", "--database", pg_url)
    code, output = invoke(three, "rollback", "--database", pg_url, "--steps", "2", "--dry-run")
    assert code == 0, output
    assert output.index("-- rollback 0003_notes") < output.index("-- rollback 0002_orders")
    assert tables(pg_url) == ["notes", "orders", "users"]


def test_failing_statement_rolls_back_the_whole_migration(three: Path, pg_url: str) -> None:
    add(three, "0004_broken", "CREATE TABLE audit (id int);\n\nINSERT INTO audit\n"
        "    SELECT no_such_column FROM users;\n")
    rehash(three)
    code, output = invoke(three, "migrate", "--database", pg_url)
    assert code == 2
    assert "0004_broken.sql:4:12: migration 0004_broken failed: column \"no_such_column\" " \
        "does not exist (SQLSTATE 42703)" in output
    assert "    SELECT no_such_column FROM users;" in output
    assert "nothing of it was applied; the database is still at 0003_notes" in output
    assert "audit" not in tables(pg_url)
    assert applied(pg_url) == ["0001_users", "0002_orders", "0003_notes"]
    assert query(pg_url, "select count(*) from canon.yoyo_lock") == [(0,)]


def failing_migration(project: Path, url: str, stem: str, up: str) -> str:
    """Add migration ``stem`` and run migrate, which must fail with exit 2; its output."""
    add(project, stem, up)
    rehash(project)
    code, output = invoke(project, "migrate", "--database", url)
    assert code == 2, output
    return output


def test_error_without_a_position_names_the_statement_that_failed(three: Path,
                                                                  pg_url: str) -> None:
    # A duplicate table is reported without a position: the statement is found by how many
    # statements of the script the server had finished.
    output = failing_migration(
        three, pg_url, "0004_twice", "-- header\nCREATE TABLE audit (\n    id int\n);\n"
        "INSERT INTO users VALUES (1);\n\n  CREATE TABLE notes (body text);\n"
        "CREATE TABLE never_reached (id int);\n")
    assert ("0004_twice.sql:7:3: migration 0004_twice failed: relation \"notes\" already "
            "exists (SQLSTATE 42P07)") in output
    assert "nothing of it was applied; the database is still at 0003_notes" in output
    assert "audit" not in tables(pg_url) and "never_reached" not in tables(pg_url)
    assert query(pg_url, "select count(*) from users") == [(0,)]
    assert applied(pg_url) == ["0001_users", "0002_orders", "0003_notes"]


def test_error_position_in_a_later_statement_maps_to_its_file_line(three: Path,
                                                                   pg_url: str) -> None:
    output = failing_migration(
        three, pg_url, "0004_late", "CREATE TABLE audit (id int);;\n"
        "COMMENT ON TABLE audit IS 'a;b';\nUPDATE audit\n   SET id = id\n"
        " WHERE missing_column = 1;\n")
    assert ("0004_late.sql:5:8: migration 0004_late failed: column \"missing_column\" does "
            "not exist (SQLSTATE 42703)") in output
    assert "audit" not in tables(pg_url)


def test_syntax_error_is_reported_before_anything_runs(three: Path, pg_url: str) -> None:
    add(three, "0004_typo", "CREATE TABEL x (id int);\n")
    rehash(three)
    code, output = invoke(three, "migrate", "--database", pg_url)
    assert code == 2
    assert "0004_typo.sql:1:" in output and "syntax error" in output
    assert applied(pg_url) == []


def test_non_transactional_migration(three: Path, pg_url: str) -> None:
    add(three, "0004_index_concurrently",
        "-- canon:transactional false\nCREATE INDEX CONCURRENTLY notes_body_idx ON notes (body);\n",
        "-- canon:transactional false\nDROP INDEX CONCURRENTLY notes_body_idx;\n")
    rehash(three)
    code, output = invoke(three, "migrate", "--database", pg_url)
    assert code == 0, output
    assert query(pg_url, "select count(*) from pg_indexes where indexname = 'notes_body_idx'"
                 ) == [(1,)]
    code, output = invoke(three, "rollback", "--database", pg_url, "--steps", "1")
    assert code == 0, output
    assert query(pg_url, "select count(*) from pg_indexes where indexname = 'notes_body_idx'"
                 ) == [(0,)]


def test_wrapping_begin_commit_is_accepted_other_transaction_control_refused(
        project: Path, pg_url: str) -> None:
    add(project, "0001_wrapped", "BEGIN;\nCREATE TABLE a (id int);\nCOMMIT;\n")
    add(project, "0002_commits", "CREATE TABLE b (id int);\nCOMMIT;\nCREATE TABLE c (id int);\n")
    rehash(project)
    code, output = invoke(project, "migrate", "--database", pg_url)
    assert code == 2
    assert "0002_commits.sql:2:1: transaction control (COMMIT) inside a migration" in output
    assert applied(pg_url) == []  # every pending script is read before the first one runs
    (project / "migrations" / "0002_commits.sql").unlink()
    rehash(project)
    assert invoke(project, "migrate", "--database", pg_url)[0] == 0
    assert applied(pg_url) == ["0001_wrapped"]
    assert tables(pg_url) == ["a"]


def test_session_settings_do_not_leak_into_the_next_migration(project: Path,
                                                              pg_url: str) -> None:
    query(pg_url, "create schema other")
    add(project, "0001_sets_path", "SET search_path TO other;\nCREATE TABLE t1 (id int);\n")
    add(project, "0002_plain", "CREATE TABLE t2 (id int);\n")
    rehash(project)
    code, output = invoke(project, "migrate", "--database", pg_url)
    assert code == 0, output
    assert query(pg_url, "select schemaname, tablename from pg_tables "
                 "where tablename in ('t1', 't2') order by 2") == [
        ("other", "t1"), ("public", "t2")]


def test_edited_applied_migration_stops_migrate(three: Path, pg_url: str) -> None:
    invoke(three, "migrate", "--database", pg_url, "--to", "2")
    path = three / "migrations" / "0001_users.sql"
    path.write_text("CREATE TABLE users (id bigint PRIMARY KEY);\n", encoding="utf-8")
    code, output = invoke(three, "migrate", "--database", pg_url)
    assert code == 1
    assert "refusing to migrate" in output and "0001_users.sql" in output
    assert "M006" in output
    rehash(three)  # even with canon.sum agreeing, the database knows what it applied
    code, output = invoke(three, "migrate", "--database", pg_url)
    assert code == 1
    assert f"{path}: changed since it was applied on this database" in output
    assert applied(pg_url) == ["0001_users", "0002_orders"]
    code, output = invoke(three, "status", "--database", pg_url)
    assert code == 1
    assert "changed" in output


def test_changed_rollback_needs_to_be_accepted(three: Path, pg_url: str) -> None:
    invoke(three, "migrate", "--database", pg_url)
    (three / "rollbacks" / "0003_notes.sql").write_text("DROP TABLE IF EXISTS notes;\n")
    rehash(three)
    code, output = invoke(three, "rollback", "--database", pg_url, "--steps", "1")
    assert code == 1 and "0003_notes" in output and "--accept-changed-rollbacks" in output
    code, output = invoke(three, "migrate", "--database", pg_url)
    assert code == 1 and "rollback changed" in output
    code, output = invoke(three, "migrate", "--database", pg_url, "--accept-changed-rollbacks")
    assert code == 0, output
    code, output = invoke(three, "rollback", "--database", pg_url, "--steps", "1")
    assert code == 0, output
    assert "notes" not in tables(pg_url)


def test_rollback_written_after_apply_is_adopted(project: Path, pg_url: str) -> None:
    add(project, "0001_a", "CREATE TABLE a (id int);\n")
    rehash(project)
    assert invoke(project, "migrate", "--database", pg_url)[0] == 0
    add(project, "0001_a", "CREATE TABLE a (id int);\n", "DROP TABLE a;\n")
    rehash(project)
    code, output = invoke(project, "migrate", "--database", pg_url)
    assert code == 0, output
    assert "recorded the current rollback of 0001_a" in output
    assert invoke(project, "rollback", "--database", pg_url, "--to", "0")[0] == 0
    assert tables(pg_url) == []


def test_failing_rollback_leaves_the_database_migrated(three: Path, pg_url: str) -> None:
    invoke(three, "migrate", "--database", pg_url)
    (three / "rollbacks" / "0002_orders.sql").write_text(
        "DROP INDEX orders_user_idx;\nALTER TABLE orders DROP CONSTRAINT orders_user_idx;\n"
        "DROP TABLE orders;\n")
    rehash(three)
    code, output = invoke(three, "migrate", "--database", pg_url,
                          "--accept-changed-rollbacks")
    assert code == 0, output
    code, output = invoke(three, "rollback", "--database", pg_url, "--to", "1")
    assert code == 2
    assert "reverted 0003_notes" in output
    assert ("0002_orders.sql:2:1: rollback 0002_orders failed: constraint \"orders_user_idx\" "
            "of relation \"orders\" does not exist") in output
    assert "still has this migration applied" in output
    assert applied(pg_url) == ["0001_users", "0002_orders"]
    assert query(pg_url, "select count(*) from pg_indexes where indexname = 'orders_user_idx'"
                 ) == [(1,)]
    assert tables(pg_url) == ["orders", "users"]


def test_rollback_refusals(three: Path, pg_url: str) -> None:
    code, output = invoke(three, "rollback", "--database", pg_url)
    assert code == 2 and "exactly one of --to VERSION and --steps N" in output
    invoke(three, "migrate", "--database", pg_url)
    code, output = invoke(three, "rollback", "--database", pg_url, "--steps", "4")
    assert code == 2 and "only 3 migration(s) are applied" in output
    (three / "rollbacks" / "0002_orders.sql").unlink()
    rehash(three)
    code, output = invoke(three, "rollback", "--database", pg_url, "--to", "1")
    assert code == 1 and "0002_orders: has no rollback (rollbacks/0002_orders.sql)" in output
    assert applied(pg_url) == ["0001_users", "0002_orders", "0003_notes"]


def test_missing_or_mismatching_canon_sum_refuses_migrate(three: Path, pg_url: str) -> None:
    (three / "migrations" / "0003_notes.sql").write_text("CREATE TABLE notes (body varchar);\n")
    code, output = invoke(three, "migrate", "--database", pg_url)
    assert code == 1
    assert "migrations/0003_notes.sql: M006 edited after canon.sum recorded it" in output
    (three / "migrations" / "canon.sum").unlink()
    code, output = invoke(three, "migrate", "--database", pg_url)
    assert code == 1
    assert "migrations/canon.sum: M005 canon.sum is missing" in output
    assert query(pg_url, "select count(*) from pg_namespace where nspname = 'canon'") == [(0,)]


def test_out_of_order_and_checkout_behind_the_database(project: Path, pg_url: str) -> None:
    add(project, "0001_a", "CREATE TABLE a (id int);\n")
    add(project, "0004_d", "CREATE TABLE d (id int);\n")
    rehash(project)
    assert invoke(project, "migrate", "--database", pg_url)[0] == 0
    add(project, "0002_from_a_branch", "CREATE TABLE b (id int);\n")
    rehash(project)
    code, output = invoke(project, "migrate", "--database", pg_url)
    assert code == 1
    assert "0002_from_a_branch.sql pending, but 0004_d (version 4) is already applied" in output
    assert "out of order" in output and "(5)" in output
    for name in ("0002_from_a_branch.sql", "0004_d.sql"):
        (project / "migrations" / name).unlink()
    rehash(project)
    code, output = invoke(project, "migrate", "--database", pg_url)
    assert code == 1 and "0004_d: applied, but" in output and "git pull" in output
    assert applied(pg_url) == ["0001_a", "0004_d"]


def test_renumber_refuses_to_move_an_applied_version(project: Path, pg_url: str) -> None:
    add(project, "0001_a", "CREATE TABLE a (id int);\n")
    add(project, "0002_z_applied_here", "CREATE TABLE z (id int);\n")
    rehash(project)
    assert invoke(project, "migrate", "--database", pg_url)[0] == 0
    add(project, "0002_b_from_a_branch", "CREATE TABLE b (id int);\n")
    code, output = invoke(project, "renumber", "--database", pg_url)
    assert code == 0, output
    assert "0002_b_from_a_branch.sql -> 0003_b_from_a_branch.sql" in output
    assert (project / "migrations" / "0002_z_applied_here.sql").exists()
    add(project, "0003_y_applied_elsewhere", "CREATE TABLE y (id int);\n")
    query(pg_url, "insert into canon._yoyo_migration values "
          "('h1', '0003_b_from_a_branch', now()), ('h2', '0003_y_applied_elsewhere', now())")
    code, output = invoke(project, "renumber", "--database", pg_url)
    assert code == 1
    assert "0003_b_from_a_branch.sql and 0003_y_applied_elsewhere.sql are both applied" in output
    assert (project / "migrations" / "0003_y_applied_elsewhere.sql").exists()


def test_stale_lock_row_of_a_crashed_run_is_recovered(three: Path, pg_url: str) -> None:
    invoke(three, "migrate", "--database", pg_url, "--to", "1")
    query(pg_url, "insert into canon.yoyo_lock (locked, ctime, pid) values (1, now(), -4242)")
    code, output = invoke(three, "migrate", "--database", pg_url)
    assert code == 0, output
    assert "removed the lock row left by a crashed canon run (server process 4242)" in output
    assert query(pg_url, "select count(*) from canon.yoyo_lock") == [(0,)]


def test_lock_row_of_a_yoyo_process_is_respected(three: Path, pg_url: str) -> None:
    invoke(three, "migrate", "--database", pg_url, "--to", "1")
    query(pg_url, "insert into canon.yoyo_lock (locked, ctime, pid) values (1, now(), 4242)")
    code, output = invoke(three, "migrate", "--database", pg_url, "--wait", "0.3")
    assert code == 2
    assert "yoyo process 4242 has locked this database" in output
    assert applied(pg_url) == ["0001_users"]


def test_second_run_waits_then_names_the_lock_holder(three: Path, pg_url: str) -> None:
    with psycopg.connect(pg_url, autocommit=True) as holder:
        holder.execute("set application_name = 'someone else'")
        holder.execute("select pg_advisory_lock(%s, 1)", (0x63616E6F,))
        pid = holder.info.backend_pid
        code, output = invoke(three, "migrate", "--database", pg_url, "--wait", "0.5")
    assert code == 2
    assert "another migration run holds the lock on this database after waiting 0.5s" in output
    assert f"server process {pid} (someone else)" in output
    assert tables(pg_url) == []


def test_bad_duration_is_a_usage_error(three: Path, pg_url: str) -> None:
    code, output = invoke(three, "migrate", "--database", pg_url, "--lock-timeout", "5")
    assert code == 2 and "needs a unit" in output
    code, output = invoke(three, "migrate", "--database", pg_url, "--lock-timeout", "5 parsecs")
    assert code == 2 and "is not a duration" in output


def test_lock_timeout_gives_up_on_a_busy_table(three: Path, pg_url: str) -> None:
    invoke(three, "migrate", "--database", pg_url)
    add(three, "0004_alter", "ALTER TABLE notes ADD COLUMN extra int;\n")
    rehash(three)
    with psycopg.connect(pg_url) as busy:
        busy.execute("select * from notes")  # holds ACCESS SHARE until the transaction ends
        code, output = invoke(three, "migrate", "--database", pg_url, "--lock-timeout", "200ms")
        busy.rollback()
    assert code == 2
    assert "canceling statement due to lock timeout (SQLSTATE 55P03)" in output
    assert "raise --lock-timeout" in output


def test_seed_inventory_renumbered_applies_and_reverts(project: Path, pg_url: str) -> None:
    shutil.copytree(SEED / "migrations", project / "migrations")
    code, output = invoke(project, "migrate", "--database", pg_url)
    assert code == 1 and "M001 version 4" in output
    assert invoke(project, "renumber")[0] == 0
    code, output = invoke(project, "migrate", "--database", pg_url)
    assert code == 0, output
    assert "warning: 9 migration(s) have no rollback" in output
    assert len(applied(pg_url)) == 9
    last = query(pg_url, "select migration_id from canon._yoyo_migration "
                 "order by applied_at_utc desc limit 1")
    assert last == [("0009_create_templates",)]
    assert "templates" in tables(pg_url) and "stripe_subscriptions" in tables(pg_url)
    code, output = invoke(project, "rollback", "--database", pg_url, "--steps", "1")
    assert code == 1 and "has no rollback" in output


def test_lost_connection_mid_migration_is_a_clear_error(three: Path, pg_url: str) -> None:
    add(three, "0004_kills_its_session", "CREATE TABLE doomed (id int);\n"
        "SELECT pg_terminate_backend(pg_backend_pid());\n")
    rehash(three)
    code, output = invoke(three, "migrate", "--database", pg_url)
    assert code == 2, output
    assert "0004_kills_its_session" in output and "Traceback" not in output
    assert "terminating connection" in output
    assert "doomed" not in tables(pg_url)
    assert applied(pg_url) == ["0001_users", "0002_orders", "0003_notes"]


def test_plain_yoyo_reads_what_canon_applied(three: Path, pg_url: str) -> None:
    from yoyo import get_backend
    from yoyo.migrations import get_migration_hash

    assert invoke(three, "migrate", "--database", pg_url, "--to", "2")[0] == 0
    backend = get_backend(pg_url.replace("postgresql://", "postgresql+psycopg://", 1)
                          + "?schema=canon")
    try:
        assert backend.get_applied_migration_hashes() == [
            get_migration_hash("0001_users"), get_migration_hash("0002_orders")]
        assert backend._internal_schema_updated is False  # nothing for yoyo to upgrade
    finally:
        backend.connection.close()
