"""Black's layout of one too-long item of an exploded tuple or dict, without black.

The templates write some tuples and dicts one item per line (the CLI's GROUPS, a client's
security schemes and credentials); an item too long for its line is `element` `(a, b, c),`
or `entry` `"key": value,`. Inside brackets black splits such a line at its last bracket
(layout_tree.py), and a conditional value `a if c else b` in parentheses of its own, before
`if` and `else` when it does not fit on one line there, and its `else` part further before
each `or` and at its calls' brackets. Anything else is left to black (None).
"""

from __future__ import annotations

import ast

from .layout_tree import Bracket, Fits, Source, indent_of, lay_out, tree


def _conditional(prefix: str, node: ast.IfExp, source: Source, indent: str, fits: Fits) -> list[str] | None:
    """`"key": (a if c else b),` split as black splits it: the parentheses on lines of their own,
    and, when it does not fit there, one line each for `a`, `if c` and `else b`."""
    if any(isinstance(n, ast.IfExp | ast.Lambda | ast.NamedExpr) for n in ast.walk(node) if n is not node):
        return None  # another `if` or a lambda: more places black may split at
    parts = [source.segment(node.body), f"if {source.segment(node.test)}", f"else {source.segment(node.orelse)}"]
    if " ".join(parts) != source.segment(node):
        return None
    inner = indent + "    "
    opened = f"{indent}{prefix}("
    if not fits(opened):
        return None  # black would split further
    if fits(inner + " ".join(parts)):
        return [opened, inner + " ".join(parts), f"{indent}),"]
    if not (fits(inner + parts[0]) and fits(inner + parts[1])):
        return None
    orelse = _operands("else ", node.orelse, source, inner, fits)
    return None if orelse is None else [opened, inner + parts[0], inner + parts[1], *orelse, f"{indent}),"]


def _operands(prefix: str, node: ast.expr, source: Source, indent: str, fits: Fits) -> list[str] | None:
    """`prefix node` on lines of its own: split before each `or` (or `and`) if too long, and an
    operand still too long at its last bracket."""
    line = indent + prefix + source.segment(node)
    if fits(line):
        return [line]
    pieces = [(prefix, node)]
    if isinstance(node, ast.BoolOp):
        word = "or " if isinstance(node.op, ast.Or) else "and "
        pieces = [(prefix if i == 0 else word, value) for i, value in enumerate(node.values)]
        if f" {word}".join(source.segment(v) for v in node.values) != source.segment(node):
            return None  # written with parentheses or over several lines
    lines: list[str] = []
    for piece_prefix, value in pieces:
        found = tree(value, source)
        if found is None or (isinstance(found, Bracket) and found.has_magic):
            return None
        if isinstance(found, Bracket) and not fits(f"{indent}{piece_prefix}{found.head}{found.opener}"):
            return None  # black would look for another split first
        laid = lay_out(piece_prefix, found, "", indent, fits)
        if laid is None:
            return None
        lines += laid
    return lines


def item_layout(line: str, kind: str, fits: Fits) -> str | None:
    """Black's layout of one too-long line `kind` ("element" or "entry") ending in a comma."""
    indent = indent_of(line)
    text = line[len(indent) :]
    if not text.endswith(",") or "\n" in text:
        return None
    opener, closer = ("(", ")") if kind == "element" else ("{", "}")
    try:
        parsed = ast.parse(f"{opener}{text}{closer}", mode="eval").body
    except SyntaxError:
        return None
    source = Source(f"{opener}{text}{closer}")
    if kind == "element" and isinstance(parsed, ast.Tuple) and len(parsed.elts) == 1:
        prefix, value = "", parsed.elts[0]
    elif kind == "entry" and isinstance(parsed, ast.Dict) and len(parsed.keys) == 1 and isinstance(parsed.keys[0], ast.Constant):
        prefix, value = f"{source.segment(parsed.keys[0])}: ", parsed.values[0]
    else:
        return None
    if isinstance(value, ast.IfExp) and kind == "entry":
        lines = _conditional(prefix, value, source, indent, fits)
    else:
        found = tree(value, source)
        if not isinstance(found, Bracket) or found.has_magic or prefix + found.text + "," != text:
            return None
        if not fits(f"{indent}{prefix}{found.head}{found.opener}"):
            return None  # black would look for another split first
        lines = lay_out(prefix, found, ",", indent, fits)
    return None if lines is None else "\n".join(lines)
