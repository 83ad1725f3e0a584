"""The database model: frozen dataclasses describing a catalog. No I/O, no parser, no driver."""

from toolkit.model.catalog import Catalog
from toolkit.model.names import ObjectKey, QualifiedName, SourceLocation
from toolkit.model.objects import (
    Column,
    CompositeType,
    Constraint,
    ConstraintKind,
    Domain,
    EnumType,
    Extension,
    Function,
    Grant,
    Index,
    Policy,
    Schema,
    Sequence,
    Table,
    Trigger,
    View,
)

__all__ = [
    "Catalog",
    "Column",
    "CompositeType",
    "Constraint",
    "ConstraintKind",
    "Domain",
    "EnumType",
    "Extension",
    "Function",
    "Grant",
    "Index",
    "ObjectKey",
    "Policy",
    "QualifiedName",
    "Schema",
    "Sequence",
    "SourceLocation",
    "Table",
    "Trigger",
    "View",
]
