"""Use cases of the canonical sources: compile them into one script and a catalog file."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from toolkit.config import ProjectConfig
from toolkit.errors import CanonError


@dataclass(frozen=True)
class CompileResult:
    """What ``canon compile`` produced: the script (and where it went), the statement count."""

    sql: str
    statements: int
    output: Path | None
    json_output: Path | None


def compile_sources(config: ProjectConfig, output: Path | None,
                    json_output: Path | None) -> CompileResult:
    """Compile the canonical files; write the script to ``output`` (None: do not write) and
    the catalog JSON to ``json_output``. Nothing is written when the files have an error."""
    from toolkit.source import compile_project
    from toolkit.source.project import gc_paused

    compiled = compile_project(config)
    catalog_text = None
    if json_output is not None:
        with gc_paused():  # a large acyclic structure: the cyclic collector only costs time
            catalog_text = json.dumps(compiled.catalog.to_json(), indent=1,
                                      sort_keys=True) + "\n"
    if output is not None:
        _write(output, compiled.sql)
    if json_output is not None and catalog_text is not None:
        _write(json_output, catalog_text)
    return CompileResult(compiled.sql, len(compiled.statements), output, json_output)


def _write(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically, creating the directory."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_text(text, encoding="utf-8")
        temporary.replace(path)
    except OSError as exc:
        raise CanonError(f"cannot write {path}: {exc.strerror}",
                         hint="check the path and its permissions") from exc
