"""Small types shared by the generated client."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import IO, Generic, TypeVar, Union

import httpx

T = TypeVar("T")


class NotGiven:
    """Marks an argument the caller left out (distinct from an explicit None)."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()

FileContent = Union[bytes, IO[bytes], "os.PathLike[str]"]
FileInput = Union[
    FileContent,
    tuple[str, FileContent],
    tuple[str, FileContent, str],
]
"""A file to upload: bytes, a binary file object, a path, or (filename, content[, content_type])."""

TimeoutTypes = Union[float, httpx.Timeout, None]


@dataclass(frozen=True)
class ApiResponse(Generic[T]):
    """What the `*_with_http_info` methods return: the status, the headers and the parsed body."""

    status_code: int
    headers: httpx.Headers
    data: T
    raw: httpx.Response

    def __repr__(self) -> str:
        return f"ApiResponse(status_code={self.status_code}, data={self.data!r})"


Headers = Mapping[str, str]
Query = Mapping[str, object]
Body = Mapping[str, object]
