"""Pickles of IR objects without the fields that hold their default, which load in less time.

The component and operation caches (see `component_cache`, `operation_cache`) pickle tens of
thousands of IR objects, and loading them is most of what an edit's build takes up: GitHub's
component state holds 35,000 `Field`s, each pickled with all of its eleven attributes, most of
them the field's default (False, None, ""). Loading an object copies each pickled attribute
into it, so `dumps` leaves out those whose value is exactly the default the class itself holds
(a dataclass keeps a plain default as a class attribute): reading one falls back to the class,
and gives the same value. Equality, `repr`, `dataclasses.replace` and templates see the same
object as before; only its `__dict__` (which nothing in clientgen reads for a field) is shorter.

Only this package's dataclasses pickled the default way (no `__reduce__`, `__getstate__` or
`__setstate__` of their own, no `__slots__`) are pickled so; any other object as `pickle` does.
"""

from __future__ import annotations

import copyreg
import dataclasses
import io
import pickle
from typing import Any

_PACKAGE = __name__.split(".")[0]
_SCALARS = (str, int, bool, type(None))  # equal and of the same type: the same value
_PLAIN = ("__reduce__", "__reduce_ex__", "__getstate__")  # as `object` has them: pickled the default way
_NEWOBJ = copyreg.__newobj__  # type: ignore[attr-defined] # what `object.__reduce_ex__` gives: `cls.__new__(cls)`, then the state
_defaults: dict[type, dict[str, Any] | None] = {}  # class -> {field: the default its class holds}, None: pickled as `pickle` does


def dumps(value: object) -> bytes:
    """`pickle.dumps(value)`, but for the defaults left out of IR objects (see the module's docstring)."""
    buffer = io.BytesIO()
    _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    return buffer.getvalue()


class _Pickler(pickle.Pickler):
    def reducer_override(self, obj: Any) -> Any:
        cls = type(obj)
        defaults = _defaults[cls] if cls in _defaults else _defaults_of(cls)
        if defaults is None:
            return NotImplemented
        state = {name: value for name, value in obj.__dict__.items() if name not in defaults or not _same(value, defaults[name])}
        return _NEWOBJ, (cls,), state


def _defaults_of(cls: type) -> dict[str, Any] | None:
    found: dict[str, Any] | None = None
    plain = all(getattr(cls, name, None) is getattr(object, name, None) for name in _PLAIN)
    if (
        cls.__module__.split(".")[0] == _PACKAGE
        and dataclasses.is_dataclass(cls)
        and plain
        and not hasattr(cls, "__setstate__")
        and not hasattr(cls, "__slots__")
        and not hasattr(cls, "__getattr__")
    ):
        found = {}
        for field in dataclasses.fields(cls):
            held = getattr(cls, field.name, dataclasses.MISSING)
            if field.default is not dataclasses.MISSING and held is field.default and not hasattr(type(held), "__get__"):
                found[field.name] = held
    _defaults[cls] = found
    return found


def _same(value: object, default: object) -> bool:
    """Whether `value` is `default` in all but identity (0 is not False, nor -0.0 0.0)."""
    if value is default:
        return True
    kind = type(value)
    return kind is type(default) and (kind in _SCALARS or (kind is tuple and not value)) and value == default
