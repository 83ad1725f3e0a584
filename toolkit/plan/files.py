"""The text of migration and rollback files: a header with message and hazards, then SQL."""

from __future__ import annotations

from collections.abc import Sequence

from toolkit.plan.builder import Plan


def _statements(statements: Sequence[str]) -> str:
    return "".join(f"{statement};\n\n" for statement in statements).rstrip("\n") + "\n"


def migration_text(name: str, message: str, plan: Plan) -> str:
    """The up script: header (name, message, hazards, notes) and statements."""
    lines = [f"-- canon migration {name}", f"-- {message}"]
    if plan.hazards:
        lines.append("-- hazards:")
        lines += [f"--   {hazard.kind}: {hazard.message}" for hazard in plan.hazards]
    if plan.notes:
        lines.append("-- notes:")
        lines += [f"--   {note.message}" for note in plan.notes]
    return "\n".join(lines) + "\n\n" + _statements(plan.up_sql)


def rollback_text(name: str, message: str, plan: Plan) -> str:
    """The down script: header (what it cannot restore) and statements."""
    lines = [f"-- canon rollback of {name}", f"-- {message}"]
    if plan.not_restored:
        lines.append("-- this rollback cannot restore:")
        lines += [f"--   {lost}" for lost in plan.not_restored]
    return "\n".join(lines) + "\n\n" + _statements(plan.down_sql)
