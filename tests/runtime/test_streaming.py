"""generator/runtime/_streaming.py: the `text/event-stream` decoder (WHATWG rules) and the
`Stream`/`AsyncStream` iterators, which close the response however the loop ends."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

from clientgen.runtime._errors import ApiError
from clientgen.runtime._streaming import AsyncStream, ServerSentEvent, SSEDecoder, Stream


def decode(lines: list[str]) -> list[ServerSentEvent]:
    decoder = SSEDecoder()
    return [event for line in lines if (event := decoder.feed(line)) is not None]


def test_data_lines_join_with_newlines_and_a_blank_line_dispatches() -> None:
    assert decode(["data: one", "data:two", "data:  three", ""]) == [ServerSentEvent("one\ntwo\n three")]
    assert decode(["data", ""]) == [ServerSentEvent("")]  # a field name alone has an empty value
    assert decode(["data: never dispatched"]) == []


def test_event_id_retry_and_comments() -> None:
    events = decode([": keep-alive", "event: delta", "id: 7", "retry: 1500", "data: x", "", "data: y", ""])
    assert events == [ServerSentEvent("x", "delta", "7", 1500), ServerSentEvent("y", None, "7", 1500)]  # the id and retry stay
    decoder = SSEDecoder()
    for line in ["id: a\0b", "retry: soon", "unknown: field", "event: dropped", ""]:
        assert decoder.feed(line) is None
    assert decoder.last_id is None and decoder.retry is None
    assert decoder.feed("data: z") is None and decoder.feed("") == ServerSentEvent("z")  # the empty dispatch reset the event


def body(*chunks: str) -> Iterator[bytes]:
    yield from (chunk.encode() for chunk in chunks)


def response(*chunks: str) -> httpx.Response:
    request = httpx.Request("GET", "https://api.test/events")
    return httpx.Response(200, content=body(*chunks), request=request)


def parse(sse: ServerSentEvent) -> Any:
    return json.loads(sse.data)


def test_stream_parses_each_event_stops_at_done_and_closes() -> None:
    raw = response('data: {"n": 1}\n\n', 'data: {"n": 2}\n\ndata: [DONE]\n\ndata: {"n": 3}\n\n')
    stream = Stream(raw, parse)
    assert repr(stream) == "Stream(GET /events, closed=False)"
    assert list(stream) == [{"n": 1}, {"n": 2}]
    assert raw.is_closed and repr(stream) == "Stream(GET /events, closed=True)"


def test_stream_closes_after_a_break_and_with_a_with_block() -> None:
    raw = response("data: 1\n\n", "data: 2\n\n")
    stream = Stream(raw, parse)
    for item in stream:
        assert item == 1
        break
    assert raw.is_closed
    other = response("data: 1\n\n")
    with Stream(other, parse):
        pass
    assert other.is_closed


def test_stream_raises_an_error_event_and_still_closes() -> None:
    raw = response("data: 1\n\n", "event: error\ndata: overloaded\n\n")
    with pytest.raises(ApiError, match="the server sent an error event: overloaded"):
        list(Stream(raw, parse))
    assert raw.is_closed


def test_events_gives_the_raw_events() -> None:
    stream = Stream(response("event: a\ndata: 1\n\nevent: b\ndata: [DONE]\n\n"), parse)
    assert [(e.event, e.data) for e in stream.events()] == [("a", "1"), ("b", "[DONE]")]


async def abody(*chunks: str) -> AsyncIterator[bytes]:
    for chunk in chunks:
        yield chunk.encode()


def aresponse(*chunks: str) -> httpx.Response:
    return httpx.Response(200, content=abody(*chunks), request=httpx.Request("POST", "https://api.test/chat"))


def test_async_stream() -> None:
    async def main() -> None:
        raw = aresponse("data: 1\n\ndata: 2\n", "\ndata: [DONE]\n\n")
        stream = AsyncStream(raw, parse)
        assert repr(stream) == "AsyncStream(POST /chat, closed=False)"
        assert [item async for item in stream] == [1, 2]
        assert raw.is_closed
        failing = aresponse("event: error\ndata: boom\n\n")
        with pytest.raises(ApiError, match="boom"):
            async for _ in AsyncStream(failing, parse):
                pass
        assert failing.is_closed
        held = aresponse("data: 1\n\n")
        async with AsyncStream(held, parse) as entered:
            assert [e.data async for e in entered.events()] == ["1"]
        assert held.is_closed

    asyncio.run(main())
