"""Tests of the client itself: versions, base URL, credentials and closing."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from petstore import AsyncClient, Client, __api_version__, __version__
from petstore._client import BASE_URL_ENV, DEFAULT_BASE_URL
from petstore._version import USER_AGENT


def test_versions() -> None:
    assert __api_version__ == "1.0.27-SNAPSHOT"
    assert f"/{__version__} " in USER_AGENT


def test_base_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(BASE_URL_ENV, raising=False)
    with Client() as client:
        assert client.base_url == DEFAULT_BASE_URL.rstrip("/")
    monkeypatch.setenv(BASE_URL_ENV, "https://env.test/api/")
    with Client() as client:
        assert client.base_url == "https://env.test/api"
    with Client(base_url="https://arg.test/") as client:
        assert client.base_url == "https://arg.test"


def test_repr_shows_no_credentials() -> None:
    client = Client(
        base_url="https://sdk.test",
        petstore_auth="test-credential",
        api_key="test-credential",
    )
    assert repr(client) == "Client(base_url='https://sdk.test')"


def test_a_given_http_client_stays_open() -> None:
    with httpx.Client() as http:
        with Client(base_url="https://sdk.test", http_client=http):
            pass
        assert not http.is_closed

    async def run() -> bool:
        async with httpx.AsyncClient() as http:
            async with AsyncClient(base_url="https://sdk.test", http_client=http):
                pass
            return http.is_closed

    assert not asyncio.run(run())
