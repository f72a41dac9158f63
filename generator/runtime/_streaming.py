"""Server-sent events: `Stream` and `AsyncStream` iterate over a `text/event-stream` response,
one parsed event at a time, and close the response when the loop ends, breaks or fails.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

from ._errors import ApiError

if TYPE_CHECKING:
    import httpx

T = TypeVar("T")


@dataclass(frozen=True)
class ServerSentEvent:
    """One event as it came: `data` joins the event's `data:` lines with newlines."""

    data: str
    event: str | None = None
    id: str | None = None
    retry: int | None = None


class SSEDecoder:
    """Turns the lines of a `text/event-stream` body into events (the WHATWG rules)."""

    def __init__(self) -> None:
        self._data: list[str] = []
        self._event: str | None = None
        self.last_id: str | None = None  # kept across events, as the spec says
        # the server's reconnection delay in ms, if it sent one
        self.retry: int | None = None

    def feed(self, line: str) -> ServerSentEvent | None:
        """Take one line (without its line break); return an event when a blank line ends one."""
        if not line:
            if not self._data:  # nothing to dispatch
                self._event = None
                return None
            event = ServerSentEvent(
                "\n".join(self._data), self._event, self.last_id, self.retry
            )
            self._data, self._event = [], None
            return event
        if line.startswith(":"):  # a comment, e.g. a keep-alive
            return None
        name, _, value = line.partition(":")
        if value.startswith(" "):
            value = value[1:]
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id" and "\0" not in value:
            self.last_id = value
        elif name == "retry" and value.isdigit():
            self.retry = int(value)
        return None


def _check(sse: ServerSentEvent) -> bool:
    """False at OpenAI's `data: [DONE]` terminator; raises on an `event: error`."""
    if sse.data.startswith("[DONE]"):
        return False
    if sse.event == "error":
        raise ApiError(f"the server sent an error event: {sse.data[:500]}")
    return True


class Stream(Generic[T]):
    """The parsed events of a streamed response, for one `for` loop.

    The loop ends at the end of the body or at `data: [DONE]`. The HTTP response is closed
    when the loop ends, breaks or raises; `with stream:` closes it even if you never loop.
    """

    def __init__(
        self, response: httpx.Response, parse: Callable[[ServerSentEvent], T]
    ) -> None:
        self.response = response
        self._parse = parse

    def events(self) -> Iterator[ServerSentEvent]:
        """The raw events, unparsed (the response is not closed for you)."""
        decoder = SSEDecoder()
        for line in self.response.iter_lines():
            event = decoder.feed(line)
            if event is not None:
                yield event

    def __iter__(self) -> Iterator[T]:
        try:
            for sse in self.events():
                if not _check(sse):
                    return
                yield self._parse(sse)
        finally:
            self.close()

    def close(self) -> None:
        self.response.close()

    def __enter__(self) -> Stream[T]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Stream({self.response.request.method} {self.response.request.url.path}, closed={self.response.is_closed})"


class AsyncStream(Generic[T]):
    """The parsed events of a streamed response, for one `async for` loop.

    The response is closed when the loop ends or raises; after a `break` it is closed when
    the event loop finalises the iterator, or at once with `async with stream:`.
    """

    def __init__(
        self, response: httpx.Response, parse: Callable[[ServerSentEvent], T]
    ) -> None:
        self.response = response
        self._parse = parse

    async def events(self) -> AsyncIterator[ServerSentEvent]:
        """The raw events, unparsed (the response is not closed for you)."""
        decoder = SSEDecoder()
        async for line in self.response.aiter_lines():
            event = decoder.feed(line)
            if event is not None:
                yield event

    async def __aiter__(self) -> AsyncIterator[T]:
        try:
            async for sse in self.events():
                if not _check(sse):
                    return
                yield self._parse(sse)
        finally:
            await self.close()

    async def close(self) -> None:
        await self.response.aclose()

    async def __aenter__(self) -> AsyncStream[T]:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"AsyncStream({self.response.request.method} {self.response.request.url.path}, closed={self.response.is_closed})"
