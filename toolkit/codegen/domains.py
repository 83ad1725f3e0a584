"""``-- canon:domain NAME`` directives: which documentation group a table or view belongs to.

A directive applies to every ``CREATE TABLE`` and ``CREATE VIEW`` after it in the same file,
until the next directive. Tables without one are grouped by schema.
"""

from __future__ import annotations

from typing import Any

from toolkit.config import ProjectConfig
from toolkit.errors import Location, SourceError
from toolkit.model import QualifiedName

DIRECTIVE = "domain"


def domain_groups(config: ProjectConfig) -> dict[QualifiedName, str]:
    """The domain of every table and view declared under a directive in the canonical files."""
    from toolkit.source.comments import scan_comments
    from toolkit.source.files import canonical_paths, display_path
    from toolkit.source.parser import parse_sql

    default_schema = config.schemas[0] if config.schemas else "public"
    groups: dict[QualifiedName, str] = {}
    for path in canonical_paths(config):
        text = path.read_text(encoding="utf-8")
        directives = []
        for comment in scan_comments(text):
            directive = comment.directive
            if directive is None or directive[0] != DIRECTIVE:
                continue
            if not directive[1]:
                raise SourceError(Location(display_path(config, path), comment.line,
                                           comment.column),
                                  "canon:domain needs a name",
                                  hint="write `-- canon:domain Billing` above the tables")
            directives.append((len(text[:comment.start].encode("utf-8")), directive[1]))
        if not directives:
            continue
        for statement in parse_sql(text, display_path(config, path)):
            relation = _declared_relation(statement.kind, statement.node)
            if relation is None:
                continue
            current = [name for offset, name in directives if offset < statement.start]
            if current:
                schema = relation.get("schemaname") or default_schema
                groups[QualifiedName(schema, relation["relname"])] = current[-1]
    return groups


def _declared_relation(kind: str, node: dict[str, Any]) -> dict[str, Any] | None:
    if kind == "CreateStmt":
        relation: dict[str, Any] = node["relation"]
        return relation
    if kind == "ViewStmt":
        view: dict[str, Any] = node["view"]
        return view
    return None
