"""Black's layout of a too-long call statement whose arguments are data, without black.

The SDK's tests are full of such statements: `mock.respond(200, "application/json", {...})`
with a whole sample response, and `result = call(lambda client: client.g.op(k=v, ...))`. On a
large spec they were most of what black had to lay out (GitHub: 640 KB of statements, 4 s).

Their layout is black's bracket rule applied recursively: a bracket whose contents do not fit
is split after its opening bracket; a call's arguments go on one line if they fit there, else
(and always for a list or dict display) one item per line, each ending in a comma. A lone item
(no comma to split at) is split in turn at its own bracket, without a comma. tests/test_call_layout.py checks this against black on every such
statement of the real specs; anything else is left to black (`None`).
"""

from __future__ import annotations

import ast
import functools
from collections.abc import Callable
from dataclasses import dataclass

_OPENERS = {ast.List: ("[", "]"), ast.Dict: ("{", "}"), ast.Call: ("(", ")")}


@dataclass(frozen=True)
class _Atom:
    text: str


@dataclass(frozen=True)
class _Bracket:
    head: str  # the text before the opening bracket: `client.g.op` for a call, "" for a literal
    opener: str
    items: tuple[tuple[str, _Atom | _Bracket], ...]  # (prefix, node): `key: `, `name=`, `lambda c: `
    closer: str

    @functools.cached_property
    def text(self) -> str:
        """All of it on one line (asked for at every level of the layout: made once)."""
        return self.head + self.opener + ", ".join(p + n.text for p, n in self.items) + self.closer


_Node = _Atom | _Bracket


def _dotted(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = _dotted(node.value)
        return None if base is None else f"{base}.{node.attr}"
    return None


def _segment(node: ast.AST, source: bytes) -> str:
    """The node's text; `source` is one line (ast's offsets count UTF-8 bytes)."""
    return source[node.col_offset : node.end_col_offset].decode()  # type: ignore[attr-defined]


def _tree(node: ast.expr, source: bytes) -> _Node | None:
    """The layout tree of a data expression (constants, names, lists, dicts, calls of dotted
    names with such arguments, a lambda returning such a call); None for anything else."""
    if isinstance(node, ast.Constant | ast.Name | ast.Attribute) or (
        isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub) and isinstance(node.operand, ast.Constant)
    ):
        return _Atom(_segment(node, source))
    items: list[tuple[str, _Node | None]] = []
    head = ""
    if isinstance(node, ast.List):
        items = [("", _tree(e, source)) for e in node.elts]
    elif isinstance(node, ast.Dict):
        for key, value in zip(node.keys, node.values, strict=True):
            if not isinstance(key, ast.Constant):
                return None  # `**mapping`, or a computed key
            items.append((f"{_segment(key, source)}: ", _tree(value, source)))
    elif isinstance(node, ast.Call):
        func = _dotted(node.func)
        if func is None:
            return None
        head = func
        items = [("", _tree(a, source)) for a in node.args]
        items += [(f"{k.arg}=", _tree(k.value, source)) for k in node.keywords if k.arg is not None]
        if len(items) != len(node.args) + len(node.keywords):
            return None  # `**kwargs`
    else:
        return None
    if not items:  # `[]`, `{}`, `f()`: nothing to split at
        return _Atom(_segment(node, source))
    if any(n is None for _, n in items):
        return None
    opener, closer = _OPENERS[type(node)]
    return _Bracket(head, opener, tuple((p, n) for p, n in items if n is not None), closer)


def _lambda_item(node: ast.expr, source: bytes) -> tuple[str, _Node] | None:
    """`lambda client: client.g.op(...)` as an item: the lambda's head is the call's prefix."""
    if not isinstance(node, ast.Lambda) or not isinstance(node.body, ast.Call):
        return None
    args = node.args
    if args.posonlyargs or args.vararg or args.kwonlyargs or args.kwarg or args.defaults or len(args.args) != 1:
        return None
    body = _tree(node.body, source)
    return None if body is None else (f"lambda {args.args[0].arg}: ", body)


def _statement_tree(source: str) -> tuple[str, _Bracket] | None:
    """(the text before the bracket tree, the tree) for `f(...)`, `name = f(...)`,
    `name: T = f(...)`, `return f(...)` (each perhaps awaited), and `name = [...]`."""
    try:
        module = ast.parse(source)
    except SyntaxError:
        return None
    encoded = source.encode()
    if len(module.body) != 1:
        return None
    stmt = module.body[0]
    if isinstance(stmt, ast.Expr):
        prefix, value = "", stmt.value
    elif isinstance(stmt, ast.Return) and stmt.value is not None:
        prefix, value = "return ", stmt.value
    elif isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
        prefix, value = f"{stmt.targets[0].id} = ", stmt.value
    else:
        return None
    if isinstance(value, ast.Await):
        prefix, value = prefix + "await ", value.value
    if not isinstance(value, ast.Call | ast.List | ast.Dict) or (isinstance(value, ast.Call) and _dotted(value.func) is None):
        return None
    if isinstance(value, ast.Call) and len(value.args) == 1 and not value.keywords and isinstance(value.args[0], ast.Lambda):
        item = _lambda_item(value.args[0], encoded)
        if item is None:
            return None
        return prefix, _Bracket(_dotted(value.func) or "", "(", (item,), ")")
    tree = _tree(value, encoded)
    return (prefix, tree) if isinstance(tree, _Bracket) else None


def _lay_out(prefix: str, node: _Node, suffix: str, indent: str, fits: Callable[[str], bool]) -> list[str] | None:
    """The lines of `prefix node suffix` at `indent`, or None where black may do otherwise."""
    line = indent + prefix + node.text + suffix
    if fits(line):
        return [line]
    if isinstance(node, _Atom):
        return [line]  # nothing to split at: black leaves it too long
    head, tail = f"{indent}{prefix}{node.head}{node.opener}", f"{indent}{node.closer}{suffix}"
    inner = indent + "    "
    body = inner + ", ".join(p + n.text for p, n in node.items)
    display = node.opener != "("  # a list or dict display: split, it has one item per line
    if fits(body) and not (display and len(node.items) > 1):
        return [head, body, tail]
    if len(node.items) == 1:  # no comma to split at: the item's own bracket is split, no comma added
        (item_prefix, item), = node.items
        lines = _lay_out(item_prefix, item, "", inner, fits)
    else:  # one item per line, each with its comma
        lines = []
        for item_prefix, item in node.items:
            part = _lay_out(item_prefix, item, ",", inner, fits)
            if part is None:
                return None
            lines += part
    return None if lines is None else [head, *lines, tail]


def call_layout(line: str, fits: Callable[[str], bool]) -> str | None:
    """Black's layout of one too-long statement line `[name = ]f(data...)`, or None if it is not
    such a statement (or black might lay it out otherwise). `fits` says whether a line fits."""
    indent = line[: len(line) - len(line.lstrip(" "))]
    source = line[len(indent) :]
    found = _statement_tree(source)
    if found is None:
        return None
    prefix, tree = found
    if prefix + tree.text != source:
        return None  # a comment or spacing this would not reproduce
    if not fits(f"{indent}{prefix}{tree.head}{tree.opener}"):
        return None  # black would look for another split first
    lines = _lay_out(prefix, tree, "", indent, fits)
    return None if lines is None else "\n".join(lines)
