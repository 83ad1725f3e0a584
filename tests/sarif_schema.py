"""Validation of SARIF logs against the official OASIS SARIF 2.1.0 JSON schema.

The schema is vendored verbatim in ``tests/data/sarif-schema-2.1.0.json`` (see
``tests/data/README.md``) so the check runs offline. It declares JSON Schema draft-04, so the
validator class is the one its ``$schema`` names.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema.protocols import Validator
from jsonschema.validators import validator_for

SCHEMA_PATH = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"


@cache
def sarif_validator() -> Validator:
    """A validator for the SARIF 2.1.0 schema, which is itself checked against its metaschema."""
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    cls = validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def sarif_errors(log: Any) -> list[str]:
    """Every way ``log`` breaks the schema, one ``path: message`` line each; empty if valid."""
    errors = sarif_validator().iter_errors(log)
    lines = [f"{'/'.join(str(part) for part in error.absolute_path) or '(root)'}: "
             f"{error.message}" for error in errors]
    return sorted(lines)


def assert_valid_sarif(log: Any) -> None:
    """Fail with every schema violation listed when ``log`` is not a valid SARIF 2.1.0 log."""
    errors = sarif_errors(log)
    assert not errors, "not valid SARIF 2.1.0:\n" + "\n".join(errors)
