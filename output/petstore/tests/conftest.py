"""Fixtures of the generated tests.

Every call goes to a mock transport that answers with the operation's success response, or,
when $PRISM_URL is set, to the Prism mock server at that URL.
"""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import Callable
from types import UnionType
from typing import TYPE_CHECKING, Annotated, Any, Literal, Union, get_args, get_origin
from urllib.parse import urlsplit

import httpx
import pytest

if TYPE_CHECKING:  # imported where used, so that isort agrees wherever it runs
    from petstore import AsyncClient, Client

PRISM_URL = os.environ.get("PRISM_URL", "")
BASE_URL = PRISM_URL or "https://sdk.test"


class Mock(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Keeps every request the client sends and answers it with the response `respond` set
    (with $PRISM_URL set, Prism answers instead)."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self._reply: tuple[int, dict[str, str], bytes] = (200, {}, b"")
        self._sync: httpx.HTTPTransport | None = None
        self._async: httpx.AsyncHTTPTransport | None = None

    def respond(
        self, status: int, content_type: str | None = None, body: Any = None
    ) -> None:
        """Answer the next requests with this status, content type and body (JSON data for a
        JSON content type, else text or bytes)."""
        headers = {"Content-Type": content_type} if content_type else {}
        if content_type and "json" in content_type.lower():
            content = json.dumps(body).encode()
        elif isinstance(body, str):
            content = body.encode()
        else:
            content = body or b""
        self._reply = (status, headers, content)

    def respond_events(self, status: int, content_type: str, event: Any) -> None:
        """Answer with a stream of server-sent events: `event` as the data of each of two."""
        self.respond(status, content_type, f"data: {json.dumps(event)}\n\n" * 2)

    def _answer(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        status, headers, content = self._reply
        return httpx.Response(status, headers=headers, content=content)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not PRISM_URL:
            return self._answer(request)
        self.requests.append(request)
        self._sync = self._sync or httpx.HTTPTransport()
        return self._sync.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if not PRISM_URL:
            return self._answer(request)
        self.requests.append(request)
        self._async = self._async or httpx.AsyncHTTPTransport()
        return await self._async.handle_async_request(request)

    def close(self) -> None:
        if self._sync is not None:
            self._sync.close()
            self._sync = None

    async def aclose(self) -> None:
        if self._async is not None:
            await self._async.aclose()
            self._async = None

    def expect(self, method: str, path: str) -> None:
        """The last request had this method and path (after the base URL's own path; a query
        in `path` is part of the API's path template, and must be in the request's query).
        """
        assert self.requests, "the client sent no request"
        request = self.requests[-1]
        assert request.method == method
        path, _, query = path.partition("?")
        assert request.url.path == urlsplit(BASE_URL).path.rstrip("/") + path
        for name, value in httpx.QueryParams(query).multi_items():
            assert value in request.url.params.get_list(
                name
            ), f"query {name}={value} missing"

    def check(self, result: Any, annotation: Any) -> None:
        """`result` is of the declared type: models are instances, not dicts (the client
        validated their fields already, strictly against a mock)."""
        assert conforms(result, annotation), f"{result!r:.300} is not a {annotation}"

    def check_events(self, events: list[Any], annotation: Any) -> None:
        assert events or PRISM_URL, "the stream gave no events"
        for event in events:
            self.check(event, annotation)


def conforms(value: Any, annotation: Any) -> bool:
    """Whether `value` has the type `annotation` names (a cheap, structural isinstance)."""
    origin, args = get_origin(annotation), get_args(annotation)
    if annotation is Any:
        return True
    if annotation is None or annotation is type(None):
        return value is None
    if origin is Annotated:
        return conforms(value, args[0])
    if origin is Union or origin is UnionType:
        return any(conforms(value, member) for member in args)
    if origin is Literal:
        return value in args
    if origin is list:
        return isinstance(value, list) and all(
            conforms(item, args[0]) for item in value
        )
    if origin is dict:
        return isinstance(value, dict) and all(
            conforms(item, args[1]) for item in value.values()
        )
    if annotation is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if annotation is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if isinstance(annotation, type):
        return isinstance(value, annotation)
    raise TypeError(f"cannot check a value against {annotation!r}")


def client_options(mock: Mock) -> dict[str, Any]:
    return {
        "base_url": BASE_URL,
        "transport": mock,
        "max_retries": 0,
        # a mock answer must fit the API description exactly; Prism's answers are the spec's
        # own examples, which sometimes do not (the client then parses them leniently)
        "strict_responses": not PRISM_URL,
        "petstore_auth": "test-credential",
        "api_key": "test-credential",
    }


@pytest.fixture
def mock() -> Mock:
    return Mock()


@pytest.fixture(params=["sync", "async"])
def call(
    request: pytest.FixtureRequest, mock: Mock
) -> Callable[[Callable[[Any], Any]], Any]:
    """`call(lambda client: client.group.operation(...))` with a sync client, or with an async
    one and the result awaited in an event loop of its own; a stream is read to the end.
    """
    from petstore import AsyncClient, AsyncStream, Client, Stream

    if request.param == "sync":

        def run_sync(operation: Callable[[Client], Any]) -> Any:
            with Client(**client_options(mock)) as client:
                result = operation(client)
                return list(result) if isinstance(result, Stream) else result

        return run_sync

    def run_async(operation: Callable[[AsyncClient], Any]) -> Any:
        async def run() -> Any:
            async with AsyncClient(**client_options(mock)) as client:
                result = await operation(client)
                if isinstance(result, AsyncStream):
                    return [event async for event in result]
                return result

        return asyncio.run(run())

    return run_async
