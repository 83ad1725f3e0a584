"""GitHub workflow annotations: one ``::error file=...,line=...::message`` line per finding."""

from __future__ import annotations

from collections.abc import Mapping

from toolkit.lint.engine import LintResult
from toolkit.lint.findings import Severity
from toolkit.lint.registry import Rule

_COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def render_github(result: LintResult, rules: Mapping[str, Rule]) -> str:
    """One workflow command per finding (GitHub shows them on the pull request's diff)."""
    lines = []
    for finding in result.findings:
        rule = rules.get(finding.code)
        title = f"{finding.code} {rule.name}" if rule is not None else finding.code
        properties = ",".join([f"file={_property(finding.path.as_posix())}",
                               f"line={finding.line}", f"col={finding.column}",
                               f"title={_property(title)}"])
        lines.append(f"::{_COMMANDS[finding.severity]} {properties}::"
                     f"{_data(finding.message)}")
    return "\n".join(lines)


def _data(text: str) -> str:
    """Escape a workflow command's message."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    """Escape a workflow command's property value."""
    return _data(text).replace(":", "%3A").replace(",", "%2C")
