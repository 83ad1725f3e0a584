"""``canon lint`` on the command line: targets, reporters, SARIF shape, exit codes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
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
    validate_sarif(log)
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


# -- SARIF 2.1.0 shape ----------------------------------------------------------------
# The jsonschema package is not a dependency, so this checks what the SARIF 2.1.0 schema
# requires of every object canon writes: required properties, types, enums, minimums, and
# no properties the schema does not define (it sets additionalProperties: false).

LEVELS = {"none", "note", "warning", "error"}
SHAPES: dict[str, dict[str, Any]] = {
    "log": {"required": {"version", "runs"}, "allowed": {"$schema", "version", "runs",
                                                        "inlineExternalProperties",
                                                        "properties"}},
    "run": {"required": {"tool"}, "allowed": {"tool", "results", "columnKind", "invocations",
                                              "artifacts", "originalUriBaseIds",
                                              "properties", "automationDetails"}},
    "tool": {"required": {"driver"}, "allowed": {"driver", "extensions", "properties"}},
    "driver": {"required": {"name"}, "allowed": {"name", "version", "semanticVersion",
                                                 "informationUri", "rules", "fullName",
                                                 "organization", "properties"}},
    "rule": {"required": {"id"}, "allowed": {"id", "name", "shortDescription",
                                             "fullDescription", "help", "helpUri",
                                             "defaultConfiguration", "properties"}},
    "result": {"required": {"message"}, "allowed": {"ruleId", "ruleIndex", "level",
                                                    "message", "locations", "properties"}},
}


def check_keys(kind: str, value: dict[str, Any]) -> None:
    shape = SHAPES[kind]
    assert isinstance(value, dict), kind
    assert shape["required"] <= set(value), (kind, value)
    assert set(value) <= shape["allowed"], (kind, set(value) - shape["allowed"])


def check_text(value: Any, *, markdown: bool = False) -> None:
    allowed = {"text", "markdown"} if markdown else {"text"}
    assert isinstance(value, dict) and isinstance(value.get("text"), str) and value["text"]
    assert set(value) <= allowed


def validate_sarif(log: dict[str, Any]) -> None:
    check_keys("log", log)
    assert log["version"] == "2.1.0"
    assert log["$schema"].startswith("https://")
    assert isinstance(log["runs"], list)
    for run in log["runs"]:
        check_keys("run", run)
        assert run.get("columnKind") in (None, "utf16CodeUnits", "unicodeCodePoints")
        check_keys("tool", run["tool"])
        driver = run["tool"]["driver"]
        check_keys("driver", driver)
        assert isinstance(driver["name"], str) and driver["name"]
        rules = driver.get("rules", [])
        ids = [rule["id"] for rule in rules]
        assert len(ids) == len(set(ids))
        for rule in rules:
            check_keys("rule", rule)
            check_text(rule["shortDescription"])
            check_text(rule["fullDescription"])
            check_text(rule["help"], markdown=True)
            configuration = rule["defaultConfiguration"]
            assert set(configuration) <= {"enabled", "level", "rank", "parameters",
                                          "properties"}
            assert configuration["level"] in LEVELS
            assert isinstance(configuration["enabled"], bool)
            tags = rule["properties"]["tags"]
            assert all(isinstance(tag, str) for tag in tags) and len(tags) == len(set(tags))
        for result in run.get("results", []):
            check_keys("result", result)
            check_text(result["message"])
            assert result["level"] in LEVELS
            assert isinstance(result["ruleIndex"], int) and result["ruleIndex"] >= -1
            assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
            assert result["locations"]
            for location in result["locations"]:
                assert set(location) <= {"physicalLocation", "message", "id",
                                         "logicalLocations", "properties"}
                physical = location["physicalLocation"]
                assert set(physical) <= {"artifactLocation", "region", "contextRegion",
                                         "address", "properties"}
                artifact = physical["artifactLocation"]
                assert set(artifact) <= {"uri", "uriBaseId", "index", "description",
                                         "properties"}
                assert isinstance(artifact["uri"], str) and "\\" not in artifact["uri"]
                region = physical["region"]
                assert set(region) <= {"startLine", "startColumn", "endLine", "endColumn",
                                       "charOffset", "charLength", "byteOffset",
                                       "byteLength", "snippet", "message", "sourceLanguage",
                                       "properties"}
                assert isinstance(region["startLine"], int) and region["startLine"] >= 1
                assert isinstance(region["startColumn"], int) and region["startColumn"] >= 1


def test_sarif_validator_rejects_what_the_schema_rejects() -> None:
    from toolkit.lint.engine import LintResult
    from toolkit.lint.findings import Finding, Severity
    from toolkit.lint.report.sarif import sarif_document

    finding = Finding("SEC001", Severity.ERROR, "m", Path("a.sql"), 1, 1, "table-without-rls")
    log = sarif_document(LintResult(findings=[finding]), all_rules())
    validate_sarif(log)
    broken = json.loads(json.dumps(log))
    broken["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(AssertionError):
        validate_sarif(broken)
    broken = json.loads(json.dumps(log))
    broken["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"][
        "startColumn"] = 0
    with pytest.raises(AssertionError):
        validate_sarif(broken)
    broken = json.loads(json.dumps(log))
    broken["runs"][0]["tool"]["driver"]["rules"][0]["severity"] = "high"
    with pytest.raises(AssertionError):
        validate_sarif(broken)


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
    uris = {result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for result in json.loads(stdout)["runs"][0]["results"]}
    assert code == 1
    assert uris == {f"{project.name}/schema/events.sql"}
