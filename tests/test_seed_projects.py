"""The four seed projects load onto a real PostgreSQL and their functions and policies hold."""

from __future__ import annotations

import json
import shutil
import threading
import uuid
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

from toolkit.config import ProjectConfig, load_project
from toolkit.postgres.scratch import ScratchServer
from toolkit.source import compile_project, prelude_sql

REPO = Path(__file__).resolve().parent.parent

PROJECTS = {
    "infinite-pages": (REPO, 23),
    "character-platform": (REPO / "examples" / "character-platform", 12),
    "blog-ai": (REPO / "examples" / "blog-ai", 16),
    "creator-platform": (REPO / "examples" / "creator-platform", 22),
}


def load(url: str, config: ProjectConfig) -> None:
    """Apply the project's prelude, then its canonical files compiled into one ordered script."""
    notices: list[str] = []
    with psycopg.connect(url) as conn:
        conn.add_notice_handler(lambda notice: notices.append(str(notice.message_primary)))
        conn.execute(prelude_sql(config))
        conn.execute(compile_project(config).sql)
    # A truncated identifier would never match its declaration.
    assert [notice for notice in notices if "truncated" in notice] == []


def scalar(conn: psycopg.Connection, query: str | sql.Composable, *params: object) -> object:
    """The single value ``query`` returns."""
    row = conn.execute(query, params).fetchone()  # type: ignore[arg-type]
    assert row is not None
    return row[0]


# --- every project loads and follows the house rules -------------------------------------


@pytest.mark.parametrize("name", sorted(PROJECTS))
def test_project_loads_with_keys_fk_indexes_and_rls(pg_url: str, name: str) -> None:
    root, table_count = PROJECTS[name]
    load(pg_url, load_project(root))
    with psycopg.connect(pg_url) as conn:
        tables = conn.execute(
            "select c.relname, c.relrowsecurity from pg_class c "
            "where c.relnamespace = 'public'::regnamespace and c.relkind = 'r' "
            "order by 1").fetchall()
        assert len(tables) == table_count
        assert [t for t, rls in tables if not rls] == []
        without_policy = conn.execute(
            "select c.relname from pg_class c where c.relnamespace = 'public'::regnamespace "
            "and c.relkind = 'r' and not exists (select 1 from pg_policy p "
            "where p.polrelid = c.oid) order by 1").fetchall()
        assert without_policy == []
        without_key = conn.execute(
            "select c.relname from pg_class c where c.relnamespace = 'public'::regnamespace "
            "and c.relkind = 'r' and not exists (select 1 from pg_constraint k "
            "where k.conrelid = c.oid and k.contype = 'p') order by 1").fetchall()
        assert without_key == []
        # Every foreign key's columns lead some index of the referencing table.
        unindexed = conn.execute(
            "select k.conrelid::regclass::text, k.conname from pg_constraint k "
            "where k.contype = 'f' and k.connamespace = 'public'::regnamespace "
            "and not exists (select 1 from pg_index i where i.indrelid = k.conrelid "
            "and i.indpred is null "
            "and (i.indkey::int2[])[0:cardinality(k.conkey) - 1] @> k.conkey "
            "and (i.indkey::int2[])[0:cardinality(k.conkey) - 1] <@ k.conkey) "
            "order by 1, 2").fetchall()
        assert unindexed == []
        # SECURITY DEFINER functions pin an empty search_path.
        unpinned = conn.execute(
            "select p.proname from pg_proc p where p.pronamespace = 'public'::regnamespace "
            "and p.prosecdef and not coalesce('search_path=\"\"' = any(p.proconfig), false) "
            "order by 1").fetchall()
        assert unpinned == []
        # anon never writes.
        anon_writes = conn.execute(
            "select table_name, privilege_type from information_schema.role_table_grants "
            "where grantee = 'anon' and table_schema = 'public' "
            "and privilege_type in ('INSERT', 'UPDATE', 'DELETE', 'TRUNCATE') "
            "union select table_name, privilege_type "
            "from information_schema.column_privileges where grantee = 'anon' "
            "and table_schema = 'public' and privilege_type in ('INSERT', 'UPDATE')"
        ).fetchall()
        assert anon_writes == []


def test_root_uses_timestamptz_numeric_money_and_text(pg_url: str) -> None:
    load(pg_url, load_project(REPO))
    with psycopg.connect(pg_url) as conn:
        rows = conn.execute(
            "select table_name, column_name, data_type from information_schema.columns "
            "where table_schema = 'public' and data_type in ('timestamp without time zone', "
            "'character varying', 'character', 'money', 'real', 'double precision')"
        ).fetchall()
        assert rows == []
        money = conn.execute(
            "select table_name, column_name, data_type from information_schema.columns "
            "where table_schema = 'public' and (column_name like '%usd%' "
            "or column_name like '%cost%') and data_type <> 'numeric'").fetchall()
        assert money == []
        assert scalar(conn, "select count(*) from pg_class where relname = 'credit_balances' "
                            "and relkind = 'v'") == 1
        columns = {row[0] for row in conn.execute(
            "select column_name from information_schema.columns "
            "where table_schema = 'public' and table_name = 'profiles'").fetchall()}
        assert "credits_balance" not in columns
        assert {"cache_hits", "cache_discount_earned", "is_creator", "creator_tier",
                "total_earnings_usd", "pending_payout_usd", "stripe_connect_account_id",
                "stripe_account_status", "stripe_charges_enabled", "stripe_payouts_enabled",
                "display_name"} <= columns
        named = {row[0] for row in conn.execute(
            "select indexname from pg_indexes where schemaname = 'public'")}
        assert {"idx_creator_earnings_creator_id", "idx_creator_earnings_created_at",
                "idx_payouts_creator_status"} <= named


# --- root project behaviour ----------------------------------------------------------------


@pytest.fixture(scope="module")
def root_template(pg_server: ScratchServer) -> str:
    """A template database holding the prelude and the root project."""
    config = load_project(REPO)
    return pg_server.create_template("canon_seed_infinite_pages", lambda url: load(url, config))


@pytest.fixture
def db(pg_server: ScratchServer, root_template: str) -> Iterator[str]:
    """A fresh database with the root project loaded."""
    with pg_server.database(root_template) as url:
        yield url


def add_user(conn: psycopg.Connection, name: str, credits: int = 0) -> uuid.UUID:
    """An auth user with a profile and ``credits`` bought; returns the id."""
    user_id = uuid.uuid4()
    conn.execute("insert into auth.users (id, email) values (%s, %s)",
                 (user_id, f"{name}@example.com"))
    conn.execute("insert into public.profiles (id, email, full_name, is_creator) "
                 "values (%s, %s, %s, true)", (user_id, f"{name}@example.com", name))
    if credits:
        conn.execute("insert into public.credit_transactions "
                     "(user_id, transaction_type, amount, balance_after) "
                     "values (%s, 'purchase', %s, %s)", (user_id, credits, credits))
    return user_id


def add_story(conn: psycopg.Connection, owner: uuid.UUID, title: str,
              status: str = "published") -> uuid.UUID:
    """A story of ``owner``; returns its id."""
    row = conn.execute("insert into public.stories (user_id, title, status) "
                       "values (%s, %s, %s) returning id", (owner, title, status)).fetchone()
    assert row is not None
    return uuid.UUID(str(row[0]))


def claims(conn: psycopg.Connection, user_id: uuid.UUID | None, role: str) -> None:
    """Act, for the rest of the transaction, as ``role`` with a JWT for ``user_id``."""
    conn.execute(sql.SQL("set local role {}").format(sql.Identifier(role)))
    payload = {"role": role} if user_id is None else {"sub": str(user_id), "role": role}
    conn.execute("select set_config('request.jwt.claims', %s, true)", (json.dumps(payload),))


ALLOCATE = "select public.allocate_creator_earnings(%s, %s, %s, %s, %s)"


def test_allocation_moves_credits_and_earnings_atomically(db: str) -> None:
    with psycopg.connect(db, autocommit=True) as conn:
        reader = add_user(conn, "reader", credits=50)
        creator = add_user(conn, "creator")
        story = add_story(conn, creator, "The Long Night")

        conn.execute(ALLOCATE, (reader, creator, story, 30, Decimal("0.21")))

        assert scalar(conn, "select public.credit_balance(%s)", reader) == 20
        assert conn.execute(
            "select transaction_type, amount, balance_after, reference_id "
            "from public.credit_transactions where user_id = %s and amount < 0",
            (reader,)).fetchall() == [("spend", -30, 20, story)]
        assert conn.execute(
            "select e.credits_earned, e.usd_equivalent, e.reader_id, t.user_id "
            "from public.creator_earnings e join public.credit_transactions t "
            "on t.id = e.transaction_id where e.creator_id = %s",
            (creator,)).fetchall() == [(30, Decimal("0.2100"), reader, reader)]
        assert scalar(conn, "select total_accumulated_usd from "
                            "public.creator_earnings_accumulation where creator_id = %s",
                      creator) == Decimal("0.2100")
        assert conn.execute("select total_earnings_usd, pending_payout_usd "
                            "from public.profiles where id = %s", (creator,)).fetchone() == (
            Decimal("0.2100"), Decimal("0.2100"))

        # Needing more than the balance changes nothing anywhere.
        with pytest.raises(psycopg.errors.CheckViolation, match="insufficient credits"):
            conn.execute(ALLOCATE, (reader, creator, story, 21, Decimal("0.15")))
        assert scalar(conn, "select public.credit_balance(%s)", reader) == 20
        assert scalar(conn, "select count(*) from public.creator_earnings") == 1
        assert scalar(conn, "select total_earnings_usd from public.profiles where id = %s",
                      creator) == Decimal("0.2100")
        balances = conn.execute(
            "select credits_balance, credits_earned_total, credits_spent_total "
            "from public.credit_balances where user_id = %s", (reader,)).fetchone()
        assert balances == (20, 50, 30)


def test_allocation_refuses_spending_someone_elses_credits(db: str) -> None:
    with psycopg.connect(db) as conn:
        reader = add_user(conn, "reader", credits=50)
        other = add_user(conn, "other")
        creator = add_user(conn, "creator")
        story = add_story(conn, creator, "Tides")
        conn.commit()
        claims(conn, other, "authenticated")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(ALLOCATE, (reader, creator, story, 10, Decimal("0.07")))
        conn.rollback()
        claims(conn, reader, "authenticated")
        conn.execute(ALLOCATE, (reader, creator, story, 10, Decimal("0.07")))
        assert scalar(conn, "select credits_balance from public.credit_balances") == 40


def test_concurrent_allocations_never_overdraw(db: str) -> None:
    with psycopg.connect(db, autocommit=True) as conn:
        reader = add_user(conn, "reader", credits=100)
        creator = add_user(conn, "creator")
        story = add_story(conn, creator, "Twenty Doors")

    attempts = 20
    barrier = threading.Barrier(attempts)
    outcomes: list[str] = []
    lock = threading.Lock()

    def allocate() -> None:
        with psycopg.connect(db, autocommit=True) as own:
            barrier.wait()
            try:
                own.execute(ALLOCATE, (reader, creator, story, 10, Decimal("0.07")))
                outcome = "ok"
            except psycopg.errors.CheckViolation:
                outcome = "insufficient"
        with lock:
            outcomes.append(outcome)

    threads = [threading.Thread(target=allocate) for _ in range(attempts)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(outcomes) == ["insufficient"] * 10 + ["ok"] * 10
    with psycopg.connect(db) as conn:
        assert scalar(conn, "select public.credit_balance(%s)", reader) == 0
        ledger = conn.execute(
            "select amount, balance_after from public.credit_transactions "
            "where user_id = %s order by balance_after desc", (reader,)).fetchall()
        assert [amount for amount, _ in ledger] == [100] + [-10] * 10
        assert sorted(after for _, after in ledger) == list(range(0, 101, 10))
        assert sum(amount for amount, _ in ledger) == 0
        assert scalar(conn, "select count(*) from public.creator_earnings") == 10
        assert scalar(conn, "select total_accumulated_usd from "
                            "public.creator_earnings_accumulation") == Decimal("0.7000")
        assert scalar(conn, "select total_earnings_usd from public.profiles where id = %s",
                      creator) == Decimal("0.7000")


def test_rls_owners_see_and_change_only_their_rows(db: str) -> None:
    with psycopg.connect(db) as conn:
        a = add_user(conn, "alice", credits=10)
        b = add_user(conn, "bob", credits=20)
        a_draft = add_story(conn, a, "Alice draft", "draft")
        b_draft = add_story(conn, b, "Bob draft", "draft")
        b_public = add_story(conn, b, "Bob published")
        conn.execute("insert into public.user_library (user_id, story_id) values (%s, %s)",
                     (b, b_public))
        conn.commit()

        claims(conn, a, "authenticated")
        assert conn.execute("select id from public.profiles").fetchall() == [(a,)]
        assert {row[0] for row in conn.execute("select id from public.stories")} == {
            a_draft, b_public}
        assert conn.execute("select user_id, credits_balance "
                            "from public.credit_balances").fetchall() == [(a, 10)]
        assert scalar(conn, "select count(*) from public.credit_transactions "
                            "where user_id = %s", b) == 0
        assert scalar(conn, "select count(*) from public.user_library") == 0

        assert conn.execute("update public.profiles set display_name = 'A' "
                            "where id = %s", (a,)).rowcount == 1
        assert conn.execute("update public.profiles set display_name = 'B' "
                            "where id = %s", (b,)).rowcount == 0
        assert conn.execute("update public.stories set title = 'mine' "
                            "where id = %s", (a_draft,)).rowcount == 1
        assert conn.execute("update public.stories set title = 'stolen' "
                            "where id in (%s, %s)", (b_draft, b_public)).rowcount == 0
        assert conn.execute("delete from public.stories where id = %s",
                            (b_public,)).rowcount == 0
        conn.commit()

        claims(conn, a, "authenticated")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("update public.profiles set total_earnings_usd = 1000 "
                         "where id = %s", (a,))
        conn.rollback()

        claims(conn, a, "authenticated")
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute("insert into public.stories (user_id, title) values (%s, 'fake')",
                         (b,))
        conn.rollback()

    with psycopg.connect(db) as conn:
        assert conn.execute("select display_name from public.profiles order by email"
                            ).fetchall() == [("A",), (None,)]
        assert conn.execute("select title from public.stories where user_id = %s "
                            "order by title", (b,)).fetchall() == [
            ("Bob draft",), ("Bob published",)]


def test_rls_anon_reads_only_published_stories(db: str) -> None:
    with psycopg.connect(db) as conn:
        a = add_user(conn, "alice")
        add_story(conn, a, "Draft", "draft")
        published = add_story(conn, a, "Out now")
        conn.execute("insert into public.chapters (story_id, chapter_number, content) "
                     "values (%s, 1, 'Once')", (published,))
        conn.commit()

        claims(conn, None, "anon")
        assert conn.execute("select title from public.stories").fetchall() == [("Out now",)]
        assert scalar(conn, "select count(*) from public.chapters") == 1
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("select * from public.profiles")
        conn.rollback()
        claims(conn, None, "anon")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("insert into public.stories (user_id, title) values (%s, 'x')", (a,))
        conn.rollback()
        claims(conn, None, "anon")
        with pytest.raises(psycopg.errors.InsufficientPrivilege,
                           match="allocate_creator_earnings"):
            conn.execute(ALLOCATE, (a, a, published, 1, 0))


def test_chapter_trigger_keeps_story_metrics(db: str) -> None:
    with psycopg.connect(db, autocommit=True) as conn:
        owner = add_user(conn, "writer")
        story = add_story(conn, owner, "Metrics", "draft")
        other = add_story(conn, owner, "Other", "draft")
        insert = ("insert into public.chapters (story_id, chapter_number, word_count, "
                  "tokens_used_input, tokens_used_output, generation_cost_usd) "
                  "values (%s, %s, %s, %s, %s, %s) returning id")
        first = scalar(conn, insert, story, 1, 1000, 100, 1500, Decimal("0.0125"))
        scalar(conn, insert, story, 2, 800, 90, 1200, Decimal("0.0100"))
        conn.execute("update public.chapters set word_count = 1200 where id = %s", (first,))
        conn.execute("delete from public.chapters where chapter_number = 2")
        scalar(conn, insert, story, 3, 500, 10, 20, Decimal("0.0010"))
        conn.execute("update public.chapters set story_id = %s where id = %s", (other, first))

        metrics = ("select word_count, chapter_count, total_tokens_used, total_cost_usd "
                   "from public.stories where id = %s")
        derived = ("select coalesce(sum(word_count), 0), count(*), "
                   "coalesce(sum(tokens_used_input + tokens_used_output), 0), "
                   "coalesce(sum(generation_cost_usd), 0) from public.chapters "
                   "where story_id = %s")
        for story_id in (story, other):
            assert conn.execute(metrics, (story_id,)).fetchone() == conn.execute(
                derived, (story_id,)).fetchone()
        assert conn.execute(metrics, (story,)).fetchone() == (500, 1, 30, Decimal("0.001000"))


def test_monthly_payouts_pay_whole_cents_once_per_month(db: str) -> None:
    with psycopg.connect(db, autocommit=True) as conn:
        rich = add_user(conn, "rich")
        poor = add_user(conn, "poor")
        disabled = add_user(conn, "disabled")
        conn.execute("update public.profiles set stripe_payouts_enabled = true "
                     "where id in (%s, %s)", (rich, poor))
        for creator, usd in ((rich, "30.1275"), (poor, "3.5000"), (disabled, "99.0000")):
            conn.execute("insert into public.creator_earnings_accumulation "
                         "(creator_id, total_accumulated_usd) values (%s, %s)", (creator, usd))
            conn.execute("update public.profiles set total_earnings_usd = %s, "
                         "pending_payout_usd = %s where id = %s", (usd, usd, creator))

        batch = scalar(conn, "select public.process_monthly_payouts('2025-03-31')")
        assert conn.execute(
            "select batch_date::text, total_creators_paid, total_amount_usd, processing_status "
            "from public.monthly_payout_batches where id = %s", (batch,)).fetchone() == (
            "2025-03-01", 1, Decimal("30.12"), "processing")
        assert conn.execute("select creator_id, amount_usd from public.individual_payouts"
                            ).fetchall() == [(rich, Decimal("30.12"))]
        assert scalar(conn, "select total_accumulated_usd from "
                            "public.creator_earnings_accumulation where creator_id = %s",
                      rich) == Decimal("0.0075")
        assert scalar(conn, "select pending_payout_usd from public.profiles where id = %s",
                      rich) == Decimal("0.0075")
        with pytest.raises(psycopg.errors.UniqueViolation, match="already exists"):
            conn.execute("select public.process_monthly_payouts('2025-03-15')")

    with psycopg.connect(db) as conn:
        claims(conn, rich, "authenticated")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("select public.process_monthly_payouts('2025-04-30')")
        conn.rollback()
        claims(conn, rich, "authenticated")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("select * from public.individual_payouts")


def test_cache_reward_grows_with_repeat_hits(db: str) -> None:
    with psycopg.connect(db) as conn:
        user = add_user(conn, "reader")
        conn.execute("insert into public.infinite_pages_cache "
                     "(cache_key, content_type, user_id, prompt_hash, content) "
                     "values ('fantasy:dragon', 'chapter', %s, 'h1', '{}')", (user,))
        conn.commit()
        claims(conn, user, "authenticated")
        reward = ("select hit_count, discounted_cost, credits_saved from "
                  "public.calculate_cache_reward(%s, 'fantasy:dragon', 10)")
        assert conn.execute(reward, (user,)).fetchone() == (1, Decimal("9.0000"),
                                                            Decimal("1.0000"))
        assert conn.execute(reward, (user,)).fetchone() == (2, Decimal("8.0000"),
                                                            Decimal("3.0000"))
        for _ in range(5):
            conn.execute(reward, (user,))
        assert conn.execute(reward, (user,)).fetchone() == (8, Decimal("5.0000"),
                                                            Decimal("30.0000"))
        assert conn.execute("select cache_hits, cache_discount_earned from public.profiles"
                            ).fetchone() == (8, Decimal("30.0000"))
        assert scalar(conn, "select hit_count from public.infinite_pages_cache") == 8


# --- character platform ---------------------------------------------------------------------

CHARACTERS = REPO / "examples" / "character-platform"


def index_names(url: str) -> set[str]:
    """Names of the indexes in schema public of the database at ``url``."""
    with psycopg.connect(url) as conn:
        return {row[0] for row in conn.execute(
            "select indexname from pg_indexes where schemaname = 'public'")}


def test_character_platform_drops_indexes_that_duplicate_constraints(
        pg_server: ScratchServer, pg_url: str) -> None:
    load(pg_url, load_project(CHARACTERS))
    with pg_server.database() as original_url:
        with psycopg.connect(original_url) as conn:
            conn.execute((CHARACTERS / "original" / "schema.sql").read_text(encoding="utf-8"))
        original = index_names(original_url)
    canonical = index_names(pg_url)
    assert original - canonical == {
        "idx_users_email", "idx_users_auth0_id", "idx_users_username",
        "idx_user_profiles_user_id", "idx_user_credits_user_id",
        "idx_api_credit_configs_endpoint", "idx_character_ratings_character_id"}
    assert canonical - original == {"idx_character_ratings_user_id"}


def test_character_platform_owners_and_credits(pg_url: str) -> None:
    load(pg_url, load_project(CHARACTERS))
    with psycopg.connect(pg_url) as conn:
        ids = {}
        for name in ("ann", "ben"):
            row = conn.execute(
                "insert into public.users (email, auth0_id, username) "
                "values (%s, %s, %s) returning id",
                (f"{name}@example.com", f"auth0|{name}", name)).fetchone()
            assert row is not None
            ids[name] = row[0]
            conn.execute("insert into public.user_credits (user_id, current_balance) "
                         "values (%s, 5)", (ids[name],))
            for public in (True, False):
                conn.execute("insert into public.characters "
                             "(user_id, name, prompt, style_type, is_public) "
                             "values (%s, %s, 'a knight', 'fantasy', %s)",
                             (ids[name], f"{name}-{public}", public))
        conn.commit()

        conn.execute("set local role authenticated")
        conn.execute("select set_config('request.jwt.claims', %s, true)",
                     (json.dumps({"sub": "auth0|ann", "role": "authenticated"}),))
        assert conn.execute("select username from public.users").fetchall() == [("ann",)]
        assert {row[0] for row in conn.execute("select name from public.characters")} == {
            "ann-True", "ann-False", "ben-True"}
        assert conn.execute("update public.characters set name = 'mine' "
                            "where user_id = %s", (ids["ben"],)).rowcount == 0
        assert scalar(conn, "select public.spend_credits(3, 'portrait')") == 2
        with pytest.raises(psycopg.errors.CheckViolation, match="insufficient credits"):
            conn.execute("select public.spend_credits(3, 'portrait')")
        conn.rollback()

        claims(conn, None, "anon")
        assert {row[0] for row in conn.execute("select name from public.characters")} == {
            "ann-True", "ben-True"}


# --- blog AI -------------------------------------------------------------------------------

BLOG = REPO / "examples" / "blog-ai"


def test_blog_ai_declares_the_circular_foreign_key(pg_url: str) -> None:
    load(pg_url, load_project(BLOG))
    with psycopg.connect(pg_url) as conn:
        edges = conn.execute(
            "select conrelid::regclass::text, confrelid::regclass::text from pg_constraint "
            "where contype = 'f' and conrelid in "
            "('public.brand_profiles'::regclass, 'public.voice_fingerprints'::regclass) "
            "and confrelid in "
            "('public.brand_profiles'::regclass, 'public.voice_fingerprints'::regclass) "
            "order by 1").fetchall()
        assert edges == [("brand_profiles", "voice_fingerprints"),
                         ("voice_fingerprints", "brand_profiles")]


def test_blog_ai_policies_check_ownership(pg_url: str) -> None:
    load(pg_url, load_project(BLOG))
    with psycopg.connect(pg_url) as conn:
        users = {}
        for name in ("ann", "ben"):
            user_id = uuid.uuid4()
            conn.execute("insert into auth.users (id) values (%s)", (user_id,))
            conn.execute("insert into public.users (user_id, email) values (%s, %s)",
                         (user_id, f"{name}@example.com"))
            conn.execute("insert into public.generated_content "
                         "(user_id, tool_id, inputs, output) values (%s, 'blog', '{}', %s)",
                         (user_id, f"{name}'s post"))
            conn.execute("insert into public.templates (user_id, name, slug, tool_id, "
                         "category, is_public) values (%s, %s, %s, 'blog', 'x', false)",
                         (user_id, f"{name} private", f"{name}-private"))
            for number in (1, 2):
                conn.execute("insert into public.brand_profiles (user_id, name, slug) "
                             "values (%s, %s, %s)", (user_id, f"{name} {number}",
                                                     f"voice-{number}"))
            users[name] = user_id
        conn.execute("insert into public.templates (name, slug, tool_id, category) "
                     "values ('Built in', 'built-in', 'blog', 'x')")
        conn.execute("insert into public.tier_limits (tier, monthly_limit, daily_limit) "
                     "values ('free', 5, 2)")
        conn.commit()

        claims(conn, users["ann"], "authenticated")
        assert conn.execute("select output from public.generated_content").fetchall() == [
            ("ann's post",)]
        assert {row[0] for row in conn.execute("select name from public.templates")} == {
            "ann private", "Built in"}
        assert conn.execute("update public.templates set name = 'taken' "
                            "where slug in ('ben-private', 'built-in')").rowcount == 0
        assert conn.execute("update public.generated_content set title = 'x' "
                            "where user_id = %s", (users["ben"],)).rowcount == 0
        profile = scalar(conn, "select id from public.brand_profiles where slug = 'voice-2'")
        conn.execute("select public.set_default_brand_profile(%s)", (profile,))
        assert conn.execute("select slug from public.brand_profiles where is_default"
                            ).fetchall() == [("voice-2",)]
        outcomes = [conn.execute("select success from public.increment_user_usage(%s, 'blog')",
                                 (users["ann"],)).fetchone() for _ in range(3)]
        assert outcomes == [(True,), (True,), (False,)]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("select public.increment_user_usage(%s, 'blog')", (users["ben"],))
        conn.rollback()

        claims(conn, None, "anon")
        assert conn.execute("select name from public.templates").fetchall() == [("Built in",)]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("select * from public.generated_content")


def test_blog_ai_broken_migrations_are_flagged_renumbered_and_apply(
        tmp_path: Path, pg_url: str) -> None:
    from toolkit.commands.migrate import check, renumber
    from toolkit.migrate.findings import Code

    project = tmp_path / "blog"
    shutil.copytree(BLOG / "broken-migrations", project)
    config = load_project(project)
    codes = [finding.code for finding in check(config).findings]
    assert codes.count(Code.DUPLICATE_VERSION) == 1
    assert codes.count(Code.MISSING_ROLLBACK) == 9

    moves = renumber(config, None).moves
    assert [(move.migration.name, move.new_stem) for move in moves] == [
        ("004_create_templates.sql", "0009_create_templates")]
    assert Code.DUPLICATE_VERSION not in {finding.code for finding in check(config).findings}

    migrations = sorted((project / "migrations").glob("*.sql"),
                        key=lambda path: int(path.name.split("_", 1)[0]))
    with psycopg.connect(pg_url) as conn:
        conn.execute(prelude_sql(config))
        for path in migrations:
            conn.execute(path.read_text(encoding="utf-8"))
        assert scalar(conn, "select count(*) from pg_tables where schemaname = 'public'") == 16


# --- creator platform ------------------------------------------------------------------------

CREATORS = REPO / "examples" / "creator-platform"


def test_creator_platform_gates_content_by_subscription_and_purchase(pg_url: str) -> None:
    load(pg_url, load_project(CREATORS))
    with psycopg.connect(pg_url) as conn:
        people = {}
        for name, kind in (("cleo", "creator"), ("fan", "fan"), ("lurker", "fan")):
            user_id = uuid.uuid4()
            conn.execute("insert into auth.users (id) values (%s)", (user_id,))
            conn.execute("insert into public.users (id, username, email, account_type) "
                         "values (%s, %s, %s, %s)",
                         (user_id, name, f"{name}@example.com", kind))
            people[name] = user_id
        posts = {}
        for title, premium, gated in (("free", False, False), ("subscribers", False, True),
                                      ("ppv", True, True), ("ppv-unbought", True, True)):
            posts[title] = scalar(
                conn, "insert into public.content (creator_id, content_type, title, status, "
                      "is_premium, price, requires_subscription) values "
                      "(%s, 'image', %s, 'published', %s, %s, %s) returning id",
                people["cleo"], title, premium, Decimal("4.99") if premium else None, gated)
        conn.execute("insert into public.subscriptions (subscriber_id, creator_id, status, "
                     "price, current_period_start, current_period_end) "
                     "values (%s, %s, 'active', 9.99, now(), now() + interval '1 month')",
                     (people["fan"], people["cleo"]))
        conn.execute("insert into public.transactions (user_id, recipient_id, "
                     "transaction_type, status, gross_amount, platform_fee, net_amount, "
                     "content_id) values (%s, %s, 'content_purchase', 'completed', "
                     "4.99, 1.00, 3.99, %s)", (people["fan"], people["cleo"], posts["ppv"]))
        conversation = scalar(conn, "insert into public.conversations (creator_id, fan_id) "
                                    "values (%s, %s) returning id",
                              people["cleo"], people["fan"])
        conn.commit()

        def titles() -> set[str]:
            return {row[0] for row in conn.execute("select title from public.content")}

        claims(conn, people["fan"], "authenticated")
        assert titles() == {"free", "subscribers", "ppv"}
        conn.execute("insert into public.likes (content_id, user_id) values (%s, %s)",
                     (posts["subscribers"], people["fan"]))
        conn.execute("insert into public.messages (conversation_id, sender_id, body) "
                     "values (%s, %s, 'hi')", (conversation, people["fan"]))
        conn.commit()

        claims(conn, people["fan"], "authenticated")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("select stream_key from public.live_streams")
        conn.rollback()

        claims(conn, people["lurker"], "authenticated")
        assert titles() == {"free"}
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute("insert into public.likes (content_id, user_id) values (%s, %s)",
                         (posts["subscribers"], people["lurker"]))
        conn.rollback()

        claims(conn, None, "anon")
        assert titles() == {"free"}
        conn.rollback()

        claims(conn, people["cleo"], "authenticated")
        assert titles() == set(posts)
        assert scalar(conn, "select like_count from public.content where title = 'subscribers'"
                      ) == 1
        assert scalar(conn, "select creator_unread_count from public.conversations") == 1
        conn.execute("select public.mark_conversation_read(%s)", (conversation,))
        assert scalar(conn, "select creator_unread_count from public.conversations") == 0
        assert scalar(conn, "select count(*) from public.messages where read_at is null") == 0


def test_deleting_an_account_removes_its_data_and_keeps_others_earnings(db: str) -> None:
    with psycopg.connect(db, autocommit=True) as conn:
        reader = add_user(conn, "reader", credits=40)
        creator = add_user(conn, "creator")
        story = add_story(conn, creator, "Kept")
        own_story = add_story(conn, reader, "Gone", "draft")
        conn.execute("insert into public.chapters (story_id, chapter_number) values (%s, 1)",
                     (own_story,))
        conn.execute("insert into public.user_library (user_id, story_id) values (%s, %s)",
                     (reader, story))
        conn.execute(ALLOCATE, (reader, creator, story, 10, Decimal("0.07")))

        conn.execute("delete from auth.users where id = %s", (reader,))

        for table, column, value in (("profiles", "id", reader), ("stories", "user_id", reader),
                                     ("chapters", "story_id", own_story),
                                     ("user_library", "user_id", reader),
                                     ("credit_transactions", "user_id", reader)):
            query = sql.SQL("select count(*) from public.{} where {} = %s").format(
                sql.Identifier(table), sql.Identifier(column))
            assert scalar(conn, query, value) == 0, table
        assert conn.execute("select reader_id, transaction_id, credits_earned "
                            "from public.creator_earnings").fetchall() == [(None, None, 10)]
        assert scalar(conn, "select total_earnings_usd from public.profiles where id = %s",
                      creator) == Decimal("0.0700")
