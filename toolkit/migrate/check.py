"""The static check of a migration directory (``canon check``): no database involved."""

from __future__ import annotations

from toolkit.migrate import checksums
from toolkit.migrate.directory import MigrationDirectory
from toolkit.migrate.findings import Code, Finding, short, sort_findings
from toolkit.migrate.renumber import plan_moves


def check_directory(directory: MigrationDirectory) -> list[Finding]:
    """Every finding about the directory: numbering, pairing, names and canon.sum."""
    findings = structure_findings(directory) + checksums.verify(directory)
    return sort_findings(findings)


def structure_findings(directory: MigrationDirectory) -> list[Finding]:
    """Duplicate versions, missing and orphan rollbacks, badly named files."""
    findings: list[Finding] = []
    moves = plan_moves(directory)
    moved = {move.migration.stem for move in moves}
    duplicates = directory.duplicates()
    for move in moves:
        version = move.migration.version
        keeper = next(m for m in duplicates[version] if m.stem not in moved)
        findings.append(Finding(
            Code.DUPLICATE_VERSION, move.migration.up_path,
            f"version {version} is used by both {keeper.name} and {move.migration.name}",
            f"run `canon renumber` (it moves {move.migration.name} and its rollback to "
            f"{move.new_stem}.sql and rewrites canon.sum), or rename one of them by hand "
            "and run `canon hash`"))
    for migration in directory.migrations:
        if migration.down_path is None:
            expected = directory.rollbacks_dir / migration.name
            findings.append(Finding(
                Code.MISSING_ROLLBACK, migration.up_path,
                f"has no rollback: {short(expected)} does not exist",
                f"write {short(expected)} (the statements that undo this migration), then run "
                "`canon hash`"))
    for path in directory.orphan_rollbacks:
        findings.append(Finding(
            Code.ORPHAN_ROLLBACK, path,
            f"rollback without a migration: {short(directory.migrations_dir / path.name)} "
            "does not exist",
            "rename it to match its migration, or delete it; then run `canon hash`"))
    for path in directory.bad_names:
        findings.append(Finding(
            Code.BAD_NAME, path,
            "is not named V_slug.sql (leading version digits, '_', then letters, digits, "
            "'_' or '-')",
            "rename it, e.g. 0009_add_payouts.sql, then run `canon hash`"))
    return findings
