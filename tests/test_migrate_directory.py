"""The migration directory without a database: versions, pairing, canon.sum, check, renumber."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from toolkit.cli import app
from toolkit.config import load_project
from toolkit.errors import FindingsError
from toolkit.migrate import checksums
from toolkit.migrate.check import check_directory
from toolkit.migrate.directory import (
    MigrationDirectory,
    Status,
    file_digest,
    parse_name,
    slugify,
    write_pair,
)
from toolkit.migrate.findings import Code
from toolkit.migrate.renumber import plan_moves, renumber

SEED = Path(__file__).parent / "fixtures" / "migrate" / "seed_003"
runner = CliRunner()


def invoke(project: Path, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["--project", str(project), *args])
    return result.exit_code, result.output


def write(path: Path, text: str = "SELECT 1;\n") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def pair(project: Path, stem: str, up: str = "SELECT 1;\n", down: str | None = "SELECT 2;\n"
         ) -> None:
    write(project / "migrations" / f"{stem}.sql", up)
    if down is not None:
        write(project / "rollbacks" / f"{stem}.sql", down)


def directory(project: Path) -> MigrationDirectory:
    return MigrationDirectory.load(load_project(project))


def codes(project: Path) -> list[tuple[str, str]]:
    return [(f.code.value, f.path.name) for f in check_directory(directory(project))]


@pytest.fixture
def seed(project: Path) -> Path:
    shutil.copytree(SEED / "migrations", project / "migrations")
    return project


def test_versions_are_leading_digits_compared_as_numbers() -> None:
    assert parse_name("004_add_x.sql") is not None
    assert parse_name("004_add_x.sql").version == parse_name("0004_add_y.sql").version == 4  # type: ignore[union-attr]
    stamp = parse_name("20240131120000_create_users.sql")
    assert stamp is not None and stamp.version == 20240131120000
    assert stamp.slug == "create_users"
    for bad in ("004b_create_templates.sql", "add_x.sql", "004.sql", "004_.sql",
                "004_x.up.sql", "004_x y.sql", "004_x.txt", "٤_arabic_digit.sql"):
        assert parse_name(bad) is None, bad


def test_slugify() -> None:
    assert slugify("Add payouts!") == "add_payouts"
    assert slugify("  ") == "migration"


def test_pairing_and_statuses(project: Path) -> None:
    pair(project, "0001_a")
    pair(project, "0002_b", down=None)
    pair(project, "2_c")
    write(project / "rollbacks" / "0003_orphan.sql")
    write(project / "migrations" / "notes.md", "not a migration")
    found = directory(project)
    assert [m.stem for m in found.ordered()] == ["0001_a", "0002_b", "2_c"]
    assert [(e.migration.stem, e.status) for e in found.entries()] == [
        ("0001_a", Status.OK), ("0002_b", Status.DUPLICATE), ("2_c", Status.DUPLICATE)]
    assert [p.name for p in found.orphan_rollbacks] == ["0003_orphan.sql"]
    assert found.next_version() == 3


def test_seed_inventory_check_reports_duplicate_and_missing_rollbacks(seed: Path) -> None:
    code, output = invoke(seed, "check")
    assert code == 1
    assert ("M001 version 4 is used by both 004_add_favorites.sql and 004_create_templates.sql"
            in output)
    assert "canon renumber" in output and "0009_create_templates.sql" in output
    assert output.count("M002 has no rollback") == 9
    assert "M005 canon.sum is missing" in output


def test_seed_renumber_then_only_missing_rollbacks_remain(seed: Path) -> None:
    code, output = invoke(seed, "renumber")
    assert code == 0, output
    assert "004_create_templates.sql -> 0009_create_templates.sql" in output
    names = sorted(p.name for p in (seed / "migrations").iterdir())
    assert "0009_create_templates.sql" in names and "004_create_templates.sql" not in names
    assert "canon.sum" in names
    code, output = invoke(seed, "check", "--format", "json")
    assert code == 1
    report = json.loads(output)
    assert {f["code"] for f in report["findings"]} == {"M002"}
    assert len(report["findings"]) == 9
    assert report["migrations"] == 9


def test_renumber_moves_the_rollback_too_and_keeps_the_recorded_one(project: Path) -> None:
    pair(project, "0001_a")
    pair(project, "0002_ours")
    checksums.write(directory(project))
    pair(project, "0002_another_branch")  # sorts before 0002_ours, but canon.sum has ours
    moves = plan_moves(directory(project))
    assert [(m.migration.stem, m.new_stem) for m in moves] == [
        ("0002_another_branch", "0003_another_branch")]
    renumber(directory(project))
    assert (project / "rollbacks" / "0003_another_branch.sql").exists()
    assert not (project / "migrations" / "0002_another_branch.sql").exists()
    assert codes(project) == []


def test_renumber_never_moves_an_applied_migration(project: Path) -> None:
    pair(project, "0001_a")
    pair(project, "0001_b")
    moves = plan_moves(directory(project), applied={"0001_b"})
    assert [m.migration.stem for m in moves] == ["0001_a"]
    with pytest.raises(FindingsError, match="both applied"):
        plan_moves(directory(project), applied={"0001_a", "0001_b"})


def test_renumber_refuses_to_record_an_edit(project: Path) -> None:
    pair(project, "0001_a")
    pair(project, "0001_b")
    checksums.write(directory(project))
    write(project / "migrations" / "0001_a.sql", "SELECT 'edited';\n")
    with pytest.raises(FindingsError, match=r"changed since canon\.sum was written"):
        renumber(directory(project))
    assert (project / "migrations" / "0001_b.sql").exists()


def test_clean_directory_passes(project: Path) -> None:
    pair(project, "0001_a")
    pair(project, "0002_b")
    code, output = invoke(project, "hash")
    assert code == 0 and "wrote migrations/canon.sum (4 file(s))" in output
    code, output = invoke(project, "check")
    assert code == 0, output
    assert "ok: 2 migration(s)" in output


def test_canon_sum_format(project: Path) -> None:
    pair(project, "0001_a")
    pair(project, "0002_b", down=None)
    path = checksums.write(directory(project))
    lines = [line for line in path.read_text().splitlines() if not line.startswith("#")]
    assert [line.split()[:-1] for line in lines] == [
        ["up", "0001_a.sql"], ["down", "0001_a.sql"], ["up", "0002_b.sql"], ["chain"]]
    assert lines[0].split()[2] == file_digest(project / "migrations" / "0001_a.sql")
    entries = [checksums.SumEntry(*line.split()) for line in lines[:-1]]
    assert lines[-1].split()[1] == checksums.chain_digest(entries)


def test_edited_migration_is_told_apart_from_another_branch(project: Path) -> None:
    pair(project, "0001_a")
    pair(project, "0002_ours")
    checksums.write(directory(project))
    write(project / "migrations" / "0001_a.sql", "SELECT 'edited';\n")
    pair(project, "0002_theirs")
    pair(project, "0003_by_hand")
    found = {(f.code, f.path.parent.name, f.path.name): f
             for f in check_directory(directory(project))}
    edited = found[(Code.EDITED, "migrations", "0001_a.sql")]
    assert "edited after canon.sum recorded it" in edited.message
    assert "revert the edit" in edited.hint
    branch = found[(Code.BRANCH_CONFLICT, "migrations", "0002_theirs.sql")]
    assert "two branches both added version 2" in branch.message
    assert "0002_ours.sql" in branch.message and "canon renumber" in branch.hint
    assert (Code.BRANCH_CONFLICT, "rollbacks", "0002_theirs.sql") in found
    assert (Code.DUPLICATE_VERSION, "migrations", "0002_theirs.sql") in found
    assert (Code.UNRECORDED, "migrations", "0003_by_hand.sql") in found
    assert (Code.UNRECORDED, "rollbacks", "0003_by_hand.sql") in found
    assert len(found) == 6


def test_merge_conflict_markers_and_hand_edits_of_canon_sum(project: Path) -> None:
    pair(project, "0001_a")
    path = checksums.write(directory(project))
    original = path.read_text()
    body = original.splitlines(keepends=True)
    conflicted = "".join(body[:-1]) + "<<<<<<< ours\n" + body[-1] + "=======\n" + \
        "chain " + "0" * 64 + "\n>>>>>>> theirs\n"
    path.write_text(conflicted)
    found = check_directory(directory(project))
    assert [(f.code, f.line) for f in found] == [(Code.BRANCH_CONFLICT, len(body))]
    assert "merge conflict markers" in found[0].message
    path.write_text(original.replace("up 0001_a.sql", "up   0001_a.sql").replace(
        original.split()[-1], "f" * 64))
    found = check_directory(directory(project))
    assert [f.code for f in found] == [Code.SUM_INVALID]
    assert "chain hash does not match" in found[0].message
    path.write_text(original + "garbage here\n")
    assert [f.code for f in check_directory(directory(project))] == [Code.SUM_INVALID]


def test_deleted_and_renamed_files(project: Path) -> None:
    pair(project, "0001_a")
    pair(project, "0002_b", up="SELECT 'b';\n", down=None)
    checksums.write(directory(project))
    (project / "rollbacks" / "0001_a.sql").unlink()
    (project / "migrations" / "0002_b.sql").rename(project / "migrations" / "0002_renamed.sql")
    found = {(f.code, f.path.name): f for f in check_directory(directory(project))}
    assert (Code.RECORDED_FILE_MISSING, "0001_a.sql") in found
    renamed = found[(Code.RECORDED_FILE_MISSING, "0002_renamed.sql")]
    assert "renamed from 0002_b.sql" in renamed.message
    assert (Code.RECORDED_FILE_MISSING, "0002_b.sql") not in found


def test_bad_names_and_orphans_are_findings(project: Path) -> None:
    pair(project, "0001_a")
    write(project / "migrations" / "004b_create_templates.sql")
    write(project / "rollbacks" / "0007_gone.sql")
    checksums.write(directory(project))
    assert codes(project) == [("M004", "004b_create_templates.sql"), ("M003", "0007_gone.sql")]


def test_write_pair_takes_the_next_version_and_updates_canon_sum(project: Path) -> None:
    config = load_project(project)
    up, down = write_pair(config, "create_users", "CREATE TABLE users (id int);\n",
                          "DROP TABLE users;\n")
    assert up == project / "migrations" / "0001_create_users.sql"
    assert down.read_text() == "DROP TABLE users;\n"
    pair(project, "0041_by_hand")
    checksums.write(directory(project))
    up, _ = write_pair(config, "add_email", lambda stem: f"-- {stem}\nSELECT 1;\n", "SELECT 2;\n")
    assert up.name == "0042_add_email.sql"
    assert up.read_text().startswith("-- 0042_add_email\n")
    assert codes(project) == []


def test_write_pair_refuses_a_directory_with_unrecorded_changes(project: Path) -> None:
    pair(project, "0001_a")
    config = load_project(project)
    with pytest.raises(FindingsError, match=r"canon\.sum is missing"):
        write_pair(config, "next", "SELECT 1;\n", "SELECT 2;\n")
    assert not (project / "migrations" / "0002_next.sql").exists()


def test_json_check_lists_findings(seed: Path) -> None:
    code, output = invoke(seed, "check", "--format", "json")
    assert code == 1
    report = json.loads(output)
    duplicate = next(f for f in report["findings"] if f["code"] == "M001")
    assert duplicate["path"] == "migrations/004_create_templates.sql"
    assert "004_add_favorites.sql" in duplicate["message"]


def git(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", "-C", str(repo), "-c", "user.name=canon", "-c",
                           "user.email=canon@example.invalid", *args],
                          capture_output=True, text=True, check=False)


def test_two_branches_adding_the_same_version_conflict_in_git_then_renumber(
        project: Path) -> None:
    config = load_project(project)
    assert git(project, "init", "-q", "-b", "main").returncode == 0
    write_pair(config, "users", "CREATE TABLE users (id int);\n", "DROP TABLE users;\n")
    git(project, "add", "-A")
    git(project, "commit", "-qm", "users")
    git(project, "checkout", "-qb", "payouts")
    # sorts before the invoices migration of main, but it is the one that came in with the merge
    write_pair(config, "a_payouts", "CREATE TABLE payouts (id int);\n",
               "DROP TABLE payouts;\n")
    git(project, "add", "-A")
    git(project, "commit", "-qm", "payouts")
    git(project, "checkout", "-q", "main")
    write_pair(config, "invoices", "CREATE TABLE invoices (id int);\n",
               "DROP TABLE invoices;\n")
    git(project, "add", "-A")
    git(project, "commit", "-qm", "invoices")
    merge = git(project, "merge", "payouts")
    assert merge.returncode != 0 and "canon.sum" in merge.stdout  # git stops on canon.sum
    found = check_directory(directory(project))
    assert {(f.code, f.path.name) for f in found} == {
        (Code.BRANCH_CONFLICT, "canon.sum"), (Code.DUPLICATE_VERSION, "0002_a_payouts.sql")}
    moves = renumber(directory(project))
    assert [(m.migration.stem, m.new_stem) for m in moves] == [
        ("0002_a_payouts", "0003_a_payouts")]
    assert check_directory(directory(project)) == []
    assert (project / "rollbacks" / "0003_a_payouts.sql").read_text() == \
        "DROP TABLE payouts;\n"
