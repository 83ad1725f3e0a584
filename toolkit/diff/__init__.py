"""Differences between two catalogs as typed, reversible, dependency-ordered changes."""

from toolkit.diff.differ import diff_catalogs
from toolkit.diff.order import order_changes

__all__ = ["diff_catalogs", "order_changes"]
