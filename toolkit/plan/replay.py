"""Replay of a migration history on a scratch database: up, every rollback in reverse, up
again, inspecting after each step.

Published projects ship rollbacks that do not work or do not restore what their migration
changed; the replay finds them before production does.
"""

from __future__ import annotations

from toolkit.config import ProjectConfig
from toolkit.errors import CanonError
from toolkit.migrate.directory import Migration, MigrationDirectory
from toolkit.migrate.findings import Code, Finding
from toolkit.model import Catalog
from toolkit.plan.builder import catalogs_match
from toolkit.plan.scripts import run_sql_text
from toolkit.plan.states import Workspace


def replay_history(config: ProjectConfig) -> list[Finding]:
    """Findings of the replay; stops at the first script that fails."""
    from toolkit.inspect import inspect_catalog

    migrations = MigrationDirectory.load(config).ordered()
    workspace = Workspace(config)
    try:
        name = workspace.new_database()
        url = workspace.scratch.url_for(name)

        def state() -> Catalog:
            return inspect_catalog(url, config.schemas)

        states = [state()]
        for migration in migrations:
            failure = _run(url, migration, down=False)
            if failure:
                return [failure]
            states.append(state())
        findings: list[Finding] = []
        for index in range(len(migrations) - 1, -1, -1):
            migration = migrations[index]
            if migration.down_path is None:
                findings.append(Finding(
                    Code.NOT_RESTORED, migration.up_path,
                    f"replay stops: {migration.stem} has no rollback",
                    "write its rollback in rollbacks/ (canon plan writes both)"))
                return findings
            failure = _run(url, migration, down=True)
            if failure:
                return [*findings, failure]
            remaining = catalogs_match(state(), states[index])
            if remaining:
                findings.append(Finding(
                    Code.NOT_RESTORED, migration.down_path,
                    f"after this rollback the database is not back where it was before "
                    f"{migration.stem}: " + "; ".join(remaining[:8]),
                    "make the rollback undo exactly what the migration does"))
        for migration in migrations:
            failure = _run(url, migration, down=False)
            if failure:
                return [*findings, _again(failure)]
        remaining = catalogs_match(state(), states[-1])
        if remaining:
            findings.append(Finding(
                Code.NOT_REPEATABLE, migrations[-1].up_path,
                "after rolling everything back, migrating again does not rebuild the same "
                "schema: " + "; ".join(remaining[:8]),
                "check the rollbacks: something they leave behind changes the next migration"))
        workspace.scratch.drop_database(name)
        return findings
    finally:
        workspace.close()


def _run(url: str, migration: Migration, *, down: bool) -> Finding | None:
    path = migration.down_path if down else migration.up_path
    assert path is not None
    try:
        run_sql_text(url, path.name, path.read_text(encoding="utf-8"))
    except CanonError as exc:
        return Finding(Code.REPLAY_FAILED, path,
                       f"{'rollback' if down else 'migration'} {migration.stem} failed on a "
                       f"scratch database: {exc.message}",
                       "fix the script; the replay runs each one in its own transaction")
    return None


def _again(finding: Finding) -> Finding:
    return Finding(finding.code, finding.path, "on the second migration, " + finding.message,
                   finding.hint)
