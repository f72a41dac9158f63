"""What the generated SDK's own tests do, derived from the IR: for every operation, the call
(arguments from the spec's examples or schema-valid samples), the mock response (from its
success response) and what to check afterwards.

The values here are raw spec data: the test templates write them through `pyrepr`/`pystr`, and
`TestCase.statements` writes a test function's lines with them.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, NamedTuple

from ..ir.model import Api, Group, Operation, Response
from .filters import pyrepr, pystr
from .import_blocks import sorted_imports
from .imports import std_imports

FILE_SAMPLE = b"example bytes"
TEXT_SAMPLE = "example text"


class MockResponse(NamedTuple):
    """The answer a generated test mocks for one request."""

    status: int
    content_type: str | None
    body: Any  # a JSON value, text or bytes; None: no body
    events: bool = False  # `body` is one server-sent event's data


class TestCase(NamedTuple):
    """One generated test: a call of an operation, the request it must send, and the answer it gets."""

    name: str  # the test function is test_<name>, run with a sync and with an async client
    attr: str  # the API group's attribute on the client
    method: str
    args: tuple[tuple[str, Any], ...]  # keyword -> value
    http_method: str
    path: str  # the request path the call must send, parameters substituted (not percent-encoded)
    response: MockResponse
    returns: str  # the annotation the result must satisfy (each event's, for a stream)

    @property
    def statements(self) -> tuple[str, ...]:
        """The test function's lines, `def` first, spec values escaped; each one statement for `fit`."""
        r = self.response
        mocked = [str(r.status)]
        if r.content_type is not None:
            mocked.append(pystr(r.content_type))
            if r.body is not None:
                mocked.append(pyrepr(r.body))
        kind = "events" if r.events else ""
        args = ", ".join(f"{name}={pyrepr(value)}" for name, value in self.args)
        return (
            f"def test_{self.name}(call, mock):",
            f"    mock.respond{'_' + kind if kind else ''}({', '.join(mocked)})",
            f"    result = call(lambda client: client.{self.attr}.{self.method}({args}))",
            f"    mock.expect({pystr(self.http_method)}, {pystr(self.path)})",
            f"    mock.check{'_' + kind if kind else ''}(result, {self.returns})",
        )


class GroupTests(NamedTuple):
    """The generated tests of one API group, with the imports their checks need."""

    imports: tuple[str, ...]  # for the checks' annotations, sorted and wrapped (see `import_blocks.sorted_imports`)
    cases: tuple[TestCase, ...]


def _jsonable(value: Any) -> Any:
    """A sample as JSON data (binary samples inside a JSON body are strings on the wire)."""
    if isinstance(value, bytes):
        return value.decode("latin-1")
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        return 0.0
    return value


def _param_text(value: Any) -> str:
    """A path parameter's value as the runtime writes it (see `_param_text` in _runtime.py)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    return json.dumps(_jsonable(value), separators=(",", ":"))


def call_args(op: Operation) -> tuple[tuple[str, Any], ...]:
    """Every required argument, with the value the docs' example uses (see `example_args`)."""
    out: list[tuple[str, Any]] = []
    for p in op.params:
        if p.required or p.location == "path":
            out.append((p.py_name, p.example if p.example is not None else "string"))
    body = op.body
    if body is None:
        return tuple(out)
    if body.fields:
        for f in body.fields:
            if f.required and op.body_required:
                value = FILE_SAMPLE if f.example is None and f.type.is_file else f.example
                out.append((f.py_name, value if body.kind == "multipart" else _jsonable(value)))
    elif op.body_required:
        if body.kind == "binary" or body.type.is_file:
            out.append(("body", FILE_SAMPLE))
        elif body.kind == "text":
            out.append(("body", body.example if isinstance(body.example, str) else TEXT_SAMPLE))
        else:
            out.append(("body", _jsonable(body.example)))
    return tuple(out)


def expected_path(op: Operation, args: tuple[tuple[str, Any], ...]) -> str:
    """The path (and fixed query) the call sends: a `#fragment` some specs add to tell apart
    two operations on one path never leaves the client."""
    values = dict(args)
    path = op.path.partition("#")[0]
    for p in op.path_params:
        path = path.replace("{" + p.wire_name + "}", _param_text(values[p.py_name]))
    return path


def _success(op: Operation) -> Response | None:
    ok = [r for r in op.responses if r.status.startswith("2")] or [r for r in op.responses if r.status == "default"]
    return next((r for r in ok if r.kind == op.return_kind), ok[0] if ok else None)


def mock_response(op: Operation) -> MockResponse:
    """The operation's success response: its status, content type and a body of its type."""
    found = _success(op)
    if found is None:
        return MockResponse(200, None, None)
    status = int(found.status) if found.status.isdigit() else 200
    kind = op.return_kind
    if kind == "empty" or found.content_type is None:
        return MockResponse(status, None, None)
    if kind == "binary":
        return MockResponse(status, found.content_type, FILE_SAMPLE)
    if kind == "text":
        return MockResponse(status, found.content_type, TEXT_SAMPLE)
    return MockResponse(status, found.content_type, _jsonable(found.example), events=kind == "sse")


def test_case(op: Operation, group: Group) -> TestCase:
    args = call_args(op)
    return TestCase(
        name=op.py_name,
        attr=group.attr_name,
        method=op.py_name,
        args=args,
        http_method=op.http_method,
        path=expected_path(op, args),
        response=mock_response(op),
        returns=op.returns.py,
    )


def group_tests(api: Api, group: Group, model_module: Callable[[str], str]) -> GroupTests:
    cases = tuple(test_case(op, group) for op in group.operations)
    models = sorted({m for op in group.operations for m in op.returns.models})
    lines = std_imports([op.returns for op in group.operations], base_model=f"{api.package}._base_model")
    lines += [f"from {api.package}.models.{model_module(m)} import {m}" for m in models]
    return GroupTests(tuple(sorted_imports(lines, api.package)), cases)


def test_credentials(api: Api) -> list[tuple[str, Any]]:
    """A made-up credential for every security scheme, as (client argument, value)."""
    return [(s.py_name, ("user", "password") if s.kind == "basic" else "test-credential") for s in api.security]
