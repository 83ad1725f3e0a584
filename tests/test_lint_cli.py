"""``canon lint`` on the command line: targets, reporters, SARIF validity, exit codes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sarif_schema import assert_valid_sarif, sarif_errors
from typer.testing import CliRunner

from toolkit.cli import app
from toolkit.lint.registry import all_rules

runner = CliRunner()
FIXTURES = Path(__file__).parent / "fixtures" / "lint"
SEED_003 = FIXTURES / "seed_003_blog_ai_policies.sql"
CLEAN = ("CREATE TABLE notes (id bigint PRIMARY KEY);\n"
         "ALTER TABLE notes ENABLE ROW LEVEL SECURITY;\n"
         "CREATE POLICY own ON notes FOR SELECT TO authenticated USING (id = 1);\n")


def invoke(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def outside(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working directory that belongs to no canon project."""
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    return work


def write(directory: Path, name: str, text: str) -> Path:
    path = directory / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# -- text -----------------------------------------------------------------------------

def test_text_report_shows_position_code_line_and_caret(outside: Path) -> None:
    write(outside, "users.sql", "CREATE TABLE users (id bigint PRIMARY KEY,\n"
                                "    seen timestamp);\n"
                                "ALTER TABLE users ENABLE ROW LEVEL SECURITY;\n"
                                "CREATE POLICY own ON users FOR SELECT TO authenticated\n"
                                "    USING (true);\n")
    code, stdout, _ = invoke("lint", "users.sql")
    lines = stdout.splitlines()
    assert lines[:3] == [
        "users.sql:2:10: warning INT008 column public.users.seen is timestamp without time "
        "zone; use timestamptz",
        "        seen timestamp);",
        "             ^",
    ]
    assert code == 0
    assert lines[-1] == "0 errors, 1 warning, 0 info in 1 file"


def test_errors_exit_1_and_clean_files_exit_0(outside: Path) -> None:
    write(outside, "clean.sql", CLEAN)
    code, stdout, _ = invoke("lint", "clean.sql")
    assert (code, stdout.strip()) == (0, "0 errors, 0 warnings, 0 info in 1 file")
    code, stdout, stderr = invoke("lint", str(SEED_003))
    assert code == 1
    assert "SEC005" in stdout
    assert "lint found error-severity findings" in stderr


def test_syntax_error_exits_2_with_file_line_and_column(outside: Path) -> None:
    write(outside, "broken.sql", "CREATE TABLE ok (id bigint);\nCREATE TABEL broken (id int);\n")
    code, stdout, stderr = invoke("lint", "broken.sql")
    assert code == 2
    assert "broken.sql:2:8: syntax error" in stderr
    assert stdout == ""


def test_missing_path_and_bad_format_exit_2(outside: Path) -> None:
    assert invoke("lint", "nope.sql")[0] == 2
    write(outside, "clean.sql", CLEAN)
    code, _, stderr = invoke("lint", "clean.sql", "--format", "xml")
    assert code == 2 and "unknown format 'xml'" in stderr


def test_directories_are_searched_for_sql_files(outside: Path) -> None:
    write(outside, "db/a.sql", CLEAN)
    write(outside, "db/nested/b.sql", "CREATE TABLE b (id bigint PRIMARY KEY);\n")
    write(outside, "db/readme.txt", "not sql")
    code, stdout, _ = invoke("lint", "db", "--format", "json")
    assert code == 1
    document = json.loads(stdout)
    assert document["summary"]["files"] == 2
    assert [f["path"] for f in document["findings"]] == ["db/nested/b.sql"]


# -- machine formats ------------------------------------------------------------------

def test_json_report(outside: Path) -> None:
    code, stdout, _ = invoke("lint", str(SEED_003), "--format", "json")
    document = json.loads(stdout)
    assert code == 1
    first = document["findings"][0]
    assert set(first) == {"code", "rule", "severity", "message", "path", "line", "column"}
    assert first["code"] == "SEC004" and first["rule"] == "write-policy-always-true"
    assert document["summary"]["errors"] == 10


def test_github_annotations_escape_their_data(outside: Path) -> None:
    write(outside, "a,b.sql", "CREATE TABLE t (id bigint PRIMARY KEY, at timestamp);\n"
                              "ALTER TABLE t ENABLE ROW LEVEL SECURITY;\n"
                              "CREATE POLICY own ON t FOR SELECT TO authenticated USING (true);\n")
    code, stdout, _ = invoke("lint", "a,b.sql", "--format", "github")
    assert code == 0
    assert stdout.splitlines()[0] == (
        "::warning file=a%2Cb.sql,line=1,col=43,title=INT008 timestamp-without-time-zone::"
        "column public.t.at is timestamp without time zone; use timestamptz")


def test_sarif_report_is_valid_sarif_2_1_0(outside: Path) -> None:
    code, stdout, _ = invoke("lint", str(SEED_003), "--format", "sarif")
    assert code == 1
    log = json.loads(stdout)
    assert_valid_sarif(log)
    check_code_scanning_fields(log)
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert len(rules) == len(all_rules())
    result = run["results"][0]
    assert rules[result["ruleIndex"]]["id"] == result["ruleId"] == "SEC004"
    region = result["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (16, 1)


# -- rules ----------------------------------------------------------------------------

def test_explain_prints_the_explanation_and_examples() -> None:
    code, stdout, _ = invoke("lint", "--explain", "int002")
    assert code == 0
    assert stdout.startswith("INT002 index-duplicates-constraint (warning; integrity and "
                             "design)")
    assert "Bad:\n    CREATE TABLE users" in stdout and "Good:\n" in stdout


def test_explain_unknown_code_exits_2() -> None:
    code, _, stderr = invoke("lint", "--explain", "SEC999")
    assert code == 2 and "unknown rule code 'SEC999'" in stderr


def test_list_prints_every_rule() -> None:
    code, stdout, _ = invoke("lint", "--list")
    assert code == 0
    assert len(stdout.splitlines()) == len(all_rules())
    assert "SEC010  info     function-search-path-mutable (opt-in):" in stdout


# -- projects -------------------------------------------------------------------------

def test_project_lints_canonical_files_and_optionally_migrations(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(project)
    (project / "canon.toml").write_text(
        'schemas = ["public"]\n[lint]\ndisable = ["INT005"]\n', encoding="utf-8")
    write(project, "schema/events.sql", "CREATE TABLE events (kind text, at timestamp);\n"
                                        "ALTER TABLE events ENABLE ROW LEVEL SECURITY;\n")
    write(project, "migrations/0001_init.sql", "DROP TABLE legacy;\n")
    code, stdout, _ = invoke("--project", str(project), "lint", "--format", "json")
    found = [(f["path"], f["code"]) for f in json.loads(stdout)["findings"]]
    assert code == 0
    assert found == [("schema/events.sql", "SEC002"), ("schema/events.sql", "INT008")]
    code, stdout, _ = invoke("--project", str(project), "lint", "--migrations",
                             "--format", "json")
    found = [(Path(f["path"]).name, f["code"]) for f in json.loads(stdout)["findings"]]
    assert code == 1
    assert ("0001_init.sql", "MIG015") in found


def test_paths_inside_the_migrations_directory_are_read_as_migrations(project: Path) -> None:
    path = write(project, "migrations/0002_index.sql",
                 "SET lock_timeout = '1s';\nSET statement_timeout = '1min';\n"
                 "CREATE INDEX orders_status_idx ON orders (status);\n")
    code, stdout, _ = invoke("--project", str(project), "lint", str(path), "--format", "json")
    assert code == 0
    assert [f["code"] for f in json.loads(stdout)["findings"]] == ["MIG001"]


def test_bad_lint_config_exits_2(project: Path) -> None:
    (project / "canon.toml").write_text('[lint]\ndisable = ["NOPE1"]\n', encoding="utf-8")
    code, _, stderr = invoke("--project", str(project), "lint")
    assert code == 2 and "unknown rule 'NOPE1'" in stderr


# -- SARIF 2.1.0 --------------------------------------------------------------------
# The official schema decides validity; code scanning additionally needs every result tied to
# a rule by id and index and placed on a file and line, which the schema leaves optional.

def check_code_scanning_fields(log: dict[str, Any]) -> None:
    for run in log["runs"]:
        rules = run["tool"]["driver"]["rules"]
        ids = [rule["id"] for rule in rules]
        assert len(ids) == len(set(ids))
        for result in run["results"]:
            assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
            assert result["locations"]
            for location in result["locations"]:
                physical = location["physicalLocation"]
                uri = physical["artifactLocation"]["uri"]
                assert uri and "\\" not in uri
                assert physical["region"]["startLine"] >= 1


def test_the_schema_rejects_what_code_scanning_would_reject() -> None:
    from toolkit.lint.engine import LintResult
    from toolkit.lint.findings import Finding, Severity
    from toolkit.lint.report.sarif import sarif_document

    finding = Finding("SEC001", Severity.ERROR, "m", Path("a.sql"), 1, 1, "table-without-rls")
    log = sarif_document(LintResult(findings=[finding]), all_rules())
    assert sarif_errors(log) == []

    def broken(change: Any) -> list[str]:
        copy = json.loads(json.dumps(log))
        change(copy)
        return sarif_errors(copy)

    assert broken(lambda log: log.pop("version")) == [
        "(root): 'version' is a required property"]
    assert broken(lambda log: log["runs"][0]["results"][0].update(level="fatal")) == [
        "runs/0/results/0/level: 'fatal' is not one of ['none', 'note', 'warning', 'error']"]
    region = broken(lambda log: log["runs"][0]["results"][0]["locations"][0][
        "physicalLocation"]["region"].update(startColumn=0))
    assert region == ["runs/0/results/0/locations/0/physicalLocation/region/startColumn: "
                      "0 is less than the minimum of 1"]
    extra = broken(lambda log: log["runs"][0]["tool"]["driver"]["rules"][0].update(
        severity="high"))
    assert len(extra) == 1 and extra[0].startswith("runs/0/tool/driver/rules/0: Additional "
                                                   "properties are not allowed ('severity'")
    with pytest.raises(AssertionError, match=r"not valid SARIF 2\.1\.0"):
        assert_valid_sarif({"version": "2.1.0"})


def test_a_canonical_file_is_linted_in_the_context_of_its_project(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(project, "schema/notes.sql", "CREATE TABLE notes (id bigint PRIMARY KEY,\n"
                                       "    owner_id uuid, at timestamp);\n")
    write(project, "schema/other.sql", "CREATE TABLE other (kind text);\n")
    write(project, "policies/notes.sql",
          "ALTER TABLE notes ENABLE ROW LEVEL SECURITY;\n"
          "CREATE POLICY own ON notes FOR SELECT TO authenticated\n"
          "    USING (owner_id = (SELECT auth.uid()));\n")
    monkeypatch.chdir(project / "schema")
    code, stdout, _ = invoke("lint", "notes.sql", "--format", "json")
    found = [(f["path"], f["line"], f["code"]) for f in json.loads(stdout)["findings"]]
    assert code == 0
    assert found == [("notes.sql", 2, "INT008")]


def test_project_paths_are_shown_relative_to_the_working_directory(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(project, "schema/events.sql", "CREATE TABLE events (kind text);\n")
    monkeypatch.chdir(project.parent)
    code, stdout, _ = invoke("--project", str(project), "lint", "--format", "sarif")
    log = json.loads(stdout)
    assert_valid_sarif(log)
    uris = {result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for result in log["runs"][0]["results"]}
    assert code == 1
    assert uris == {f"{project.name}/schema/events.sql"}
