"""Table-driven tests of the differ, the ordering and the renderer on hand-built catalogs."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toolkit.diff import diff_catalogs, order_changes
from toolkit.diff.changes import (
    AddColumn,
    AddConstraint,
    AlterColumn,
    AlterPolicy,
    Change,
    CreateObject,
    DropColumn,
    DropObject,
)
from toolkit.errors import CanonError
from toolkit.model import (
    Catalog,
    Column,
    Constraint,
    ConstraintKind,
    Grant,
    ObjectKey,
    Policy,
    QualifiedName,
    Table,
    View,
)
from toolkit.plan.builder import build_plan
from toolkit.render import render_change

A = QualifiedName("public", "a")
B = QualifiedName("public", "b")
ID = Column("id", "bigint", not_null=True)


def table(name: QualifiedName, *columns: Column, constraints: tuple[Constraint, ...] = ()
          ) -> Table:
    return Table(name, columns=(ID, *columns), constraints=constraints)


def fk(source: QualifiedName, column: str, target: QualifiedName) -> Constraint:
    return Constraint(source, f"{source.name}_{column}_fkey", ConstraintKind.FOREIGN_KEY,
                      f"FOREIGN KEY ({column}) REFERENCES {target}(id)", columns=(column,),
                      references=target, referenced_columns=("id",))


def test_altered_columns_follow_the_table_column_order() -> None:
    # Set iteration order of strings changes from one process to the next; a plan must not.
    names = [f"c{number}" for number in range(12)]
    before = Catalog.build(tables=[table(A, *(Column(name, "integer") for name in names))])
    after = Catalog.build(tables=[table(A, *(Column(name, "integer", default="0")
                                             for name in names))])
    plan = build_plan(before, after)
    assert plan.up_sql == tuple(
        f'ALTER TABLE "public"."a" ALTER COLUMN "{name}" SET DEFAULT 0' for name in names)


def test_a_revoke_and_a_dropped_column_of_one_table_are_ordered() -> None:
    # The dropped column waits for what depends on the table (its grants); the revoke must
    # not wait for the column in turn.
    grant = Grant(table(A).key, "reader", "SELECT")
    before = Catalog.build(tables=[table(A, Column("note", "text"))], grants=[grant])
    after = Catalog.build(tables=[table(A)])
    plan = build_plan(before, after)
    assert plan.up_sql == ('REVOKE SELECT ON TABLE "public"."a" FROM "reader"',
                           'ALTER TABLE "public"."a" DROP COLUMN "note"')


def test_a_dropped_and_an_added_column_of_one_type_are_a_possible_rename() -> None:
    from toolkit.diff.hazards import Hazard, HazardKind

    before = Catalog.build(tables=[table(A, Column("email", "text"), Column("age", "integer")),
                                   table(B, Column("note", "text"))])
    after = Catalog.build(tables=[table(A, Column("login", "text"), Column("years", "bigint")),
                                  table(B, Column("note", "text"))])
    assert diff_catalogs(before, after).notes == [Hazard(
        HazardKind.POSSIBLE_RENAME,
        "public.a: column email is dropped and login (text) added; if this is a rename, "
        "declare it with `-- canon:renamed-from email` on login to keep the data")]


def test_added_column_renders_alter_table() -> None:
    before = Catalog.build(tables=[table(A)])
    after = Catalog.build(tables=[table(A, Column("note", "text"))])
    plan = build_plan(before, after)
    assert plan.up_sql == ('ALTER TABLE "public"."a" ADD COLUMN "note" text',)
    assert plan.down_sql == ('ALTER TABLE "public"."a" DROP COLUMN "note"',)
    assert not plan.destructive


def test_dropped_column_is_destructive_and_says_what_is_lost() -> None:
    before = Catalog.build(tables=[table(A, Column("note", "text"))])
    after = Catalog.build(tables=[table(A)])
    plan = build_plan(before, after)
    assert [type(c) for c in plan.up] == [DropColumn]
    assert plan.destructive
    assert plan.not_restored == ("the values of public.a.note: the rollback re-adds it empty",)


def test_circular_foreign_keys_are_added_after_both_tables() -> None:
    after = Catalog.build(tables=[
        table(A, Column("b_id", "bigint"), constraints=(fk(A, "b_id", B),)),
        table(B, Column("a_id", "bigint"), constraints=(fk(B, "a_id", A),)),
    ])
    plan = build_plan(Catalog(), after)
    kinds = [type(change) for change in plan.up]
    assert kinds == [CreateObject, CreateObject, AddConstraint, AddConstraint]
    down_kinds = [type(change) for change in plan.down]
    assert down_kinds == [DropObject, DropObject, DropObject, DropObject]
    assert plan.down_sql[0].startswith('ALTER TABLE "public"')
    assert "DROP CONSTRAINT" in plan.down_sql[0] and "DROP CONSTRAINT" in plan.down_sql[1]


def test_view_over_a_retyped_column_is_dropped_first_and_recreated_after() -> None:
    view_before = View(QualifiedName("public", "v"), "SELECT id FROM public.a",
                       depends_on=(ObjectKey("table", "public", "a"),))
    view_after = View(QualifiedName("public", "v"), "SELECT id FROM public.a")
    before = Catalog.build(tables=[table(A, Column("n", "integer"))], views=[view_before])
    after = Catalog.build(tables=[table(A, Column("n", "bigint"))], views=[view_after])
    plan = build_plan(before, after)
    assert [type(c) for c in plan.up] == [DropObject, AlterColumn, CreateObject]


def test_policy_expression_change_keeps_the_name_and_alters() -> None:
    before = Catalog.build(tables=[table(A)], policies=[Policy(A, "p", using="(id > 0)")])
    after = Catalog.build(tables=[table(A)], policies=[Policy(A, "p", using="(id > 1)")])
    plan = build_plan(before, after)
    assert [type(c) for c in plan.up] == [AlterPolicy]
    assert plan.up_sql == ('ALTER POLICY "p" ON "public"."a"\n    TO PUBLIC\n    USING ((id > 1))',)


def test_identical_catalogs_have_no_changes() -> None:
    catalog = Catalog.build(tables=[table(A, Column("n", "integer"))])
    assert diff_catalogs(catalog, catalog).changes == []


def test_a_change_without_renderer_fails_loudly() -> None:
    @dataclass(frozen=True)
    class Unknown(Change):
        @property
        def key(self) -> ObjectKey:
            return ObjectKey("table", "public", "a")

    with pytest.raises(CanonError, match="no SQL renderer for Unknown"):
        render_change(Unknown())


def test_order_is_deterministic_whatever_the_input_order() -> None:
    after = Catalog.build(tables=[table(QualifiedName("public", f"t{i}")) for i in range(5)])
    changes = diff_catalogs(Catalog(), after).changes
    forward = order_changes(changes, Catalog(), after)
    backward = order_changes(list(reversed(changes)), Catalog(), after)
    assert forward == backward


types = st.sampled_from(["integer", "bigint", "text", "character varying(20)", "numeric"])
columns = st.builds(Column, name=st.just("c"), data_type=types, not_null=st.booleans(),
                    default=st.one_of(st.none(), st.just("0")))


@given(columns, columns)
def test_reverse_of_reverse_is_the_change(before: Column, after: Column) -> None:
    for change in (AlterColumn(A, before, after), AddColumn(A, after), DropColumn(A, before)):
        assert change.reverse().reverse() == change


@given(st.integers(min_value=0, max_value=10**30), st.integers(min_value=0, max_value=10**30))
def test_integer_constants_read_the_same_exactly_when_their_values_are_equal(
        first: int, second: int) -> None:
    from toolkit.diff.equivalence import same_sql

    assert same_sql(str(first), str(second), "expression") is (first == second)
    assert same_sql(str(first), "0" + str(first), "expression")


def test_other_constants_are_still_read_by_the_parser() -> None:
    from toolkit.diff.equivalence import same_sql

    assert not same_sql("1", "1.0", "expression")
    assert same_sql("(1 + 2)", "1 + 2", "expression")
    assert not same_sql("1", "'1'::text", "expression")


def test_planning_does_not_load_the_sql_parser_until_two_texts_differ() -> None:
    import subprocess
    import sys

    probe = ("import sys, toolkit.plan.builder, toolkit.render.ddl, toolkit.inspect.inspector;"
             "print('pglast' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "False"
