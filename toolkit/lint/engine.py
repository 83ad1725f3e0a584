"""The rule engine: one pass over every statement, then the schema-wide rules, then directives.

Statement rules are dispatched by statement kind, so each statement costs a dict lookup plus
the rules that asked for its kind. Schema rules read the declared schema built from the same
parse trees. Nothing is parsed twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from toolkit.lint.files import SourceFile, Spot
from toolkit.lint.findings import Finding, Mode, Severity
from toolkit.lint.registry import Hit, Rule
from toolkit.lint.schema import SchemaView
from toolkit.lint.settings import LintSettings
from toolkit.lint.state import MigrationState, StatementContext
from toolkit.lint.suppress import Directive, directives
from toolkit.model.names import SourceLocation

MISSING_REASON = "LNT001"
UNKNOWN_CODE = "LNT002"
UNUSED_DIRECTIVE = "LNT003"


@dataclass
class LintResult:
    """Findings that remain after suppression, sorted, and what was linted."""

    findings: list[Finding] = field(default_factory=list)
    files: list[SourceFile] = field(default_factory=list)
    suppressed: int = 0

    def count(self, severity: Severity) -> int:
        """How many findings have ``severity``."""
        return sum(1 for finding in self.findings if finding.severity is severity)

    @property
    def failed(self) -> bool:
        """Whether any error-severity finding remains (``canon lint`` exits 1)."""
        return any(finding.severity is Severity.ERROR for finding in self.findings)




def run(files: list[SourceFile], rules: Mapping[str, Rule], settings: LintSettings,
        schema: SchemaView | None = None) -> LintResult:
    """Lint ``files``; ``schema`` is the declared schema of the schema-mode files (built from
    their parse trees when not given)."""
    active = [rule for code, rule in rules.items() if code in settings.enabled]
    hits: list[tuple[Rule, Hit]] = []
    for file in files:
        hits.extend(_lint_file(file, active, settings))
    schema_files = [file for file in files if file.mode is Mode.SCHEMA]
    schema_rules = [rule for rule in active if rule.wants_schema and Mode.SCHEMA in rule.modes]
    if schema_files and schema_rules:
        if schema is None:
            from toolkit.lint.adapter import build_schema

            schema = build_schema(schema_files, settings)
        for rule in schema_rules:
            hits.extend((rule, hit) for hit in rule.check_schema(schema))
    findings = [_finding(rule, hit, settings) for rule, hit in hits]
    return _apply_directives(findings, files, rules, settings)


def _lint_file(file: SourceFile, active: list[Rule],
               settings: LintSettings) -> Iterator[tuple[Rule, Hit]]:
    """Run the statement rules over one file, then its file-level checks."""
    dispatch: dict[str, list[Rule]] = {}
    file_rules = [rule for rule in active if file.mode in rule.modes]
    for rule in file_rules:
        if file.mode in rule.statement_modes:
            for kind in rule.kinds:
                dispatch.setdefault(kind, []).append(rule)
    state = MigrationState() if file.mode is Mode.MIGRATION else None
    if state is not None and settings.assume_in_transaction:
        state.open_transaction = True
    cache: dict[int, Any] = {}
    for statement in file.statements:
        wanted = dispatch.get(statement.kind)
        if wanted:
            ctx = StatementContext(file, statement, settings, state, cache)
            for rule in wanted:
                for hit in rule.check_statement(ctx):
                    yield rule, hit
        if state is not None:
            state.update(statement, settings.default_schema)
    for rule in file_rules:
        for hit in rule.check_file(file, state):
            yield rule, hit


def _finding(rule: Rule, hit: Hit, settings: LintSettings) -> Finding:
    """A rule's hit as a :class:`Finding` at its configured severity."""
    severity = settings.severity_of(rule.code, rule.severity)
    where = hit.where
    if isinstance(where, Spot):
        line, column = where.file.position(where.offset)
        return Finding(rule.code, severity, hit.message, where.file.path, line, column,
                       rule.name)
    if isinstance(where, SourceLocation):
        return Finding(rule.code, severity, hit.message, Path(where.path), where.line,
                       where.column, rule.name)
    return Finding(rule.code, severity, hit.message, Path("."), 1, 1, rule.name)


def _apply_directives(findings: list[Finding], files: Iterable[SourceFile],
                      rules: Mapping[str, Rule], settings: LintSettings) -> LintResult:
    """Drop findings that directives suppress; add the directives' own findings."""
    result = LintResult(files=list(files))
    by_path: dict[str, list[Directive]] = {}
    for file in result.files:
        found = directives(file)
        if found:
            by_path.setdefault(str(file.path), []).extend(found)
    kept = []
    for finding in findings:
        candidates = by_path.get(str(finding.path), ())
        match = next((d for d in candidates if d.covers(finding.code, finding.line)), None)
        if match is None:
            kept.append(finding)
            continue
        match.used = True
        result.suppressed += 1
    for found in by_path.values():
        for directive in found:
            kept.extend(_directive_findings(directive, rules, settings))
    result.findings = sorted(kept, key=Finding.sort_key)
    return result


def _directive_findings(directive: Directive, rules: Mapping[str, Rule],
                        settings: LintSettings) -> Iterator[Finding]:
    """LNT findings about one directive (missing reason, unknown code, unused)."""
    def make(code: str, message: str) -> Finding | None:
        """A finding of ``code`` at the directive, unless that rule is off."""
        rule = rules.get(code)
        if rule is None or code not in settings.enabled:
            return None
        return Finding(code, settings.severity_of(code, rule.severity), message,
                       directive.file.path, directive.line, directive.column, rule.name)

    candidates: list[Finding | None] = []
    if not directive.codes:
        candidates.append(make(UNKNOWN_CODE, "canon:ignore names no rule code; write "
                                             "`-- canon:ignore CODE reason`"))
    elif not directive.reason:
        candidates.append(make(MISSING_REASON, f"canon:ignore {','.join(directive.codes)} "
                                               "gives no reason; say why the finding is "
                                               "acceptable after the code"))
    for code in directive.codes:
        if code not in rules:
            candidates.append(make(UNKNOWN_CODE, f"canon:ignore names unknown rule {code}; "
                                                 "`canon lint --list` prints every code"))
    if (directive.codes and not directive.used
            and all(code in rules and code in settings.enabled for code in directive.codes)):
        candidates.append(make(UNUSED_DIRECTIVE, f"canon:ignore {','.join(directive.codes)} "
                                                 "suppresses nothing here; remove it"))
    yield from (finding for finding in candidates if finding is not None)
