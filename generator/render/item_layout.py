"""Black's layout of one too-long item of an exploded tuple or dict, without black.

The templates write some tuples and dicts one item per line (the CLI's GROUPS, a client's
security schemes and credentials); an item too long for its line is `element` `(a, b, c),`
or `entry` `"key": value,`. Inside brackets black splits such a line at its last bracket
(layout_tree.py), and a conditional value `a if c else b` in parentheses of its own, before
`if` and `else` when it does not fit on one line there. Anything else is left to black (None).
"""

from __future__ import annotations

import ast

from .layout_tree import Bracket, Fits, Source, indent_of, lay_out, tree


def _conditional(prefix: str, node: ast.IfExp, source: Source, indent: str, fits: Fits) -> list[str] | None:
    """`"key": (a if c else b),` split as black splits it: the parentheses on lines of their own."""
    if any(isinstance(n, ast.IfExp | ast.Lambda | ast.NamedExpr) for n in ast.walk(node) if n is not node):
        return None  # another `if` or a lambda: more places black may split at
    parts = [source.segment(node.body), f"if {source.segment(node.test)}", f"else {source.segment(node.orelse)}"]
    if " ".join(parts) != source.segment(node):
        return None
    inner = indent + "    "
    body = [inner + " ".join(parts)] if fits(inner + " ".join(parts)) else [inner + p for p in parts]
    opened = f"{indent}{prefix}("
    if not all(fits(line) for line in (opened, *body)):
        return None  # black would split further
    return [opened, *body, f"{indent}),"]


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
