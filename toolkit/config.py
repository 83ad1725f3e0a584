"""Project configuration: ``[tool.canon]`` in pyproject.toml or a ``canon.toml``."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from toolkit.errors import ConfigError, NoProjectError

DEFAULT_POSTGRES_VERSION = 18

_PATH_KEYS = ("schema", "functions", "policies", "migrations", "rollbacks")
_KNOWN_KEYS = frozenset(
    {*_PATH_KEYS, "schemas", "postgres_version", "prelude", "lint", "drift"}
)


@dataclass(frozen=True)
class ProjectConfig:
    """A canon project: its root directory and the settings read from its config file."""

    root: Path
    config_file: Path | None = None
    schema_dir: Path = Path("schema")
    functions_dir: Path = Path("functions")
    policies_dir: Path = Path("policies")
    migrations_dir: Path = Path("migrations")
    rollbacks_dir: Path = Path("rollbacks")
    schemas: tuple[str, ...] = ("public",)
    postgres_version: int = DEFAULT_POSTGRES_VERSION
    prelude: tuple[str, ...] = ()
    lint: dict[str, Any] = field(default_factory=dict)
    drift: dict[str, Any] = field(default_factory=dict)

    def path(self, relative: Path) -> Path:
        """Return ``relative`` resolved against the project root."""
        return relative if relative.is_absolute() else self.root / relative

    @property
    def state_dir(self) -> Path:
        """The project's private directory (``.canon/``), ignored by git."""
        return self.root / ".canon"


def find_project(start: Path | None = None, explicit: Path | None = None) -> ProjectConfig:
    """Locate and load the project: ``explicit`` if given, else walk up from ``start``."""
    if explicit is not None:
        root = explicit.resolve()
        if not root.is_dir():
            raise ConfigError(f"project directory {root} does not exist",
                              hint="pass --project with an existing directory")
        return load_project(root)
    here = (start or Path.cwd()).resolve()
    for candidate in (here, *here.parents):
        found = project_file(candidate)
        if found is not None:
            return _from_table(candidate, *found)
    raise NoProjectError(
        f"no canon project found in {here} or any parent directory",
        hint="create canon.toml (or [tool.canon] in pyproject.toml), or pass --project DIR",
    )


def load_project(root: Path) -> ProjectConfig:
    """Load the configuration of the project rooted at ``root`` (defaults if it has none)."""
    found = project_file(root)
    return _from_table(root, *found) if found is not None else ProjectConfig(root=root)


def project_file(root: Path) -> tuple[Path, Any] | None:
    """The config file of a project rooted at ``root`` and its canon table: ``canon.toml``,
    else ``[tool.canon]`` of ``pyproject.toml``; None when ``root`` has neither."""
    canon_toml = root / "canon.toml"
    if canon_toml.is_file():
        return canon_toml, _read_toml(canon_toml)
    pyproject = root / "pyproject.toml"
    if pyproject.is_file():
        table = _read_toml(pyproject).get("tool", {}).get("canon")
        if table is not None:
            return pyproject, table
    return None


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}", hint="fix the syntax") from exc


def _from_table(root: Path, source: Path, table: Any) -> ProjectConfig:
    if not isinstance(table, dict):
        raise ConfigError(f"{source}: [tool.canon] must be a table")
    unknown = sorted(set(table) - _KNOWN_KEYS)
    if unknown:
        raise ConfigError(
            f"{source}: unknown setting(s) in canon config: {', '.join(unknown)}",
            hint=f"known settings: {', '.join(sorted(_KNOWN_KEYS))}",
        )
    values: dict[str, Any] = {}
    for key in _PATH_KEYS:
        if key in table:
            values[f"{key}_dir"] = Path(_expect(source, key, table[key], str))
    if "schemas" in table:
        values["schemas"] = tuple(_expect_str_list(source, "schemas", table["schemas"]))
    if "prelude" in table:
        values["prelude"] = tuple(_expect_str_list(source, "prelude", table["prelude"]))
    if "postgres_version" in table:
        version = _expect(source, "postgres_version", table["postgres_version"], int)
        if not 14 <= version <= 18:
            raise ConfigError(f"{source}: postgres_version {version} is not supported",
                              hint="use a version from 14 to 18")
        values["postgres_version"] = version
    for key in ("lint", "drift"):
        if key in table:
            values[key] = _expect(source, key, table[key], dict)
    return ProjectConfig(root=root, config_file=source, **values)


def _expect(source: Path, key: str, value: Any, kind: type) -> Any:
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ConfigError(f"{source}: setting {key!r} must be a {kind.__name__}, "
                          f"not {type(value).__name__}")
    return value


def _expect_str_list(source: Path, key: str, value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ConfigError(f"{source}: setting {key!r} must be a list of strings")
    return list(value)


def env(name: str) -> str | None:
    """Return the CANON_* environment variable ``name`` if set and non-empty."""
    value = os.environ.get(name, "").strip()
    return value or None
