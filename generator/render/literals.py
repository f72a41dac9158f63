"""Python string literals quoted the way black quotes them.

Generated modules are black-stable as rendered (see generator/render/layout.py), so every
string literal uses black's choice: double quotes unless that needs more backslashes.
"""

from __future__ import annotations

import ast
import functools
import re
from typing import Any

# a plain string literal with single or double quotes (IR snippets have no prefixes or triple quotes)
_STRING = re.compile(r"""(?<![\w])(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")""")


def _escape(text: str, quote: str) -> str:
    out = []
    for ch in text:
        if ch == "\\" or ch == quote:
            out.append("\\" + ch)
        elif ch.isprintable():
            out.append(ch)
        else:  # repr's escape for this character: \n, \x00, \u2028, ...
            out.append(repr(ch)[1:-1])
    return "".join(out)


def py_str(text: str) -> str:
    """A string literal with exactly this value, quoted as black would quote it."""
    if text.isprintable() and "\\" not in text and '"' not in text:
        return f'"{text}"'
    quote = '"' if text.count('"') <= text.count("'") else "'"
    return quote + _escape(text, quote) + quote


def py_literal(value: Any) -> str:
    """A Python literal for a JSON-like value (strings quoted as by `py_str`)."""
    if isinstance(value, str):
        return py_str(value)
    if isinstance(value, list):
        return "[" + ", ".join(py_literal(v) for v in value) + "]"
    if isinstance(value, tuple):
        if len(value) == 1:
            return "(" + py_literal(value[0]) + ",)"
        return "(" + ", ".join(py_literal(v) for v in value) + ")"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{py_literal(k)}: {py_literal(v)}" for k, v in value.items()) + "}"
    if isinstance(value, bytes):  # black prefers double quotes here too
        text = repr(value)[2:-1]
        return f'b"{text}"' if '"' not in text and "\\'" not in text else repr(value)
    if isinstance(value, float) and value != value or value in (float("inf"), float("-inf")):
        return f'float("{value}")'
    if isinstance(value, float):
        return repr(value).replace("e+", "e")  # black writes 1e16, not 1e+16
    return repr(value)


def black_quotes(code: str) -> str:
    """Python source with every single-quoted string literal requoted as black would."""
    if "'" not in code:
        return code
    return _STRING.sub(lambda m: _requoted(m.group()) if m.group()[0] == "'" else m.group(), code)


@functools.cache
def _requoted(literal: str) -> str:
    """A single-quoted literal as black quotes it: the IR's annotations repeat the same ones
    (`Literal['asc', 'desc']`, `pydantic.Tag('...')`), some thousands of times on a large spec."""
    return py_str(ast.literal_eval(literal))
