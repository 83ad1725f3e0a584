"""Fast construction of model objects: the same objects the dataclasses' constructors make."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from toolkit.inspect.instances import maker
from toolkit.model import Column, Constraint, ConstraintKind, QualifiedName
from toolkit.model.objects import Identity


def test_made_objects_equal_constructed_ones() -> None:
    made = maker(Column)(name="id", data_type="bigint", not_null=True,
                         identity=Identity.ALWAYS)
    built = Column("id", "bigint", not_null=True, identity=Identity.ALWAYS)
    assert made == built and hash(made) == hash(built) and repr(made) == repr(built)
    assert made.default is None and made.location is None
    assert made != Column("id", "bigint", not_null=True)
    constraint = maker(Constraint)(table=QualifiedName("s", "t"), name="t_pkey",
                                   kind=ConstraintKind.PRIMARY_KEY,
                                   definition="PRIMARY KEY (id)")
    assert constraint.key == Constraint(QualifiedName("s", "t"), "t_pkey",
                                        ConstraintKind.PRIMARY_KEY, "PRIMARY KEY (id)").key


def test_a_class_with_slots_is_made_slot_by_slot() -> None:
    import pickle

    assert "__slots__" in Column.__dict__
    make = maker(Column)
    made = make(name="id", data_type="bigint", default="0")
    assert not hasattr(made, "__dict__")
    assert made == Column("id", "bigint", default="0")
    assert pickle.loads(pickle.dumps(made)) == made
    with pytest.raises(TypeError, match="data_type"):
        make(name="id")
    with pytest.raises(TypeError, match="colour"):
        make(name="id", data_type="bigint", colour="red")


def test_a_class_with_a_dictionary_is_made_in_one_update() -> None:
    make = maker(Constraint)
    made = make(table=QualifiedName("s", "t"), name="t_pkey", kind=ConstraintKind.PRIMARY_KEY,
                definition="PRIMARY KEY (id)", columns=("id",))
    assert made.__dict__.keys() >= {"table", "name", "columns", "depends_on"}
    assert made == Constraint(QualifiedName("s", "t"), "t_pkey", ConstraintKind.PRIMARY_KEY,
                              "PRIMARY KEY (id)", columns=("id",))
    with pytest.raises(TypeError, match="definition"):
        make(table=QualifiedName("s", "t"), name="t_pkey", kind=ConstraintKind.PRIMARY_KEY)
    with pytest.raises(TypeError, match="colour"):
        make(table=QualifiedName("s", "t"), name="t_pkey", kind=ConstraintKind.PRIMARY_KEY,
             definition="PRIMARY KEY (id)", colour="red")


def test_made_objects_stay_frozen() -> None:
    made = maker(Column)(name="id", data_type="bigint")
    with pytest.raises(AttributeError):
        made.name = "other"  # type: ignore[misc]


def test_classes_whose_constructor_does_more_are_refused() -> None:
    @dataclass(frozen=True)
    class WithFactory:
        items: list[int] = field(default_factory=list)

    @dataclass(frozen=True)
    class WithPostInit:
        value: int

        def __post_init__(self) -> None:
            pass

    for cls in (WithFactory, WithPostInit, int):
        with pytest.raises(TypeError):
            maker(cls)


def test_an_evolved_copy_computes_its_key_from_its_own_fields() -> None:
    from toolkit.inspect.instances import evolve
    from toolkit.model import Table

    table = Table(QualifiedName("app", "users"), columns=(Column("id", "bigint"),))
    assert table.key.name == "users"  # cached in the instance dictionary from here on
    renamed = evolve(table, name=QualifiedName("audit", "people"))
    assert renamed.key == Table(QualifiedName("audit", "people")).key
    assert (renamed.key.schema, renamed.key.name) == ("audit", "people")
    assert table.key.name == "users" and table.name == QualifiedName("app", "users")
    assert renamed.columns == table.columns and type(renamed) is Table
    commented = evolve(table, comment="people")
    assert commented.key == table.key and commented.comment == "people"
    assert commented == Table(QualifiedName("app", "users"), columns=table.columns,
                              comment="people")

    constraint = Constraint(QualifiedName("app", "users"), "users_pkey",
                            ConstraintKind.PRIMARY_KEY, "PRIMARY KEY (id)")
    assert constraint.key.parent == "users"
    moved = evolve(constraint, table=QualifiedName("app", "people"), name="people_pkey")
    assert (moved.key.parent, moved.key.name) == ("people", "people_pkey")

    column = Column("id", "bigint")
    assert evolve(column, name="user_id") == Column("user_id", "bigint")
    assert not hasattr(evolve(column, comment="x"), "__dict__")
