"""`canon verify-types` on the command line: exit codes 0 / 1 / 2, text and JSON output,
errors with file:line:col, passwords never printed."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from toolkit.cli import app

SHOP = Path(__file__).parent / "fixtures" / "verify_types" / "shop"
CLEAN_TS = """export type Json = string | number | boolean | null | { [key: string]: Json } | Json[]

export type Database = {
  public: {
    Tables: {
      customers: {
        Row: {
          balance: number
          created_at: string
          email: string
          id: number
          name: string | null
          profile: Json | null
          tags: string[]
        }
      }
      orders: {
        Row: {
          amount_cents: number
          amount_usd: number | null
          customer_id: number
          id: string
          note: string | null
          placed_at: string | null
          status: "pending" | "paid" | "shipped"
          total: { amount: number | null; currency: string | null } | null
        }
      }
    }
  }
}
"""


def canon(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["--project", str(SHOP), "verify-types", *args])
    return result.exit_code, result.stdout, result.stderr


def models(tmp_path: Path, text: str, name: str = "types.ts") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_clean_models_exit_0(tmp_path: Path) -> None:
    path = models(tmp_path, CLEAN_TS)
    code, stdout, _ = canon("--models", path, "--partial")
    assert code == 0, stdout
    assert stdout == f"typed models agree with the canonical schema: {path}\n"


def test_findings_exit_1_in_text_and_json(tmp_path: Path) -> None:
    path = models(tmp_path, CLEAN_TS.replace("email: string", "email: number"))
    code, stdout, _ = canon("--models", path, "--partial")
    assert code == 1
    assert stdout.splitlines() == [
        f"1 finding(s): typed models in {path} against the canonical schema:",
        f"{path}:10:11: type: column public.customers.email (Row): the models say number; "
        "the database has text, which the type map writes string",
    ]
    code, stdout, _ = canon("--models", path, "--format", "json")
    assert code == 1
    report = json.loads(stdout)
    assert report["against"] == "the canonical schema"
    assert report["models"] == [path]
    assert {(f["kind"], f["object"]) for f in report["findings"]} == {
        ("type", "column public.customers.email"), ("not-in-models", "view public.order_totals"),
        ("not-in-models", "function public.order_count"),
        ("not-in-models", "enum public.order_status"), ("not-in-models", "type public.money")}
    email = next(f for f in report["findings"] if f["kind"] == "type")
    assert email == {
        "kind": "type", "object": "column public.customers.email", "roles": ["Row"],
        "message": "the models say number; the database has text, which the type map writes "
                   "string",
        "model": "number", "database": "string",
        "location": {"path": path, "line": 10, "column": 11}}


def test_a_syntax_error_exits_2_with_its_position(tmp_path: Path) -> None:
    path = models(tmp_path, CLEAN_TS.replace("email: string", "email: string string"))
    code, stdout, stderr = canon("--models", path)
    assert code == 2 and stdout == ""
    assert stderr.splitlines() == [
        f"error: {path}:10:25: expected ';', ',' or a line break after a member, found "
        "'string'",
        "              email: string string",
        "                            ^",
    ]


def test_bad_options_and_paths_exit_2(tmp_path: Path) -> None:
    path = models(tmp_path, CLEAN_TS)
    code, _, stderr = canon("--models", path, "--format", "sarif")
    assert code == 2 and "unknown format 'sarif'" in stderr
    code, _, stderr = canon("--models", str(tmp_path / "nowhere"))
    assert code == 2 and "no such file or directory" in stderr
    code, _, stderr = canon()
    assert code == 2 and "Missing option '--models'" in stderr
    code, _, stderr = canon("--models", models(tmp_path, "x = (\n", "broken.py"))
    assert code == 2 and f"{tmp_path / 'broken.py'}:1:" in stderr


def test_an_unreachable_database_exits_2_without_its_password(tmp_path: Path) -> None:
    path = models(tmp_path, CLEAN_TS)
    code, stdout, stderr = canon("--models", path, "--database",
                                 "postgresql://canon:s3cret-pw@127.0.0.1:9/shop")
    assert code == 2
    assert "s3cret-pw" not in stdout + stderr
    assert "cannot connect" in stderr


def test_help_lists_the_command() -> None:
    result = CliRunner().invoke(app, ["--help"])
    assert "verify-types" in result.stdout
    result = CliRunner().invoke(app, ["verify-types", "--help"])
    assert "--models" in result.stdout and "--partial" in result.stdout
