"""Use cases of the canonical sources: compile them into one script and a catalog file."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from toolkit.config import ProjectConfig
from toolkit.output import write_file

if TYPE_CHECKING:
    from toolkit.source import CompiledProject


@dataclass(frozen=True)
class CompileResult:
    """What ``canon compile`` produced: the script (and where it went), the statement count.

    ``project`` is the compiled project itself when the caller asked to keep it.
    """

    sql: str
    statements: int
    output: Path | None
    json_output: Path | None
    project: CompiledProject | None = field(default=None, repr=False, compare=False)


def compile_sources(config: ProjectConfig, output: Path | None, json_output: Path | None,
                    *, keep: bool = False) -> CompileResult:
    """Compile the canonical files; write the script to ``output`` (None: do not write) and
    the catalog JSON to ``json_output``. Nothing is written when the files have an error.

    ``keep`` returns the compiled project (parse trees included) in the result, for a
    process that exits right away and need not spend time freeing it.
    """
    from toolkit.memory import gc_paused
    from toolkit.source import compile_project

    # Paused for the whole use case: once compile_project returns, a collection would only
    # walk the objects the compiled project still holds, all of them acyclic.
    with gc_paused():
        compiled = compile_project(config, release_trees=not keep and json_output is None)
        catalog_text = None
        if json_output is not None:
            catalog_text = catalog_json_text(compiled.catalog.to_json())
        if output is not None:
            write_file(output, compiled.sql)
        if json_output is not None and catalog_text is not None:
            write_file(json_output, catalog_text)
        return CompileResult(compiled.sql, len(compiled.statements), output, json_output,
                             compiled if keep else None)


def catalog_json_text(data: dict[str, Any]) -> str:
    """The catalog JSON with sorted keys and one object per line.

    Line-per-object keeps diffs of the file readable and lets the fast C encoder do the work
    (an indented dump goes through the pure-Python encoder, minutes on big catalogs).
    """
    def encode(value: Any) -> str:
        return json.dumps(value, sort_keys=True, ensure_ascii=False)

    fields = []
    for key in sorted(data):
        value = data[key]
        if isinstance(value, list) and value:
            items = ",\n".join("  " + encode(item) for item in value)
            fields.append(f" {encode(key)}: [\n{items}\n ]")
        else:
            fields.append(f" {encode(key)}: {encode(value)}")
    return "{\n" + ",\n".join(fields) + "\n}\n"
