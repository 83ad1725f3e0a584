"""The renderer registry: one function per change type (and object type); gaps fail loudly."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from toolkit.diff.changes import Change, CreateObject, DropObject
from toolkit.errors import CanonError

Renderer = Callable[[Any], list[str]]
F = TypeVar("F", bound=Renderer)

_RENDERERS: dict[tuple[type, type | None], Renderer] = {}


def renders(change_type: type[Change], object_type: type | None = None) -> Callable[[F], F]:
    """Register the decorated function as the renderer of ``change_type`` (and object type)."""

    def register(func: F) -> F:
        _RENDERERS[(change_type, object_type)] = func
        return func

    return register


def render_change(change: Change) -> list[str]:
    """The SQL statements (without terminating semicolons) that apply ``change``."""
    _load_renderers()
    return _renderer_of(change)(change)


def render_changes(changes: Iterable[Change]) -> list[str]:
    """The statements of several changes, in order."""
    _load_renderers()
    return [statement for change in changes for statement in _renderer_of(change)(change)]


def _renderer_of(change: Change) -> Renderer:
    """The registered renderer of ``change`` (by change type and object type)."""
    object_type = type(change.obj) if isinstance(change, CreateObject | DropObject) else None
    renderer = _RENDERERS.get((type(change), object_type))
    if renderer is None:
        raise CanonError(f"no SQL renderer for {type(change).__name__}"
                         + (f" of {object_type.__name__}" if object_type else ""),
                         hint="this change kind is not supported yet; report it to the canon team")
    return renderer


def _load_renderers() -> None:
    """Import the renderer modules (once); they register themselves."""
    if "toolkit.render.ddl" in sys.modules:
        return
    import importlib

    importlib.import_module("toolkit.render.ddl")
