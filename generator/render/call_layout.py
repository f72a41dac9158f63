"""Black's layout of a too-long statement whose value is data, without black.

The SDK's tests are full of such statements: `mock.respond(200, "application/json", {...})`
with a whole sample response, and `result = call(lambda client: client.g.op(k=v, ...))`; the
models have fields `name: T = Field(default=None, alias="wireName")`, the API modules their
`_response: ApiResponse[T] = self._client._request(...)` and `_OP = _Endpoint(...)`. On a
large spec they were most of what black had to lay out (GitHub: 640 KB of statements, 4 s).

The value is split by black's bracket rule (layout_tree.py). Where it starts depends on the
statement: after the value's opening bracket if that line fits; for an annotated assignment
otherwise inside the value's optional parentheses, or else at the annotation's bracket
(black's right-hand split, trying its optional parentheses). tests/test_call_layout.py and
tests/test_rule_layout.py check this against black; anything else is left to black (`None`).
"""

from __future__ import annotations

import ast
import io
import tokenize
from typing import NamedTuple

from .layout_tree import (
    Atom,
    Bracket,
    Fits,
    Node,
    Source,
    Union,
    dotted,
    indent_of,
    lay_out,
    split,
    tree,
    unbracketed_parts,
)


def _lambda_item(node: ast.expr, source: Source) -> tuple[str, Node] | None:
    """`lambda client: client.g.op(...)` as an item: the lambda's head is the call's prefix."""
    if not isinstance(node, ast.Lambda) or not isinstance(node.body, ast.Call):
        return None
    args = node.args
    if args.posonlyargs or args.vararg or args.kwonlyargs or args.kwarg or args.defaults or len(args.args) != 1:
        return None
    body = tree(node.body, source)
    return None if body is None else (f"lambda {args.args[0].arg}: ", body)


class _Statement(NamedTuple):
    """A statement `call_layout` lays out: what comes before its value, and the value's tree."""

    target: str  # `name = `, `name: T = `, `return ` or ""
    awaited: str  # "await " or ""
    tree: Bracket | Union
    annotated: bool  # `name: T = value`: black may keep the value's optional parentheses
    annotation: Node | None = None  # T's tree


_VALUES = (ast.Call, ast.List, ast.Dict, ast.Tuple, ast.Subscript)


def _statement_tree(source: str) -> _Statement | None:
    """The parts of `f(...)`, `name = f(...)`, `name: T = f(...)`, `return f(...)` (each perhaps
    awaited), `name = [...]` and the like, and `name: T = A | B`."""
    try:
        module = ast.parse(source)
    except SyntaxError:
        return None
    text = Source(source)
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
        target, value = f"{text.segment(stmt.target)}: {text.segment(stmt.annotation)} = ", stmt.value
    else:
        return None
    awaited = ""
    annotation = tree(stmt.annotation, text) if isinstance(stmt, ast.AnnAssign) else None
    if annotated and (annotation is None or annotation.has_magic or "\n" in target):
        return None  # black would split the annotation (or a part of it this does not know)
    if isinstance(value, ast.Await):
        awaited, value = "await ", value.value
    if isinstance(value, ast.Call) and len(value.args) == 1 and not value.keywords and isinstance(value.args[0], ast.Lambda):
        if "\n" in source:
            return None  # its trailing comma is not looked for
        item = _lambda_item(value.args[0], text)
        func = dotted(value.func)
        return None if item is None or func is None else _Statement(target, awaited, Bracket(func, "(", (item,), ")"), annotated, annotation)
    if not isinstance(value, _VALUES) and not (annotated and isinstance(value, ast.BinOp)):
        return None
    found = tree(value, text)
    if isinstance(found, Union) and not unbracketed_parts(found):
        return None  # a part ending in `)` or `}` may let black drop the parentheses
    return None if isinstance(found, Atom) or found is None else _Statement(target, awaited, found, annotated, annotation)


def _split_annotation(found: _Statement, indent: str, fits: Fits) -> list[str] | None:
    """`name: T = value` where neither `name: T = f(` nor `name: T = (` fits: black splits T
    (a union in parentheses, `T[...]` at its bracket) and puts ` = value` after its closing."""
    annotation, name = found.annotation, found.target.partition(":")[0]
    if isinstance(annotation, Union) and unbracketed_parts(annotation):
        inner = lay_out("", annotation, "", indent + "    ", fits)
        lines = None if inner is None else [f"{indent}{name}: (", *inner, f"{indent})"]
    elif isinstance(annotation, Bracket) and annotation.opener == "[" and annotation.head:
        lines = split(f"{name}: ", annotation, "", indent, fits)
    elif isinstance(annotation, Atom) and _one_leaf(annotation) and fits(f"{indent}    {annotation.text}"):
        lines = [f"{indent}{name}: (", f"{indent}    {annotation.text}", f"{indent})"]
    else:
        return None  # black may wrap the value in parentheses after all
    if lines is None or not fits(lines[0]):
        return None
    tail = lay_out(f"{lines[-1].lstrip()} = {found.awaited}", found.tree, "", indent, fits)
    return None if tail is None else [*lines[:-1], *tail]


def _second_opinion(found: _Statement, indent: str, fits: Fits) -> list[str] | None:
    """`NAME = f(...)` whose first line `NAME = f(` is too long: black's second opinion, the
    value in parentheses, if every line of that fits; else its first, that long line."""
    inner = lay_out(found.awaited, found.tree, "", indent + "    ", fits)
    if inner is None:
        return None
    lines = [f"{indent}{found.target}(", *inner, f"{indent})"]
    if all(fits(line) for line in lines):
        return lines
    return lay_out(found.target + found.awaited, found.tree, "", indent, fits)


def _one_leaf(atom: Atom) -> bool:
    """A name, a number or a string: black cannot split it (`a.b` it thinks it might)."""
    return atom.text.isidentifier() or atom.text[:1] in ("'", '"') or atom.text[:1].isdigit()


def lone_atom_layout(line: str, fits: Fits) -> str | None:
    """Black's layout of a too-long `NAME = "text"`, `Name: T = Other` (T one name) or `name: T`
    whose value (or annotation) is one name, number or string: in parentheses on a line of its
    own if it fits there, else as it is (black has nowhere to split it; `Name: T = Other` is left
    to black then); `name: T[...]` split at its bracket."""
    indent = indent_of(line)
    source = line[len(indent) :]
    try:
        module = ast.parse(source)
    except SyntaxError:
        return None
    stmt = module.body[0] if len(module.body) == 1 else None
    text = Source(source)
    if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
        head, node = f"{stmt.targets[0].id} = ", stmt.value
    elif isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name) and stmt.simple and stmt.value is None:
        head, node = f"{stmt.target.id}: ", stmt.annotation
    elif isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name) and stmt.simple and stmt.value is not None:
        annotation = tree(stmt.annotation, text)  # `Name: TypeAlias = Other`: only a one-word annotation
        if not isinstance(annotation, Atom) or not annotation.text.isidentifier():
            return None
        head, node = f"{stmt.target.id}: {annotation.text} = ", stmt.value
    else:
        return None
    atom = tree(node, text)
    if isinstance(atom, Bracket) and head.endswith(": ") and atom.opener == "[" and not atom.has_magic:
        # `name: T[...]`: black splits at the bracket
        if head + atom.text != source or not fits(f"{indent}{head}{atom.head}["):
            return None
        lines = lay_out(head, atom, "", indent, fits)
        return None if lines is None else "\n".join(lines)
    if not isinstance(atom, Atom) or not _one_leaf(atom) or head + atom.text != source or not fits(f"{indent}{head}("):
        return None
    inner = f"{indent}    {atom.text}"
    if fits(inner):
        return f"{indent}{head}(\n{inner}\n{indent})"
    return None if head.endswith(" = ") and ": " in head else line  # there black may wrap it anyway


def union_lines(text: str, indent: str, fits: Fits) -> list[str] | None:
    """Black's layout of the union `text` inside brackets at `indent`: on one line if it fits,
    else split before each `|`; None if it is not such a union."""
    try:
        found = tree(ast.parse(text, mode="eval").body, Source(text))
    except SyntaxError:
        return None
    if not isinstance(found, Union) or found.text != text or not unbracketed_parts(found):
        return None
    return lay_out("", found, "", indent, fits)


_LOST = {tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT, tokenize.ENDMARKER}


def _tokens(text: str) -> list[str] | None:
    """The tokens of `text` but for a comma before a closing bracket; None if it has a comment."""
    found: list[str] = []
    for token in tokenize.generate_tokens(io.StringIO(text).readline):
        if token.type == tokenize.COMMENT:
            return None
        if token.type not in _LOST:
            if token.string in (")", "]", "}") and found and found[-1] == ",":
                found.pop()
            found.append(token.string)
    return found


def call_layout(line: str, fits: Fits) -> str | None:
    """Black's layout of one too-long statement `[name = ]f(data...)` (one line, or written
    out over several), or None if it is not such a statement (or black might lay it out
    otherwise). `fits` says whether a line fits."""
    indent = indent_of(line)
    source = line[len(indent) :]
    found = _statement_tree(source)
    if found is None:
        return None
    target, awaited, value = found.target, found.awaited, found.tree
    if "\n" not in source and target + awaited + value.text != source:
        return None  # a comment or spacing this would not reproduce
    lines: list[str] | None
    if isinstance(value, Union) or (found.annotated and not value.display and not fits(f"{indent}{target}{awaited}{value.head}{value.opener}")):
        # black keeps the optional parentheses around the value, if their line fits
        opened = f"{indent}{target}("
        if fits(opened):
            inner = lay_out(awaited, value, "", indent + "    ", fits)
            lines = None if inner is None else [opened, *inner, f"{indent})"]
        else:  # black counts characters, not columns, when it looks for this split
            lines = _split_annotation(found, indent, fits) if line.isascii() and isinstance(value, Bracket) else None
    elif fits(f"{indent}{target}{awaited}{value.head}{value.opener}"):
        lines = lay_out(target + awaited, value, "", indent, fits)
    elif target.endswith(("= ", "return ")) and not value.display:
        lines = _second_opinion(found, indent, fits)
    else:
        return None  # black would look for another split first
    if lines is None:
        return None
    laid_out = "\n".join(lines)
    if "\n" in source and _tokens(source) != _tokens(laid_out.lstrip(" ")):
        return None  # a comment, parentheses or a comma this would not reproduce
    return laid_out
