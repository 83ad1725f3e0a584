"""CLI commands for typed models, docs and inspect-to-files."""

from __future__ import annotations

from toolkit.cli import app  # noqa: F401
