"""Lint rules: the base class every rule extends, and the registry of rules by code.

A rule has a stable code (``SEC005``: the family, then a number), a default severity, a name,
a one-paragraph explanation with a bad and a good example, and the modes it runs in. It looks
at one statement at a time (``kinds`` names the statement kinds it wants, so the engine calls
it only for those), at the whole declared schema (``check_schema``), or both.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from toolkit.lint.files import SourceFile, Spot
from toolkit.lint.findings import Mode, Severity
from toolkit.model.names import SourceLocation

if TYPE_CHECKING:
    from toolkit.lint.schema import SchemaView
    from toolkit.lint.state import MigrationState, StatementContext

FAMILIES = {
    "SEC": "RLS and security",
    "MIG": "migration safety",
    "INT": "integrity and design",
    "PLP": "PL/pgSQL",
    "LNT": "lint directives",
}

SCHEMA_ONLY = frozenset({Mode.SCHEMA})
MIGRATION_ONLY = frozenset({Mode.MIGRATION})
BOTH_MODES = frozenset({Mode.SCHEMA, Mode.MIGRATION})


@dataclass(frozen=True)
class Hit:
    """A rule's report before configuration applies: a message and where it points."""

    message: str
    where: Spot | SourceLocation | None


class Rule:
    """Base class of every lint rule; subclasses set the class attributes and override checks."""

    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity]
    summary: ClassVar[str]
    explanation: ClassVar[str]
    bad: ClassVar[str]
    good: ClassVar[str]
    modes: ClassVar[frozenset[Mode]] = SCHEMA_ONLY
    kinds: ClassVar[tuple[str, ...]] = ()
    enabled_by_default: ClassVar[bool] = True

    @property
    def statement_modes(self) -> frozenset[Mode]:
        """Modes in which :meth:`check_statement` runs (all of the rule's modes by default)."""
        return self.modes

    @property
    def family(self) -> str:
        """The code's family prefix (``SEC``, ``MIG``, ``INT``, ``PLP``, ``LNT``)."""
        return self.code.rstrip("0123456789")

    def check_statement(self, ctx: StatementContext) -> Iterator[Hit]:
        """Findings for one statement of a kind listed in ``kinds``."""
        return iter(())

    def check_file(self, file: SourceFile, state: MigrationState | None) -> Iterator[Hit]:
        """Findings about a whole file, after its last statement (``state`` in migrations)."""
        return iter(())

    def check_schema(self, schema: SchemaView) -> Iterator[Hit]:
        """Findings over the whole declared schema (schema mode only)."""
        return iter(())

    @property
    def wants_schema(self) -> bool:
        """Whether the rule overrides :meth:`check_schema`."""
        return type(self).check_schema is not Rule.check_schema


RULES: dict[str, Rule] = {}


def register(cls: type[Rule]) -> type[Rule]:
    """Class decorator: add one instance of the rule to :data:`RULES` (codes are unique)."""
    rule = cls()
    if rule.code in RULES:
        raise RuntimeError(f"duplicate lint rule code {rule.code}")
    for attribute in ("name", "severity", "summary", "explanation", "bad", "good"):
        if not getattr(rule, attribute, None):
            raise RuntimeError(f"lint rule {rule.code} lacks {attribute}")
    RULES[rule.code] = rule
    return cls


def all_rules() -> dict[str, Rule]:
    """Every registered rule by code (importing the rule modules on first use)."""
    import toolkit.lint.rules  # noqa: F401  (registers the rules)

    return dict(sorted(RULES.items()))
