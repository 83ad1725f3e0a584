"""Drift reports as text, JSON and SARIF 2.1.0."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from toolkit import __version__
from toolkit.paths import shown_path
from toolkit.verify.drift import DriftFinding, DriftKind
from toolkit.verify.locations import Locate

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def drift_text(findings: tuple[DriftFinding, ...], database: str) -> str:
    """One block per drifted object."""
    if not findings:
        return f"no drift: {database} matches the declared schema"
    lines = [f"{len(findings)} drift finding(s) in {database}:"]
    lines += [finding.describe() for finding in findings]
    return "\n".join(lines)


def drift_json(findings: tuple[DriftFinding, ...], database: str) -> str:
    """Findings as a JSON document."""
    return json.dumps({
        "database": database,
        "drift": [{
            "kind": str(f.kind), "object": f.object,
            "differences": [{"field": d.field, "declared": _jsonable(d.declared),
                             "live": _jsonable(d.live)} for d in f.differences],
        } for f in findings],
    }, indent=2)


def drift_sarif(findings: tuple[DriftFinding, ...], database: str,
                locate: Locate | None = None) -> str:
    """Findings as a SARIF 2.1.0 log (one rule per drift kind).

    With ``locate`` (see :mod:`toolkit.verify.locations`) every result also has a file and
    line, which code scanning needs to show it.
    """
    kinds = [str(kind) for kind in DriftKind]
    rules = [{"id": f"DRIFT-{kind.upper()}", "name": f"drift-{kind}",
              "shortDescription": {"text": f"An object is {kind} in the live database"}}
             for kind in kinds]
    results: list[dict[str, Any]] = []
    for finding in findings:
        message = finding.describe().replace("\n    ", "; ")
        results.append({
            "ruleId": f"DRIFT-{finding.kind.upper()}",
            "ruleIndex": kinds.index(finding.kind),
            "level": "error",
            "message": {"text": message},
            "locations": [_location(finding, locate)],
        })
    return json.dumps({
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "canon", "version": __version__, "rules": rules}},
            "properties": {"database": database},
            "results": results,
        }],
    }, indent=2)


def _location(finding: DriftFinding, locate: Locate | None) -> dict[str, Any]:
    location: dict[str, Any] = {
        "logicalLocations": [{"fullyQualifiedName": finding.object}]}
    if locate is not None:
        site = locate(finding)
        location["physicalLocation"] = {
            "artifactLocation": {"uri": shown_path(Path(site.path)).as_posix()},
            "region": {"startLine": site.line, "startColumn": site.column}}
    return location


def _jsonable(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_jsonable(item) for item in value]
    return value
