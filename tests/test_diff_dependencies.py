"""Tests of the dependency index: implied dependencies per object kind and the reverse index."""

from __future__ import annotations

from toolkit.diff.dependencies import DependencyIndex
from toolkit.model import (
    Catalog,
    Column,
    CompositeType,
    Constraint,
    ConstraintKind,
    Domain,
    EnumType,
    Function,
    Grant,
    Index,
    ObjectKey,
    Policy,
    QualifiedName,
    Schema,
    Table,
    Trigger,
    View,
)
from toolkit.model.objects import Attribute, ViewColumn

APP = Schema("app")
MOOD = EnumType(QualifiedName("app", "mood"), ("happy", "sad"))
POSITIVE = Domain(QualifiedName("app", "positive"), "integer")
PAIR = CompositeType(QualifiedName("app", "pair"), (Attribute("mood", "app.mood"),))
PARENT = Table(QualifiedName("app", "parent"), columns=(Column("id", "bigint"),),
               constraints=(Constraint(QualifiedName("app", "parent"), "parent_pkey",
                                       ConstraintKind.PRIMARY_KEY, "PRIMARY KEY (id)",
                                       columns=("id",)),))
FOREIGN_KEY = Constraint(QualifiedName("app", "child"), "child_parent_fkey",
                         ConstraintKind.FOREIGN_KEY,
                         "FOREIGN KEY (parent_id) REFERENCES app.parent(id)",
                         columns=("parent_id",), references=PARENT.name,
                         referenced_columns=("id",))
CHILD = Table(QualifiedName("app", "child"),
              columns=(Column("parent_id", "bigint"), Column("moods", "app.mood[]"),
                       Column("score", "app.positive")),
              constraints=(FOREIGN_KEY,))
INDEX = Index(CHILD.name, "child_score_idx", "CREATE INDEX child_score_idx ON app.child (score)")
TOTAL = Function(QualifiedName("app", "total"), "app.mood, integer", "m app.mood, n integer",
                 "SETOF app.positive", "sql", "select 1")
TRIGGER = Trigger(CHILD.name, "child_audit", "CREATE TRIGGER child_audit ...", TOTAL.name)
READS_MOODS = ObjectKey("column", "app", "moods", parent="child")
POLICY = Policy(CHILD.name, "child_mine", using="(moods IS NOT NULL)",
                depends_on=(READS_MOODS,))
VIEW = View(QualifiedName("app", "moods"), " SELECT moods FROM app.child",
            columns=(ViewColumn("moods", "app.mood[]"),),
            depends_on=(CHILD.key, READS_MOODS))
GRANT = Grant(CHILD.key, "reader", "SELECT")

CATALOG = Catalog.build(schemas=[APP], enums=[MOOD], domains=[POSITIVE], composites=[PAIR],
                        tables=[PARENT, CHILD], indexes=[INDEX], views=[VIEW],
                        functions=[TOTAL], triggers=[TRIGGER], policies=[POLICY],
                        grants=[GRANT])


def test_each_kind_needs_what_it_implies() -> None:
    index = DependencyIndex(CATALOG)
    assert index.requires(CHILD.key) == {APP.key, MOOD.key, POSITIVE.key}
    assert index.requires(FOREIGN_KEY.key) == {CHILD.key, APP.key, PARENT.key}
    assert index.requires(INDEX.key) == {CHILD.key, APP.key}
    assert index.requires(TOTAL.key) == {APP.key, MOOD.key, POSITIVE.key}
    assert index.requires(TRIGGER.key) == {CHILD.key, APP.key, TOTAL.key}
    assert index.requires(POLICY.key) == {CHILD.key, APP.key, READS_MOODS}
    assert index.requires(VIEW.key) == {APP.key, CHILD.key, READS_MOODS, MOOD.key}
    assert index.requires(PAIR.key) == {APP.key, MOOD.key}
    assert index.requires(GRANT.key) == {CHILD.key}
    assert index.requires(ObjectKey("table", "app", "missing")) == frozenset()


def test_reverse_index_lists_direct_dependants() -> None:
    index = DependencyIndex(CATALOG)
    assert index.required_by(CHILD.key) == {FOREIGN_KEY.key, INDEX.key, TRIGGER.key,
                                            POLICY.key, VIEW.key, GRANT.key}
    assert index.required_by(MOOD.key) == {CHILD.key, PAIR.key, TOTAL.key, VIEW.key}
    assert index.required_by(TOTAL.key) == {TRIGGER.key}
    assert index.dependants(PARENT.key) >= {FOREIGN_KEY.key}


def test_dependants_among_some_objects_match_the_whole_reverse_index() -> None:
    some = [POLICY.key, VIEW.key, CHILD.key, TRIGGER.key, ObjectKey("view", "app", "gone")]
    narrowed = DependencyIndex(CATALOG).required_by_any_of(some)
    whole = DependencyIndex(CATALOG)
    for obj in CATALOG.objects():
        expected = whole.required_by(obj.key) & set(some)
        assert narrowed.get(obj.key, set()) == expected, obj.key


def test_dependants_among_objects_given_match_those_among_their_keys() -> None:
    some = [POLICY, VIEW, CHILD, TRIGGER]
    by_objects = DependencyIndex(CATALOG).required_by_any_of_objects(some)
    by_keys = DependencyIndex(CATALOG).required_by_any_of([obj.key for obj in some])
    assert by_objects == by_keys and by_objects
