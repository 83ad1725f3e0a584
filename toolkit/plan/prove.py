"""Proof of a plan on a scratch database: up, down and up again must land where they should."""

from __future__ import annotations

from collections.abc import Sequence

from toolkit.errors import CanonError
from toolkit.model import Catalog
from toolkit.plan.builder import Plan, catalogs_match
from toolkit.plan.scripts import Script, run_sql_text, run_statements
from toolkit.plan.states import MigrationScript, Workspace


class ProofError(CanonError):
    """A generated migration did not do what it must; nothing was written."""


def prove_plan(workspace: Workspace, history_scripts: Sequence[MigrationScript], plan: Plan, *,
               history: Catalog, desired: Catalog, schemas: Sequence[str]) -> None:
    """Replay history, then apply up, down and up, inspecting after each step."""
    from toolkit.inspect import inspect_catalog

    name = workspace.new_database()
    url = workspace.scratch.url_for(name)
    try:
        for script in history_scripts:
            run_sql_text(url, script.name, script.text)
        steps = (("up", plan.up_sql, desired), ("down", plan.down_sql, history),
                 ("up again", plan.up_sql, desired))
        for label, statements, expected in steps:
            run_statements(url, Script(f"generated {label} script", statements))
            remaining = catalogs_match(inspect_catalog(url, schemas), expected)
            if remaining:
                raise ProofError(
                    f"after the {label} script the database differs from what it should be: "
                    + "; ".join(remaining[:10]),
                    hint="this is a gap in canon's differ; write this migration by hand "
                         "and report the case")
    finally:
        workspace.scratch.drop_database(name)
