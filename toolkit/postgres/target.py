"""The database a command acts on: --database, CANON_DATABASE_URL, or the embedded default."""

from __future__ import annotations

from toolkit.config import ProjectConfig, env
from toolkit.postgres.binaries import default_binaries
from toolkit.postgres.server import LocalServer
from toolkit.secrets import remember


def project_server(config: ProjectConfig) -> LocalServer:
    """The project's persistent embedded server under ``.canon/db`` (durable settings)."""
    return LocalServer(config.state_dir / "db", default_binaries(), durable=True)


def resolve_target(config: ProjectConfig, database: str | None) -> str:
    """Return the target URL, starting the embedded default server when none is given."""
    url = database or env("CANON_DATABASE_URL")
    if url:
        remember(url)
        return url
    return project_server(config).start().url()
