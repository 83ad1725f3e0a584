"""Tests of the catalog's per-table lookups (indexes, policies, triggers) and Table.primary_key."""

from __future__ import annotations

from toolkit.model import (
    Catalog,
    Column,
    Constraint,
    ConstraintKind,
    Index,
    Policy,
    QualifiedName,
    Table,
    Trigger,
)

ORDERS = QualifiedName("app", "orders")
USERS = QualifiedName("app", "users")
AUDIT = QualifiedName("app", "audit")


def _catalog() -> Catalog:
    return Catalog.build(
        indexes=[Index(USERS, "b_users_idx", "CREATE INDEX ..."),
                 Index(ORDERS, "a_orders_idx", "CREATE INDEX ..."),
                 Index(USERS, "c_users_idx", "CREATE INDEX ..."),
                 Index(ORDERS, "d_orders_idx", "CREATE INDEX ...")],
        policies=[Policy(USERS, "self"), Policy(ORDERS, "owner"), Policy(USERS, "admin")],
        triggers=[Trigger(ORDERS, "touch", "CREATE TRIGGER ...", AUDIT),
                  Trigger(ORDERS, "audit", "CREATE TRIGGER ...", AUDIT)],
    )


def test_parts_of_a_table_come_in_catalog_order() -> None:
    catalog = _catalog()
    assert [i.name for i in catalog.indexes_on(USERS)] == ["b_users_idx", "c_users_idx"]
    assert [i.name for i in catalog.indexes_on(ORDERS)] == ["a_orders_idx", "d_orders_idx"]
    assert [p.name for p in catalog.policies_on(USERS)] == ["admin", "self"]
    assert [p.name for p in catalog.policies_on(ORDERS)] == ["owner"]
    assert [t.name for t in catalog.triggers_on(ORDERS)] == ["audit", "touch"]


def test_tables_without_parts_have_none() -> None:
    catalog = _catalog()
    assert catalog.indexes_on(AUDIT) == ()
    assert catalog.policies_on(AUDIT) == ()
    assert catalog.triggers_on(USERS) == ()
    assert Catalog().indexes_on(USERS) == ()


def test_lookups_match_a_scan_of_every_part() -> None:
    catalog = _catalog()
    for table in (ORDERS, USERS, AUDIT):
        assert catalog.indexes_on(table) == tuple(i for i in catalog.indexes if i.table == table)
        assert catalog.policies_on(table) == tuple(
            p for p in catalog.policies if p.table == table)
        assert catalog.triggers_on(table) == tuple(
            t for t in catalog.triggers if t.table == table)


def test_primary_key_lists_its_columns_in_key_order() -> None:
    columns = (Column("tenant", "uuid"), Column("id", "bigint"), Column("email", "text"))
    table = Table(ORDERS, columns, (
        Constraint(ORDERS, "orders_email_key", ConstraintKind.UNIQUE, "UNIQUE (email)",
                   ("email",)),
        Constraint(ORDERS, "orders_pkey", ConstraintKind.PRIMARY_KEY,
                   "PRIMARY KEY (id, tenant)", ("id", "tenant"))))
    assert table.primary_key == ("id", "tenant")


def test_a_table_without_primary_key_has_an_empty_one() -> None:
    unique = Constraint(USERS, "users_email_key", ConstraintKind.UNIQUE, "UNIQUE (email)",
                        ("email",))
    assert Table(USERS, (Column("email", "text"),), (unique,)).primary_key == ()
    assert Table(USERS).primary_key == ()


def test_fast_key_and_name_constructors_make_the_named_tuples() -> None:
    from hypothesis import given
    from hypothesis import strategies as st

    from toolkit.model import ObjectKey
    from toolkit.model.names import object_key, qualified_name

    @given(st.text(), st.text(), st.text(), st.text(), st.text())
    def same(kind: str, schema: str, name: str, parent: str, signature: str) -> None:
        made = object_key(kind, schema, name, parent, signature)
        assert type(made) is ObjectKey
        assert made == ObjectKey(kind, schema, name, parent=parent, signature=signature)
        assert (made.kind, made.parent, made.signature) == (kind, parent, signature)
        assert object_key(kind, schema, name) == ObjectKey(kind, schema, name)
        assert hash(object_key(kind, schema, name)) == hash(ObjectKey(kind, schema, name))
        named = qualified_name(schema, name)
        assert type(named) is QualifiedName and named == QualifiedName(schema, name)
        assert str(named) == str(QualifiedName(schema, name))

    same()
