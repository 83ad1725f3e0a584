"""verify-types benchmark: the models of the synthetic 2,000-table project, read and checked.

The project's own generated models (``canon gen typescript``, ``canon gen python --style
pydantic``) are read and checked against its canonical files. TypeScript's own parser
(``ts.createSourceFile`` under node, from the cache the codegen tests install) parses the same
types file as the peer of canon's reader.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

from generate import generate
from measure import ratio, time_call, time_command

TABLES = 2000
TSC_CACHE = Path(os.environ.get("CANON_TSC_CACHE", Path.home() / ".cache" / "canon-tsc"))
PARSE_ONLY = (
    "const ts = require(process.argv[1]);"
    "const text = require('fs').readFileSync(process.argv[2], 'utf8');"
    "ts.createSourceFile(process.argv[2], text, ts.ScriptTarget.Latest, true);"
)


def bench_verify_types() -> None:
    """Read and check 2,000 tables' TypeScript and Python models; TypeScript's parser beside."""
    from toolkit.codegen.python import Style
    from toolkit.commands.codegen import python_models, typescript_models
    from toolkit.commands.verify_types import verify_types
    from toolkit.config import load_project
    from toolkit.source import load_catalog
    from toolkit.verify.models import check_models, read_models

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        generate(root, TABLES)
        config = load_project(root)
        files = {"types.ts": typescript_models(config, None),
                 "models.py": python_models(config, None, Style.pydantic)}
        for name, text in files.items():
            (root / name).write_text(text, encoding="utf-8")
            print(f"{name}: {text.count(chr(10))} lines")
        catalog = load_catalog(config)
        samples = {}
        for name in files:
            path = root / name
            models = read_models(path)
            assert check_models(models, catalog, config.schemas).findings == ()
            samples[name] = time_call(f"read {name} ({TABLES} tables)",
                                      lambda p=path: read_models(p), runs=3)
            print(samples[name].line())
            print(time_call(f"check {name} against the catalog",
                            lambda m=models: check_models(m, catalog, config.schemas),
                            runs=3).line())
            print(time_call(f"verify_types {name} (load, read, check)",
                            lambda p=path: verify_types(config, p), runs=3).line())
        typescript = TSC_CACHE / "node_modules" / "typescript"
        node = shutil.which("node")
        if node and typescript.exists():
            peer = time_command("node ts.createSourceFile (parse only)",
                                [node, "-e", PARSE_ONLY, str(typescript),
                                 str(root / "types.ts")], runs=3)
            print(peer.line())
            print(ratio(samples["types.ts"], peer))
        else:
            print(f"typescript not installed under {TSC_CACHE}: run the codegen tests once",
                  file=sys.stderr)


BENCHMARKS = {"verify_types": bench_verify_types}
