"""Standard-library imports a generated module needs, derived from its annotations."""

from __future__ import annotations

from collections.abc import Iterable

from generator.ir.types import identifiers

_STD = {
    "Any": ("typing", "Any"),
    "Literal": ("typing", "Literal"),
    "datetime": ("datetime", "datetime"),
    "date": ("datetime", "date"),
    "UUID": ("uuid", "UUID"),
    "Annotated": ("typing", "Annotated"),
    "pydantic": ("", "pydantic"),
    "discriminate": (".._base_model", "discriminate"),
    "one_of": (".._base_model", "one_of"),
    "date_or_datetime": (".._base_model", "date_or_datetime"),
}


def std_imports(annotations: Iterable[str]) -> list[str]:
    """`from x import a, b` lines for the standard names the annotations mention."""
    used: dict[str, set[str]] = {}
    for ann in annotations:
        for name in identifiers(ann):
            if name in _STD:
                module, attr = _STD[name]
                used.setdefault(module, set()).add(attr)
    return [
        f"import {', '.join(sorted(names))}" if not m else f"from {m} import {', '.join(sorted(names))}"
        for m, names in sorted(used.items())
    ]
