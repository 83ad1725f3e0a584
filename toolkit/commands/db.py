"""Use cases of the embedded server and target databases: start, stop, status, ping."""

from __future__ import annotations

from dataclasses import dataclass

from toolkit.config import ProjectConfig
from toolkit.postgres.target import project_server


@dataclass(frozen=True)
class DbStatus:
    """State of the project's embedded server."""

    running: bool
    data_dir: str
    url: str | None
    pid: int | None
    version: int


def db_start(config: ProjectConfig) -> DbStatus:
    """Start the project's embedded server (idempotent)."""
    server = project_server(config)
    config.state_dir.mkdir(parents=True, exist_ok=True)
    server.start()
    return db_status(config)


def db_stop(config: ProjectConfig) -> bool:
    """Stop the project's embedded server; False if it was not running."""
    return project_server(config).stop()


def db_status(config: ProjectConfig) -> DbStatus:
    """Report whether the project's embedded server runs, and where."""
    server = project_server(config)
    status = server.status()
    return DbStatus(
        running=status is not None,
        data_dir=str(server.data_dir),
        url=status.url() if status else None,
        pid=status.pid if status else None,
        version=server.major_version,
    )


@dataclass(frozen=True)
class PingResult:
    """What a reachable database said about itself."""

    url: str
    server_version: str
    database: str


def ping(config: ProjectConfig, database: str | None) -> PingResult:
    """Connect to the target database and report its version."""
    from toolkit.commands.target import target_url
    from toolkit.postgres.connect import connect
    from toolkit.secrets import mask_url

    url = target_url(config, database)
    with connect(url) as conn:
        row = conn.execute("select current_setting('server_version'), current_database()"
                           ).fetchone()
    assert row is not None
    return PingResult(url=mask_url(url), server_version=str(row[0]), database=str(row[1]))
