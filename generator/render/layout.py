"""Lay out generated Python exactly as black would, while rendering.

The built-in templates emit black's style directly (double quotes, black's blank lines,
exploded brackets with trailing commas). What a template cannot know in advance is whether a
statement fits on one line, so it passes such statements through the `fit` filter. Statements
that fit are kept as written; the others are laid out by rules that write black's layout
(here and in call_layout.py, item_layout.py, header_layout.py; tests/test_rule_layout.py), and
what no rule knows is collected and laid out by black in one batch after rendering (black is
imported only then: most real specs need no black at all). tests/test_format.py checks
black(module) == module for the output of real specs.
"""

from __future__ import annotations

import ast
import functools
import re
from collections.abc import MutableMapping
from typing import TYPE_CHECKING, NamedTuple

from .call_layout import call_layout, lone_atom_layout, union_lines
from .header_layout import header_layout, returns_layout
from .item_layout import item_layout
from .layout_tree import indent_of
from .literals import black_quotes

if TYPE_CHECKING:  # black itself is imported by the first statement that needs it (a fifth of a second)
    from black.mode import Mode

LINE_LENGTH = 88
_SLOT = re.compile("\x00([0-9]+)\x00")  # spec text never reaches a module with a raw NUL: filters escape it
_MARK = "# clientgen-layout "


@functools.cache
def black_mode(line_length: int = LINE_LENGTH) -> Mode:
    """Black's settings for the generated code (imports black)."""
    from black.mode import Mode, TargetVersion

    return Mode(target_versions={TargetVersion.PY310}, line_length=line_length)


def _fits(line: str) -> bool:
    if line.isascii():
        return len(line) <= LINE_LENGTH
    from black.strings import str_width  # wide characters take two columns

    return str_width(line) <= LINE_LENGTH


_IMPORT = re.compile(r"(from [\w.]+ import )([\w, ]+?)((?:  #.*)?)")


def _exploded_import(line: str) -> str | None:
    """Black's layout of a too-long `from m import a, b as c  # comment`: one name per line."""
    indent = indent_of(line)
    match = _IMPORT.fullmatch(line, len(indent))
    if match is None:
        return None
    head, names, comment = match.groups()
    body = "".join(f"{indent}    {name.strip()},\n" for name in names.split(","))
    return f"{indent}{head}(\n{body}{indent}){comment}"


# `head(args)` where args hold no brackets or strings but perhaps one empty call: `f(_OP, locals())`
_TRAILING_CALL = re.compile(r"(.*\S)\(([^()\[\]\"'#]*(?:\(\))?[^()\[\]\"'#]*)\)")


def _split_trailing_call(line: str) -> str | None:
    """Black's layout of a too-long simple statement ending in a call with simple arguments,
    when both the head and the arguments fit: the arguments go on a line of their own."""
    indent = indent_of(line)
    match = _TRAILING_CALL.fullmatch(line, len(indent))
    if match is None:
        return None
    head, args = match.groups()
    if not (_fits(f"{indent}{head}(") and _fits(f"{indent}    {args}")) or head.rstrip().endswith(":"):
        return None
    return f"{indent}{head}(\n{indent}    {args}\n{indent})"


# `name: annotation` or `name: annotation = atom`, perhaps ending in a comma (a parameter)
_ANNOTATED = re.compile(r"(\w+): ([^#]+?)(?: = (None|True|False|NOT_GIVEN|-?[0-9.]+|\"[^\"\\]*\"))?(,?)")
_STRING = re.compile(r"\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'")


def _top_level_union(annotation: str) -> bool:
    depth = 0
    for char in annotation:
        depth += (char in "([") - (char in ")]")
        if char == "|" and depth == 0:
            return True
    return False


def _parenthesized_annotation(line: str, *, parameter: bool = False) -> str | None:
    """Black's layout of a too-long annotated name whose default (if any) is an atom: for a
    statement, the default in parentheses when the rest fits on the first line; else the
    annotation in parentheses, when it fits on a line of its own."""
    indent = indent_of(line)
    match = _ANNOTATED.fullmatch(line, len(indent))
    if match is None:
        return None
    name, annotation, default, comma = match.groups()
    bare = _STRING.sub('""', annotation)
    if "=" in bare or bare.count("[") != bare.count("]") or bare.count("(") != bare.count(")"):
        return None
    if not _top_level_union(bare):  # black splits a lone `list[...]` at its bracket instead
        return None
    if default is not None and not parameter and _fits(f"{indent}{name}: {annotation} = ("):
        return f"{indent}{name}: {annotation} = (\n{indent}    {default}\n{indent}){comma}"
    tail = f" = {default}{comma}" if default is not None else comma
    inner, closing = f"{indent}    {annotation}", f"{indent}){tail}"
    if not (_fits(f"{indent}{name}: (") and _fits(closing)):
        return None
    if not _fits(inner):  # split before each `|`
        lines = union_lines(annotation, f"{indent}    ", _fits)
        if lines is None:
            return None
        inner = "\n".join(lines)
    return f"{indent}{name}: (\n{inner}\n{closing}"


def _by_rule(line: str, kind: str) -> str | None:
    """Black's layout of one line of `kind` where a rule above knows it; None: ask black."""
    if "\n" in line:  # written out over several lines: a call whose value is data, perhaps
        return call_layout(line, _fits) if kind == "statement" else None
    if kind == "parameter":
        return _parenthesized_annotation(line, parameter=True)
    if kind == "returns":
        return returns_layout(line, _fits)
    if kind in ("element", "entry"):
        return item_layout(line, kind, _fits)
    if kind != "statement":
        return None
    found = _exploded_import(line) or _split_trailing_call(line) or header_layout(line, _fits)
    if found is None and line.startswith("    "):  # a field: not a module-level alias
        found = _parenthesized_annotation(line)
    return found or call_layout(line, _fits) or lone_atom_layout(line, _fits)


def _simple_statements(block: str) -> bool:
    """Whether `block` is several lines at one indentation, each a whole simple statement."""
    lines = block.split("\n")
    if len(lines) < 2 or len({indent_of(line) for line in lines}) != 1:
        return False
    for line in lines:
        try:
            module = ast.parse(line.lstrip(" "))
        except SyntaxError:
            return False
        if len(module.body) != 1 or isinstance(module.body[0], _COMPOUND):
            return False
    return True


_COMPOUND = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.If, ast.For, ast.AsyncFor, ast.While, ast.With, ast.AsyncWith, ast.Try, ast.Match)


class _Statement(NamedTuple):
    """A statement left for the black batch: its indentation, its dedented text and its kind."""

    indent: int
    source: str  # dedented
    kind: str  # a key of _WRAP


_WRAP = {  # how a kind becomes a module black can format: (template, first and last line to take back, nesting)
    "statement": ("{}", 0, None, 0),
    "header": ("{}\n    pass", 0, -1, 0),
    "parameter": ("def f(\n    {}\n):\n    pass", 1, -2, 1),
    "element": ("x = (\n    {}\n    0,\n)", 1, -2, 1),
    "entry": ("x = {{\n    {}\n    0: 0,\n}}", 1, -2, 1),
    "returns": ("def f(\n    a,\n{}\n    pass", 2, -1, 0),
    "stub returns": ("def f(\n    a,\n{}", 2, None, 0),
}


class Layout:
    """The `fit` filter of one rendering run, and the batch that lays out what did not fit."""

    def __init__(self) -> None:
        self._slots: dict[_Statement, int] = {}

    def fit(self, block: str, kind: str = "statement") -> str:
        """One statement, indented as in its module; black's layout of it, or a slot for it.

        `kind` "parameter" is one line of an exploded `def` signature (ending in a comma),
        "returns" its last line (`) -> T:`), "element" and "entry" one line (ending in a
        comma) of an exploded tuple or dict.
        """
        block = black_quotes(block)
        if all(_fits(line) for line in block.split("\n")):
            return block
        stripped = block.rstrip("\n")
        trailing = block[len(stripped) :]
        if kind == "statement" and _simple_statements(stripped):  # black lays out each on its own
            return "\n".join(self.fit(line) for line in stripped.split("\n")) + trailing
        quick = _by_rule(stripped, kind)
        if quick is not None:
            return quick + trailing
        body = stripped.lstrip(" ")
        indent = len(stripped) - len(body)
        lines = [line[indent:] for line in stripped.split("\n")]
        if kind == "statement" and lines[-1].endswith(":"):
            kind = "header"
        elif kind == "returns" and not lines[-1].endswith(":"):
            kind = "stub returns"  # `) -> T: ...`
        statement = _Statement(indent, "\n".join(lines), kind)
        slot = self._slots.setdefault(statement, len(self._slots))
        return f"\x00{slot}\x00{trailing}"

    def _lay_out(self) -> dict[int, str]:
        """Every collected statement through black: one call per indentation level and kind."""
        import black

        done: dict[int, str] = {}
        for indent, kind in sorted({(s.indent, s.kind) for s in self._slots}):
            wrap, first, last, nest = _WRAP[kind]
            batch = [(slot, s) for s, slot in self._slots.items() if (s.indent, s.kind) == (indent, kind)]
            source = "".join(f"{_MARK}{slot}\n{wrap.format(s.source)}\n" for slot, s in batch)
            width = LINE_LENGTH - indent + 4 * nest
            formatted = black.format_str(source, mode=black_mode(width))
            for part in ("\n" + formatted).split("\n" + _MARK)[1:]:
                number, _, text = part.partition("\n")
                lines = text.strip("\n").split("\n")[first:last]
                pad = " " * (indent - 4 * nest)
                done[int(number)] = "\n".join(pad + line if line else line for line in lines)
        return done

    def resolve(self, files: MutableMapping[str, str]) -> None:
        """Put black's layout into the slots `fit` left in `files`."""
        if not self._slots:
            return
        done = self._lay_out()
        for path, text in files.items():
            if "\x00" in text:
                files[path] = _SLOT.sub(lambda m: done[int(m.group(1))], text)
