"""CLI commands of the migration directory and runner."""

from __future__ import annotations

from toolkit.cli import app  # noqa: F401
