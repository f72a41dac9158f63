"""Auto-pagination: the `*_iter` methods return a `Paginator` (or `AsyncPaginator`) that
walks every page of a list operation, fetching the next page only when it is needed."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

if TYPE_CHECKING:
    from ._runtime import AsyncRuntime, Endpoint, SyncRuntime

T = TypeVar("T")


@dataclass(frozen=True)
class PageSpec:
    """Where a list operation keeps its items and how to ask for the next page."""

    style: Literal["cursor", "page"]
    param: str  # the method argument taking the cursor (or the page number)
    items: str  # the page's attribute holding the items
    has_more: str | None = None  # a boolean attribute, false on the last page
    # the attribute with the next cursor; else the last item's `id`
    next_cursor: str | None = None

    def items_of(self, page: Any) -> list[Any]:
        return list(getattr(page, self.items, None) or [])

    def next_args(self, page: Any, args: Mapping[str, Any]) -> dict[str, Any] | None:
        """The arguments for the next page, or None after the last one."""
        items = self.items_of(page)
        if not items or (
            self.has_more is not None and getattr(page, self.has_more, None) is not True
        ):
            return None
        if self.style == "page":
            current = args.get(self.param)
            return {
                **args,
                self.param: (current if isinstance(current, int) else 1) + 1,
            }
        cursor = getattr(page, self.next_cursor, None) if self.next_cursor else None
        if cursor is None:
            cursor = getattr(items[-1], "id", None)
        if cursor is None or cursor == args.get(self.param):
            return None
        return {**args, self.param: cursor}


class Paginator(Generic[T]):
    """Iterate to get every item of every page; `pages()` gives the pages themselves."""

    def __init__(
        self,
        client: SyncRuntime,
        endpoint: Endpoint,
        args: Mapping[str, Any],
        spec: PageSpec,
    ) -> None:
        self._client, self._endpoint, self._args, self._spec = (
            client,
            endpoint,
            dict(args),
            spec,
        )

    def pages(self) -> Iterator[Any]:
        args: dict[str, Any] | None = dict(self._args)
        first = True
        while args is not None:
            page = self._client._request(self._endpoint, args).data
            if first or self._spec.items_of(page):  # not the empty page past the end
                yield page
            args, first = self._spec.next_args(page, args), False

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from self._spec.items_of(page)


class AsyncPaginator(Generic[T]):
    """`async for` over every item of every page; `pages()` gives the pages themselves."""

    def __init__(
        self,
        client: AsyncRuntime,
        endpoint: Endpoint,
        args: Mapping[str, Any],
        spec: PageSpec,
    ) -> None:
        self._client, self._endpoint, self._args, self._spec = (
            client,
            endpoint,
            dict(args),
            spec,
        )

    async def pages(self) -> AsyncIterator[Any]:
        args: dict[str, Any] | None = dict(self._args)
        first = True
        while args is not None:
            page = (await self._client._request(self._endpoint, args)).data
            if first or self._spec.items_of(page):  # not the empty page past the end
                yield page
            args, first = self._spec.next_args(page, args), False

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in self._spec.items_of(page):
                yield item
