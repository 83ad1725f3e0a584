"""Canonical files to Catalog and to one ordered SQL script. The only package importing pglast.

Public API:

- :func:`load_catalog` - the static :class:`~toolkit.model.Catalog` the canonical files declare;
- :func:`compile_project` - a :class:`CompiledProject`: the dependency-ordered script (``sql``),
  its ``statements`` with their locations, and the ``catalog``;
- :func:`load_statements` - every canonical statement with its parse tree and location;
- :func:`prelude_sql` - the SQL of the configured preludes, applied before anything else.

Every problem in a canonical file raises :class:`~toolkit.errors.SourceError`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from toolkit.lazy import lazy_exports

if TYPE_CHECKING:
    from toolkit.source.prelude import prelude_sql
    from toolkit.source.project import (
        CompiledProject,
        compile_project,
        load_catalog,
        load_files,
        load_files_and_catalog,
        load_statements,
    )
    from toolkit.source.script import CompiledStatement

# The public names are imported on first use (see toolkit.lazy): a command that needs one
# helper module of this package (identifier quoting, say) should not load the reader (~0.1 s).
_HOMES = {
    "CompiledProject": "toolkit.source.project",
    "CompiledStatement": "toolkit.source.script",
    "compile_project": "toolkit.source.project",
    "load_catalog": "toolkit.source.project",
    "load_files": "toolkit.source.project",
    "load_files_and_catalog": "toolkit.source.project",
    "load_statements": "toolkit.source.project",
    "prelude_sql": "toolkit.source.prelude",
}

__all__ = [
    "CompiledProject",
    "CompiledStatement",
    "compile_project",
    "load_catalog",
    "load_files",
    "load_files_and_catalog",
    "load_statements",
    "prelude_sql",
]


__getattr__ = lazy_exports(__name__, _HOMES)
