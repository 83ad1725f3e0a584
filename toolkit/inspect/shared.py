"""Model values that catalogs built together make once and share."""

from __future__ import annotations

from typing import Any

from toolkit.model import Column


class SharedValues:
    """A pool of immutable model values, one object per distinct value.

    Catalogs built with the same pool hold the same object wherever their values are equal:
    building them costs a dictionary lookup instead of a new object, and comparing two
    catalogs that agree is decided by identity, which tuples and dictionaries check first.
    Most tables repeat a few column shapes (``id``, ``created_at``), so columns are pooled.
    A pool may serve several threads: a dictionary's ``get`` and item assignment are each
    atomic, and two threads making the same value at once each get an equal object.
    """

    def __init__(self, *, across_catalogs: bool = True) -> None:
        self.columns: dict[tuple[Any, ...], Column] = {}
        """Plain columns (no generation, collation or comment) by
        ``(name, data_type, not_null, default, identity)``."""
        self.built: dict[tuple[Any, ...], Any] | None = {} if across_catalogs else None
        """Indexes, constraints, policies, functions and grants by what they are built from: their
        catalog row without its oids, and their comment. Rows of two databases that agree
        so make the same object, so the second database's is not built again. (What an
        object depends on is not compared, as two objects' own are not: its keys are made
        of names, which such rows share.) Within one catalog no two objects agree so: a pool
        of one catalog keeps none (None)."""
