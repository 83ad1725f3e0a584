"""Use cases of planning: ``canon plan`` and ``canon diff``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from toolkit.config import ProjectConfig
from toolkit.errors import CanonError, FindingsError, UnsafeChangeError

if TYPE_CHECKING:
    from toolkit.model import Catalog
    from toolkit.plan.builder import Plan
    from toolkit.plan.states import Workspace


@dataclass(frozen=True)
class PlanOutcome:
    """What ``canon plan`` did: the plan, and the files written (None when nothing to do)."""

    plan: Plan
    written: tuple[Path, Path] | None


def plan_migration(config: ProjectConfig, message: str, *, allow_destructive: bool = False,
                   check: bool = False) -> PlanOutcome:
    """Diff history -> canonical files; prove and write the next migration pair."""
    from toolkit.plan.builder import build_plan
    from toolkit.plan.states import Workspace

    workspace = Workspace(config)
    try:
        history = workspace.history()
        desired = workspace.desired()
        plan = build_plan(history, desired)
        if plan.empty:
            return PlanOutcome(plan, None)
        if check:
            raise FindingsError(
                f"the canonical files hold {len(plan.up)} change(s) that no migration has:\n"
                + "\n".join(f"  {statement.splitlines()[0]}" for statement in plan.up_sql),
                hint='run `canon plan -m "describe the change"` and commit the migration')
        if plan.destructive and not allow_destructive:
            raise UnsafeChangeError(
                "refusing a change that can lose data:\n"
                + "\n".join(f"  {hazard.message}" for hazard in plan.destructive),
                hint="pass --allow-destructive if this is intended")
        from toolkit.plan.prove import prove_plan

        prove_plan(workspace, workspace.migration_scripts(), plan, history=history,
                   desired=desired, schemas=config.schemas)
        return PlanOutcome(plan, _write(config, message, plan))
    finally:
        workspace.close()


def _write(config: ProjectConfig, message: str, plan: Plan) -> tuple[Path, Path]:
    from toolkit.migrate.directory import slugify, write_pair
    from toolkit.plan.files import migration_text, rollback_text

    return write_pair(config, slugify(message),
                      lambda name: migration_text(name, message, plan),
                      lambda name: rollback_text(name, message, plan))


def resolve_state(config: ProjectConfig, workspace: Workspace, source: str) -> Catalog:
    """A catalog from ``canonical``, ``migrations`` or a database URL."""
    if source == "canonical":
        return workspace.desired()
    if source == "migrations":
        return workspace.history()
    if _is_url(source):
        from toolkit.inspect import inspect_catalog
        from toolkit.secrets import remember

        remember(source)
        return inspect_catalog(source, config.schemas)
    raise CanonError(f"unknown state {source!r}",
                     hint="use `canonical`, `migrations` or a postgresql:// URL")


def diff_states(config: ProjectConfig, source: str, target: str, *,
                with_down: bool = True) -> Plan:
    """The plan from one state to another."""
    if _is_url(source) and _is_url(target):
        return _diff_databases(config, source, target, with_down=with_down)
    from toolkit.plan.builder import build_plan
    from toolkit.plan.states import Workspace

    workspace = Workspace(config)
    try:
        return build_plan(resolve_state(config, workspace, source),
                          resolve_state(config, workspace, target), with_down=with_down)
    finally:
        workspace.close()


def _diff_databases(config: ProjectConfig, source: str, target: str, *,
                    with_down: bool) -> Plan:
    """The plan between two live databases, each read on one session, both at once.

    One session each keeps the server as busy as two would, without each session warming
    its own caches. Both servers start on their catalog queries before anything else is
    loaded; the code that builds catalogs and plans loads while they answer.
    """
    from toolkit.inspect.snapshot import reading
    from toolkit.secrets import remember

    remember(source)
    remember(target)
    with reading(source, config.schemas) as before_rows, \
            reading(target, config.schemas) as after_rows:
        from concurrent.futures import ThreadPoolExecutor

        from toolkit.inspect import catalog_from_rows
        from toolkit.inspect.shared import SharedValues

        shared = SharedValues()
        with ThreadPoolExecutor(max_workers=2) as pool:
            before = pool.submit(catalog_from_rows, before_rows, shared)
            after = pool.submit(catalog_from_rows, after_rows, shared)
            from toolkit.plan.builder import build_plan
            from toolkit.render import ddl  # noqa: F401

            return build_plan(before.result(), after.result(), with_down=with_down)


def _is_url(source: str) -> bool:
    return source.startswith(("postgresql://", "postgres://"))
