"""``canon verify-types`` reports as text and JSON."""

from __future__ import annotations

import json
from typing import Any

from toolkit.verify.models.checker import TypeCheck


def types_text(check: TypeCheck, against: str) -> str:
    """One line per finding, file:line:col first; a summary line on top."""
    files = ", ".join(str(path) for path in check.files)
    lines = []
    if check.findings:
        lines.append(f"{len(check.findings)} finding(s): typed models in {files} against "
                     f"{against}:")
        lines += [finding.describe() for finding in check.findings]
    else:
        lines.append(f"typed models agree with {against}: {files}")
    if check.skipped_schemas:
        lines.append("note: not checked, the project does not manage these schemas: "
                     + ", ".join(check.skipped_schemas))
    return "\n".join(lines)


def types_json(check: TypeCheck, against: str) -> str:
    """Findings as a JSON document."""
    return json.dumps({
        "against": against,
        "models": [str(path) for path in check.files],
        "skipped_schemas": list(check.skipped_schemas),
        "findings": [_finding(f) for f in check.findings],
    }, indent=2)


def _finding(finding: Any) -> dict[str, Any]:
    """One finding as JSON data."""
    location = finding.location
    return {
        "kind": str(finding.kind),
        "object": finding.object,
        "roles": list(finding.roles),
        "message": finding.message,
        "model": finding.model,
        "database": finding.database,
        "location": None if location is None else {
            "path": str(location.path), "line": location.line, "column": location.column},
    }
