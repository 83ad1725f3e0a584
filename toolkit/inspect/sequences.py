"""Free-standing sequences from their catalog rows."""

from __future__ import annotations

from toolkit.inspect.lookups import Lookups
from toolkit.inspect.snapshot import Rows
from toolkit.model import Sequence
from toolkit.model.names import KIND_SEQUENCE, object_key, qualified_name

# Range of each sequence type: a bound equal to the default of its direction reads as None.
_TYPE_RANGES = {
    "smallint": (-(2**15), 2**15 - 1),
    "integer": (-(2**31), 2**31 - 1),
    "bigint": (-(2**63), 2**63 - 1),
}


def register(rows: Rows, lookups: Lookups) -> None:
    """Keys of the sequences other objects point at."""
    for oid, schema, name, *_ in rows:
        if lookups.wants(("pg_class", oid)):
            lookups.register(("pg_class", oid), object_key(KIND_SEQUENCE, schema, name))


def build(rows: Rows, lookups: Lookups) -> list[Sequence]:
    """Sequences from sequences.sql; MINVALUE/MAXVALUE at their defaults are None."""
    sequences = []
    for (oid, schema, name, data_type, start, increment, min_value, max_value, cache, cycle,
         owned_by) in rows:
        low, high = _TYPE_RANGES.get(data_type, _TYPE_RANGES["bigint"])
        default_min, default_max = (1, high) if increment > 0 else (low, -1)
        sequences.append(Sequence(
            name=qualified_name(schema, name), data_type=data_type, start=start,
            increment=increment,
            min_value=None if min_value == default_min else min_value,
            max_value=None if max_value == default_max else max_value,
            cache=cache, cycle=cycle, owned_by=owned_by,
            comment=lookups.comment("pg_class", oid)))
    return sequences
