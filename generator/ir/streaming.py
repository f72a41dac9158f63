"""Operations that answer JSON by default and server-sent events on request: the IR's `EventStream`.

The rule (OpenAI's `stream: true`): the request body is JSON with a boolean property named
`stream`, and a 2xx response offers both a JSON media type and `text/event-stream`. The event
type is that media type's `itemSchema` (OpenAPI 3.2) or `schema`. Such an operation keeps its
plain method, which returns the JSON body, and gains `<name>_stream(...)`, which sends
`stream: true` and returns a `Stream` of events.

Operations whose only success media type is `text/event-stream` need no rule: their plain
method returns the `Stream` (`Operation.return_kind == "sse"`).
"""

from __future__ import annotations

from typing import Any

from .model import EventStream, RequestBody
from .typeref import ANY, NONE, scalar
from .types import SchemaTyper, pointer_join_str

FIELD = "stream"
SSE = "text/event-stream"
BOOL = scalar("bool")


def detect_event_stream(
    typer: SchemaTyper, op: dict[str, Any], base: str, ptr: str, hint: str, body: RequestBody | None
) -> EventStream | None:
    if body is None or body.kind != "json":
        return None
    field = next((f for f in body.fields if f.wire_name == FIELD), None)
    if field is None or field.type.without(NONE) != BOOL:
        return None
    responses = op.get("responses")
    for status, raw in (responses.items() if isinstance(responses, dict) else ()):
        if not str(status).startswith("2"):
            continue
        rptr = pointer_join_str(ptr, "responses", str(status))
        resp, rbase, rptr = typer.deref(raw, base, rptr)
        content = resp.get("content") if isinstance(resp, dict) else None
        if not isinstance(content, dict) or SSE not in content:
            continue
        if not any(_is_json(str(ct)) for ct in content):
            continue
        media = content[SSE] if isinstance(content[SSE], dict) else {}
        key = "itemSchema" if isinstance(media.get("itemSchema"), dict) else "schema"
        schema = media.get(key)
        if isinstance(schema, dict):
            event = typer.type_of(schema, rbase, pointer_join_str(rptr, "content", SSE, key), hint + "Event")
        else:
            event = ANY
        return EventStream(event=event, field_wire=field.wire_name, field_arg=field.py_name)
    return None


def _is_json(content_type: str) -> bool:
    ct = content_type.split(";")[0].strip().lower()
    return ct == "application/json" or ct.endswith("+json")
