"""How canon shows a file's path to a person: relative where that is shorter and unambiguous."""

from __future__ import annotations

from pathlib import Path


def shown_path(path: Path, root: Path | None = None) -> Path:
    """``path`` relative to ``root`` (the working directory by default) when it lies below it,
    else ``path`` as given."""
    try:
        return path.resolve().relative_to((root or Path.cwd()).resolve())
    except ValueError:
        return path
