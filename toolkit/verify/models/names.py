"""Which table, view or composite type a Python class models, from its :class:`TableHint`.

In order: an explicit ``__tablename__`` / ``table_name`` (``"schema.name"`` or a name in the
default schema); the class names ``canon gen python`` gives (``Posts``, ``BillingSubscriptions``,
``WeirdNames2`` after a clash); the class name in snake case in the default schema
(``CreditPackage`` -> ``credit_package``), then its plural (``credit_packages``); the same for
composite types. A class that resolves to nothing is reported under its snake-case name.
"""

from __future__ import annotations

from dataclasses import dataclass

from toolkit.codegen.naming import class_stem
from toolkit.codegen.shapes import Shapes
from toolkit.model import QualifiedName
from toolkit.verify.models.declared import TableHint

_RELATION_SUFFIXES = ("Row", "Insert", "Update")


@dataclass(frozen=True)
class Target:
    """What a class models: a relation or a composite type, and whether the database has it."""

    kind: str  # relation or composite
    name: QualifiedName
    found: bool


def snake(name: str) -> str:
    """``CreditPackages`` -> ``credit_packages``; ``AIUsageLog`` -> ``ai_usage_log``."""
    out: list[str] = []
    for index, char in enumerate(name):
        if char.isupper():
            before = name[index - 1] if index else ""
            after = name[index + 1] if index + 1 < len(name) else ""
            if before and before != "_" and (before.islower() or before.isdigit() or (
                    before.isupper() and after.islower())):
                out.append("_")
            out.append(char.lower())
        else:
            out.append(char)
    return "".join(out)


def plural(word: str) -> str:
    """The English plural of a snake-case name's last word (``batch_job`` -> ``batch_jobs``)."""
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


class TargetResolver:
    """Resolves class hints against the relations and composite types of ``shapes``."""

    def __init__(self, shapes: Shapes) -> None:
        self.default_schema = shapes.schemas[0] if shapes.schemas else "public"
        self.relations = {relation.name for relation in shapes.relations}
        self.composites = {composite.name for composite in shapes.composites}
        self.generated = self._generated_names(shapes)

    def _generated_names(self, shapes: Shapes) -> dict[str, Target]:
        """Class-name stems as the generator hands them out: enums, composites, relations,
        the later of two equal stems numbered."""
        taken: set[str] = set()
        found: dict[str, Target] = {}

        def claim(wanted: str, suffixes: tuple[str, ...]) -> str:
            """The first of ``wanted``, ``wanted2``, ... free with every suffix; taken."""
            stem, counter = wanted, 2
            while any(stem + suffix in taken for suffix in suffixes):
                stem, counter = f"{wanted}{counter}", counter + 1
            taken.update(stem + suffix for suffix in suffixes)
            return stem

        for enum in shapes.enums:
            claim(class_stem(enum.name, self.default_schema), ("",))
        for composite in shapes.composites:
            stem = claim(class_stem(composite.name, self.default_schema), ("",))
            found[stem] = Target("composite", composite.name, True)
        for relation in shapes.relations:
            stem = claim(class_stem(relation.name, self.default_schema), _RELATION_SUFFIXES)
            found[stem] = Target("relation", relation.name, True)
        return found

    def resolve(self, hint: TableHint) -> Target:
        """The relation or composite type ``hint`` names."""
        if hint.explicit is not None:
            schema, _, name = hint.explicit.rpartition(".")
            qualified = QualifiedName(schema or self.default_schema, name)
            if qualified in self.composites and qualified not in self.relations:
                return Target("composite", qualified, True)
            return Target("relation", qualified, qualified in self.relations)
        if hint.stem in self.generated:
            return self.generated[hint.stem]
        name = snake(hint.stem)
        for candidate in (name, plural(name)):
            qualified = QualifiedName(self.default_schema, candidate)
            if qualified in self.relations:
                return Target("relation", qualified, True)
            if qualified in self.composites:
                return Target("composite", qualified, True)
        return Target("relation", QualifiedName(self.default_schema, name), False)
