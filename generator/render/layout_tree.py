"""Black's bracket rule on an expression tree, without black.

An expression of data and types (names, constants, calls of dotted names, lists, dicts,
tuples, subscripts `T[...]`, unions `A | B`) becomes a tree of atoms, brackets and unions.
Black lays a line of it out recursively: a line that fits stays whole (unless it holds a
magic trailing comma); otherwise a bracket is split after its opener: its items go on one
line if they fit there (never for a display or a magic comma with more than one item), else
one item per line, each ending in a comma; a lone item is split in turn at its own bracket;
a union is split before each `|`. call_layout.py decides where a statement's tree starts.
"""

from __future__ import annotations

import ast
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

Fits = Callable[[str], bool]


def indent_of(line: str) -> str:
    """The spaces `line` starts with."""
    return line[: len(line) - len(line.lstrip(" "))]


class Atom(NamedTuple):
    """A name, number or string: nothing to split at."""

    text: str

    @property
    def has_magic(self) -> bool:
        return False


@dataclass(frozen=True)
class Bracket:
    """A call, subscript or display: split after its opener."""

    head: str  # the text before the opening bracket: `client.g.op` for a call, "" for a literal
    opener: str
    items: tuple[tuple[str, Node], ...]  # (prefix, node): `key: `, `name=`, `lambda c: `
    closer: str
    display: bool = False  # a list, dict or tuple display: split, it has one item per line
    one_tuple: bool = False  # `(x,)`: its comma is part of it
    magic: bool = False  # written with a trailing comma: black keeps it split, one item per line

    @functools.cached_property
    def text(self) -> str:
        """All of it on one line (asked for at every level of the layout: made once)."""
        inner = ", ".join(p + n.text for p, n in self.items) + ("," if self.one_tuple else "")
        return self.head + self.opener + inner + self.closer

    @functools.cached_property
    def has_magic(self) -> bool:
        return self.magic or any(n.has_magic for _, n in self.items)


@dataclass(frozen=True)
class Union:
    """`A | B | C` in an annotation: black splits it before each `|`."""

    parts: tuple[Node, ...]

    @functools.cached_property
    def text(self) -> str:
        return " | ".join(p.text for p in self.parts)

    @functools.cached_property
    def has_magic(self) -> bool:
        return any(p.has_magic for p in self.parts)


Node = Atom | Bracket | Union


def dotted(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = dotted(node.value)
        return None if base is None else f"{base}.{node.attr}"
    return None


class Source:
    """The parsed text, for the nodes' own text (ast's offsets count UTF-8 bytes, per line)."""

    def __init__(self, text: str) -> None:
        self.encoded = text.encode()
        self._starts = [0]
        for line in self.encoded.split(b"\n")[:-1]:
            self._starts.append(self._starts[-1] + len(line) + 1)

    def start(self, node: ast.AST) -> int:
        return self._starts[node.lineno - 1] + node.col_offset  # type: ignore[attr-defined,no-any-return]

    def end(self, node: ast.AST) -> int:
        return self._starts[node.end_lineno - 1] + node.end_col_offset  # type: ignore[attr-defined,no-any-return]

    def segment(self, node: ast.AST) -> str:
        return self.encoded[self.start(node) : self.end(node)].decode()

    def trailing_comma(self, last: ast.AST, bracket: ast.AST) -> bool:
        """Whether a comma stands between `last` (an item) and the closer of `bracket`."""
        return b"," in self.encoded[self.end(last) : self.end(bracket) - 1]


_STRING = re.compile(r"""[bBrRuU]{0,2}(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')""")


def _atom(node: ast.expr, source: Source) -> Atom | None:
    """A name, a number, `...` or one string literal (black splits `"a" "b"` between the two)."""
    text = source.segment(node)
    if isinstance(node, ast.Constant) and isinstance(node.value, str | bytes) and not _STRING.fullmatch(text):
        return None
    return None if "\n" in text else Atom(text)


def _union(node: ast.BinOp, source: Source) -> Union | None:
    """`A | B | C` (parsed as `(A | B) | C`) as its parts."""
    parts: list[Node | None] = []
    left: ast.expr = node
    while isinstance(left, ast.BinOp) and isinstance(left.op, ast.BitOr):
        parts.append(tree(left.right, source))
        left = left.left
    parts.append(tree(left, source))
    if any(p is None or isinstance(p, Union) for p in parts):
        return None
    return Union(tuple(p for p in reversed(parts) if p is not None))


def tree(node: ast.expr, source: Source) -> Node | None:
    """The layout tree of a data expression; None for anything else (`**kw`, a lambda, ...)."""
    if isinstance(node, ast.Constant | ast.Name | ast.Attribute) or (
        isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub) and isinstance(node.operand, ast.Constant)
    ):
        return _atom(node, source)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return _union(node, source)
    items: list[tuple[str, Node | None]] = []
    last: list[ast.expr] = []  # the item written last
    head, opener, closer = "", "(", ")"
    if isinstance(node, ast.List | ast.Tuple):
        items, last = [("", tree(e, source)) for e in node.elts], node.elts[-1:]
        opener, closer = ("[", "]") if isinstance(node, ast.List) else ("(", ")")
    elif isinstance(node, ast.Dict):
        opener, closer, last = "{", "}", node.values[-1:]
        for key, value in zip(node.keys, node.values, strict=True):
            if not isinstance(key, ast.Constant):
                return None  # `**mapping`, or a computed key
            items.append((f"{source.segment(key)}: ", tree(value, source)))
    elif isinstance(node, ast.Call):
        head = dotted(node.func) or ""
        items = [("", tree(a, source)) for a in node.args]
        items += [(f"{k.arg}=", tree(k.value, source)) for k in node.keywords if k.arg is not None]
        last = sorted([*node.args, *(k.value for k in node.keywords)], key=source.end)[-1:]
        if not head or len(items) != len(node.args) + len(node.keywords):
            return None  # not a dotted name's call, or `**kwargs`
    elif isinstance(node, ast.Subscript):
        head = dotted(node.value) or ""
        last = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        items, opener, closer = [("", tree(e, source)) for e in last], "[", "]"
        if not head or not items:
            return None
    else:
        return None
    if not items:  # `[]`, `{}`, `()`, `f()`: nothing to split at
        return _atom(node, source)
    if any(n is None for _, n in items):
        return None
    magic = source.trailing_comma(last[-1], node)
    one_tuple = isinstance(node, ast.Tuple) and len(items) == 1
    if magic and len(items) == 1 and opener != "{" and not isinstance(node, ast.List):
        if not one_tuple:
            return None  # `f(x,)`, `T[x,]`: black keeps such a comma without splitting
        magic = False
    return Bracket(head, opener, tuple((p, n) for p, n in items if n is not None), closer, not head, one_tuple, magic)


def lay_out(prefix: str, node: Node, suffix: str, indent: str, fits: Fits) -> list[str] | None:
    """The lines of `prefix node suffix` at `indent`, or None where black may do otherwise."""
    line = indent + prefix + node.text + suffix
    if isinstance(node, Atom):
        return [line]  # fits, or nothing to split at: black leaves it too long
    if not node.has_magic and fits(line):
        return [line]
    return split(prefix, node, suffix, indent, fits)


def split(prefix: str, node: Bracket | Union, suffix: str, indent: str, fits: Fits) -> list[str] | None:
    """The lines of `prefix node suffix` split at the node's brackets (or before each `|`)."""
    if isinstance(node, Union):  # split before each `|` (only ever inside brackets)
        return _split_union(prefix, node, suffix, indent, fits)
    head, tail = f"{indent}{prefix}{node.head}{node.opener}", f"{indent}{node.closer}{suffix}"
    inner = indent + "    "
    comma = "," if node.one_tuple or node.magic else ""
    several = len(node.items) > 1
    body = inner + ", ".join(p + n.text for p, n in node.items) + comma
    if not (node.display and several) and not node.has_magic and fits(body):
        return [head, body, tail]
    lines: list[str] | None
    if not several:  # no comma to split at: the item's own bracket is split, no comma added
        (item_prefix, item), = node.items
        lines = lay_out(item_prefix, item, comma, inner, fits)
    else:  # one item per line, each with its comma
        lines = []
        for item_prefix, item in node.items:
            part = lay_out(item_prefix, item, ",", inner, fits)
            if part is None:
                return None
            lines += part
    return None if lines is None else [head, *lines, tail]


def _split_union(prefix: str, node: Union, suffix: str, indent: str, fits: Fits) -> list[str] | None:
    """Black's delimiter split of a union: one part per line, the later ones after `| `."""
    lines: list[str] = []
    last = len(node.parts) - 1
    for index, part in enumerate(node.parts):
        found = lay_out(prefix if index == 0 else "| ", part, suffix if index == last else "", indent, fits)
        if found is None:
            return None
        lines += found
    return lines


def unbracketed_parts(union: Union) -> bool:
    """No part ends in `)` or `}` (which may let black drop a union's optional parentheses)."""
    return all(isinstance(p, Atom) or (isinstance(p, Bracket) and p.opener == "[") for p in union.parts)
