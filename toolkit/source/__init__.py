"""Canonical files to Catalog and to one ordered SQL script. The only package importing pglast.

Public API:

- :func:`load_catalog` - the static :class:`~toolkit.model.Catalog` the canonical files declare;
- :func:`compile_project` - a :class:`CompiledProject`: the dependency-ordered script (``sql``),
  its ``statements`` with their locations, and the ``catalog``;
- :func:`load_statements` - every canonical statement with its parse tree and location;
- :func:`prelude_sql` - the SQL of the configured preludes, applied before anything else.

Every problem in a canonical file raises :class:`~toolkit.errors.SourceError`.
"""

from toolkit.source.prelude import prelude_sql
from toolkit.source.project import (
    CompiledProject,
    compile_project,
    load_catalog,
    load_files,
    load_statements,
)
from toolkit.source.script import CompiledStatement

__all__ = [
    "CompiledProject",
    "CompiledStatement",
    "compile_project",
    "load_catalog",
    "load_files",
    "load_statements",
    "prelude_sql",
]
