"""Fast construction of frozen dataclass instances, for the tens of thousands the model needs.

A frozen dataclass's ``__init__`` sets every field through ``object.__setattr__``; for a
2,000-table database that is a large share of the inspection. The instances made here are
the same objects (same class, same fields, so equal, hashable and printable as usual),
made by a constructor generated for the class, as ``dataclasses`` itself generates
``__init__``: a class with a ``__dict__`` gets it filled in one dictionary update; a class
with ``__slots__`` (the most numerous, such as columns, to keep them small) gets each slot
set through its descriptor. :func:`evolve` copies such an instance with some fields changed
the same way.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from functools import cache, cached_property
from typing import Any, TypeVar

from toolkit.model.once import computed_once

T = TypeVar("T")


def maker(cls: type[T]) -> Callable[..., T]:
    """A constructor of ``cls`` taking keyword arguments only; omitted fields get defaults.

    Every field without a default must be given (as with the dataclass's own constructor).

    ``cls`` must be a dataclass without ``__post_init__`` or default factories (which this
    constructor would bypass); anything else is refused up front.
    """
    if not dataclasses.is_dataclass(cls) or hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__} cannot be made without its __init__")
    defaults: dict[str, Any] = {}
    for field in dataclasses.fields(cls):
        if field.default_factory is not dataclasses.MISSING:
            raise TypeError(f"{cls.__name__}.{field.name} has a default factory")
        if field.default is not dataclasses.MISSING:
            defaults[field.name] = field.default
    return _generated_maker(cls, defaults)


def _generated_maker(cls: type[T], defaults: dict[str, Any]) -> Callable[..., T]:
    """A keyword-only constructor of ``cls`` generated for its fields, as ``dataclasses``
    generates ``__init__``: it fills an instance's dictionary in one update, or sets each slot
    through its descriptor. A field left out gets its default; a missing or unknown one is a
    TypeError, as with the class's own constructor."""
    names = [field.name for field in dataclasses.fields(cls)]  # type: ignore[arg-type]
    scope: dict[str, Any] = {"new": object.__new__, "cls": cls}
    parameters = []
    for index, name in enumerate(names):
        if name in defaults:
            scope[f"default_{index}"] = defaults[name]
            parameters.append(f"{name}=default_{index}")
        else:
            parameters.append(name)
    if "__slots__" in cls.__dict__:
        for index, name in enumerate(names):
            scope[f"set_{index}"] = getattr(cls, name).__set__
        body = "\n".join(f"    set_{index}(instance, {name})" for index, name in enumerate(names))
    else:
        body = ("    instance.__dict__.update({"
                + ", ".join(f"{name!r}: {name}" for name in names) + "})")
    source = (f"def make(*, {', '.join(parameters)}):\n    instance = new(cls)\n"
              + body + "\n    return instance\n")
    exec(source, scope)  # the source names only the class's own fields
    make: Callable[..., T] = scope["make"]
    return make


def evolve(obj: T, **changes: Any) -> T:
    """A copy of the frozen dataclass instance ``obj`` with ``changes`` applied.

    ``dataclasses.replace`` re-runs ``__init__`` field by field; for a class without
    ``__post_init__`` copying the instance dictionary is equivalent and several times faster
    on the tens of thousands of objects a large project has. Values cached in that dictionary
    (such as ``key``, see :class:`~toolkit.model.once.computed_once`) are left out of the
    copy, so the copy computes them again from its own fields. Classes with slots (columns)
    have no dictionary to copy and go through ``replace``.
    """
    cls: type = type(obj)
    if "__slots__" in cls.__dict__:
        return dataclasses.replace(obj, **changes)  # type: ignore[type-var]
    if hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__} cannot be copied without its __init__")
    state = obj.__dict__.copy()
    for name in _cached_names(cls):
        state.pop(name, None)
    state.update(changes)
    copy: T = object.__new__(cls)
    copy.__dict__.update(state)
    return copy


@cache
def _cached_names(cls: type) -> tuple[str, ...]:
    """The names of ``cls``'s cached attributes (kept in ``__dict__``)."""
    return tuple(name for klass in cls.__mro__ for name, value in vars(klass).items()
                 if isinstance(value, computed_once | cached_property))
