"""Differences between two catalogs as typed, reversible, dependency-ordered changes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from toolkit.lazy import lazy_exports

if TYPE_CHECKING:
    from toolkit.diff.differ import diff_catalogs
    from toolkit.diff.order import order_changes

__all__ = ["diff_catalogs", "order_changes"]

# Imported on first use (see toolkit.lazy): drift needs only toolkit.diff.equivalence.
__getattr__ = lazy_exports(__name__, {"diff_catalogs": "toolkit.diff.differ",
                                      "order_changes": "toolkit.diff.order"})
