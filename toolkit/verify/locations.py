"""Where drifted objects are declared, so a SARIF report can place each finding in a file.

Code scanning shows a result only at a file and line. A missing or changed object (or column)
points at its declaration in the canonical files; an object the files do not declare (an
unexpected one), or one whose declaration cannot be found, points at the first line of the
project's config file, which names the schemas canon manages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from toolkit.config import ProjectConfig
from toolkit.model import ObjectKey, Table
from toolkit.model.names import SourceLocation
from toolkit.verify.drift import DriftFinding

Locate = Callable[[DriftFinding], SourceLocation]


def declaration_sites(config: ProjectConfig) -> Locate:
    """A function placing each drift finding at its declaration (or the config file)."""
    from toolkit.source import load_catalog

    def absolute(location: SourceLocation) -> SourceLocation:
        # Declarations record paths as the project gave them, relative to its root.
        return replace(location, path=str(config.path(Path(location.path))))

    catalog = load_catalog(config)
    objects: dict[ObjectKey, SourceLocation] = {}
    columns: dict[tuple[ObjectKey, str], SourceLocation] = {}
    for obj in catalog.objects():
        if obj.location is not None:
            objects[obj.key] = absolute(obj.location)
        if isinstance(obj, Table):
            for column in obj.columns:
                if column.location is not None:
                    columns[obj.key, column.name] = absolute(column.location)
    fallback = SourceLocation(str(config.config_file or config.root / "canon.toml"), 1, 1)

    def locate(finding: DriftFinding) -> SourceLocation:
        if finding.key is None:
            return fallback
        if finding.column is not None:
            found = columns.get((finding.key, finding.column)) or objects.get(finding.key)
        else:
            found = objects.get(finding.key)
        return found if found is not None else fallback

    return locate

