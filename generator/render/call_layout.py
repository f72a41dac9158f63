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
import re
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class _Atom:
    text: str


@dataclass(frozen=True)
class _Bracket:
    head: str  # the text before the opening bracket: `client.g.op` for a call, "" for a literal
    opener: str
    items: tuple[tuple[str, _Node], ...]  # (prefix, node): `key: `, `name=`, `lambda c: `
    closer: str
    display: bool = False  # a list, dict or tuple display: split, it has one item per line
    one_tuple: bool = False  # `(x,)`: its comma is part of it

    @functools.cached_property
    def text(self) -> str:
        """All of it on one line (asked for at every level of the layout: made once)."""
        inner = ", ".join(p + n.text for p, n in self.items) + ("," if self.one_tuple else "")
        return self.head + self.opener + inner + self.closer


@dataclass(frozen=True)
class _Union:
    """`A | B | C` in an annotation: black splits it before each `|`."""

    parts: tuple[_Node, ...]

    @functools.cached_property
    def text(self) -> str:
        return " | ".join(p.text for p in self.parts)


_Node = _Atom | _Bracket | _Union


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


_STRING = re.compile(r"""[bBrRuU]{0,2}(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')""")


def _atom(node: ast.expr, source: bytes) -> _Atom | None:
    """A name, a number, `...` or one string literal (black splits `"a" "b"` between the two)."""
    text = _segment(node, source)
    if isinstance(node, ast.Constant) and isinstance(node.value, str | bytes) and not _STRING.fullmatch(text):
        return None
    return _Atom(text)


def _union(node: ast.BinOp, source: bytes) -> _Union | None:
    """`A | B | C` (parsed as `(A | B) | C`) as its parts."""
    parts: list[_Node | None] = []
    left: ast.expr = node
    while isinstance(left, ast.BinOp) and isinstance(left.op, ast.BitOr):
        parts.append(_tree(left.right, source))
        left = left.left
    parts.append(_tree(left, source))
    if any(p is None or isinstance(p, _Union) for p in parts):
        return None
    return _Union(tuple(p for p in reversed(parts) if p is not None))


def _tree(node: ast.expr, source: bytes) -> _Node | None:
    """The layout tree of a data expression (constants, names, lists, dicts, tuples, calls of
    dotted names with such arguments, subscripts `T[...]` and unions `A | B` of types, a lambda
    returning such a call); None for anything else."""
    if isinstance(node, ast.Constant | ast.Name | ast.Attribute) or (
        isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub) and isinstance(node.operand, ast.Constant)
    ):
        return _atom(node, source)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return _union(node, source)
    items: list[tuple[str, _Node | None]] = []
    head, opener, closer = "", "(", ")"
    if isinstance(node, ast.List | ast.Tuple):
        items = [("", _tree(e, source)) for e in node.elts]
        opener, closer = ("[", "]") if isinstance(node, ast.List) else ("(", ")")
    elif isinstance(node, ast.Dict):
        opener, closer = "{", "}"
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
    elif isinstance(node, ast.Subscript):
        head = _dotted(node.value) or ""
        elements = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        items, opener, closer = [("", _tree(e, source)) for e in elements], "[", "]"
        if not head or not items:
            return None
    else:
        return None
    if not items:  # `[]`, `{}`, `()`, `f()`: nothing to split at
        return _Atom(_segment(node, source))
    if any(n is None for _, n in items):
        return None
    display, one_tuple = not head, isinstance(node, ast.Tuple) and len(items) == 1
    return _Bracket(head, opener, tuple((p, n) for p, n in items if n is not None), closer, display, one_tuple)


def _lambda_item(node: ast.expr, source: bytes) -> tuple[str, _Node] | None:
    """`lambda client: client.g.op(...)` as an item: the lambda's head is the call's prefix."""
    if not isinstance(node, ast.Lambda) or not isinstance(node.body, ast.Call):
        return None
    args = node.args
    if args.posonlyargs or args.vararg or args.kwonlyargs or args.kwarg or args.defaults or len(args.args) != 1:
        return None
    body = _tree(node.body, source)
    return None if body is None else (f"lambda {args.args[0].arg}: ", body)


@dataclass(frozen=True)
class _Statement:
    target: str  # `name = `, `name: T = `, `return ` or ""
    awaited: str  # "await " or ""
    tree: _Bracket | _Union
    annotated: bool  # `name: T = value`: black may keep the value's optional parentheses
    annotation: _Node | None = None  # T's tree


_VALUES = (ast.Call, ast.List, ast.Dict, ast.Tuple, ast.Subscript)


def _statement_tree(source: str) -> _Statement | None:
    """The parts of `f(...)`, `name = f(...)`, `name: T = f(...)`, `return f(...)` (each perhaps
    awaited), `name = [...]` and the like, and `name: T = A | B`."""
    try:
        module = ast.parse(source)
    except SyntaxError:
        return None
    encoded = source.encode()
    if len(module.body) != 1:
        return None
    stmt = module.body[0]
    annotated = isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name) and bool(stmt.simple)
    if isinstance(stmt, ast.Expr):
        target, value = "", stmt.value
    elif isinstance(stmt, ast.Return) and stmt.value is not None:
        target, value = "return ", stmt.value
    elif isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
        target, value = f"{stmt.targets[0].id} = ", stmt.value
    elif isinstance(stmt, ast.AnnAssign) and annotated and stmt.value is not None:
        target, value = f"{_segment(stmt.target, encoded)}: {_segment(stmt.annotation, encoded)} = ", stmt.value
    else:
        return None
    awaited = ""
    annotation = _tree(stmt.annotation, encoded) if isinstance(stmt, ast.AnnAssign) else None
    if isinstance(value, ast.Await):
        awaited, value = "await ", value.value
    if isinstance(value, ast.Call) and len(value.args) == 1 and not value.keywords and isinstance(value.args[0], ast.Lambda):
        item = _lambda_item(value.args[0], encoded)
        func = _dotted(value.func)
        return None if item is None or func is None else _Statement(target, awaited, _Bracket(func, "(", (item,), ")"), annotated, annotation)
    if not isinstance(value, _VALUES) and not (annotated and isinstance(value, ast.BinOp)):
        return None
    tree = _tree(value, encoded)
    if isinstance(tree, _Union) and not _unbracketed_parts(tree):
        return None  # a part ending in `)` or `}` may let black drop the parentheses
    return None if isinstance(tree, _Atom) or tree is None else _Statement(target, awaited, tree, annotated, annotation)


def _lay_out(prefix: str, node: _Node, suffix: str, indent: str, fits: Callable[[str], bool]) -> list[str] | None:
    """The lines of `prefix node suffix` at `indent`, or None where black may do otherwise."""
    line = indent + prefix + node.text + suffix
    if fits(line):
        return [line]
    if isinstance(node, _Atom):
        return [line]  # nothing to split at: black leaves it too long
    return _split(prefix, node, suffix, indent, fits)


def _split(prefix: str, node: _Bracket | _Union, suffix: str, indent: str, fits: Callable[[str], bool]) -> list[str] | None:
    """The lines of `prefix node suffix` split at the node's brackets (or before each `|`)."""
    if isinstance(node, _Union):  # split before each `|` (only ever inside brackets)
        return _lay_out_union(prefix, node, suffix, indent, fits)
    head, tail = f"{indent}{prefix}{node.head}{node.opener}", f"{indent}{node.closer}{suffix}"
    inner = indent + "    "
    comma = "," if node.one_tuple else ""
    body = inner + ", ".join(p + n.text for p, n in node.items) + comma
    if fits(body) and not (node.display and len(node.items) > 1):
        return [head, body, tail]
    lines: list[str] | None
    if len(node.items) == 1:  # no comma to split at: the item's own bracket is split, no comma added
        (item_prefix, item), = node.items
        lines = _lay_out(item_prefix, item, comma, inner, fits)
    else:  # one item per line, each with its comma
        lines = []
        for item_prefix, item in node.items:
            part = _lay_out(item_prefix, item, ",", inner, fits)
            if part is None:
                return None
            lines += part
    return None if lines is None else [head, *lines, tail]


def _lay_out_union(prefix: str, node: _Union, suffix: str, indent: str, fits: Callable[[str], bool]) -> list[str] | None:
    """Black's delimiter split of a union: one part per line, the later ones after `| `."""
    lines: list[str] = []
    last = len(node.parts) - 1
    for index, part in enumerate(node.parts):
        found = _lay_out(prefix if index == 0 else "| ", part, suffix if index == last else "", indent, fits)
        if found is None:
            return None
        lines += found
    return lines


def _split_annotation(found: _Statement, indent: str, fits: Callable[[str], bool]) -> list[str] | None:
    """`name: T = value` where neither `name: T = f(` nor `name: T = (` fits: black splits T
    (a union in parentheses, `T[...]` at its bracket) and puts ` = value` after its closing."""
    annotation, name = found.annotation, found.target.partition(":")[0]
    if isinstance(annotation, _Union) and _unbracketed_parts(annotation):
        inner = _lay_out("", annotation, "", indent + "    ", fits)
        lines = None if inner is None else [f"{indent}{name}: (", *inner, f"{indent})"]
    elif isinstance(annotation, _Bracket) and annotation.opener == "[" and annotation.head:
        lines = _split(f"{name}: ", annotation, "", indent, fits)
    else:
        return None  # a bare name: black may wrap the value in parentheses after all
    if lines is None or not fits(lines[0]):
        return None
    tail = _lay_out(f"{lines[-1].lstrip()} = {found.awaited}", found.tree, "", indent, fits)
    return None if tail is None else [*lines[:-1], *tail]


def _unbracketed_parts(union: _Union) -> bool:
    """No part ends in `)` or `}` (which may let black drop a union's optional parentheses)."""
    return all(isinstance(p, _Atom) or (isinstance(p, _Bracket) and p.opener == "[") for p in union.parts)


def union_lines(text: str, indent: str, fits: Callable[[str], bool]) -> list[str] | None:
    """Black's layout of the union `text` inside brackets at `indent`: on one line if it fits,
    else split before each `|`; None if it is not such a union."""
    try:
        tree = _tree(ast.parse(text, mode="eval").body, text.encode())
    except SyntaxError:
        return None
    if not isinstance(tree, _Union) or tree.text != text or not _unbracketed_parts(tree):
        return None
    return _lay_out("", tree, "", indent, fits)


def call_layout(line: str, fits: Callable[[str], bool]) -> str | None:
    """Black's layout of one too-long statement line `[name = ]f(data...)`, or None if it is not
    such a statement (or black might lay it out otherwise). `fits` says whether a line fits."""
    indent = line[: len(line) - len(line.lstrip(" "))]
    source = line[len(indent) :]
    found = _statement_tree(source)
    if found is None:
        return None
    target, awaited, tree = found.target, found.awaited, found.tree
    if target + awaited + tree.text != source:
        return None  # a comment or spacing this would not reproduce
    lines: list[str] | None
    if isinstance(tree, _Union) or (found.annotated and not tree.display and not fits(f"{indent}{target}{awaited}{tree.head}{tree.opener}")):
        # black keeps the optional parentheses around the value, if their line fits
        opened = f"{indent}{target}("
        if fits(opened):
            inner = _lay_out(awaited, tree, "", indent + "    ", fits)
            lines = None if inner is None else [opened, *inner, f"{indent})"]
        else:  # black counts characters, not columns, when it looks for this split
            lines = _split_annotation(found, indent, fits) if line.isascii() and isinstance(tree, _Bracket) else None
    elif fits(f"{indent}{target}{awaited}{tree.head}{tree.opener}"):
        lines = _lay_out(target + awaited, tree, "", indent, fits)
    else:
        return None  # black would look for another split first
    return None if lines is None else "\n".join(lines)
