"""The IR is documented as an API: every class and field of generator/ir/model.py and
generator/ir/typeref.py has a docstring, and docs/ir.md, written from them, is current."""

from __future__ import annotations

import ast
import dataclasses
import inspect
from pathlib import Path

from clientgen.ir.reference import MODULES, reference

ROOT = Path(__file__).resolve().parent.parent


def _ir_classes() -> list[type]:
    return [
        c for module in MODULES for _, c in inspect.getmembers(module, inspect.isclass) if dataclasses.is_dataclass(c) and c.__module__ == module.__name__
    ]


def test_every_ir_class_and_field_has_a_docstring() -> None:
    trees = [ast.parse(Path(module.__file__ or "").read_text("utf-8")) for module in MODULES]
    documented: dict[str, set[str]] = {}
    for cls in (n for tree in trees for n in tree.body if isinstance(n, ast.ClassDef)):
        assert ast.get_docstring(cls), f"{cls.name} has no docstring"
        names = documented.setdefault(cls.name, set())
        for node, following in zip(cls.body, cls.body[1:], strict=False):
            if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and isinstance(following, ast.Expr):
                if isinstance(following.value, ast.Constant) and str(following.value.value).strip():
                    names.add(node.target.id)
    classes = _ir_classes()
    assert len(classes) >= 17
    missing = [f"{c.__name__}.{f.name}" for c in classes for f in dataclasses.fields(c) if f.name not in documented[c.__name__]]
    assert missing == []


def test_the_committed_reference_is_current() -> None:
    committed = (ROOT / "docs" / "ir.md").read_text("utf-8")
    assert committed == reference(), "docs/ir.md is stale: run `make generate`"
    for cls in _ir_classes():
        assert f"## `{cls.__name__}`" in committed
        for f in dataclasses.fields(cls):
            assert f"| `{f.name}` |" in committed, f"{cls.__name__}.{f.name}"
