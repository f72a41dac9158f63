"""An independent server-side check of what a generated client sends: openapi-core parses each
request (its style deserialisers implement OpenAPI's table; none of this is our code), and, for
the cells openapi-core cannot rebuild, a parser that follows the spec's table text.
"""

from __future__ import annotations

import io
import urllib.parse
from typing import Any

import httpx
from openapi_core import OpenAPI
from openapi_core.contrib.werkzeug import WerkzeugOpenAPIRequest
from werkzeug.test import EnvironBuilder
from werkzeug.wrappers import Request


def werkzeug_request(request: httpx.Request) -> Request:
    """The httpx request as a WSGI server would see it."""
    raw_path, _, query = request.url.raw_path.decode("ascii").partition("?")
    builder = EnvironBuilder(
        method=request.method,
        base_url=f"{request.url.scheme}://{request.url.netloc.decode('ascii')}",
        query_string=query,
        headers=[(k, v) for k, v in request.headers.multi_items()],
        input_stream=io.BytesIO(request.content),
    )
    environ = builder.get_environ()
    environ["PATH_INFO"] = urllib.parse.unquote(raw_path, encoding="latin-1")  # as WSGI servers do
    environ["RAW_URI"] = environ["REQUEST_URI"] = request.url.raw_path.decode("ascii")
    return Request(environ)


class Oracle:
    """`parse(request)` -> {location: {name: value}} as openapi-core unmarshals it."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.openapi = OpenAPI.from_dict(spec)

    def parse(self, request: httpx.Request) -> tuple[dict[str, dict[str, Any]], Any, list[str]]:
        result = self.openapi.unmarshal_request(WerkzeugOpenAPIRequest(werkzeug_request(request)))
        params = result.parameters
        found = {
            "path": dict(params.path),
            "query": dict(params.query),
            "header": {k.lower(): v for k, v in dict(params.header).items()},
            "cookie": dict(params.cookie),
        }
        return found, result.body, [str(e) for e in result.errors]


# ---- the spec's table, read back -----------------------------------------------------------
# OpenAPI's style table (3.0.3/3.1.1 "Style Examples") read in reverse: split on the delimiters a
# style adds, then percent-decode each piece, as a server that follows the spec text does.
_DELIMITERS = {"spaceDelimited": "%20", "pipeDelimited": "|", "tabDelimited": "%09"}


def _unquote(text: str) -> str:
    return urllib.parse.unquote(text, errors="strict")


def _items(pieces: list[str], kind: str, unquote: Any = _unquote) -> Any:
    """Array items, or an object from alternating keys and values, or one primitive."""
    if kind == "array":
        return [unquote(p) for p in pieces]
    if kind == "object":
        return {unquote(k): unquote(v) for k, v in zip(pieces[::2], pieces[1::2], strict=True)}
    return unquote(",".join(pieces))


def _pairs(pieces: list[str], unquote: Any = _unquote) -> dict[str, str]:
    return {unquote(k): unquote(v) for k, _, v in (p.partition("=") for p in pieces)}


def read_path(segment: str, name: str, style: str, explode: bool, kind: str) -> Any:
    """A path parameter back from its raw (still encoded) segment."""
    if style == "label":
        # `%2E` is `.` (RFC 3986 6.2.2.2): the client encodes a lone `.`, which would climb a level
        segment = segment.removeprefix("%2E") if segment.startswith("%2E") else segment.removeprefix(".")
        sep = "." if explode else ","
    elif style == "matrix":
        pieces = segment.split(";")[1:]
        if kind == "object" and explode:
            return _pairs(pieces)
        if kind == "array" and explode:
            return [_unquote(p.partition("=")[2]) for p in pieces]
        return _items(pieces[0].partition("=")[2].split(","), kind)
    else:
        sep = ","
    if kind == "object" and explode:
        return _pairs(segment.split(sep))
    if kind == "primitive":
        return _unquote(segment)
    return _items(segment.split(sep), kind)


def read_query(query: str, name: str, style: str, explode: bool, kind: str) -> Any:
    """A query parameter (or form body field) back from the raw query text."""
    pairs = [(k, v) for k, _, v in (p.partition("=") for p in query.split("&") if p)]
    if style == "deepObject":
        prefix = _unquote(name) + "["
        return {_unquote(k)[len(prefix) : -1]: _unquote(v) for k, v in pairs if _unquote(k).startswith(prefix)}
    if kind == "object" and explode:
        return {_unquote(k): _unquote(v) for k, v in pairs if _unquote(k) != "w"}
    mine = [v for k, v in pairs if _unquote(k) == name]
    if kind == "array" and explode:
        return [_unquote(v) for v in mine]
    if kind == "primitive":
        return _unquote(mine[0])
    return _items(mine[0].split(_DELIMITERS.get(style, ",")), kind)


def read_header(value: str, explode: bool, kind: str) -> Any:
    """`simple` header values are not percent-encoded: split on `,` (and `=`) only."""
    if kind == "primitive":
        return value
    if kind == "object" and explode:
        return _pairs(value.split(","), str)
    return _items(value.split(","), kind, str)


def read_cookie(header: str, name: str, explode: bool, kind: str) -> Any:
    """Cookie pairs split on `; `, values percent-decoded (form style percent-encodes)."""
    pairs = [p.partition("=") for p in header.split("; ")]
    if kind == "object" and explode:
        return {_unquote(k): _unquote(v) for k, _, v in pairs}
    mine = [v for k, _, v in pairs if _unquote(k) == name]
    if kind == "array" and explode:
        return [_unquote(v) for v in mine]
    if kind == "primitive":
        return _unquote(mine[0])
    return _items(mine[0].split(","), kind)


def read_multipart(request: httpx.Request, name: str, style: str, explode: bool, kind: str) -> Any:
    """Multipart parts, parsed by werkzeug's form parser: `name` parts, or `name[key]` parts."""
    form = werkzeug_request(request).form
    if style == "deepObject":
        return {k[len(name) + 1 : -1]: v for k, v in form.items(multi=True) if k.startswith(name + "[")}
    if kind == "array":
        return form.getlist(name) if explode else form[name].split(",")
    return form[name]
