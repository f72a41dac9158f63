"""Random mutations of a spec are each classified, under the rule (and level) the mutation calls for.

The levels' agreement with mypy is tested per rule in tests/test_surface_mypy.py, and on random
mutations of several specs, a few examples at a time, in tests/test_surface_random_mypy.py.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_surface_rules import _get_pet, _schema, base, surface

from clientgen.surface.compare import RULES, compare

PARAMS = ["verbose", "limit"]
FIELDS = [("Pet", "name"), ("Pet", "tag"), ("Pet", "status"), ("NewPet", "name"), ("NewPet", "tag"), ("NewPet", "kind")]
OPERATIONS = [("/pets", "get", "default.list_pets"), ("/pets", "post", "default.create_pet")]


def _mutation() -> st.SearchStrategy[tuple[str, Any]]:
    return st.one_of(
        st.tuples(st.just("remove-operation"), st.sampled_from(OPERATIONS)),
        st.tuples(st.just("rename-operation"), st.sampled_from(OPERATIONS)),
        st.tuples(st.just("remove-param"), st.sampled_from(PARAMS)),
        st.tuples(st.just("require-param"), st.sampled_from(PARAMS)),
        st.tuples(st.just("retype-param"), st.sampled_from(PARAMS)),
        st.tuples(st.just("remove-field"), st.sampled_from(FIELDS)),
        st.tuples(st.just("require-field"), st.sampled_from([f for f in FIELDS if f[1] not in ("name",)])),
        st.tuples(st.just("retype-field"), st.sampled_from(FIELDS)),
    )


def _apply(spec: dict[str, Any], kind: str, target: Any) -> set[str]:
    """Mutate `spec`; return the rules (any of them) that must report it."""
    if kind in ("remove-operation", "rename-operation"):
        path, method, _ = target
        if kind == "remove-operation":
            spec["paths"][path].pop(method)
            return {"method-removed"}
        spec["paths"][path][method]["operationId"] += "Renamed"
        return {"method-renamed"}
    if kind.endswith("-param"):
        params = _get_pet(spec)["parameters"]
        param = next(p for p in params if p["name"] == target)
        if kind == "remove-param":
            params.remove(param)
            return {"param-removed"}
        if kind == "require-param":
            param["required"] = True
            return {"param-required"}
        param["schema"] = {"type": "array", "items": {"type": "string"}}
        return {"type-changed"}
    model, name = target
    schema = _schema(spec, model)
    if kind == "remove-field":
        schema["properties"].pop(name)
        return {"field-removed"}
    if kind == "require-field":
        schema.setdefault("required", []).append(name)
        return {"field-required"} if model == "NewPet" else {"response-type-narrowed"}
    schema["properties"][name] = {"type": "array", "items": {"type": "number"}}
    return {"type-changed"}


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(mutations=st.lists(_mutation(), min_size=1, max_size=3, unique_by=lambda m: (m[0].split("-")[1], str(m[1]))))
def test_every_mutation_is_classified(mutations: list[tuple[str, Any]], tmp_path: Path) -> None:
    old = base()
    new = copy.deepcopy(old)
    expected: list[set[str]] = []
    for kind, target in mutations:
        try:
            expected.append(_apply(new, kind, target))
        except (KeyError, StopIteration):  # an earlier mutation took its target away
            continue
    found = compare(surface(old, tmp_path, "old"), surface(new, tmp_path, "new")).items
    rules = {c.rule for c in found}
    for wanted in expected:
        assert wanted & rules, (mutations, found)
    assert all(c.level == RULES[c.rule] for c in found)
    if any(RULES[r] == "breaking" for wanted in expected for r in wanted):
        assert any(c.level == "breaking" for c in found)
