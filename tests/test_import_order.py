"""Import members and modules sort in natord order (ruff's isort default): runs of digits compare
as numbers where a digit character would stand. `_natural` encodes that order as one string."""

from __future__ import annotations

import ast
import re

from hypothesis import given
from hypothesis import strategies as st

from clientgen.render.import_blocks import _natural, _one_line_import, sorted_imports


def _natord(text: str) -> tuple[tuple[int, int], ...]:
    """The order spelled out: each character by its code, each run of digits by its value."""
    return tuple((ord("0"), int(p)) if p.isdigit() else (ord(p), 0) for p in re.findall(r"[0-9]+|.", text, re.DOTALL))


names = st.text(st.sampled_from("aB_z09127"), max_size=8)


@given(names, names)
def test_natural_key_orders_as_natord(a: str, b: str) -> None:
    assert (_natural(a) < _natural(b)) == (_natord(a) < _natord(b))
    assert (_natural(a) == _natural(b)) == (_natord(a) == _natord(b))


def test_numbers_sort_by_value() -> None:
    lines = ["from .m import Item10, Item9, Item2b, Item2a, Item", "from .m10 import X", "from .m9 import Y"]
    assert sorted_imports(lines, "sdk") == [
        "from .m import Item, Item2a, Item2b, Item9, Item10",
        "from .m9 import Y",
        "from .m10 import X",
    ]


idents = st.from_regex(r"[A-Za-z_][A-Za-z0-9_]{0,6}", fullmatch=True)
dotted = st.lists(idents, min_size=1, max_size=3).map(".".join)
members = st.lists(st.tuples(idents, st.none() | idents), min_size=1, max_size=4).map(
    lambda pairs: ", ".join(name + (f" as {alias}" if alias else "") for name, alias in pairs)
)
import_lines = st.one_of(
    st.builds(lambda dots, module, names: f"from {'.' * dots}{module} import {names}", st.integers(0, 3), dotted, members),
    st.builds(lambda dots, names: f"from {'.' * dots} import {names}", st.integers(1, 3), members),
    st.lists(dotted, min_size=1, max_size=3).map(lambda modules: "import " + ", ".join(modules)),
)


@given(import_lines)
def test_one_line_imports_read_as_ast_parses_them(line: str) -> None:
    try:
        (expected,) = ast.parse(line).body
    except SyntaxError:  # a keyword as a name: not a line a template writes
        return
    node = _one_line_import(line, 3)
    assert ast.dump(node) == ast.dump(expected, include_attributes=False)
    assert (node.lineno, node.end_lineno, node.col_offset) == (3, 3, 0)
