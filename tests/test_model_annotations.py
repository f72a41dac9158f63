"""Model modules' annotations are evaluated as their classes are made (issue #16: pydantic then
compiles no string per field, the import time of thousands of models). Only an annotation naming
a model on an import cycle with its class is a string; those models are imported last.

The committed examples have no such cycle, so none of their annotations may be a string; a small
spec of recursive and mutually referencing schemas generates, imports in any order, validates and
type-checks.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import OUTPUT, run_clientgen, run_python
from test_generated_lint import lint_findings

from clientgen.ir.model import Field, Model
from clientgen.ir.typeref import list_of, model_ref
from clientgen.render.model_view import import_cycles

EXAMPLES = ["openai", "openai-uploads", "petstore"]


def string_annotations(source: str) -> list[str]:
    """The class attributes of a module whose annotation is a string."""
    tree = ast.parse(source)
    return [
        f"{node.name}.{stmt.target.id}"
        for node in tree.body
        if isinstance(node, ast.ClassDef)
        for stmt in node.body
        if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name)
        and isinstance(stmt.annotation, ast.Constant)
    ]


def future_annotations(source: str) -> bool:
    tree = ast.parse(source)
    return any(isinstance(n, ast.ImportFrom) and n.module == "__future__" for n in tree.body)


@pytest.mark.parametrize("example", EXAMPLES)
def test_committed_models_have_evaluated_annotations(example: str) -> None:
    modules = sorted(p for p in (OUTPUT / example).glob("*/models/*.py") if p.name != "__init__.py")
    assert len(modules) > 3, modules
    late = [p.name for p in modules if future_annotations(p.read_text("utf-8"))]
    assert not late, f"models with `from __future__ import annotations`: {late[:10]}"
    quoted = [f"{p.name}: {a}" for p in modules for a in string_annotations(p.read_text("utf-8"))]
    assert not quoted, f"string annotations where no import cycle needs one: {quoted[:10]}"


def model(name: str, *imports: str, base: str | None = None, fields: tuple[Field, ...] = ()) -> Model:
    return Model(name=name, module=name.lower(), kind="object", wire_name=name, imports=imports, base=base, fields=fields)


def test_import_cycles() -> None:
    models = [
        model("Node", "Leaf", fields=(Field("kids", "kids", list_of(model_ref("Node", is_object=True)), required=False),)),  # names itself
        model("Leaf"),
        model("A", "B"),  # A -> B -> C -> A
        model("B", "C", "Leaf"),
        model("C", "A"),
        model("D", "A"),  # names the cycle, is not on it
        model("E", base="D"),
        model("Ghost", "Missing"),  # a name no model has is no edge
    ]
    cycles = import_cycles(models)
    assert cycles == {"Node": {"Node"}, "A": {"A", "B", "C"}, "B": {"A", "B", "C"}, "C": {"A", "B", "C"}}


def test_import_cycles_of_a_long_chain_do_not_recurse() -> None:
    n = 5000  # deeper than Python's recursion limit
    models = [model(f"M{i}", f"M{(i + 1) % n}") for i in range(n)]
    assert import_cycles(models)["M0"] == {f"M{i}" for i in range(n)}


RECURSIVE = {
    "openapi": "3.0.3",
    "info": {"title": "Trees", "version": "1"},
    "paths": {
        "/nodes": {"get": {"operationId": "getNode", "responses": {"200": {"description": "ok", "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/Holder"}}}}}}},
    },
    "components": {"schemas": {
        "Node": {"type": "object", "required": ["name"], "properties": {
            "name": {"type": "string"},
            "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
            "parent": {"$ref": "#/components/schemas/Node"},
        }},
        "Person": {"type": "object", "properties": {
            "name": {"type": "string"},
            "employer": {"$ref": "#/components/schemas/Company"},
        }},
        "Company": {"type": "object", "properties": {
            "name": {"type": "string"},
            "staff": {"type": "array", "items": {"$ref": "#/components/schemas/Person"}},
        }},
        "Holder": {"type": "object", "required": ["root"], "properties": {
            "root": {"$ref": "#/components/schemas/Node"},
            "boss": {"$ref": "#/components/schemas/Person"},
        }},
        "Manager": {"allOf": [{"$ref": "#/components/schemas/Person"}, {"type": "object", "properties": {
            "reports": {"type": "array", "items": {"$ref": "#/components/schemas/Person"}},
        }}]},
    }},
}

USE = """
import importlib, sys
for name in sys.argv[1:]:  # this order first
    importlib.import_module("trees.models." + name)
from trees.models import Company, Holder, Manager, Node, Person
tree = Node.model_validate({"name": "a", "children": [{"name": "b", "children": [{"name": "c"}]}], "parent": {"name": "p"}})
assert tree.children[0].children[0].name == "c" and tree.parent.name == "p", tree
assert isinstance(tree.children[0], Node)
person = Person.model_validate({"name": "x", "employer": {"name": "co", "staff": [{"name": "y"}]}})
assert isinstance(person.employer, Company) and isinstance(person.employer.staff[0], Person)
holder = Holder.model_validate({"root": {"name": "r"}, "boss": {"name": "b", "employer": {"name": "c"}}})
assert holder.to_dict() == {"root": {"name": "r"}, "boss": {"name": "b", "employer": {"name": "c"}}}
manager = Manager.model_validate({"name": "m", "reports": [{"name": "r"}], "employer": {"staff": [{"name": "s"}]}})
assert isinstance(manager.reports[0], Person) and manager.employer.staff[0].name == "s"
print("ok")
"""


@pytest.fixture(scope="module")
def trees(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("trees")
    spec = root / "trees.json"
    spec.write_text(json.dumps(RECURSIVE))
    result = run_clientgen("generate", str(spec), "-o", str(root / "out"), "--package-name", "trees")
    assert result.returncode == 0, result.stderr[-3000:]
    return root / "out"


def test_only_annotations_naming_a_cycle_are_strings(trees: Path) -> None:
    models = trees / "trees" / "models"
    sources = {p.stem: p.read_text("utf-8") for p in models.glob("*.py") if p.stem != "__init__"}
    assert not [name for name, text in sources.items() if future_annotations(text)]
    assert string_annotations(sources["node"]) == ["Node.children", "Node.parent"]
    assert string_annotations(sources["person"]) == ["Person.employer"]
    assert string_annotations(sources["company"]) == ["Company.staff"]
    assert string_annotations(sources["holder"]) == []  # names the cycles, is on none
    assert string_annotations(sources["manager"]) == []
    top, _, last = sources["holder"].partition("class Holder")
    assert "from .node import Node\n" in top and "from .person import Person\n" in top
    assert "import" not in last
    top, _, last = sources["person"].partition("class Person")
    assert "from .company import Company" in last and "company" not in top


@pytest.mark.parametrize("first", [["node", "person"], ["company"], ["manager"], ["holder"]])
def test_recursive_models_import_in_any_order_and_validate(trees: Path, first: list[str]) -> None:
    result = run_python(f"import sys; sys.argv[1:] = {first!r}\n" + USE, path=trees)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip() == "ok"


def test_recursive_models_are_lint_clean(trees: Path) -> None:
    findings = lint_findings(trees)
    assert not findings, findings


def test_recursive_models_type_check(trees: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "mypy"), "-p", "trees"],
        capture_output=True, text=True, cwd=trees, timeout=600,
    )
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-2000:]
