"""docs/ir.md, the IR's reference for template and hook authors, written from generator/ir/model.py
and generator/ir/typeref.py (the IR's type): their classes, fields and properties with their own docstrings (tests/test_ir_reference.py keeps
the committed page current).

    python -m clientgen.ir.reference docs/ir.md
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

from . import diagnostic, model, typeref

MODULES = (typeref, model, diagnostic)  # the type first: every other class uses it

INTRO = """\
# The IR

clientgen reads an OpenAPI document into these frozen dataclasses (`generator/ir/model.py`, and
`generator/ir/typeref.py` for types), then
renders templates from them. Templates see the whole IR as `api`; an IR hook's `process_api(api)`
receives it and returns a changed copy (`dataclasses.replace`). Every Python name in it is already a
valid, collision-free identifier, and every wire name is kept beside it. Spec text (descriptions,
examples) is kept as written: templates escape it with the filters (`pystr`, `docstring`, `md_cell`, ...).

This page is generated from the dataclasses' docstrings: `python -m clientgen.ir.reference docs/ir.md`
(run by `make generate`).
"""


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _docstring(node: ast.stmt | None) -> str:
    if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
        return node.value.value
    return ""


def _class_section(cls: ast.ClassDef) -> list[str]:
    lines = [f"## `{cls.name}`", "", " ".join((ast.get_docstring(cls) or "").split()), ""]
    rows = []
    for i, node in enumerate(cls.body):
        following = cls.body[i + 1] if i + 1 < len(cls.body) else None
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            default = "required" if node.value is None else f"`{ast.unparse(node.value)}`"
            if "init=False" in default:
                default = "computed"
            rows.append(f"| `{node.target.id}` | `{_cell(ast.unparse(node.annotation))}` | {default} | {_cell(_docstring(following))} |")
        elif isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
            kind = "property" if any(ast.unparse(d) in ("property", "functools.cached_property") for d in node.decorator_list) else "method"
            returns = _cell(ast.unparse(node.returns)) if node.returns else ""
            rows.append(f"| `{node.name}` | `{returns}` | {kind} | {_cell(ast.get_docstring(node) or '')} |")
    if rows:
        lines += ["| name | type | default | meaning |", "|---|---|---|---|", *rows, ""]
    return lines


def reference() -> str:
    """The page, from the IR modules' source (docstrings of fields exist only there)."""
    trees = [ast.parse(Path(module.__file__ or "").read_text("utf-8")) for module in MODULES]
    aliases = [node for tree in trees for node in tree.body if isinstance(node, ast.Assign | ast.AnnAssign) and _is_kind(node)]
    lines = [INTRO, "## Kinds", ""]
    lines += [f"- `{_target(a)}` = `{ast.unparse(a.value)}`" for a in aliases if a.value is not None]
    lines.append("")
    for tree in trees:
        for node in tree.body:
            if isinstance(node, ast.ClassDef):
                lines += _class_section(node)
    return "\n".join(lines).rstrip("\n") + "\n"


def _target(node: ast.Assign | ast.AnnAssign) -> str:
    target = node.targets[0] if isinstance(node, ast.Assign) else node.target
    return target.id if isinstance(target, ast.Name) else ""


def _is_kind(node: ast.Assign | ast.AnnAssign) -> bool:
    """A `Name = Literal[...]` alias: the kinds of a field."""
    value = node.value
    return bool(_target(node)) and isinstance(value, ast.Subscript) and isinstance(value.value, ast.Name) and value.value.id == "Literal"


def main(argv: list[str]) -> int:
    text = reference()
    if not argv:
        sys.stdout.write(text)
        return 0
    target = Path(argv[0])
    partial = target.with_name(target.name + ".tmp")
    partial.write_text(text, "utf-8")
    partial.replace(target)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
