"""Hazards: what a change can destroy, and which type changes only widen a column."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class HazardKind(StrEnum):
    """Kinds of hazards a change can carry."""

    DATA_LOSS = "data-loss"
    POSSIBLE_RENAME = "possible-rename"


@dataclass(frozen=True)
class Hazard:
    """A warning attached to a change; ``DATA_LOSS`` hazards need --allow-destructive."""

    kind: HazardKind
    message: str

    @property
    def destructive(self) -> bool:
        """Whether applying the change can lose data."""
        return self.kind is HazardKind.DATA_LOSS


_INTEGER_WIDTH = {"smallint": 1, "integer": 2, "bigint": 3}


def is_widening(before: str, after: str) -> bool:
    """Whether changing a column from ``before`` to ``after`` keeps every possible value."""
    if before == after:
        return True
    if before in _INTEGER_WIDTH and after in _INTEGER_WIDTH:
        return _INTEGER_WIDTH[after] >= _INTEGER_WIDTH[before]
    if before in _INTEGER_WIDTH and after in ("numeric", "bigint"):
        return True
    if after == "text" and (before.startswith("character varying") or before == "text"):
        return True
    if before.startswith("character varying(") and after == "character varying":
        return True
    limit_before = _length(before, "character varying(")
    limit_after = _length(after, "character varying(")
    if limit_before is not None and limit_after is not None:
        return limit_after >= limit_before
    if before.startswith("numeric(") and after == "numeric":
        return True
    if before == "real" and after == "double precision":
        return True
    return before == "timestamp without time zone" and after == "timestamp with time zone"


def _length(data_type: str, prefix: str) -> int | None:
    if not data_type.startswith(prefix) or not data_type.endswith(")"):
        return None
    inner = data_type[len(prefix):-1]
    return int(inner) if inner.isdigit() else None
