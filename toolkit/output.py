"""Writing the files canon generates: no reader ever sees half of one."""

from __future__ import annotations

from pathlib import Path

from toolkit.errors import CanonError


def write_file(path: Path, text: str, *,
               hint: str = "check the path and its permissions") -> Path:
    """Write ``text`` to ``path`` and return it; ``hint`` goes with an error.

    A new or regular file is replaced atomically (directories are created); anything else
    (``/dev/null``, a pipe, a symlink) is written through, never replaced.
    """
    try:
        if path.is_symlink() or (path.exists() and not path.is_file()):
            with path.open("w", encoding="utf-8") as handle:
                handle.write(text)
            return path
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.tmp")
        temporary.write_text(text, encoding="utf-8")
        temporary.replace(path)
    except OSError as exc:
        raise CanonError(f"cannot write {path}: {exc.strerror}", hint=hint) from exc
    return path
