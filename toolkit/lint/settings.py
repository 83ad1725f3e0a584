"""``[tool.canon.lint]``: which rules run, at what severity, and what the project exposes."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from toolkit.errors import ConfigError
from toolkit.lint.findings import Severity

DEFAULT_EXPOSED_SCHEMAS = ("public",)
# Roles that bypass RLS or administer the database: policies granted only to them are not
# exposure to callers.
DEFAULT_TRUSTED_ROLES = ("service_role", "postgres", "supabase_admin", "supabase_auth_admin",
                         "supabase_storage_admin", "dashboard_user")

_KEYS = frozenset({"enable", "disable", "severity", "exposed_schemas", "trusted_roles",
                   "assume_in_transaction"})


@dataclass(frozen=True)
class LintSettings:
    """The effective lint configuration: enabled codes, severity overrides and project facts."""

    enabled: frozenset[str]
    severity: Mapping[str, Severity] = field(default_factory=dict)
    exposed_schemas: tuple[str, ...] = DEFAULT_EXPOSED_SCHEMAS
    trusted_roles: tuple[str, ...] = DEFAULT_TRUSTED_ROLES
    assume_in_transaction: bool = False
    default_schema: str = "public"

    def severity_of(self, code: str, default: Severity) -> Severity:
        """The configured severity of ``code`` (its rule's default unless overridden)."""
        return self.severity.get(code, default)

    def is_exposed(self, schema: str) -> bool:
        """Whether tables in ``schema`` are reachable by API callers."""
        return schema in self.exposed_schemas

    def is_trusted(self, roles: Iterable[str]) -> bool:
        """Whether every role in ``roles`` bypasses RLS or administers the database."""
        listed = tuple(roles)
        return bool(listed) and all(role in self.trusted_roles for role in listed)


def load_settings(table: Mapping[str, Any], known: Mapping[str, bool], *, source: str,
                  default_schema: str = "public") -> LintSettings:
    """Validate ``[tool.canon.lint]`` against the known codes (code -> enabled by default)."""
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        raise ConfigError(f"{source}: unknown lint setting(s): {', '.join(unknown)}",
                          hint=f"known lint settings: {', '.join(sorted(_KEYS))}")
    # Families (and "all") apply first, single codes after: `disable = ["all"]` with
    # `enable = ["SEC005"]` runs SEC005 alone; a code named in both lists stays disabled.
    enabled = {code for code, on in known.items() if on}
    enable = _codes(table, "enable", known, source)
    disable = _codes(table, "disable", known, source)
    for explicit in (False, True):
        enabled |= {code for code, named in enable if named is explicit}
        enabled -= {code for code, named in disable if named is explicit}
    severity: dict[str, Severity] = {}
    raw_severity = table.get("severity", {})
    if not isinstance(raw_severity, Mapping):
        raise ConfigError(f"{source}: lint setting 'severity' must be a table of CODE = level")
    for key, level in raw_severity.items():
        if level not in ("error", "warning", "info"):
            raise ConfigError(f"{source}: lint severity of {key} must be error, warning or "
                              f"info, not {level!r}")
        for code in _expand(str(key), known, source, "severity"):
            severity[code] = Severity(level)
    assume = table.get("assume_in_transaction", False)
    if not isinstance(assume, bool):
        raise ConfigError(f"{source}: lint setting 'assume_in_transaction' must be true or false")
    return LintSettings(
        enabled=frozenset(enabled),
        severity=severity,
        exposed_schemas=tuple(_str_list(table, "exposed_schemas", DEFAULT_EXPOSED_SCHEMAS,
                                        source)),
        trusted_roles=tuple(_str_list(table, "trusted_roles", DEFAULT_TRUSTED_ROLES, source)),
        assume_in_transaction=assume,
        default_schema=default_schema,
    )


def _codes(table: Mapping[str, Any], key: str, known: Mapping[str, bool],
           source: str) -> list[tuple[str, bool]]:
    """``(code, named explicitly)`` for every code a list setting covers."""
    values = _str_list(table, key, (), source)
    return [(code, value.strip().upper() == code) for value in values
            for code in _expand(value, known, source, key)]


def _expand(value: str, known: Mapping[str, bool], source: str, key: str) -> list[str]:
    """A code (``SEC005``), a family (``MIG``) or ``all``, as a list of codes."""
    wanted = value.strip().upper()
    if wanted == "ALL":
        return sorted(known)
    if wanted in known:
        return [wanted]
    family = [code for code in known if code.rstrip("0123456789") == wanted]
    if family:
        return sorted(family)
    raise ConfigError(f"{source}: lint setting {key!r} names unknown rule {value!r}",
                      hint="`canon lint --list` prints every rule code")


def _str_list(table: Mapping[str, Any], key: str, default: tuple[str, ...],
              source: str) -> list[str]:
    """A list-of-strings setting, or ``default`` when absent."""
    value = table.get(key, list(default))
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ConfigError(f"{source}: lint setting {key!r} must be a list of strings")
    return list(value)
