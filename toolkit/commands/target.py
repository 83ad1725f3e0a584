"""The target database of a command, with the project's prelude on the embedded default."""

from __future__ import annotations

import hashlib

from toolkit.config import ProjectConfig, env
from toolkit.postgres.target import project_server, resolve_target


def target_url(config: ProjectConfig, database: str | None) -> str:
    """``--database``, else CANON_DATABASE_URL, else the embedded server with the prelude.

    The embedded default stands in for the platform (Supabase, say) the way scratch databases
    do: the prelude's objects (``auth.uid()``, the API roles) are applied to it once, and again
    whenever the prelude changes. The prelude is written to be safe to run again.
    """
    url = resolve_target(config, database)
    if database or env("CANON_DATABASE_URL"):
        return url
    from toolkit.plan.scripts import run_sql_text
    from toolkit.source import prelude_sql

    prelude = prelude_sql(config)
    # Kept in the data directory, so a fresh server gets the prelude again.
    marker = project_server(config).data_dir / "canon-prelude.sha256"
    digest = hashlib.sha256(prelude.encode()).hexdigest()
    if prelude and (not marker.exists() or marker.read_text(encoding="utf-8") != digest):
        run_sql_text(url, "prelude", prelude)
        marker.write_text(digest, encoding="utf-8")
    return url
