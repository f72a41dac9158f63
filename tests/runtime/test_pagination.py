"""generator/runtime/_pagination.py: the next page's arguments for cursor and page-number
styles, and the paginators fetching pages only as the loop needs them."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, cast

from clientgen.runtime._pagination import AsyncPaginator, PageSpec, Paginator
from clientgen.runtime._runtime import AsyncRuntime, Endpoint, SyncRuntime


@dataclass
class Item:
    id: str


@dataclass
class Page:
    data: list[Item]
    has_more: bool | None = None
    next: str | None = None


@dataclass
class Answer:
    data: Page


CURSOR = PageSpec("cursor", "after", "data", has_more="has_more")
PAGES = PageSpec("page", "page", "data")
ENDPOINT = Endpoint("GET", "/items", "listItems")


def test_cursor_from_the_last_item_id_or_a_next_attribute() -> None:
    page = Page([Item("a"), Item("b")], has_more=True, next="n1")
    assert CURSOR.next_args(page, {"after": None, "limit": 2}) == {"after": "b", "limit": 2}
    assert PageSpec("cursor", "cursor", "data", next_cursor="next").next_args(page, {}) == {"cursor": "n1"}
    assert PageSpec("cursor", "cursor", "data", next_cursor="next").next_args(Page([Item("a")]), {}) == {"cursor": "a"}


def test_the_last_page() -> None:
    assert CURSOR.next_args(Page([Item("a")], has_more=False), {}) is None
    assert CURSOR.next_args(Page([Item("a")], has_more=None), {}) is None  # only `true` means more
    assert CURSOR.next_args(Page([]), {}) is None
    assert PageSpec("cursor", "after", "data").next_args(Page([Item("a")]), {"after": "a"}) is None  # the same cursor again
    assert PageSpec("cursor", "after", "data").next_args(Page([cast(Item, object())]), {}) is None  # no cursor anywhere
    assert CURSOR.items_of(object()) == []


def test_page_numbers_count_up_from_one() -> None:
    page = Page([Item("a")])
    assert PAGES.next_args(page, {"page": None}) == {"page": 2}
    assert PAGES.next_args(page, {"page": 4, "size": 1}) == {"page": 5, "size": 1}


@dataclass
class FakeClient:
    """Answers `_request` with canned pages, keyed by the page argument."""

    pages: Mapping[Any, Page]
    asked: list[dict[str, Any]] = field(default_factory=list)

    def _request(self, endpoint: Endpoint, args: Mapping[str, Any]) -> Answer:
        assert endpoint is ENDPOINT
        self.asked.append(dict(args))
        return Answer(self.pages[args.get("page")])


class AsyncFakeClient(FakeClient):
    async def _request(self, endpoint: Endpoint, args: Mapping[str, Any]) -> Answer:  # type: ignore[override]
        return FakeClient._request(self, endpoint, args)


BOOK = {None: Page([Item("a"), Item("b")]), 2: Page([Item("c")]), 3: Page([])}


def test_paginator_fetches_lazily_and_skips_the_empty_page_past_the_end() -> None:
    client = FakeClient(BOOK)
    items = iter(Paginator[Item](cast(SyncRuntime, client), ENDPOINT, {"page": None, "q": "x"}, PAGES))
    assert next(items) == Item("a") and len(client.asked) == 1  # one page at a time
    assert [i.id for i in items] == ["b", "c"]
    assert client.asked == [{"page": None, "q": "x"}, {"page": 2, "q": "x"}, {"page": 3, "q": "x"}]
    pages = list(Paginator[Item](cast(SyncRuntime, FakeClient(BOOK)), ENDPOINT, {}, PAGES).pages())
    assert pages == [BOOK[None], BOOK[2]]
    empty = FakeClient({None: Page([])})
    assert list(Paginator[Item](cast(SyncRuntime, empty), ENDPOINT, {}, PAGES).pages()) == [Page([])]  # the first page always


def test_async_paginator() -> None:
    async def main() -> tuple[list[str], int]:
        client = AsyncFakeClient(BOOK)
        items = [i.id async for i in AsyncPaginator[Item](cast(AsyncRuntime, client), ENDPOINT, {}, PAGES)]
        return items, len(client.asked)

    assert asyncio.run(main()) == (["a", "b", "c"], 3)
