"""What the generated command line needs to know about one operation, derived from the IR.

The strings here are raw spec text: the `_cli.py` template escapes every one of them.
"""

from __future__ import annotations

import json
from typing import NamedTuple

from ..ir.model import Arg, Field, Operation, Parameter, TypeRef


class CliArg(NamedTuple):
    """One `key=value` argument of an operation, in the method signature's order."""

    key: str  # what the user types before `=`, `:=` or `=@`: the wire name, unless ambiguous
    name: str  # the method's argument
    wire_name: str
    location: str  # path/query/header/cookie/field
    kind: str  # TypeRef.json_kind; "file" for binary content
    type_doc: str
    required: bool
    nullable: bool
    default: str | None  # the spec's default as compact JSON
    description: str
    positional: bool
    deprecated: bool


class CliBody(NamedTuple):
    """The `--body` option, offered when the method takes a `body` argument."""

    media: str  # json/multipart/form/binary/text
    kind: str
    type_doc: str
    required: bool
    description: str


class CliOperation(NamedTuple):
    """One operation as the CLI offers it: its arguments, its body and its help text."""

    args: tuple[CliArg, ...]
    body: CliBody | None
    doc: str  # summary and description as one paragraph


def _kind(t: TypeRef) -> str:
    return "file" if t.is_file else t.json_kind


def _default(source: Parameter | Field) -> str | None:
    if not source.has_default:
        return None
    return json.dumps(source.default, ensure_ascii=False, sort_keys=True, default=str)


def _with_sent_as(description: str, sent_as: str) -> str:
    """The help text, with how a value goes on the wire when that is not the usual way."""
    if not sent_as:
        return description
    return f"{description.rstrip()} (sent as {sent_as})" if description.strip() else f"Sent as {sent_as}."


def _arg(op: Operation, a: Arg, key: str) -> CliArg:
    if a.source == "field":
        assert op.body is not None
        f = next(f for f in op.body.fields if f.py_name == a.name)
        return CliArg(
            key=key,
            name=a.name,
            wire_name=a.wire_name,
            location="field",
            kind=_kind(f.type),
            type_doc=f.type.doc,
            required=f.required and op.body_required,
            nullable=f.nullable or f.type.nullable,
            default=_default(f),
            description=_with_sent_as(f.description, op.body.sent_as(f.wire_name)),
            positional=not a.keyword_only,
            deprecated=f.deprecated,
        )
    p = next(p for p in op.params if p.py_name == a.name)
    return CliArg(
        key=key,
        name=a.name,
        wire_name=a.wire_name,
        location=p.location,
        kind=_kind(p.type),
        type_doc=p.type.doc,
        required=p.required or p.location == "path",
        nullable=p.type.nullable,
        default=_default(p),
        description=_with_sent_as(p.description, p.sent_as),
        positional=not a.keyword_only,
        deprecated=p.deprecated,
    )


def cli_operation(op: Operation) -> CliOperation:
    """The operation's command-line arguments, keyed by wire name (Python name when two collide)."""
    plain = [a for a in op.args if a.source != "body"]
    wires = [a.wire_name for a in plain]
    keys = [a.wire_name if wires.count(a.wire_name) == 1 else a.name for a in plain]
    if len(set(keys)) != len(keys):  # a wire name equal to another argument's Python name
        keys = [a.name for a in plain]
    args = tuple(_arg(op, a, key) for a, key in zip(plain, keys, strict=True))
    body = None
    body_arg = next((a for a in op.args if a.source == "body"), None)
    if body_arg is not None and op.body is not None:
        body = CliBody(
            media=op.body.kind,
            kind=_kind(op.body.type),
            type_doc=op.body.type.doc,
            required=body_arg.default is None,
            description=op.body.description,
        )
    doc = " ".join(dict.fromkeys(t.strip() for t in (op.summary, op.description) if t.strip())) or op.operation_id
    return CliOperation(args=args, body=body, doc=doc)
