"""Each import block of a rendered module, exactly as it is needed and as isort sorts it.

Templates name the imports a module may need; which of them it does need is only known once
its code is rendered (an overlay may change the code, an operation may or may not take a
file). So after rendering, every run of import statements is rebuilt from the names the
module's code uses: an import nothing uses is dropped (unless it is a re-export: `X as X`, a
name in `__all__`, or a line marked `# noqa` or `# noqa: F401`), statements from one module are merged, and the
result is sorted and wrapped as ruff's isort (the defaults) and black (line length
`LINE_LENGTH`) both leave it: sections future, standard library, third party, first party
(the package itself), local (relative); `import x` before `from x import y`; constants, then
classes, then the rest; natural order, case-insensitive.

A block this cannot rewrite faithfully (a comment line between its statements, a comment
inside a wrapped import, statements sharing a line) is left as it is.
"""

from __future__ import annotations

import ast
import functools
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from .layout import LINE_LENGTH

_SECTIONS = ("future", "stdlib", "third-party", "first-party", "local")
_DIGIT_RUN = re.compile(r"[0-9]+")
_NOQA_UNUSED = re.compile(r"#\s*noqa(?!:)|#\s*noqa:[\s,A-Z0-9]*F401", re.IGNORECASE)  # bare, or naming F401


def _natural(text: str) -> str:
    """A key for natord order: runs of digits compare as numbers, where a digit character would
    stand. Each run becomes "0", its length as one character, then its digits without leading
    zeros; as one string, the key costs a regex search for a name without digits."""
    if _DIGIT_RUN.search(text) is None:
        return text
    return _DIGIT_RUN.sub(_number_key, text)


def _number_key(run: re.Match[str]) -> str:
    digits = str(int(run.group()))
    return "0" + chr(len(digits)) + digits


@functools.lru_cache(maxsize=4096)
def _member_key(name: str, asname: str | None) -> tuple[object, ...]:
    if len(name) > 1 and name.upper() == name and name.lower() != name:
        kind = 0  # constant
    elif name[:1].isupper():
        kind = 1  # class
    else:
        kind = 2
    return (kind, _natural(name.lower()), _natural(name), _natural(asname or ""))


@dataclass
class _Statement:
    """One import statement as it will be written: `import module` or `from module import names`."""

    level: int
    module: str
    names: list[tuple[str, str | None]] = field(default_factory=list)  # (name, asname); empty for `import`
    asname: str | None = None  # for `import module as asname`
    comment: str = ""

    def section(self, package: str) -> int:
        top = self.module.split(".")[0]
        if self.level:
            return _SECTIONS.index("local")
        if top == "__future__":
            return _SECTIONS.index("future")
        if top == package:
            return _SECTIONS.index("first-party")
        if top in sys.stdlib_module_names:
            return _SECTIONS.index("stdlib")
        return _SECTIONS.index("third-party")

    def key(self) -> tuple[object, ...]:
        first = _member_key(*self.names[0]) if self.names else ()
        return (bool(self.names), -self.level, *module_order(self.module), first)

    def lines(self, indent: str) -> list[str]:
        comment = f"  {self.comment}" if self.comment else ""
        if not self.names:
            alias = f" as {self.asname}" if self.asname else ""
            return [f"{indent}import {self.module}{alias}{comment}"]
        members = [f"{name} as {asname}" if asname else name for name, asname in self.names]
        head = f"{indent}from {'.' * self.level}{self.module} import "
        line = head + ", ".join(members) + comment
        if len(line) <= LINE_LENGTH:
            return [line]
        return [f"{head}({comment}", *(f"{indent}    {m}," for m in members), f"{indent})"]


def _blocks(body: Sequence[ast.stmt]) -> Iterator[list[ast.Import | ast.ImportFrom]]:
    """Every run of consecutive import statements in a body and in the bodies nested in it."""
    run: list[ast.Import | ast.ImportFrom] = []
    for stmt in body:
        if isinstance(stmt, ast.Import | ast.ImportFrom):
            run.append(stmt)
            continue
        if run:
            yield run
            run = []
        for name in ("body", "orelse", "finalbody"):
            yield from _blocks(getattr(stmt, name, []))
        for handler in getattr(stmt, "handlers", []):
            yield from _blocks(handler.body)
    if run:
        yield run


_ANNOTATION_FIELDS = {ast.arg: "annotation", ast.AnnAssign: "annotation", ast.FunctionDef: "returns", ast.AsyncFunctionDef: "returns"}


def _used_names(tree: ast.Module) -> set[str]:
    """Names the code reads (in string annotations too), and the strings of `__all__` (a name
    listed there is exported). One pass over the tree: this runs on every generated module."""
    used: set[str] = set()
    stack: list[tuple[ast.AST, bool]] = [(tree, False)]  # (node, inside an annotation)
    while stack:
        node, annotation = stack.pop()
        kind = type(node)
        if kind is ast.Name:
            used.add(node.id)  # type: ignore[attr-defined]
            continue
        if kind is ast.Constant:
            value = node.value  # type: ignore[attr-defined]
            if annotation and isinstance(value, str):
                used.update(_names_in_string(value))
            continue
        if annotation and kind is ast.Subscript and _is_literal(node):
            used.add("Literal")  # its strings are values, not forward references
            continue
        if kind is ast.Assign or kind is ast.AugAssign:
            used.update(_exported(node))
        own = _ANNOTATION_FIELDS.get(kind)
        alias = kind is ast.Assign and type(node.value) is ast.Subscript  # type: ignore[attr-defined]
        for name in node._fields:
            child = getattr(node, name, None)
            inside = annotation or name == own or (alias and name == "value")
            if isinstance(child, list):
                stack.extend((c, inside) for c in child if isinstance(c, ast.AST))
            elif isinstance(child, ast.AST):
                stack.append((child, inside))
    return used


def _is_literal(node: ast.AST) -> bool:
    value = getattr(node, "value", None)
    return isinstance(value, ast.Name) and value.id == "Literal"


def _exported(node: ast.AST) -> list[str]:
    """The strings of an `__all__ = [...]` or `__all__ += [...]`."""
    targets = node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)]
    if not any(isinstance(t, ast.Name) and t.id == "__all__" for t in targets):
        return []
    value = getattr(node, "value", None)
    if not isinstance(value, ast.List | ast.Tuple):
        return []
    return [e.value for e in value.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]


def _names_in_string(text: str) -> set[str]:
    """Names a string (forward-reference) annotation reads."""
    try:
        inner = ast.parse(text, mode="eval")
    except SyntaxError:
        return set()
    return _used_names(ast.Module(body=[ast.Expr(inner.body)], type_ignores=[])) if inner else set()


def _comment(lines: list[str], stmt: ast.stmt) -> str | None:
    """The statement's one comment (on its first line), "" for none; None: a comment elsewhere."""
    assert stmt.end_lineno is not None
    own = lines[stmt.lineno - 1 : stmt.end_lineno]
    if any("#" in line for line in own[1:]):
        return None
    first = own[0]
    return first[first.index("#") :].rstrip() if "#" in first else ""


def _rebuild(block: list[ast.Import | ast.ImportFrom], lines: list[str], used: set[str], package: str) -> list[str] | None:
    """The block's new lines ([] when nothing in it is used), or None to leave it alone."""
    merged: dict[tuple[str, int, str, str | None, str], _Statement] = {}
    for stmt in block:
        comment = _comment(lines, stmt)
        if comment is None:
            return None
        keep_all = _NOQA_UNUSED.search(comment) is not None
        if isinstance(stmt, ast.Import):
            for alias in stmt.names:
                bound = alias.asname or alias.name.split(".")[0]
                if keep_all or bound in used or alias.asname == alias.name:
                    merged.setdefault(("import", 0, alias.name, alias.asname, comment), _Statement(0, alias.name, asname=alias.asname, comment=comment))
            continue
        module = stmt.module or ""
        for alias in stmt.names:
            bound = alias.asname or alias.name
            if not (keep_all or bound in used or alias.asname == alias.name or module == "__future__" or alias.name == "*"):
                continue
            # an aliased member is a statement of its own (isort's default, combine-as-imports off)
            own = alias.name if alias.asname else ""
            entry = merged.setdefault(("from", stmt.level, module, own, comment), _Statement(stmt.level, module, comment=comment))
            if (alias.name, alias.asname) not in entry.names:
                entry.names.append((alias.name, alias.asname))
    statements = list(merged.values())
    for s in statements:
        s.names.sort(key=lambda pair: _member_key(*pair))
    statements.sort(key=lambda s: (s.section(package), s.key()))
    indent = lines[block[0].lineno - 1][: block[0].col_offset]
    out: list[str] = []
    for i, s in enumerate(statements):
        if i and s.section(package) != statements[i - 1].section(package):
            out.append("")
        out.extend(s.lines(indent))
    return out


def tidy_imports(source: str, package: str) -> str:
    """`source` with every import block rebuilt (see the module docstring); `package` is the
    generated package's name (its absolute imports are first party)."""
    if "import" not in source:
        return source  # no import block to rebuild
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return source  # black reports it, naming the file
    lines = source.split("\n")
    used = _used_names(tree)
    edits: list[tuple[int, int, list[str]]] = []  # (first line index, end index, new lines)
    for block in _blocks(tree.body):
        ends = [s.end_lineno or s.lineno for s in block]
        if any(a == b.lineno for a, b in zip(ends, block[1:], strict=False)):
            continue  # `import a; import b`
        between = [line for s, e in zip(block[1:], ends, strict=False) for line in lines[e : s.lineno - 1]]
        if any(line.strip() for line in between):
            continue
        new = _rebuild(block, lines, used, package)
        if new is None:
            continue
        if not new and block[0].col_offset and _sole_body(tree, block):
            new = [lines[block[0].lineno - 1][: block[0].col_offset] + "pass"]
        edits.append((block[0].lineno - 1, ends[-1], new))
    for start, end, new in sorted(edits, reverse=True):
        if not new:
            end = _blank_run_end(lines, end)
        lines[start:end] = new
    return "\n".join(lines)


def sorted_imports(lines: Sequence[str], package: str) -> list[str]:
    """Import statements (one per line, all of them used) merged, sorted, sectioned and wrapped
    as `tidy_imports` writes them: for a template that knows exactly what its module imports."""
    if not lines:
        return []
    source = list(lines)
    block = [_one_line_import(line, number) for number, line in enumerate(source, 1)]
    used = {(a.asname or a.name).split(".")[0] for s in block for a in s.names}
    rebuilt = _rebuild(block, source, used, package)
    return source if rebuilt is None else rebuilt


_IMPORT_LINE = re.compile(r"from (\.*)(\w+(?:\.\w+)*)? import (\w+(?: as \w+)?(?:, \w+(?: as \w+)?)*)|import (\w+(?:\.\w+)*(?:, \w+(?:\.\w+)*)*)")


def module_order(module: str) -> tuple[str, str]:
    """Where `from .<module> import ...` sorts among such statements of one block (a template that
    writes one per module can write them in this order)."""
    return _natural(module.lower()), _natural(module)


def _one_line_import(line: str, number: int) -> ast.Import | ast.ImportFrom:
    """The node `ast.parse` gives for a one-line import statement at line `number`, without
    compiling: the templates' import lines take a fixed shape, and one per model adds up."""
    match = _IMPORT_LINE.fullmatch(line)
    if match is None:
        (node,) = ast.parse(line).body
        assert isinstance(node, ast.Import | ast.ImportFrom), line
    else:
        dots, module, members, modules = match.groups()
        pairs = [(part.partition(" as ")[0], part.partition(" as ")[2] or None) for part in (members or modules).split(", ")]
        aliases = [ast.alias(name, asname) for name, asname in pairs]
        node = ast.Import(aliases) if modules else ast.ImportFrom(module, aliases, len(dots))
    node.lineno, node.end_lineno, node.col_offset = number, number, 0
    return node


def _sole_body(tree: ast.Module, block: list[ast.Import | ast.ImportFrom]) -> bool:
    """Whether the block is the whole body of a compound statement (it cannot become empty)."""
    for node in ast.walk(tree):
        for name in ("body", "orelse", "finalbody"):
            body = getattr(node, name, None)
            if isinstance(body, list) and body and body[0] is block[0] and len(body) == len(block):
                return True
    return False


def _blank_run_end(lines: list[str], end: int) -> int:
    """Past the blank lines after a removed block, so that no surplus blank lines remain."""
    while end < len(lines) and not lines[end].strip():
        end += 1
    return end
