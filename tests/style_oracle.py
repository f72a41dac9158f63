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
