"""SARIF 2.1.0: the format code scanning reads; rules and locations filled so results show
inline on the files they point at."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from toolkit import __version__
from toolkit.lint.engine import LintResult
from toolkit.lint.findings import Severity
from toolkit.lint.registry import FAMILIES, Rule

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"
_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def render_sarif(result: LintResult, rules: Mapping[str, Rule]) -> str:
    """One run of the ``canon`` tool: its rules and one result per finding."""
    return json.dumps(sarif_document(result, rules), indent=2)


def sarif_document(result: LintResult, rules: Mapping[str, Rule]) -> dict[str, Any]:
    """The SARIF log as plain data."""
    codes = sorted(rules)
    index = {code: position for position, code in enumerate(codes)}
    results = []
    for finding in result.findings:
        entry: dict[str, Any] = {
            "ruleId": finding.code,
            "level": _LEVELS[finding.severity],
            "message": {"text": finding.message},
            "locations": [{
                "physicalLocation": {
                    "artifactLocation": {"uri": finding.path.as_posix()},
                    "region": {"startLine": finding.line, "startColumn": finding.column},
                },
            }],
        }
        if finding.code in index:
            entry["ruleIndex"] = index[finding.code]
        results.append(entry)
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [{
            "tool": {"driver": {
                "name": "canon",
                "version": __version__,
                "semanticVersion": __version__,
                "rules": [_rule(rules[code]) for code in codes],
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }


def _rule(rule: Rule) -> dict[str, Any]:
    """One SARIF reportingDescriptor: id, name, descriptions, help and level."""
    help_text = f"{rule.explanation}\n\nBad:\n{rule.bad}\n\nGood:\n{rule.good}"
    markdown = (f"{rule.explanation}\n\n**Bad**\n\n```sql\n{rule.bad}\n```\n\n"
                f"**Good**\n\n```sql\n{rule.good}\n```")
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.explanation},
        "help": {"text": help_text, "markdown": markdown},
        "defaultConfiguration": {"level": _LEVELS[rule.severity],
                                 "enabled": rule.enabled_by_default},
        "properties": {"tags": [FAMILIES.get(rule.family, rule.family)]},
    }
