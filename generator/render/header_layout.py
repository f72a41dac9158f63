"""Black's layout of a too-long `class` or `def` header, without black.

`class Name(Base):` is split at its last bracket (black's right-hand split), `def name(a, b)
-> T:` at its first (its left-hand split, for definitions); either way the bracket's contents
go on one line of their own, a lone parameter with a trailing comma added. Even a first line
that is still too long stays so: black has nowhere else to split. Anything else: None.
"""

from __future__ import annotations

import ast
import re

from .layout_tree import Bracket, Fits, Source, indent_of, lay_out, tree

_CLASS = re.compile(r"(class \w+\()([\w.]+)(\):)")
_DEF = re.compile(r"((?:async )?def \w+\()(\w+(?:, \w+)*)(\)(?: -> [\w.]+(?:\[[\w.]+\])?)?:)")


def header_layout(line: str, fits: Fits) -> str | None:
    """Black's layout of a too-long `class Name(Base):` or `def name(a, b) -> T:` (parameters
    without annotations or defaults), or None."""
    indent = indent_of(line)
    match = _CLASS.fullmatch(line, len(indent)) or _DEF.fullmatch(line, len(indent))
    if match is None:
        return None
    head, inner, tail = match.groups()
    if head.startswith(("def", "async")) and "," not in inner:
        inner += ","  # black's trailing comma after a definition's lone parameter
    if not (fits(f"{indent}    {inner}") and fits(indent + tail)):
        return None
    return f"{indent}{head}\n{indent}    {inner}\n{indent}{tail}"


_RETURNS = re.compile(r"\) -> (.+)(:(?: \.\.\.)?)")


def returns_layout(line: str, fits: Fits) -> str | None:
    """Black's layout of a too-long last line `) -> T:` (or `) -> T: ...`) of an exploded
    `def`: `T[...]` split at its bracket, a lone name in parentheses; else None."""
    indent = indent_of(line)
    match = _RETURNS.fullmatch(line, len(indent))
    if match is None:
        return None
    annotation, colon = match.groups()
    if annotation.isidentifier():  # in parentheses if it fits there; else black leaves it
        inner = f"{indent}    {annotation}"
        return f"{indent}) -> (\n{inner}\n{indent}){colon}" if fits(inner) else line
    try:
        found = tree(ast.parse(annotation, mode="eval").body, Source(annotation))
    except SyntaxError:
        return None
    if not isinstance(found, Bracket) or found.opener != "[" or found.has_magic or found.text != annotation:
        return None
    if not fits(f"{indent}) -> {found.head}["):
        return None
    lines = lay_out(") -> ", found, colon, indent, fits)
    return None if lines is None else "\n".join(lines)
