"""Use cases of ``canon lint``: choose the files, read them, run the rules, explain a rule."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from toolkit.config import ProjectConfig
from toolkit.errors import CanonError
from toolkit.lint.engine import LintResult, run
from toolkit.lint.files import SourceFile
from toolkit.lint.findings import Mode
from toolkit.lint.registry import Rule, all_rules
from toolkit.lint.schema import SchemaView
from toolkit.lint.settings import LintSettings, load_settings
from toolkit.memory import gc_paused
from toolkit.paths import shown_path
from toolkit.source.parser import decode_text


@dataclass(frozen=True)
class LintOutcome:
    """What a lint run found, with the rules it knows (reporters describe them)."""

    result: LintResult
    rules: Mapping[str, Rule]
    settings: LintSettings


def settings_for(config: ProjectConfig | None) -> LintSettings:
    """The lint settings of ``config`` (``[tool.canon.lint]``), defaults without a project."""
    rules = all_rules()
    known = {code: rule.enabled_by_default for code, rule in rules.items()}
    if config is None:
        return load_settings({}, known, source="defaults")
    source = str(config.config_file or config.root)
    default_schema = config.schemas[0] if config.schemas else "public"
    return load_settings(config.lint, known, source=source, default_schema=default_schema)


def lint(config: ProjectConfig | None, paths: Iterable[Path], *,
         migrations: bool = False) -> LintOutcome:
    """Lint ``paths`` (files or directories), or the project when no path is given.

    Without paths: the project's canonical files, plus its migrations/ files (read as
    migrations) when ``migrations`` is set. With paths: each file is read as a migration when
    ``migrations`` is set or it lies in the project's migrations directory, else as schema.
    Canonical files of the project are linted in the context of the whole project (a policy
    in policies/ protects a table in schema/), with findings reported for the given files.
    """
    rules = all_rules()
    settings = settings_for(config)
    wanted = _expand(paths)
    with gc_paused():
        if not wanted:
            if config is None:
                raise CanonError("no paths given and no canon project found",
                                 hint="pass SQL files or directories, or run inside a project")
            files, schema = _project_files(config, settings)
            if migrations:
                migration_dir = config.path(config.migrations_dir)
                if migration_dir.is_dir():
                    files += [_read(path, Mode.MIGRATION, config.root)
                              for path in _expand([migration_dir])]
            result = run(files, rules, settings, schema)
            return LintOutcome(_relocated(result, config), rules, settings)
        modes = {path: _mode(config, path, migrations) for path in wanted}
        schema_paths = {path.resolve() for path, mode in modes.items() if mode is Mode.SCHEMA}
        if config is not None and schema_paths and schema_paths <= _canonical_paths(config):
            files, schema = _project_files(config, settings)
            files += [_read(path, mode, config.root) for path, mode in modes.items()
                      if mode is Mode.MIGRATION]
            result = run(files, rules, settings, schema)
            return LintOutcome(_relocated(_only(result, config, set(modes)), config), rules,
                               settings)
        files = [_read(path, mode) for path, mode in modes.items()]
        return LintOutcome(run(files, rules, settings), rules, settings)


def _canonical_paths(config: ProjectConfig) -> set[Path]:
    """Every canonical file of the project, resolved."""
    roots = [config.path(directory) for directory in
             (config.schema_dir, config.functions_dir, config.policies_dir)]
    return {path.resolve() for path in _expand(root for root in roots if root.is_dir())}


def _only(result: LintResult, config: ProjectConfig, paths: set[Path]) -> LintResult:
    """``result`` (paths relative to the project root) restricted to the files in ``paths``."""
    wanted = {path.resolve() for path in paths}

    def kept(path: Path) -> bool:
        """Whether a project-relative path is one of the requested files."""
        return (config.root / path).resolve() in wanted

    return LintResult(findings=[finding for finding in result.findings if kept(finding.path)],
                      files=[file for file in result.files if kept(file.path)],
                      suppressed=result.suppressed)


def _relocated(result: LintResult, config: ProjectConfig) -> LintResult:
    """``result`` with paths relative to the working directory instead of the project root,
    so editors, SARIF consumers and GitHub find the files from where canon ran."""
    moved: dict[Path, Path] = {}

    def place(path: Path) -> Path:
        """The working-directory path of a project-relative path."""
        if path not in moved:
            moved[path] = shown_path(config.root / path)
        return moved[path]

    for file in result.files:
        file.path = place(file.path)
    findings = [replace(finding, path=place(finding.path)) for finding in result.findings]
    return LintResult(findings=findings, files=result.files, suppressed=result.suppressed)


def explain(code: str) -> Rule:
    """The rule with ``code`` (case-insensitive); an unknown code is an input error."""
    rules = all_rules()
    rule = rules.get(code.strip().upper())
    if rule is None:
        raise CanonError(f"unknown rule code {code!r}",
                         hint="`canon lint --list` prints every rule code")
    return rule


def _mode(config: ProjectConfig | None, path: Path, migrations: bool) -> Mode:
    """How ``path`` is read: as a migration or as schema."""
    if migrations:
        return Mode.MIGRATION
    if config is not None:
        migration_dir = config.path(config.migrations_dir).resolve()
        if path.resolve().is_relative_to(migration_dir):
            return Mode.MIGRATION
    return Mode.SCHEMA


def _expand(paths: Iterable[Path]) -> list[Path]:
    """Files as given, and the ``.sql`` files under each directory, in a stable order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(child for child in path.rglob("*.sql") if child.is_file()))
        elif path.is_file():
            found.append(path)
        else:
            raise CanonError(f"{path}: no such file or directory",
                             hint="pass existing SQL files or directories")
    return found


def _read(path: Path, mode: Mode, root: Path | None = None) -> SourceFile:
    """Read and parse one file (bad UTF-8 and syntax errors are SourceErrors)."""
    shown = shown_path(path, root)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CanonError(f"{path}: cannot read: {exc.strerror}") from exc
    return SourceFile.parse(shown, decode_text(raw, shown), mode)


def _project_files(config: ProjectConfig,
                   settings: LintSettings) -> tuple[list[SourceFile], SchemaView]:
    """The canonical files and the schema they declare.

    The source package reads the files once (same discovery and paths as every other
    command) and builds the catalog; the parse trees beside it come from the same statements.
    """
    from toolkit.lint.adapter import build_schema
    from toolkit.source import load_files_and_catalog

    loaded, catalog = load_files_and_catalog(config)
    files = [SourceFile(file.path, file.source.text, Mode.SCHEMA, list(file.statements))
             for file in loaded]
    schema = build_schema(files, settings)
    schema.catalog = catalog
    return files, schema
