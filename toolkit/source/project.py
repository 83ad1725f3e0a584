"""A project's canonical files end to end: statements, the static Catalog, the compiled script."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Executor, ThreadPoolExecutor

from toolkit.config import ProjectConfig
from toolkit.errors import SourceError
from toolkit.memory import gc_paused
from toolkit.model import Catalog
from toolkit.source.builder import Build, CatalogBuilder
from toolkit.source.files import (
    SourceFile,
    canonical_paths,
    display_path,
    parse_file_text,
    read_sql_file,
    read_text,
)
from toolkit.source.order import order
from toolkit.source.parser import Statement, parse_tree_text
from toolkit.source.prelude import prelude_objects
from toolkit.source.readers.common import ReadContext
from toolkit.source.resolve import NameIndex, Resolver
from toolkit.source.script import CompiledStatement, render, script
from toolkit.source.statements import check_declarative, read_statement


class CompiledProject:
    """The canonical files compiled: one ordered script, its statements and the catalog.

    ``catalog`` is assembled on first use: writing the script does not need it.
    """

    def __init__(self, sql: str, statements: tuple[CompiledStatement, ...], build: Build,
                 ) -> None:
        """Keep the script, its statements and the build the catalog comes from."""
        self.sql = sql
        self.statements = statements
        self._build = build

    @property
    def catalog(self) -> Catalog:
        """The static catalog of the canonical files."""
        with gc_paused():
            return self._build.catalog




def load_files(config: ProjectConfig) -> list[SourceFile]:
    """Every canonical file, parsed, sorted by path (syntax errors raise SourceError)."""
    with gc_paused():
        return [read_sql_file(path, display_path(config, path))
                for path in canonical_paths(config)]


def load_statements(config: ProjectConfig) -> list[Statement]:
    """The parsed statements of every canonical file, with their locations, file by file."""
    return [statement for file in load_files(config) for statement in file.statements]


def read_project(config: ProjectConfig, *, release_trees: bool = True) -> Build:
    """Read, check and resolve the canonical files; raises SourceError on any problem.

    With ``release_trees`` each file's parse trees are dropped once read, which halves the
    memory of compiling a big project; a caller that builds the catalog keeps them (building
    it would parse every file again).
    """
    # libpg_query runs without the GIL: one helper thread parses files (and PL/pgSQL
    # bodies) ahead while this thread decodes and reads, in file order.
    with gc_paused(), ThreadPoolExecutor(max_workers=1) as pool:
        context = ReadContext(postgres_version=config.postgres_version, executor=pool)
        declarations = []
        files = []
        try:
            for file in _parsed_files(config, pool):
                files.append(file)
                for statement in file.statements:
                    check_declarative(statement, file)
                declarations += [read_statement(statement, file, context)
                                 for statement in file.statements]
                context.flush()
                if release_trees:
                    file.release()  # what the checks need is read; trees come back on demand
            context.finish()
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)  # an error stops reading early
            raise
        external = prelude_objects(config)
        declared = NameIndex(key for declaration in declarations
                             for key in declaration.provides)
        for declaration in declarations:
            if declaration.extension_schema is not None:
                external.extension_schemas.add(declaration.extension_schema)
        builder = CatalogBuilder(declarations, Resolver(declared, external),
                                 config.postgres_version)
        build = builder.check()
        build.files = files
        return build


def _parsed_files(config: ProjectConfig, pool: Executor) -> Iterator[SourceFile]:
    """The canonical files in order, each parsed by ``pool`` ahead of the caller."""
    paths = canonical_paths(config)
    shown = [display_path(config, path) for path in paths]
    texts: list[str | SourceError] = []
    for path, name in zip(paths, shown, strict=True):
        try:
            texts.append(read_text(path, name))
        except SourceError as exc:
            texts.append(exc)
    trees = [pool.submit(parse_tree_text, text) if isinstance(text, str) else None
             for text in texts]
    for name, text, tree in zip(shown, texts, trees, strict=True):
        if isinstance(text, SourceError):
            raise text
        yield parse_file_text(text, name, tree.result() if tree is not None else None)


def load_catalog(config: ProjectConfig) -> Catalog:
    """The static catalog the canonical files declare."""
    # The catalog needs every parse tree: released trees would only be parsed again.
    build = read_project(config, release_trees=False)
    with gc_paused():
        return build.catalog


def load_files_and_catalog(config: ProjectConfig) -> tuple[list[SourceFile], Catalog]:
    """Every canonical file, parsed, and the static catalog they declare, from one reading."""
    build = read_project(config, release_trees=False)
    with gc_paused():
        return build.files, build.catalog


def compile_project(config: ProjectConfig, *, release_trees: bool = True) -> CompiledProject:
    """The canonical files as one dependency-ordered script, plus the catalog.

    ``release_trees``: see :func:`read_project`; a process that exits right after compiling
    keeps them (freeing millions of small objects costs more than holding them).
    """
    build = read_project(config, release_trees=release_trees)
    with gc_paused():
        statements = render(order(build), build)
        return CompiledProject(script(statements), tuple(statements), build)
