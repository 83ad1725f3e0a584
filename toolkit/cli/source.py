"""CLI commands for canonical sources: compile."""

from __future__ import annotations

from toolkit.cli import app  # noqa: F401
