"""Finding and reading models files: one file, or every ``.ts`` / ``.py`` file under a
directory (``node_modules``, ``__pycache__``, virtual environments and hidden directories
left out)."""

from __future__ import annotations

from pathlib import Path

from toolkit.errors import CanonError
from toolkit.memory import gc_paused
from toolkit.verify.models.declared import ModelFile
from toolkit.verify.models.python import read_python
from toolkit.verify.models.typescript import read_typescript

_SUFFIXES = (".ts", ".mts", ".cts", ".py", ".pyi")
_SKIPPED_DIRECTORIES = frozenset({"node_modules", "__pycache__", "venv", "site-packages"})


def model_paths(path: Path) -> list[Path]:
    """The models files ``path`` names (itself, or the files under it), in a stable order."""
    if path.is_file():
        if path.suffix not in _SUFFIXES:
            raise CanonError(f"{path}: not a TypeScript or Python file",
                             hint="pass a .ts or .py file, or a directory holding them")
        return [path]
    if not path.is_dir():
        raise CanonError(f"{path}: no such file or directory",
                         hint="pass --models the types file or the directory of models")
    found = []
    for candidate in sorted(path.rglob("*")):
        parts = candidate.relative_to(path).parts
        if any(p.startswith(".") or p in _SKIPPED_DIRECTORIES for p in parts[:-1]):
            continue
        if candidate.is_file() and candidate.suffix in _SUFFIXES:
            found.append(candidate)
    return found




def read_models(path: Path) -> list[ModelFile]:
    """Every models file under ``path``, read without running anything.

    A TypeScript file without a ``Database`` type and a Python file without model classes
    hold no models; finding none at all is an error.
    """
    with gc_paused():
        files = _read(model_paths(path))
    if not files:
        raise CanonError(f"no typed models found in {path}",
                         hint="TypeScript needs a `Database` type as `supabase gen types "
                              "typescript` prints it; Python needs dataclasses, pydantic "
                              "models or TypedDicts")
    return files


def _read(paths: list[Path]) -> list[ModelFile]:
    """The models of ``paths``: each TypeScript file alone, the Python files together."""
    files: list[ModelFile] = []
    python: list[tuple[Path, str]] = []
    for candidate in paths:
        try:
            text = candidate.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise CanonError(f"cannot read {candidate}: {exc}",
                             hint="models files must be readable UTF-8 text") from exc
        if candidate.suffix in (".py", ".pyi"):
            python.append((candidate, text))
            continue
        found = read_typescript(candidate, text)
        if found is not None:
            files.append(found)
    return files + [f for f in read_python(python) if f.relations]
