"""What `models/model.py.j2` prints for one model's annotations, decided here in Python.

A model's module has no `from __future__ import annotations`: its annotations are evaluated as the
class is made, so pydantic reads types instead of compiling a string per field (importing all of
GitHub's 3,755 models spent about a third of its profiled time compiling them). A model the class names is
imported first, before the class, unless it is on an import cycle with it (itself included: a
self-reference). Such a model may not be defined yet when the class is made, so its module is
imported last, and each annotation that names it is a string, resolved when the model is first used.

The IR keeps base classes and type aliases off import cycles (`ir.build._break_import_cycles`), so
only fields' annotations are ever quoted.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from ..ir.model import Field, Model
from .literals import py_str


def import_cycles(models: Sequence[Model]) -> dict[str, frozenset[str]]:
    """Model name -> the models on an import cycle through it, itself included; a model on no cycle
    has no entry. The edges are the imports of each model's module (`Model.imports`, its base), and
    a model's fields naming the model itself."""
    edges = {m.name: sorted({*m.imports, *([m.base] if m.base else []), *_self(m)}) for m in models}
    found: dict[str, frozenset[str]] = {}
    for component in _components(edges):
        if len(component) > 1 or component[0] in edges[component[0]]:
            cycle = frozenset(component)
            found.update(dict.fromkeys(component, cycle))
    return found


def _self(model: Model) -> tuple[str, ...]:
    """The model's own name when its fields name it (`Model.imports` leaves it out)."""
    types = [f.type for f in model.fields] + ([model.extra_type] if model.extra_type else [])
    return (model.name,) if any(model.name in t.models for t in types) else ()


def _components(edges: Mapping[str, Sequence[str]]) -> Iterator[list[str]]:
    """The strongly connected components of the graph (Tarjan's algorithm, without recursion: a
    chain of thousands of models must not reach Python's recursion limit)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()

    def visit(node: str) -> Iterator[str]:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        return iter([n for n in edges[node] if n in edges])

    for root in edges:
        if root in index:
            continue
        work = [(root, visit(root))]
        while work:
            node, todo = work[-1]
            for nxt in todo:
                if nxt not in index:
                    work.append((nxt, visit(nxt)))
                    break
                if nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    component: list[str] = []
                    while not component or component[-1] != node:
                        component.append(stack.pop())
                        on_stack.discard(component[-1])
                    yield component


def field_annotation(field: Field, cyclic: frozenset[str]) -> str:
    """The field's annotation in its class: as Python, or as a string when it names a model of
    `cyclic` (the models on an import cycle with the class's, see `import_cycles`)."""
    source = field.annotation
    if cyclic.isdisjoint(field.annotation_type.models):
        return source
    return py_str(source)
