"""generator/runtime/_types.py: the NOT_GIVEN marker, ApiResponse and OAuth2 client credentials."""

from __future__ import annotations

import httpx

from clientgen.runtime._types import NOT_GIVEN, ApiResponse, NotGiven, OAuth2ClientCredentials


def test_not_given_is_one_falsy_marker_distinct_from_none() -> None:
    assert NotGiven() is NOT_GIVEN and NotGiven() is NotGiven()
    assert not NOT_GIVEN and NOT_GIVEN is not None
    assert repr(NOT_GIVEN) == "NOT_GIVEN"


def test_api_response_repr_shows_status_and_data_only() -> None:
    raw = httpx.Response(201, headers={"X-Secret": "s3cret"}, json={"id": 1})
    response = ApiResponse(raw.status_code, raw.headers, {"id": 1}, raw)
    assert repr(response) == "ApiResponse(status_code=201, data={'id': 1})"
    assert response.headers["x-secret"] == "s3cret" and response.raw is raw


def test_client_credentials_keep_the_secret_out_of_repr() -> None:
    creds = OAuth2ClientCredentials("app", "hunter2", token_url="/token", scopes=["read", "write"], auth_in_body=True)
    assert creds.client_secret == "hunter2"
    assert "hunter2" not in repr(creds) and "'app'" in repr(creds)
    assert creds.scopes == ("read", "write") and creds.token_url == "/token" and creds.auth_in_body
    assert OAuth2ClientCredentials("a", "b").scopes == () and OAuth2ClientCredentials("a", "b").token_url is None
