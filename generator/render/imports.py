"""Imports a generated module needs, derived from its annotations and its model's IR."""

from __future__ import annotations

from collections.abc import Iterable

from generator.ir.model import Model
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


def std_imports(annotations: Iterable[str], inherited: Iterable[str] = ()) -> list[str]:
    """`from x import a, b` lines for the standard names the annotations mention.

    A name only the `inherited` annotations mention is imported as `name as name`: nothing
    in the module reads it, pydantic does (see `inherited_only`), and the redundant alias
    tells linters it is there on purpose.
    """
    own = _std_names(annotations)
    used: dict[str, set[str]] = {}
    for module, attr in own | _std_names(inherited):
        used.setdefault(module, set()).add(attr if (module, attr) in own or not module else f"{attr} as {attr}")
    return [
        f"import {', '.join(sorted(names))}" if not m else f"from {m} import {', '.join(sorted(names))}"
        for m, names in sorted(used.items())
    ]


def _std_names(annotations: Iterable[str]) -> set[tuple[str, str]]:
    return {_STD[name] for ann in annotations for name in identifiers(ann) if name in _STD}


def inherited_only(model: Model) -> frozenset[str]:
    """The models `model`'s module imports only for its ancestors' annotations, which pydantic
    evaluates in this module (`ir.build._with_inherited_imports`)."""
    own = {n for f in model.fields for n in f.type.models}
    for ref in (model.alias_of, model.extra_type):
        own.update(ref.models if ref is not None else ())
    return frozenset(set(model.imports) - own - {model.base})
