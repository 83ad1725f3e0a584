"""Identifiers for generated code: class names, attribute names, enum members, unique per module."""

from __future__ import annotations

import keyword

from toolkit.model import QualifiedName


def words(text: str) -> list[str]:
    """``"user_profiles"``, ``"User Profiles"`` and ``"user-profiles"`` -> ["user", "profiles"]."""
    cleaned = "".join(ch if ch.isascii() and ch.isalnum() else " " for ch in text)
    return cleaned.split()


def pascal(text: str) -> str:
    """``user_profiles`` -> ``UserProfiles`` (never empty, never starting with a digit)."""
    joined = "".join(word[:1].upper() + word[1:] for word in words(text))
    if not joined or joined[0].isdigit():
        joined = "T" + joined
    return joined


def class_stem(name: QualifiedName, default_schema: str) -> str:
    """The class-name stem of an object: ``Accounts``, or ``AppAccounts`` outside the default."""
    stem = pascal(name.name)
    return stem if name.schema == default_schema else pascal(name.schema) + stem


def is_identifier(text: str) -> bool:
    """Whether ``text`` can be a Python attribute as is."""
    return text.isidentifier() and not keyword.iskeyword(text) and text.isascii()


def attribute(text: str, reserved: frozenset[str] = frozenset()) -> str:
    """A Python attribute for a column: ``from`` -> ``from_``, ``Mixed Case`` -> ``Mixed_Case``."""
    cleaned = "".join(ch if ch.isascii() and (ch.isalnum() or ch == "_") else "_" for ch in text)
    if not cleaned or cleaned[0].isdigit() or cleaned[0] == "_":
        cleaned = "f_" + cleaned.lstrip("_")
    if keyword.iskeyword(cleaned) or keyword.issoftkeyword(cleaned) or cleaned in reserved:
        cleaned += "_"
    return cleaned


def member(label: str) -> str:
    """An enum member name for a label: ``in progress`` -> ``IN_PROGRESS``."""
    name = "_".join(word.upper() for word in words(label))
    if not name or name[0].isdigit():
        name = "V_" + name
    return name


class Registry:
    """Hands out names unique within one scope, appending ``2``, ``3``, ... on a clash."""

    def __init__(self, taken: frozenset[str] | set[str] = frozenset()) -> None:
        self.taken = set(taken)

    def claim(self, wanted: str) -> str:
        """``wanted``, or ``wanted`` with the smallest number that makes it unique."""
        name = wanted
        counter = 2
        while name in self.taken:
            name = f"{wanted}{counter}"
            counter += 1
        self.taken.add(name)
        return name

    def claim_family(self, wanted: str, suffixes: tuple[str, ...]) -> str:
        """A stem for which every ``stem + suffix`` is free; all of them are taken."""
        stem = wanted
        counter = 2
        while any(stem + suffix in self.taken for suffix in suffixes):
            stem = f"{wanted}{counter}"
            counter += 1
        self.taken.update(stem + suffix for suffix in suffixes)
        return stem
