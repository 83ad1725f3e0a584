"""A table's indexes, policies and triggers, grouped once per catalog (lookups in O(1))."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from toolkit.model import Catalog, Index, Policy, QualifiedName, Trigger


@dataclass(frozen=True)
class TableParts:
    """The objects that belong to each table, in catalog order."""

    indexes: dict[QualifiedName, list[Index]] = field(default_factory=dict)
    policies: dict[QualifiedName, list[Policy]] = field(default_factory=dict)
    triggers: dict[QualifiedName, list[Trigger]] = field(default_factory=dict)

    @classmethod
    def of(cls, catalog: Catalog) -> TableParts:
        """Group ``catalog``'s indexes, policies and triggers by table."""
        indexes: defaultdict[QualifiedName, list[Index]] = defaultdict(list)
        policies: defaultdict[QualifiedName, list[Policy]] = defaultdict(list)
        triggers: defaultdict[QualifiedName, list[Trigger]] = defaultdict(list)
        for index in catalog.indexes:
            indexes[index.table].append(index)
        for policy in catalog.policies:
            policies[policy.table].append(policy)
        for trigger in catalog.triggers:
            triggers[trigger.table].append(trigger)
        return cls(dict(indexes), dict(policies), dict(triggers))

    def indexes_on(self, table: QualifiedName) -> list[Index]:
        """Indexes of ``table``."""
        return self.indexes.get(table, [])

    def policies_on(self, table: QualifiedName) -> list[Policy]:
        """Policies of ``table``."""
        return self.policies.get(table, [])

    def triggers_on(self, table: QualifiedName) -> list[Trigger]:
        """Triggers of ``table``."""
        return self.triggers.get(table, [])
