"""Use cases of verification: ``canon drift``."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from toolkit.config import ProjectConfig
from toolkit.errors import CanonError
from toolkit.verify.drift import DriftFinding

AGAINST = ("canonical", "migrations")


@dataclass(frozen=True)
class DriftReport:
    """Drift of one live database: findings and the SQL that would reconcile it."""

    database: str
    against: str
    findings: tuple[DriftFinding, ...]
    reconcile_sql: tuple[str, ...]


def drift(config: ProjectConfig, database: str | None, against: str = "canonical") -> DriftReport:
    """Compare the live target database with the declared state."""
    from toolkit.commands.target import target_url
    from toolkit.inspect import inspect_catalog
    from toolkit.plan.builder import build_plan
    from toolkit.plan.states import Workspace
    from toolkit.secrets import mask_url
    from toolkit.verify.drift import find_drift

    if against not in AGAINST:
        raise CanonError(f"unknown state {against!r}", hint="use --against canonical or migrations")
    ignore = config.drift.get("ignore", [])
    if not isinstance(ignore, list) or not all(isinstance(p, str) for p in ignore):
        raise CanonError("[tool.canon.drift] ignore must be a list of patterns",
                         hint='e.g. ignore = ["public.audit_*"]')
    url = target_url(config, database)
    # The live database answers its catalog queries while the declared state loads here.
    with ThreadPoolExecutor(1, thread_name_prefix="canon-drift") as pool:
        inspection = pool.submit(inspect_catalog, url, config.schemas)
        workspace = Workspace(config)
        try:
            declared = workspace.desired() if against == "canonical" else workspace.history()
        finally:
            workspace.close()
        live = inspection.result()
    findings = find_drift(declared, live, ignore)
    reconcile = build_plan(live, declared).up_sql if findings else ()
    return DriftReport(mask_url(url), against, tuple(findings), tuple(reconcile))
