"""Normalized states: the canonical files and the migration history, each applied to a scratch
database and inspected, cached by content hash under ``.canon/cache/``."""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from toolkit.config import ProjectConfig, env
from toolkit.model import Catalog
from toolkit.plan.scripts import run_sql_text
from toolkit.postgres.scratch import ScratchServer, open_scratch_server

CACHE_VERSION = "2"


@dataclass(frozen=True)
class MigrationScript:
    """One migration's name and SQL text, in the order they apply."""

    name: str
    text: str


class Workspace:
    """A project's scratch server (started on first use) and its template databases."""

    def __init__(self, config: ProjectConfig) -> None:
        self.config = config
        self._scratch: ScratchServer | None = None
        self._prelude_template: str | None = None

    @property
    def scratch(self) -> ScratchServer:
        """The scratch server, started on first use."""
        if self._scratch is None:
            self._scratch = open_scratch_server(self.config.postgres_version,
                                                work_dir=None)
        return self._scratch

    def close(self) -> None:
        """Stop the scratch server if this workspace started it."""
        if self._scratch is not None:
            self._scratch.close()
            self._scratch = None

    def prelude_sql(self) -> str:
        """The prelude SQL (platform objects applied before everything else)."""
        from toolkit.source import prelude_sql

        return prelude_sql(self.config)

    def prelude_template(self) -> str:
        """A template database holding only the prelude."""
        if self._prelude_template is None:
            prelude = self.prelude_sql()
            digest = hashlib.sha256(prelude.encode()).hexdigest()[:16]
            name = f"canon_prelude_{digest}"
            self._prelude_template = self.scratch.create_template(
                name, lambda url: run_sql_text(url, "prelude", prelude))
        return self._prelude_template

    def new_database(self, template: str | None = None) -> str:
        """A fresh scratch database (prelude applied) and return its name."""
        return self.scratch.create_database(template or self.prelude_template())

    # Cached states ----------------------------------------------------------------------------

    def _cache_path(self, kind: str, parts: Sequence[str]) -> Path:
        digest = hashlib.sha256()
        for part in (CACHE_VERSION, str(self.config.postgres_version), env("CANON_DEV_URL") or "",
                     ",".join(self.config.schemas), self.prelude_sql(), *parts):
            digest.update(part.encode())
            digest.update(b"\0")
        return self.config.state_dir / "cache" / f"{kind}-{digest.hexdigest()[:32]}.pickle"

    def _cached(self, kind: str, parts: Sequence[str], build: Callable[[], Catalog]) -> Catalog:
        path = self._cache_path(kind, parts)
        if path.is_file():
            try:
                with path.open("rb") as handle:
                    cached = pickle.load(handle)
                if isinstance(cached, Catalog):
                    return cached
            except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError):
                pass
            path.unlink(missing_ok=True)
        catalog = build()
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        with temporary.open("wb") as handle:
            # The cache is canon's own private file under .canon/; pickle loads a
            # 2,000-table catalog several times faster than JSON.
            pickle.dump(catalog, handle, protocol=pickle.HIGHEST_PROTOCOL)
        temporary.replace(path)
        return catalog

    def state_of_sql(self, kind: str, scripts: Sequence[MigrationScript]) -> Catalog:
        """Apply ``scripts`` in order to a fresh scratch database and inspect it (cached)."""
        from toolkit.inspect import inspect_catalog

        def build() -> Catalog:
            name = self.new_database()
            try:
                url = self.scratch.url_for(name)
                for script in scripts:
                    run_sql_text(url, script.name, script.text)
                return inspect_catalog(url, self.config.schemas)
            finally:
                self.scratch.drop_database(name)

        parts = [part for script in scripts for part in (script.name, script.text)]
        return self._cached(kind, parts, build)

    def desired(self) -> Catalog:
        """The canonical files, normalized by PostgreSQL (renames carried over).

        Cached by the content of the canonical files themselves, so an unchanged project is
        neither compiled nor loaded into a database again.
        """
        from toolkit.source.files import canonical_paths

        parts = []
        for path in canonical_paths(self.config):
            parts += [str(path.relative_to(self.config.root)), path.read_text(encoding="utf-8")]
        return self._cached("desired-files", parts, self._normalize_canonical)

    def _normalize_canonical(self) -> Catalog:
        from toolkit.plan.builder import with_renames
        from toolkit.source import compile_project

        compiled = compile_project(self.config, release_trees=False)  # .catalog is used
        normalized = self.state_of_sql("desired",
                                       [MigrationScript("canonical files", compiled.sql)])
        return with_renames(normalized, compiled.catalog)

    def history(self) -> Catalog:
        """The state the migrations in migrations/ build, in order."""
        return self.state_of_sql("history", self.migration_scripts())

    def migration_scripts(self) -> list[MigrationScript]:
        """The up scripts of migrations/, in version order."""
        from toolkit.migrate.directory import MigrationDirectory

        directory = MigrationDirectory.load(self.config)
        return [MigrationScript(m.up_path.name, m.up_path.read_text(encoding="utf-8"))
                for m in directory.ordered()]
