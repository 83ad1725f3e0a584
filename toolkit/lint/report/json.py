"""The JSON report: every finding with its rule, plus counts, for scripts and editors."""

from __future__ import annotations

import json
from collections.abc import Mapping

from toolkit.lint.engine import LintResult
from toolkit.lint.findings import Severity
from toolkit.lint.registry import Rule

FORMAT_VERSION = 1


def render_json(result: LintResult, rules: Mapping[str, Rule]) -> str:
    """``{"version", "findings": [...], "summary": {...}}`` as indented JSON."""
    findings = [{
        "code": finding.code,
        "rule": finding.rule,
        "severity": finding.severity.value,
        "message": finding.message,
        "path": finding.path.as_posix(),
        "line": finding.line,
        "column": finding.column,
    } for finding in result.findings]
    document = {
        "version": FORMAT_VERSION,
        "findings": findings,
        "summary": {
            "files": len(result.files),
            "errors": result.count(Severity.ERROR),
            "warnings": result.count(Severity.WARNING),
            "info": result.count(Severity.INFO),
            "suppressed": result.suppressed,
        },
    }
    return json.dumps(document, indent=2)
