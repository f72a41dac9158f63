"""How parameters and form fields go on the wire: OpenAPI `style`, `explode`, `allowReserved`,
`content` and `encoding`, with the defaults the spec gives, and a sample of each for the docs.

The sample is written by the generated package's own serialiser (generator/runtime/_serialize.py,
copied into every SDK), so the docs show exactly what the client sends.
"""

from __future__ import annotations

from typing import Any

from ..runtime import _serialize
from .model import Encoding, Header, TypeRef
from .typeref import STR

# Swagger 2.0 collectionFormats that OpenAPI 3 cannot express (the 2.0 upgrade keeps them as
# `x-collectionFormat`), as the delimited style the serialiser writes them with.
_COLLECTION_FORMATS = {
    "csv": ("form", False),
    "ssv": ("spaceDelimited", False),
    "tsv": ("tabDelimited", False),
    "pipes": ("pipeDelimited", False),
    "multi": ("form", True),
}
_SIMPLE_PLACES = ("path", "header")


def param_style(p: dict[str, Any], location: str) -> tuple[str, bool]:
    """A parameter's (style, explode), with OpenAPI's defaults: `form` (exploded) for query and
    cookie, `simple` (not exploded) for path and header; explode defaults to true for `form`."""
    fmt = p.get("x-collectionFormat")
    if "style" not in p and isinstance(fmt, str) and fmt in _COLLECTION_FORMATS:
        fmt_style, fmt_explode = _COLLECTION_FORMATS[fmt]
        if location in _SIMPLE_PLACES and fmt_style == "form":
            return "simple", False
        return fmt_style, fmt_explode
    default = "simple" if location in _SIMPLE_PLACES else "form"
    given, explode = p.get("style"), p.get("explode")
    chosen = given if isinstance(given, str) else default
    return chosen, explode if isinstance(explode, bool) else chosen == "form"


def sample_value(t: TypeRef, example: Any) -> Any:
    """A value to show a parameter's wire form with: two items for an array, the example else."""
    if t.json_kind == "array":
        items = example if isinstance(example, list) and len(example) >= 2 else None
        return items or ([1, 2] if "int" in t.names else ["a", "b"])
    if t.json_kind == "object":
        return example if isinstance(example, dict) and example else {"key": "value"}
    if isinstance(example, (str, int, float, bool)):
        return example
    return {"integer": 1, "number": 1.5, "boolean": True}.get(t.json_kind, "value")


def sent_as(location: str, name: str, value: Any, style: str, explode: bool, allow_reserved: bool, content_type: str | None) -> str:
    """The wire text of `value`: `status=a,b` (query), `X-Ids: 1,2` (header), `/items/1,2` ..."""
    s = _serialize
    runtime_style = s.Style(style, explode, allow_reserved, content_type)
    try:
        if location == "path":
            return str(s.path_value(name, value, runtime_style))
        if location == "header":
            return f"{name}: {s.header_value(name, value, runtime_style)}"
        if location == "cookie":
            return "Cookie: " + "; ".join(s.cookie_pairs(name, value, runtime_style))
        return "&".join(s.query_pairs(name, value, runtime_style))
    except ValueError:  # an example a header cannot carry
        return ""


def field_encoding(wire_name: str, raw: Any, t: TypeRef, example: Any, multipart: bool) -> Encoding | None:
    """A form or multipart field's `encoding` entry, or None when it has none."""
    if not isinstance(raw, dict):
        return None
    given = any(k in raw for k in ("style", "explode", "allowReserved", "x-collectionFormat"))
    style, explode = param_style(raw, "query") if given else (None, True)
    allow_reserved = raw.get("allowReserved") is True
    content_type = raw.get("contentType") if isinstance(raw.get("contentType"), str) else None
    declared: dict[str, Any] = raw["headers"] if isinstance(raw.get("headers"), dict) else {}
    headers = tuple(
        Header(wire_name=str(k), type=STR, description=str(v.get("description") or "") if isinstance(v, dict) else "")
        for k, v in declared.items()
        if str(k).lower() != "content-type"
    )
    if style is None and content_type is None and not headers:
        return None
    shown = ""
    if style is not None and not multipart:
        shown = sent_as("query", wire_name, sample_value(t, example), style, explode, allow_reserved, None)
    elif style is not None:
        parts = _serialize.part_values(wire_name, sample_value(t, example), _serialize.Style(style, explode, allow_reserved))
        shown = ", ".join(f"part {n!r} = {v!r}" for n, v, _ in parts)
    return Encoding(
        wire_name=wire_name,
        style=style,
        explode=explode,
        allow_reserved=allow_reserved,
        content_type=content_type,
        headers=headers,
        sent_as=shown,
    )
