"""CLI commands for inspect, diff and plan."""

from __future__ import annotations

from toolkit.cli import app  # noqa: F401
