"""Rules about ``canon:ignore`` directives themselves (LNT); the engine reports them."""

from __future__ import annotations

from toolkit.lint.findings import Severity
from toolkit.lint.registry import BOTH_MODES, Rule, register


@register
class DirectiveWithoutReason(Rule):
    """LNT001."""

    code = "LNT001"
    name = "ignore-without-reason"
    severity = Severity.ERROR
    modes = BOTH_MODES
    summary = "canon:ignore without a reason"
    explanation = (
        "A suppressed finding is a decision someone made; the reason is what lets the next "
        "reader check that it still holds. `-- canon:ignore CODE` without text after the "
        "code still suppresses the finding but is reported itself. Write the reason after "
        "the code.")
    bad = "-- canon:ignore INT005\nCREATE TABLE events (kind text);"
    good = "-- canon:ignore INT005 append-only log, rows are never addressed\n" \
           "CREATE TABLE events (kind text);"


@register
class DirectiveUnknownCode(Rule):
    """LNT002."""

    code = "LNT002"
    name = "ignore-unknown-code"
    severity = Severity.WARNING
    modes = BOTH_MODES
    summary = "canon:ignore names a rule that does not exist"
    explanation = (
        "A directive naming a code canon does not know suppresses nothing, usually because "
        "of a typo, and the finding it was meant for is still reported. `canon lint --list` "
        "prints every code.")
    bad = "-- canon:ignore INT0005 append-only log\nCREATE TABLE events (kind text);"
    good = "-- canon:ignore INT005 append-only log\nCREATE TABLE events (kind text);"


@register
class DirectiveUnused(Rule):
    """LNT003."""

    code = "LNT003"
    name = "ignore-unused"
    severity = Severity.WARNING
    modes = BOTH_MODES
    summary = "canon:ignore that suppresses nothing"
    explanation = (
        "A directive whose statement no longer triggers the rule is stale: the problem was "
        "fixed, or the directive sits above the wrong statement. Remove it so it does not "
        "hide a future finding.")
    bad = ("-- canon:ignore INT005 append-only log\n"
           "CREATE TABLE events (id bigint PRIMARY KEY, kind text);")
    good = "CREATE TABLE events (id bigint PRIMARY KEY, kind text);"
