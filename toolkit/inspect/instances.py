"""Fast construction of frozen dataclass instances, for the tens of thousands the model needs.

A frozen dataclass's ``__init__`` sets every field through ``object.__setattr__``; for a
2,000-table database that is a large share of the inspection. The instances made here are
the same objects (same class, same ``__dict__``, so equal, hashable and printable as usual),
filled in one dictionary update.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


def maker(cls: type[T]) -> Callable[..., T]:
    """A constructor of ``cls`` taking keyword arguments only; omitted fields get defaults.

    Every field without a default must be given (as with the dataclass's own constructor).

    ``cls`` must be a dataclass without ``__slots__``, ``__post_init__`` or default factories
    (which a plain dictionary update would bypass); anything else is refused up front.
    """
    if not dataclasses.is_dataclass(cls) or hasattr(cls, "__slots__") \
            or hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__} cannot be made without its __init__")
    defaults: dict[str, Any] = {}
    for field in dataclasses.fields(cls):
        if field.default_factory is not dataclasses.MISSING:
            raise TypeError(f"{cls.__name__}.{field.name} has a default factory")
        if field.default is not dataclasses.MISSING:
            defaults[field.name] = field.default
    new = object.__new__

    def make(**values: Any) -> T:
        instance = new(cls)
        state = instance.__dict__
        state.update(defaults)
        state.update(values)
        return instance

    return make
