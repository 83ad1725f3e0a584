"""Reporters: findings as text for people, JSON for tools, SARIF for code scanning, and
GitHub workflow annotations."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from toolkit.lint.engine import LintResult
from toolkit.lint.registry import Rule
from toolkit.lint.report.github import render_github
from toolkit.lint.report.json import render_json
from toolkit.lint.report.sarif import render_sarif
from toolkit.lint.report.text import render_text

Renderer = Callable[[LintResult, Mapping[str, Rule]], str]

FORMATS: dict[str, Renderer] = {
    "text": render_text,
    "json": render_json,
    "sarif": render_sarif,
    "github": render_github,
}

__all__ = ["FORMATS", "Renderer", "render_github", "render_json", "render_sarif",
           "render_text"]
