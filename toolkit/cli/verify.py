"""CLI commands for drift and verify-types."""

from __future__ import annotations

from toolkit.cli import app  # noqa: F401
