"""Parameters and form fields on the wire, as the OpenAPI style table says (3.0 and 3.1).

Every function takes a JSON-ready value (str, int, float, bool, None, list or dict; the
runtime converts models, dates and enums first) and returns text that is already
percent-encoded (RFC 3986) where its location needs it:

- path: `simple` (`1,2`), `label` (`.1.2`), `matrix` (`;id=1,2`);
- query: `form` (`id=1&id=2`, or `id=1,2` without explode), `spaceDelimited` (`id=1%202`),
  `pipeDelimited` (`id=1|2`), `deepObject` (`id[role]=admin`, nested `id[a][b]=x`);
- header: `simple` (`1,2`); a value with a line break, another control character or a
  non-ASCII character is refused (ValueError), so a value can never add a header;
- cookie: `form` (`id=1,2`, or one `id=1; id=2` pair per item when exploded); values are
  percent-encoded, so `;`, `,`, `=` and spaces can never add a cookie;
- form and multipart bodies: each field as a query parameter of its `encoding`.

The delimiters a style adds (`,` `|` `.` `;` `=` `[` `]`) stay literal; the same characters
inside a value are percent-encoded, so a server that splits before decoding gets the value
back. Values nested deeper than the style table goes (an object inside an array) are sent as
JSON text.
"""

from __future__ import annotations

import json
import re
import urllib.parse
from collections.abc import Callable, Mapping
from dataclasses import dataclass

__all__ = [
    "DEFAULT_STYLES",
    "Style",
    "cookie_pairs",
    "form_pairs",
    "header_value",
    "part_values",
    "path_value",
    "query_pairs",
]

# RFC 3986 reserved characters that `allowReserved` leaves as they are. `&`, `=`, `#` and `+`
# are still encoded: raw, they would end the value or the query, or read as a space.
_RESERVED_KEPT = ":/?[]@!$'()*,;"
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
# What joins a non-exploded array's items; `tabDelimited` stands for Swagger 2.0's `tsv`.
_DELIMITERS = {"spaceDelimited": " ", "pipeDelimited": "|", "tabDelimited": "\t"}


@dataclass(frozen=True)
class Style:
    """How one parameter or form field is written: its OpenAPI `style`, `explode` and
    `allowReserved`, and the media type of a parameter (or field) declared with one."""

    style: str = "form"
    explode: bool = True
    allow_reserved: bool = False
    content_type: str | None = (
        None  # set: the whole value is sent in this media type (JSON)
    )


# OpenAPI's defaults: `form` with explode for query and cookie, `simple` for path and header.
DEFAULT_STYLES: Mapping[str, Style] = {
    "path": Style("simple", False),
    "query": Style("form", True),
    "header": Style("simple", False),
    "cookie": Style("form", True),
}


def _text(value: object) -> str:
    """A primitive as text: booleans as `true`/`false`, null as empty, deeper values as JSON."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def _encode(text: str, allow_reserved: bool = False) -> str:
    return urllib.parse.quote(text, safe=_RESERVED_KEPT if allow_reserved else "")


def _plain(text: str) -> str:
    return text


def _delimiter(style: Style, enc: Callable[[str], str]) -> str:
    """The text between a non-exploded array's items: `,` unless the style names another."""
    found = _DELIMITERS.get(style.style, ",")
    return found if found in ",|" else enc(found)


def _json(value: object, style: Style) -> object:
    """A value declared with a JSON media type becomes one string: its JSON text."""
    if style.content_type is None or "json" not in style.content_type:
        return value
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def _pairs(value: Mapping[object, object]) -> list[tuple[str, str]]:
    return [(str(k), _text(v)) for k, v in value.items()]


def _flat(value: object, enc: Callable[[str], str]) -> list[str]:
    """A list's items, or a dict's keys and values in turn (`role,admin,name,Alex`), encoded."""
    if isinstance(value, Mapping):
        return [enc(piece) for pair in _pairs(value) for piece in pair]
    if isinstance(value, (list, tuple)):
        return [enc(_text(v)) for v in value]
    return [enc(_text(value))]


def path_value(name: str, value: object, style: Style = DEFAULT_STYLES["path"]) -> str:
    """The text that replaces `{name}` in a path template."""
    value = _json(value, style)
    key, explode = _encode(name), style.explode
    if style.style == "matrix":
        if isinstance(value, Mapping) and explode:
            return "".join(f";{_encode(k)}={_encode(v)}" for k, v in _pairs(value))
        if isinstance(value, (list, tuple)) and explode:
            return "".join(f";{key}={_encode(_text(v))}" for v in value) or f";{key}"
        text = ",".join(_flat(value, _encode))
        return f";{key}={text}" if text else f";{key}"
    prefix, sep = (".", ".") if style.style == "label" else ("", ",")
    if isinstance(value, Mapping) and explode:
        text = prefix + sep.join(f"{_encode(k)}={_encode(v)}" for k, v in _pairs(value))
    elif isinstance(value, (list, tuple)) and explode:
        text = prefix + sep.join(_flat(value, _encode))
    else:
        text = prefix + _delimiter(style, _encode).join(_flat(value, _encode))
    # `.` or `..` alone would climb to another endpoint
    return text.replace(".", "%2E") if text in (".", "..") else text


def query_pairs(
    name: str, value: object, style: Style = DEFAULT_STYLES["query"]
) -> list[str]:
    """A query parameter as `key=value` pieces, each already encoded; join them with `&`.
    An empty exploded array or object sends nothing."""
    value = _json(value, style)

    def enc(text: str) -> str:
        return _encode(text, style.allow_reserved)

    key = _encode(name)
    if not isinstance(value, (Mapping, list, tuple)):
        return [f"{key}={enc(_text(value))}"]
    if style.style == "deepObject":
        return _deep(key, value, enc)
    if style.explode and isinstance(value, Mapping):
        return [f"{_encode(k)}={enc(v)}" for k, v in _pairs(value)]
    if style.explode:
        return [f"{key}={enc(_text(v))}" for v in value]
    return [f"{key}=" + _delimiter(style, _encode).join(_flat(value, enc))]


def _deep(key: str, value: object, enc: Callable[[str], str]) -> list[str]:
    """`deepObject`: `key[field]=value`, nested as `key[a][b]=value`, list items repeated."""
    if isinstance(value, Mapping):
        return [
            pair
            for k, v in value.items()
            for pair in _deep(f"{key}[{_encode(str(k))}]", v, enc)
        ]
    if isinstance(value, (list, tuple)):
        return [pair for v in value for pair in _deep(key, v, enc)]
    return [f"{key}={enc(_text(value))}"]


def header_value(
    name: str, value: object, style: Style = DEFAULT_STYLES["header"]
) -> str:
    """A header's value (`simple`: `1,2`, `role,admin`, or `role=admin` exploded), sent as it
    is; a value with a line break, a control or a non-ASCII character raises ValueError.
    """
    value = _json(value, style)
    if isinstance(value, Mapping) and style.explode:
        text = ",".join(f"{k}={v}" for k, v in _pairs(value))
    else:
        text = _delimiter(style, _plain).join(_flat(value, _plain))
    if _CONTROL.search(text) or not text.isascii():
        raise ValueError(
            f"header {name!r}: a header value holds printable ASCII only, no line break,"
            " control or non-ASCII character"
        )
    return text


def cookie_pairs(
    name: str, value: object, style: Style = DEFAULT_STYLES["cookie"]
) -> list[str]:
    """A cookie parameter as `name=value` pairs, each already encoded; join them with `; `."""
    value = _json(value, style)
    key = _encode(name)
    if isinstance(value, Mapping) and style.explode:
        return [f"{_encode(k)}={_encode(v)}" for k, v in _pairs(value)]
    if isinstance(value, (list, tuple)) and style.explode:
        return [f"{key}={_encode(_text(v))}" for v in value]
    return [f"{key}=" + ",".join(_flat(value, _encode))]


def form_pairs(body: Mapping[str, object], encoding: Mapping[str, Style]) -> list[str]:
    """An `application/x-www-form-urlencoded` body as `key=value` pieces; join them with `&`.
    Each field follows its `encoding` (default: `form`, exploded), like a query parameter.
    """
    return [
        pair
        for key, value in body.items()
        if value is not None
        for pair in query_pairs(key, value, encoding.get(key, DEFAULT_STYLES["query"]))
    ]


def part_values(
    name: str, value: object, style: Style | None
) -> list[tuple[str, str, str | None]]:
    """A multipart field that is not a file, as (part name, text, content type) parts.

    With an `encoding` that sets a style (`style` is given, `content_type` None), the field is
    split as a form field is (`meta[key]` parts for `deepObject`). Otherwise an array is one part
    per item, an object one JSON part, and a primitive one text part."""
    if style is not None and style.content_type is None:
        return [
            (urllib.parse.unquote(k), urllib.parse.unquote(v), None)
            for k, _, v in (
                pair.partition("=") for pair in query_pairs(name, value, style)
            )
        ]
    ctype = style.content_type if style is not None else None
    items = value if isinstance(value, (list, tuple)) else [value]
    parts: list[tuple[str, str, str | None]] = []
    for item in items:
        is_json = isinstance(item, Mapping) or (ctype is not None and "json" in ctype)
        text = (
            json.dumps(item, separators=(",", ":"), ensure_ascii=False)
            if is_json
            else _text(item)
        )
        parts.append(
            (
                name,
                text,
                ctype or ("application/json" if isinstance(item, Mapping) else None),
            )
        )
    return parts
