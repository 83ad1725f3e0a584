"""Changes to SQL text through a registry keyed by change and object type."""

from toolkit.render.registry import render_change, render_changes

__all__ = ["render_change", "render_changes"]
