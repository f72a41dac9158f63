"""The endpoint table at the top of an API group's module: one `_Endpoint` constant per operation
(and per `_stream` and `_iter` variant), which the methods pass to the runtime.

Names and text are decided here, in Python; `group.py.j2` prints them (and lays the `_Endpoint`
call out with `fit`), so an overlay of it needs none of this logic.
"""

from __future__ import annotations

from typing import NamedTuple

from ..ir import names
from ..ir.model import Group, Operation
from .filters import pyrepr, pystr


class EndpointNames(NamedTuple):
    """The module constants of one operation."""

    main: str  # its `_Endpoint`
    stream: str | None  # the `_stream` variant's `_Endpoint`
    pages: str | None  # the `_iter` variant's `_PageSpec`


def endpoint_names(group: Group) -> dict[str, EndpointNames]:
    """Each operation's constants, by its `py_name`: unique in the module, main ones first."""
    taken: set[str] = set()

    def claim(name: str) -> str:
        name = names.suffixed(name, taken.__contains__)
        taken.add(name)
        return name

    mains = {op.py_name: claim(f"_{op.py_name.upper()}") for op in group.operations}
    return {
        op.py_name: EndpointNames(
            mains[op.py_name],
            claim(f"_{op.stream_method.upper()}") if op.stream_method else None,
            claim(f"{mains[op.py_name]}_PAGES") if op.iter_method else None,
        )
        for op in group.operations
    }


def _rows(key: str, rows: list[str], one_line: bool = False) -> list[str]:
    if one_line and len(rows) == 1:
        return [f"    {key}=({rows[0]},),"]
    return [f"    {key}=" + ("(" if key == "params" else "{"), *(f"        {r}," for r in rows), "    " + (")," if key == "params" else "},")]


def endpoint(op: Operation, const: EndpointNames) -> str:
    """`_NAME = _Endpoint(...)`, one argument per line, for `fit` to lay out (no final newline)."""
    body = op.body
    lines = [
        f"{const.main} = _Endpoint(",
        f"    method={pystr(op.http_method)},",
        f"    path={pystr(op.path)},",
        f"    operation_id={pystr(op.operation_id)},",
        f"    body_kind={pystr(body.kind if body else 'none')},",
        f"    content_type={pyrepr(body.content_type if body else None)},",
        f"    response_kind={pystr(op.return_kind)},",
    ]
    responses = [f"{pystr(r.status)}: {r.type.py if r.type and r.kind == 'json' else 'None'}" for r in op.responses]
    lines += _rows("responses", responses) if responses else ["    responses={},"]
    lines += [f"    security={pyrepr(op.security)},", f"    accept={pyrepr(', '.join(op.accept) or None)},"]
    params = [f"({pystr(a.name)}, {pystr(a.wire_name)}, {pystr(a.source)})" for a in op.args if a.source != "body"]
    lines += _rows("params", params, one_line=True) if params else ["    params=(),"]
    if op.param_styles:
        lines += _rows("styles", [f"{pystr(name)}: {src}" for name, src in op.param_styles])
    if op.field_encodings:
        lines += _rows("encoding", [f"{pystr(name)}: {src}" for name, src in op.field_encodings])
    lines.append(f"    body_mode={pystr(op.body_mode)},")
    if op.body_required:
        lines.append("    body_required=True,")
    if op.return_kind == "sse":
        lines.append(f"    event_type={op.returns.py},")
    return "\n".join([*lines, ")"])


def endpoint_variants(op: Operation, const: EndpointNames) -> str:
    """The `_stream` variant's `_Endpoint` and the `_iter` variant's `_PageSpec`, if any."""
    out = ""
    if const.stream and op.event_stream:
        stream = op.event_stream
        out += (
            f"{const.stream} = _dataclass_replace(\n    {const.main},\n    response_kind=\"sse\",\n"
            f"    accept=\"text/event-stream\",\n    event_type={stream.event.py},\n"
            f"    stream_field={pystr(stream.field_wire)},\n)\n"
        )
    if const.pages and op.pagination:
        pg = op.pagination
        out += (
            f"{const.pages} = _PageSpec(\n    style={pystr(pg.style)},\n    param={pystr(pg.param)},\n"
            f"    items={pystr(pg.items)},\n    has_more={pyrepr(pg.has_more)},\n"
            f"    next_cursor={pyrepr(pg.next_cursor)},\n)\n"
        )
    return out
