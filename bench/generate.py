"""Generate a synthetic canon project: N tables with FKs, indexes, RLS and a PL/pgSQL function.

``--variant`` renames one column and changes one default per table, for diff benchmarks.
"""

from __future__ import annotations

import argparse
from pathlib import Path

COLUMN_TYPES = (
    ("title", "text NOT NULL", "'untitled'"),
    ("amount", "numeric(12,2)", "0"),
    ("quantity", "integer NOT NULL", "1"),
    ("ratio", "double precision", None),
    ("flags", "text[]", None),
    ("payload", "jsonb", "'{}'::jsonb"),
    ("active", "boolean NOT NULL", "true"),
    ("starts_on", "date", None),
    ("created_at", "timestamptz NOT NULL", "now()"),
    ("external_id", "uuid", None),
    ("notes", "varchar(200)", None),
)


def table_sql(index: int, variant: bool) -> str:
    """The canonical SQL of table ``index`` (its table, indexes, RLS, policy and function)."""
    name = f"t{index:05d}"
    columns = ["    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY",
               "    owner_id uuid NOT NULL"]
    if index > 0:
        columns.append(f"    parent_id bigint REFERENCES t{index - 1:05d} (id) ON DELETE CASCADE")
    for column, kind, default in COLUMN_TYPES:
        name_here = "remarks" if variant and column == "notes" else column
        default_here = "2" if variant and column == "quantity" else default
        suffix = f" DEFAULT {default_here}" if default_here is not None else ""
        columns.append(f"    {name_here} {kind}{suffix}")
    body = ",\n".join(columns)
    fk_index = (f"CREATE INDEX {name}_parent_idx ON {name} (parent_id);\n" if index > 0
                else f"CREATE INDEX {name}_owner_idx ON {name} (owner_id);\n")
    return (
        f"CREATE TABLE {name} (\n{body}\n);\n"
        f"{fk_index}"
        f"CREATE INDEX {name}_created_idx ON {name} (created_at DESC) WHERE active;\n"
        f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY;\n"
        f"CREATE POLICY {name}_owner ON {name} FOR ALL TO authenticated\n"
        f"    USING (owner_id = (SELECT auth.uid()))\n"
        f"    WITH CHECK (owner_id = (SELECT auth.uid()));\n"
    )


def function_sql(index: int) -> str:
    """A small PL/pgSQL function over table ``index``."""
    name = f"t{index:05d}"
    return (
        f"CREATE FUNCTION {name}_total(p_owner uuid) RETURNS numeric\n"
        f"LANGUAGE plpgsql STABLE AS $$\n"
        f"DECLARE\n    v_total numeric;\nBEGIN\n"
        f"    SELECT coalesce(sum(amount), 0) INTO v_total FROM {name} WHERE owner_id = p_owner;\n"
        f"    RETURN v_total;\nEND;\n$$;\n"
    )


def generate(target: Path, tables: int, *, variant: bool = False) -> None:
    """Write a project with ``tables`` tables into ``target``."""
    for sub in ("schema", "functions", "policies", "migrations", "rollbacks"):
        (target / sub).mkdir(parents=True, exist_ok=True)
    (target / "canon.toml").write_text('schemas = ["public"]\nprelude = ["supabase"]\n',
                                       encoding="utf-8")
    per_file = 100
    for start in range(0, tables, per_file):
        stop = min(start + per_file, tables)
        schema = "\n".join(table_sql(i, variant) for i in range(start, stop))
        functions = "\n".join(function_sql(i) for i in range(start, stop))
        (target / "schema" / f"tables_{start:05d}.sql").write_text(schema, encoding="utf-8")
        (target / "functions" / f"functions_{start:05d}.sql").write_text(functions,
                                                                          encoding="utf-8")


def concatenated(tables: int, *, variant: bool = False) -> str:
    """The whole project as one SQL script (tables, then functions)."""
    parts = [table_sql(i, variant) for i in range(tables)]
    parts += [function_sql(i) for i in range(tables)]
    return "\n".join(parts)


def main() -> None:
    """Command line: ``python bench/generate.py DIR --tables 2000 [--variant]``."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("target", type=Path)
    parser.add_argument("--tables", type=int, default=2000)
    parser.add_argument("--variant", action="store_true")
    args = parser.parse_args()
    generate(args.target, args.tables, variant=args.variant)


if __name__ == "__main__":
    main()
