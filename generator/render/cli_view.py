"""The data tables of the generated `_cli.py`, decided here in Python; `_cli.py.j2` prints them.

The module constants (`PACKAGE`, `TOKEN_HELP`, `SECRET_HEADERS`, `SECRET_QUERY`) and `GROUPS`
are statements for `fit` to lay out, each with its kind; `OPERATIONS` is written between
`# fmt: off` and `# fmt: on`, one `_Op` row per operation, so its lines are final. Spec text goes
through `pystr` (what black leaves alone) or `repr` (inside `# fmt: off`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from ..ir.digest import Known, derived_digest
from ..ir.model import Api, Group, Operation, SecurityScheme
from .cli_table import CliArg, CliBody, cli_operation
from .filters import pystr, summary_line

_TOKEN_KINDS = ("bearer", "oauth2", "api_key")  # schemes the `--token` option fills
_SECRET_HEADERS = ("authorization", "proxy-authorization", "cookie", "set-cookie")
_GROUPS = "GROUPS: tuple[tuple[str, str, str], ...] = "


class CliModule(NamedTuple):
    """What `_cli.py.j2` prints for one API."""

    constants: tuple[str, ...]  # module constants, one statement each (for `fit`)
    tokens: tuple[SecurityScheme, ...]  # the schemes `--token` fills; none: no `--token` option
    groups: tuple[tuple[str, str], ...]  # the `GROUPS` statement: (line, its `fit` kind)
    operations: tuple[str, ...]  # the lines of the `OPERATIONS` rows


def _unique(values: Iterable[str]) -> list[str]:
    """The values in order, without repeats ignoring case (as Jinja's `unique`)."""
    seen: dict[str, str] = {}
    for value in values:
        seen.setdefault(value.lower(), value)
    return list(seen.values())


def _frozenset(name: str, values: list[str]) -> str:
    items = ", ".join(pystr(v) for v in values) + ("," if len(values) == 1 else "")
    return f"{name}: frozenset[str] = frozenset(({items}))"


def _constants(api: Api, tokens: tuple[SecurityScheme, ...]) -> tuple[str, ...]:
    found = [f"PACKAGE = {pystr(api.package)}"]
    if tokens:
        names = ", ".join(s.name for s in tokens)
        envs = ", ".join("$" + s.env_var for s in tokens)
        found.append(f"TOKEN_HELP = {pystr(f'credential for {names} (default: {envs})')}")
    keys = [s for s in api.security if s.kind == "api_key" and s.param_name]
    headers = [*_SECRET_HEADERS, *(s.param_name.lower() for s in keys if s.param_name and s.location == "header")]
    query = [s.param_name for s in keys if s.param_name and s.location == "query"]
    found.append(_frozenset("SECRET_HEADERS", _unique(headers)))
    found.append(_frozenset("SECRET_QUERY", _unique(query)))
    return tuple(found)


def _group_row(g: Group) -> str:
    return f"({pystr(g.attr_name)}, {pystr(summary_line(g.tag))}, {pystr(summary_line(g.description))})"


def _groups(groups: tuple[Group, ...]) -> tuple[tuple[str, str], ...]:
    if len(groups) <= 1:
        return ((_GROUPS + "(" + "".join(_group_row(g) + "," for g in groups) + ")", "statement"),)
    return ((_GROUPS + "(", "statement"), *((f"    {_group_row(g)},", "element") for g in groups), (")", "statement"))


def _arg_row(a: CliArg) -> str:
    fields = (a.key, a.name, a.wire_name, a.location, a.kind, a.type_doc, a.required, a.nullable, a.positional, a.deprecated, a.default)
    return f"            _Arg({', '.join(map(repr, fields))}, {summary_line(a.description)!r}),"


def _body_row(b: CliBody | None) -> str:
    if b is None:
        return "        None,"
    return f"        _Body({b.media!r}, {b.kind!r}, {b.type_doc!r}, {b.required!r}, {summary_line(b.description)!r}),"


def _operation_rows(g: Group, op: Operation) -> list[str]:
    c = cli_operation(op)
    head = (op.cli_name, op.operation_id, g.attr_name, op.py_name, f"{op.http_method} {op.path}", op.return_kind)
    args = ["        (", *map(_arg_row, c.args), "        ),"] if c.args else ["        (),"]
    return [
        "    _Op(",
        "        " + ", ".join(map(repr, head)) + ",",
        f"        {summary_line(c.doc)!r},",
        f"        {op.cli_example!r},",
        *args,
        _body_row(c.body),
        "    ),",
    ]


class CliRows:
    """The `OPERATIONS` rows of the last run's `_cli.py` (`last_text`, which the built-in template
    wrote, its rows made from what `last_keys` says in order), taken again for the operations
    whose digest (`known`: see `ir.digest`) and group attribute are the same; `found` is this
    run's keys in row order (None: not known), for the next run."""

    def __init__(self, api: Api, known: Known, last_text: str | None, last_keys: Sequence[str | None]) -> None:
        self._keys: dict[int, str] = {}
        self.found: list[str | None] = []
        for g in api.groups:
            for op in g.operations:
                digest = known.get(id(op))
                key = derived_digest(digest[1], "cli rows", g.attr_name) if digest is not None and digest[0] is op else None
                self.found.append(key)
                if key is not None:
                    self._keys[id(op)] = key
        self._last = last_rows(last_text, last_keys) if last_text is not None else {}

    def rows(self, g: Group, op: Operation) -> list[str]:
        key = self._keys.get(id(op))
        kept = self._last.get(key) if key is not None else None
        return _operation_rows(g, op) if kept is None else kept


_ROWS_START = "\nOPERATIONS: tuple[_Op, ...] = (\n"
_ROW_HEAD = "    _Op("


def last_rows(text: str, keys: Sequence[str | None]) -> dict[str, list[str]]:
    """{digest: lines} of the `OPERATIONS` rows of a `_cli.py` the built-in template wrote (`text`),
    whose rows were made from what `keys` says, in order; {} when its rows do not cut as many."""
    start = text.find(_ROWS_START)
    end = text.find("\n)\n", start + 1)
    if start < 0 or end < 0:
        return {}
    lines = text[start + len(_ROWS_START) : end + 1].split("\n")[:-1]
    heads = [i for i, line in enumerate(lines) if line == _ROW_HEAD]
    if len(heads) != len(keys) or (lines and heads[:1] != [0]):
        return {}
    bounds = [*heads, len(lines)]
    return {key: lines[bounds[i] : bounds[i + 1]] for i, key in enumerate(keys) if key is not None}


def cli_module(api: Api, memo: CliRows | None = None) -> CliModule:
    """The constants and tables of the API's `_cli.py`; `memo` has rows made already."""
    tokens = tuple(s for s in api.security if s.kind in _TOKEN_KINDS)
    made = memo.rows if memo is not None else _operation_rows
    rows = tuple(line for g in api.groups for op in g.operations for line in made(g, op))
    return CliModule(_constants(api, tokens), tokens, _groups(api.groups), rows)
