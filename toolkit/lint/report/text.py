"""The text report: ``file:line:col: severity CODE message``, the line, a caret, a summary."""

from __future__ import annotations

from collections.abc import Mapping

from toolkit.lint.engine import LintResult
from toolkit.lint.findings import Severity
from toolkit.lint.registry import Rule


def render_text(result: LintResult, rules: Mapping[str, Rule]) -> str:
    """Every finding with its source line and a caret under the column, then a summary."""
    files = {str(file.path): file for file in result.files}
    parts = []
    for finding in result.findings:
        parts.append(f"{finding.path}:{finding.line}:{finding.column}: {finding.severity} "
                     f"{finding.code} {finding.message}")
        file = files.get(str(finding.path))
        line = file.line_text(finding.line) if file is not None else ""
        if line.strip():
            indent = len(line[:finding.column - 1].expandtabs(4))
            parts.append(f"    {line.expandtabs(4).rstrip()}")
            parts.append("    " + " " * indent + "^")
    parts.append(summary(result))
    return "\n".join(parts)


def summary(result: LintResult) -> str:
    """``2 errors, 1 warning, 0 info in 3 files (1 suppressed)``."""
    counts = [_plural(result.count(Severity.ERROR), "error"),
              _plural(result.count(Severity.WARNING), "warning"),
              f"{result.count(Severity.INFO)} info"]
    text = f"{', '.join(counts)} in {_plural(len(result.files), 'file')}"
    if result.suppressed:
        text += f" ({result.suppressed} suppressed)"
    return text


def _plural(count: int, word: str) -> str:
    """``1 error`` / ``2 errors``."""
    return f"{count} {word}" if count == 1 else f"{count} {word}s"
