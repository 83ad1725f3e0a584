"""CLI commands for lint."""

from __future__ import annotations

from toolkit.cli import app  # noqa: F401
