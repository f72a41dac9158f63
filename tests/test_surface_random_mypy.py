"""The levels agree with mypy on random mutations of several specs (issue #14, acceptance 2).

Each example takes one spec (the rules' pets spec, or one of a seeded handful of small real specs
from ../shared/realworld), applies one random mutation (remove or rename an operation, a
parameter or a property; make one required; change its type), generates the SDK before and
after, and synthesises code written against the old SDK from its snapshot
(tests/surface_probe.py: every method called, every response field read, every request model
built). Then, under `mypy --strict`:
- the old code type-checks against the old SDK (else the synthesis is wrong);
- it fails against the new SDK exactly when the comparison reports a breaking change, except for
  the rules whose break mypy cannot see (`MYPY_BLIND`: they fail at run time).

mypy is slow: the default profile runs 6 examples (about a minute on 2 cores, the mypy cache kept
across them); `CLIENTGEN_HYPOTHESIS=long` runs 60 (`CLIENTGEN_HYPOTHESIS_EXAMPLES=N` for another
count).
"""

from __future__ import annotations

import copy
import json
import keyword
import os
import random
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, event, given, settings
from hypothesis import strategies as st
from surface_probe import model_modules, probe
from teamwork import clientgen
from test_surface_mypy import AT_RUN_TIME
from test_surface_rules import base

from clientgen.errors import pointer_join
from clientgen.load import load_document
from clientgen.surface.compare import RULES, compare

REALWORLD = Path(__file__).resolve().parent.parent.parent / "shared" / "realworld"
# breaking for users, invisible to mypy: the CLI's names, and what test_surface_mypy.py explains
MYPY_BLIND = {"cli-command-renamed", *AT_RUN_TIME}
EXAMPLES = int(os.environ.get("CLIENTGEN_HYPOTHESIS_EXAMPLES") or (60 if os.environ.get("CLIENTGEN_HYPOTHESIS") == "long" else 6))
PLAIN_NAME = re.compile(r"[a-z][a-z0-9]*(_[a-z0-9]+)*")  # the Python name is the wire name
TYPES = {"string": {"type": "integer"}, "integer": {"type": "string"}, "number": {"type": "string"}, "boolean": {"type": "string"}, "array": {"type": "integer"}}
Spec = dict[str, Any]


def _specs() -> dict[str, Spec]:
    """The pets spec and three small real ones (5 to 30 KB), a seeded sample."""
    found = {"pets": base()}
    if REALWORLD.is_dir():
        small = sorted(p for p in REALWORLD.rglob("*.json") if 5_000 < p.stat().st_size < 30_000)
        for path in random.Random(14).sample(small, 3):  # noqa: S311 - a reproducible sample
            found[path.relative_to(REALWORLD).as_posix()] = load_document(path).data
    return found


SPECS = _specs()


def _plain(name: Any) -> bool:
    return isinstance(name, str) and PLAIN_NAME.fullmatch(name) is not None and not keyword.iskeyword(name)


def _schemas(spec: Spec) -> dict[str, Any]:
    return spec.get("definitions") or spec.get("components", {}).get("schemas") or {}


def _refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        here = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return here + [r for v in node.values() for r in _refs(v)]
    return [r for v in node for r in _refs(v)] if isinstance(node, list) else []


def _targets(spec: Spec) -> list[tuple[str, tuple[Any, ...]]]:
    """Every mutation the spec offers: (kind, where). Nothing another part `$ref`s into: its
    removal would leave the spec broken, not changed."""
    found: list[tuple[str, tuple[Any, ...]]] = []
    refs = _refs(spec)
    schemas = "#/definitions/" if "definitions" in spec else "#/components/schemas/"

    def referenced(*keys: str) -> bool:
        pointer = "#" + pointer_join(*keys) if keys[0] == "paths" else schemas + pointer_join(*keys)[1:]
        return any(r == pointer or r.startswith(pointer + "/") for r in refs)

    for path, item in spec.get("paths", {}).items():
        for method, op in item.items():
            if method not in ("get", "put", "post", "delete", "patch") or not isinstance(op, dict) or referenced("paths", path, method):
                continue
            found += [("remove-operation", (path, method)), ("rename-operation", (path, method))]
            for i, param in enumerate(op.get("parameters", [])):
                if "$ref" in param or not _plain(param.get("name")) or param.get("in") not in ("query", "header"):
                    continue
                found.append(("remove-param", (path, method, i)))
                if not param.get("required"):
                    found.append(("require-param", (path, method, i)))
                if _type_of(param) in TYPES:
                    found.append(("retype-param", (path, method, i)))
    for name, schema in _schemas(spec).items():
        for prop, value in (schema.get("properties") or {}).items() if isinstance(schema, dict) else ():
            if not _plain(prop) or not isinstance(value, dict) or referenced(name, "properties", prop):
                continue
            found += [("remove-property", (name, prop)), ("rename-property", (name, prop))]
            if prop not in (schema.get("required") or []):
                found.append(("require-property", (name, prop)))
            if value.get("type") in TYPES and "$ref" not in value:
                found.append(("retype-property", (name, prop)))
    return found


def _type_of(param: dict[str, Any]) -> Any:
    return (param.get("schema") or {}).get("type") if "schema" in param else param.get("type")


def _mutate(spec: Spec, kind: str, where: tuple[Any, ...]) -> None:
    if kind.endswith("-operation"):
        path, method = where
        if kind == "remove-operation":
            del spec["paths"][path][method]
        else:
            op = spec["paths"][path][method]
            op["operationId"] = str(op.get("operationId") or f"{method}_{path}") + "Renamed"
    elif kind.endswith("-param"):
        path, method, i = where
        param = spec["paths"][path][method]["parameters"][i]
        if kind == "remove-param":
            del spec["paths"][path][method]["parameters"][i]
        elif kind == "require-param":
            param["required"] = True
        elif "schema" in param:
            param["schema"] = dict(TYPES[param["schema"]["type"]])
        else:  # Swagger 2.0: the type is the parameter's own
            new = TYPES[param["type"]]
            for key in [k for k in param if k not in ("name", "in", "required", "description")]:
                del param[key]
            param.update(new)
    else:
        name, prop = where
        schema = _schemas(spec)[name]
        if kind == "remove-property":
            del schema["properties"][prop]
        elif kind == "rename-property":
            schema["properties"][prop + "_renamed"] = schema["properties"].pop(prop)
        elif kind == "require-property":
            schema["required"] = sorted({*schema.get("required", []), prop})
        else:
            schema["properties"][prop] = dict(TYPES[schema["properties"][prop]["type"]])


def _generate(spec: Spec, folder: Path, package: str) -> dict[str, Any]:
    folder.mkdir(parents=True)
    (folder / "spec.json").write_text(json.dumps(spec))
    result = clientgen("generate", "spec.json", "-o", "sdk", "--package-name", package, "-q", "--no-validate", at=folder)
    assert result.code == 0, result.err
    data: dict[str, Any] = json.loads((folder / "sdk" / ".clientgen" / "api.json").read_text())
    return data


@pytest.fixture(scope="module")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("mypy-cache")


@settings(max_examples=EXAMPLES, deadline=None, derandomize=EXAMPLES <= 6, phases=[Phase.explicit, Phase.reuse, Phase.generate], suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_levels_agree_with_mypy_on_random_mutations(data: st.DataObject, tmp_path_factory: pytest.TempPathFactory, mypy_cache: Path) -> None:
    name = data.draw(st.sampled_from(sorted(SPECS)), label="spec")
    spec = SPECS[name]
    kind, where = data.draw(st.sampled_from(_targets(spec)), label="mutation")
    new_spec = copy.deepcopy(spec)
    _mutate(new_spec, kind, where)
    root = tmp_path_factory.mktemp("mutation")
    # one package name for both: the auth schemes' environment variables are named after it
    old, new = _generate(spec, root / "old", "probe"), _generate(new_spec, root / "new", "probe")
    changes = compare(old, new).items
    assert changes, (name, kind, where)  # every mutation is seen
    assert all(c.level == RULES[c.rule] for c in changes)
    (root / "use.py").write_text(probe(old, "probe", model_modules(root / "old" / "sdk" / "probe")))
    assert _mypy(root, "old", mypy_cache) == "", "the code synthesised for the old SDK must type-check against it"
    errors = _mypy(root, "new", mypy_cache)
    breaking = {c.rule for c in changes if c.level == "breaking"}
    event(f"{kind}: {'breaking' if breaking else 'not breaking'}, mypy {'fails' if errors else 'passes'}")  # --hypothesis-show-statistics
    if errors:
        assert breaking, (name, kind, where, changes, errors)  # mypy sees a break the rules missed
    else:
        assert breaking <= MYPY_BLIND, (name, kind, where, changes)  # a break no code written against the old SDK notices


def _mypy(root: Path, side: str, cache: Path) -> str:
    """mypy's errors on the synthesised code against one SDK ("" when it type-checks)."""
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache), "use.py"],
        cwd=root, env={"MYPYPATH": str(root / side / "sdk"), "PATH": "/usr/bin:/bin"}, capture_output=True, text=True, timeout=600,
    )
    errors = [line for line in run.stdout.splitlines() if ": error:" in line]
    assert all(line.startswith("use.py:") for line in errors), run.stdout  # the SDKs themselves are clean
    assert run.returncode == (1 if errors else 0), run.stdout + run.stderr
    return "\n".join(errors)
