"""generator/runtime/_errors.py: one exception class per status, all under ApiError."""

from __future__ import annotations

import httpx
import pytest

from clientgen.runtime import _errors as e


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, e.BadRequestError),
        (401, e.AuthenticationError),
        (403, e.PermissionDeniedError),
        (404, e.NotFoundError),
        (409, e.ConflictError),
        (422, e.UnprocessableEntityError),
        (429, e.RateLimitError),
        (500, e.InternalServerError),
        (503, e.InternalServerError),
        (599, e.InternalServerError),
        (418, e.ApiStatusError),
        (302, e.ApiStatusError),
    ],
)
def test_error_class_by_status(status: int, cls: type[e.ApiStatusError]) -> None:
    assert e.error_class(status) is cls


def test_a_status_error_carries_the_response() -> None:
    request = httpx.Request("GET", "https://api.test/pets/1")
    response = httpx.Response(404, headers={"X-Request-Id": "r1"}, content=b'{"detail":"no"}', request=request)
    error = e.error_class(404)("getPet: HTTP 404", response=response, data={"detail": "no"})
    assert isinstance(error, e.NotFoundError) and isinstance(error, e.ApiError)
    assert (error.message, str(error)) == ("getPet: HTTP 404", "getPet: HTTP 404")
    assert error.status_code == 404 and error.headers["x-request-id"] == "r1"
    assert error.body == b'{"detail":"no"}' and error.data == {"detail": "no"} and error.response is response


def test_hierarchy() -> None:
    assert issubclass(e.ApiTimeoutError, e.ApiConnectionError) and issubclass(e.ApiConnectionError, e.ApiError)
    assert not issubclass(e.ApiConnectionError, e.ApiStatusError)
    assert all(issubclass(cls, e.ApiStatusError) for cls in e._BY_STATUS.values())
