"""Imports a generated module needs, derived from its types (`TypeRef.imports`) and its model's IR."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..ir.model import Group, Model, TypeRef


def std_imports(types: Iterable[TypeRef], inherited: Iterable[TypeRef] = (), base_model: str = ".._base_model") -> list[str]:
    """`from x import a, b` lines for the standard names the types' annotations need (the runtime's
    annotation helpers from `base_model`: relative from the package's modules, absolute from its tests).

    A name only the `inherited` types need is imported as `name as name`: nothing
    in the module reads it, pydantic does (see `inherited_only`), and the redundant alias
    tells linters it is there on purpose.
    """
    own = _imports(types)
    used: dict[str, set[str]] = {}
    for module, attr in own | _imports(inherited):
        name = attr if (module, attr) in own or not module else f"{attr} as {attr}"
        used.setdefault(base_model if module == "_base_model" else module, set()).add(name)
    return [
        f"import {', '.join(sorted(names))}" if not m else f"from {m} import {', '.join(sorted(names))}"
        for m, names in sorted(used.items())
    ]


def _imports(types: Iterable[TypeRef]) -> set[tuple[str, str]]:
    return {imp for t in types for imp in t.imports}


def inherited_only(model: Model) -> frozenset[str]:
    """The models `model`'s module imports only for its ancestors' annotations, which pydantic
    evaluates in this module (`ir.build._with_inherited_imports`)."""
    own = {n for f in model.fields for n in f.type.models}
    for ref in (model.alias_of, model.extra_type):
        own.update(ref.models if ref is not None else ())
    return frozenset(set(model.imports) - own - {model.base})


def _group_types(group: Group) -> list[TypeRef]:
    """Every type an API group's module writes: in signatures, results, the endpoint table's
    responses and event types, streams and pages (see `group_view` and `endpoints`)."""
    types: list[TypeRef] = []
    for op in group.operations:
        types += [a.type for args in (op.args, *op.overloads) for a in args]
        types.append(op.returns)
        types += [r.type for r in op.responses if r.type is not None and r.kind == "json"]
        if op.stream_method and op.event_stream is not None:
            types.append(op.event_stream.event)
        if op.iter_method and op.pagination is not None:
            types.append(op.pagination.item)
    return types


def group_models(group: Group) -> list[str]:
    """The models an API group's operations name: in parameters, bodies (a form body's too, though
    its fields are the arguments), results, pages and events. Overlays exported from an earlier
    clientgen import these; `group_imports` imports only those the module writes."""
    found: set[str] = set()
    for op in group.operations:
        for p in op.params:
            found.update(p.type.models)
        for b in op.bodies[:1]:
            found.update(b.type.models)
            for f in b.fields:
                found.update(f.type.models)
        found.update(op.returns.models)
        if op.pagination is not None:
            found.update(op.pagination.item.models)
        if op.event_stream is not None:
            found.update(op.event_stream.event.models)
        for r in op.responses:
            if r.type is not None and r.kind == "json":
                found.update(r.type.models)
    return sorted(found)


_RUNTIME_TYPES = frozenset({"FileContent", "FileInput"})  # the `_types` names only some annotations write


def group_imports(group: Group, model_module: Callable[[str], str]) -> list[str]:
    """The import statements of an API group's module (`api/<module>.py`): exactly the names its
    code uses, one statement per line (`sorted_imports` orders and wraps them)."""
    ops = group.operations
    types = _group_types(group)
    lines = ["import os", "from pathlib import Path"] if any(op.to_file_method for op in ops) else []
    lines += std_imports(types)
    if any(op.stream_method and op.event_stream for op in ops):
        lines.append("from dataclasses import replace as _dataclass_replace")
    lines.append("from typing import TYPE_CHECKING")
    if any(op.overloads for op in ops):
        lines.append("from typing import overload")
    if any(op.iter_method and op.pagination for op in ops):
        lines += ["from .._pagination import AsyncPaginator, Paginator", "from .._pagination import PageSpec as _PageSpec"]
    lines.append("from .._runtime import Endpoint as _Endpoint")
    if any(op.param_styles or op.field_encodings for op in ops):
        lines.append("from .._serialize import Style as _Style")
    if any(op.return_kind == "sse" or (op.stream_method and op.event_stream) for op in ops):
        lines.append("from .._streaming import AsyncStream, Stream")
    runtime = sorted({name for t in types for name in t.names & _RUNTIME_TYPES})
    lines.append(f"from .._types import {', '.join(['NOT_GIVEN', 'ApiResponse', *runtime, 'NotGiven', 'TimeoutTypes'])}")
    models = sorted({name for t in types for name in t.models})
    return lines + [f"from ..models.{model_module(name)} import {name}" for name in models]


def model_imports(model: Model, model_module: Callable[[str], str], cyclic: frozenset[str] = frozenset()) -> list[str]:
    """The import statements at the top of a model's module (`models/<module>.py`): the standard
    names its annotations use, its base class, and the models its annotations name, but those on
    an import cycle with it (`cyclic`, see `model_view.import_cycles`), which come last instead
    (`later_imports`). An alias's models are never on a cycle."""
    if model.kind == "alias" and model.alias_of is not None:
        lines = std_imports([model.alias_of], model.inherited_annotations)
        lines += [f"from .{model_module(name)} import {name}" for name in model.imports]
        return [*lines, "from typing import TypeAlias"]
    types = [f.annotation_type for f in model.fields]  # `extra_type` is only documented, not written
    lines = std_imports(types, model.inherited_annotations)
    if any((f.default_src or "").startswith("Field(") for f in model.fields):
        lines.append("from pydantic import Field")
    base = f"from .{model_module(model.base)} import {model.base}" if model.base else "from .._base_model import BaseModel"
    inherited = inherited_only(model)
    named = _field_models(model)
    lines.append(base)
    return lines + [
        f"from .{model_module(name)} import {name}"
        for name in model.imports
        if name != model.base and name in named and name not in inherited and name not in cyclic
    ]


def _field_models(model: Model) -> frozenset[str]:
    """The models the class's field annotations name (the module imports no others)."""
    return frozenset(n for f in model.fields for n in f.type.models)


def later_imports(model: Model, model_module: Callable[[str], str], cyclic: frozenset[str] = frozenset()) -> list[str]:
    """The models imported at the end of a model's module, once its class exists: those on an
    import cycle with it (`cyclic`), so that such models load in any order, and its ancestors'
    annotation names as `X as X` (only pydantic reads them)."""
    if model.kind == "alias":
        return []
    inherited = inherited_only(model)
    named = _field_models(model)
    return [
        f"from .{model_module(name)} import {name}{f' as {name}' if name in inherited else ''}  # noqa: E402"
        for name in model.imports
        if name != model.base and (name in inherited or (name in cyclic and name in named))
    ]
