"""Every lint rule against its fixtures: ``bad.sql`` triggers it, ``good.sql`` does not.

Fixtures live in ``tests/fixtures/lint/<CODE>/``. A line of ``bad.sql`` ending with
``-- expect: CODE`` marks where a finding must point; when a fixture has such marks, the
rule must report exactly those lines.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from toolkit.lint.engine import LintResult, run
from toolkit.lint.files import SourceFile
from toolkit.lint.findings import Mode
from toolkit.lint.registry import FAMILIES, all_rules
from toolkit.lint.settings import load_settings

FIXTURES = Path(__file__).parent / "fixtures" / "lint"
RULES = all_rules()
KNOWN = {code: rule.enabled_by_default for code, rule in RULES.items()}
MARK = "-- expect: "


def lint_text(text: str, mode: Mode, *, enable: tuple[str, ...] = (),
              path: str = "fixture.sql") -> LintResult:
    settings = load_settings({"enable": list(enable)}, KNOWN, source="test")
    return run([SourceFile.parse(Path(path), text, mode)], RULES, settings)


def cases() -> list[tuple[str, Mode]]:
    found = []
    for code, rule in RULES.items():
        for mode in (Mode.SCHEMA, Mode.MIGRATION):
            if mode in rule.modes:
                found.append((code, mode))
    return found


def expected_lines(text: str, code: str) -> set[int]:
    return {number for number, line in enumerate(text.splitlines(), start=1)
            if line.rstrip().endswith(MARK + code)}


def test_at_least_sixty_rules_in_the_four_families() -> None:
    families = {code.rstrip("0123456789") for code in RULES}
    assert {"SEC", "MIG", "INT", "PLP"} <= families <= set(FAMILIES)
    assert len([code for code in RULES if not code.startswith("LNT")]) >= 60


def test_every_rule_has_both_fixtures() -> None:
    missing = [f"{code}/{name}" for code in RULES for name in ("bad.sql", "good.sql")
               if not (FIXTURES / code / name).is_file()]
    assert missing == []


@pytest.mark.parametrize(("code", "mode"), cases(), ids=str)
def test_bad_fixture_triggers_the_rule(code: str, mode: Mode) -> None:
    text = (FIXTURES / code / "bad.sql").read_text(encoding="utf-8")
    result = lint_text(text, mode, enable=(code,))
    lines = {finding.line for finding in result.findings if finding.code == code}
    assert lines, f"{code} did not fire on its bad fixture ({mode})"
    marked = expected_lines(text, code)
    if marked:
        assert lines == marked


@pytest.mark.parametrize(("code", "mode"), cases(), ids=str)
def test_good_fixture_does_not_trigger_the_rule(code: str, mode: Mode) -> None:
    text = (FIXTURES / code / "good.sql").read_text(encoding="utf-8")
    result = lint_text(text, mode, enable=(code,))
    assert [f.message for f in result.findings if f.code == code] == []


@pytest.mark.parametrize("code", sorted(RULES))
def test_explain_examples_behave_like_the_fixtures(code: str) -> None:
    rule = RULES[code]
    mode = Mode.SCHEMA if Mode.SCHEMA in rule.modes else Mode.MIGRATION
    bad = lint_text(rule.bad, mode, enable=(code,))
    good = lint_text(rule.good, mode, enable=(code,))
    assert any(finding.code == code for finding in bad.findings)
    assert not any(finding.code == code for finding in good.findings)
