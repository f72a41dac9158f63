"""The exceptions the client raises. Catch `ApiError` to catch them all."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx


class ApiError(Exception):
    """Base class of every error raised by this client."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ApiConnectionError(ApiError):
    """The server could not be reached, or the connection broke."""


class ApiTimeoutError(ApiConnectionError):
    """The request timed out."""


class ApiStatusError(ApiError):
    """The server answered with a 4xx or 5xx status.

    `body` holds the raw bytes, `data` the error model parsed from them when the spec
    declares one for this status (else the decoded JSON, else None).
    """

    def __init__(
        self, message: str, *, response: httpx.Response, data: Any = None
    ) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.body = response.content
        self.data = data


class BadRequestError(ApiStatusError):
    """400"""


class AuthenticationError(ApiStatusError):
    """401"""


class PermissionDeniedError(ApiStatusError):
    """403"""


class NotFoundError(ApiStatusError):
    """404"""


class ConflictError(ApiStatusError):
    """409"""


class UnprocessableEntityError(ApiStatusError):
    """422"""


class RateLimitError(ApiStatusError):
    """429"""


class InternalServerError(ApiStatusError):
    """5xx"""


_BY_STATUS: dict[int, type[ApiStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_class(status: int) -> type[ApiStatusError]:
    if status >= 500:
        return InternalServerError
    return _BY_STATUS.get(status, ApiStatusError)
