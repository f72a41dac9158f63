"""Code a user wrote against a generated SDK, synthesised from its snapshot (`.clientgen/api.json`).

`probe(snapshot, package, modules)` is a module that type-checks against the SDK the snapshot
describes and touches every part of it a rule of `generator/surface/compare.py` is about:
- each method is called twice, with its required arguments only and with every argument (the
  keyword-field form when a body can also be given as a model), positional ones by position,
  and its result stored in a variable annotated with the old return type;
- each field of a model read from responses is read into a variable annotated with its old type;
- each model sent in requests is built with its required fields, and with every field;
- each model is imported from its own module (the lazy `models/__init__.py` would type any name).

Arguments are the probe functions' parameters, annotated with the snapshot's types: no value has
to be invented. Checked with `mypy --strict` against the SDK after a change, the probe fails when
the change breaks code written against the old SDK. Used by tests/test_surface_random.py and by
tests/surface_history.py.
"""

from __future__ import annotations

import keyword
import re
from pathlib import Path
from typing import Any

HEAD = """\
from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal
from uuid import UUID

import pydantic

from PKG import Client
from PKG._base_model import date_or_datetime, discriminate
from PKG._types import FileInput

"""
_IDENTIFIER = re.compile(r"[A-Za-z_]\w*")
_STRINGS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")


def model_modules(package_dir: Path) -> dict[str, str]:
    """{model: module} from a generated package's `models/__init__.py` (`from .mod import X as X`)."""
    text = (package_dir / "models" / "__init__.py").read_text()
    return {m.group(2): m.group(1) for m in re.finditer(r"from \.(\w+) import \(?\s*(\w+) as \2", text)}


def probe(snapshot: dict[str, Any], package: str, modules: dict[str, str], methods: set[str] | None = None, models: set[str] | None = None) -> str:
    """The module for `snapshot`'s SDK (named `package`); only `methods` and `models` when given."""
    body: list[str] = []
    used: set[str] = set()
    for i, name in enumerate(sorted(snapshot["methods"])):
        if methods is None or name in methods:
            body += _calls(i, name, snapshot["methods"][name], used)
    for i, name in enumerate(sorted(snapshot["models"])):
        model = snapshot["models"][name]
        if (models is None or name in models) and model["kind"] == "object":
            used.add(name)
            body += _reads(i, name, model, used) + _builds(i, name, model, used)
    imports = [f"from {package}.models.{modules[m]} import {m}" for m in sorted(used & set(snapshot["models"])) if m in modules]
    return HEAD.replace("PKG", package) + "\n".join(imports) + "\n\n" + "\n".join(body) + "\n"


def _names(annotation: str, used: set[str]) -> str:
    used.update(_IDENTIFIER.findall(_STRINGS.sub("", annotation)))
    return annotation


def _calls(i: int, name: str, method: dict[str, Any], used: set[str]) -> list[str]:
    params: dict[str, dict[str, Any]] = method["params"]
    if any(p["in"] == "field" for p in params.values()):  # the keyword-field form, not `body=Model`
        params = {k: p for k, p in params.items() if p["in"] != "body"}
    if any(not k.isidentifier() or keyword.iskeyword(k) for k in params):
        return []
    returns = method["returns"]
    lines: list[str] = []
    for form, chosen in (("required", {k: p for k, p in params.items() if p["required"]}), ("every", params)):
        args = ", ".join(f"{k}: {_names(p['type'], used)}" for k, p in sorted(chosen.items()))
        positional = sorted((p["position"], k) for k, p in chosen.items() if "position" in p)
        call = ", ".join([k for _, k in positional] + [f"{k}={k}" for k, p in sorted(chosen.items()) if "position" not in p])
        head = f"def call_{i}_{form}(client_: Client{', ' if args else ''}{args}) -> None:"
        target = f"client_.{name}({call})"
        if returns == "None":
            lines += [head, f"    {target}", ""]
        else:
            lines += [head, f"    result: {_names(returns, used)} = {target}", "    del result", ""]
    return lines


def _annotation(f: dict[str, Any]) -> str:
    """A model field's annotation, as `Field.annotation` writes it: optional fields also accept None."""
    t = str(f["type"])
    return t if f["required"] or t == "None" or t.endswith("| None") or t == "Any" else f"{t} | None"


def _reads(i: int, name: str, model: dict[str, Any], used: set[str]) -> list[str]:
    if "response" not in model["used_in"] and model["used_in"]:
        return []
    fields = model.get("fields", {})
    reads = [f"    value_{j}: {_names(_annotation(f), used)} = model_.{k}" for j, (k, f) in enumerate(sorted(fields.items()))]
    return [f"def read_{i}(model_: {name}) -> None:", *reads, *(["    del " + ", ".join(f"value_{j}" for j in range(len(reads)))] if reads else ["    pass"]), ""]


def _builds(i: int, name: str, model: dict[str, Any], used: set[str]) -> list[str]:
    """Constructor calls, by Python name: a field whose wire name differs is only passed by its
    wire name under mypy (pydantic's dataclass_transform), so a model with such a required field
    is not built, and such optional fields are left out."""
    if "request" not in model["used_in"] and model["used_in"]:
        return []
    fields = {k: f for k, f in model.get("fields", {}).items() if "wire" not in f}
    if any("wire" in f and f["required"] for f in model.get("fields", {}).values()):
        return []
    lines: list[str] = []
    for form, chosen in (("required", {k: f for k, f in fields.items() if f["required"]}), ("every", fields)):
        args = ", ".join(f"{k}: {_names(_annotation(f), used)}" for k, f in sorted(chosen.items()))
        call = ", ".join(f"{k}={k}" for k in sorted(chosen))
        lines += [f"def build_{i}_{form}({args}) -> {name}:", f"    return {name}({call})", ""]
    return lines
