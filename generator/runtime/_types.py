"""Small types shared by the generated client."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Generic, TypeVar, Union

if TYPE_CHECKING:
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

FileContent = bytes | IO[bytes] | os.PathLike[str]
FileInput = FileContent | tuple[str, FileContent] | tuple[str, FileContent, str]
"""A file to upload: bytes, a binary file object, a path, or (filename, content[, content_type])."""

_Seconds = float | None
# httpx loads with the first request, not with `import`: the annotation names it as a string
TimeoutTypes = Union[
    float, tuple[_Seconds, _Seconds, _Seconds, _Seconds], "httpx.Timeout", None
]
"""Seconds for the whole request, (connect, read, write, pool) seconds, or an `httpx.Timeout`."""


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


class OAuth2ClientCredentials:
    """A client id and secret for an OAuth2 client-credentials flow.

    Pass it instead of an access token: the client fetches a token from the token URL the
    spec declares (or `token_url`), keeps it until shortly before it expires, and fetches a
    new one then (or after a 401). The secret never appears in `repr`, logs or errors.
    `auth_in_body=True` sends the id and secret as form fields instead of HTTP basic auth.
    """

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        *,
        token_url: str | None = None,
        scopes: tuple[str, ...] | list[str] = (),
        auth_in_body: bool = False,
    ) -> None:
        self.client_id = client_id
        self._client_secret = client_secret
        self.token_url = token_url
        self.scopes = tuple(scopes)
        self.auth_in_body = auth_in_body

    @property
    def client_secret(self) -> str:
        return self._client_secret

    def __repr__(self) -> str:
        return f"OAuth2ClientCredentials(client_id={self.client_id!r}, client_secret='***')"
