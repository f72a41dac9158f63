"""The entry points: `Client` and `AsyncClient` for Swagger Petstore - OpenAPI 3.0."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

from ._runtime import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_RETRY_BACKOFF,
    DEFAULT_TIMEOUT,
    AsyncRuntime,
    Scheme,
    SyncRuntime,
    env,
)
from ._types import OAuth2ClientCredentials, TimeoutTypes

if TYPE_CHECKING:
    import httpx
    from typing_extensions import Self

    from .api.pet import AsyncPetApi, PetApi
    from .api.store import AsyncStoreApi, StoreApi
    from .api.user import AsyncUserApi, UserApi

DEFAULT_BASE_URL = "https://petstore3.swagger.io/api/v3"
BASE_URL_ENV = "PETSTORE_BASE_URL"
SCHEMES: Mapping[str, Scheme] = {
    "petstore_auth": Scheme(kind="oauth2", location=None, param_name=None),
    "api_key": Scheme(kind="api_key", location="header", param_name="api_key"),
}


def _basic(value: str | None) -> tuple[str, str] | None:
    """`user:password` from an environment variable."""
    if value is None:
        return None
    user, _, password = value.partition(":")
    return (user, password)


def _client_credentials(env_var: str) -> OAuth2ClientCredentials | None:
    """OAuth2 client credentials from `<env_var>_CLIENT_ID` and `<env_var>_CLIENT_SECRET`."""
    client_id = env(env_var + "_CLIENT_ID")
    client_secret = env(env_var + "_CLIENT_SECRET")
    if client_id is None or client_secret is None:
        return None
    return OAuth2ClientCredentials(client_id, client_secret)


class Client(SyncRuntime):
    """Synchronous client for Swagger Petstore - OpenAPI 3.0.

    Args:
        base_url: defaults to $PETSTORE_BASE_URL, else https://petstore3.swagger.io/api/v3
        petstore_auth: OAuth2 access token for petstore_auth; defaults to $PETSTORE_PETSTORE_AUTH
        api_key: API key for api_key; defaults to $PETSTORE_API_KEY
        timeout: seconds, or an httpx.Timeout, for every request (per call: `timeout=`).
        max_retries: retries on connection errors, 408, 409, 429 and 5xx, with backoff.
        retry_backoff: seconds before the first retry (doubled for each next one, at most 8); a Retry-After header wins.
        retry_non_idempotent: also retry POST and PATCH after the request was sent.
        default_headers: headers sent with every request.
        strict_responses: raise pydantic.ValidationError when a response breaks the API description (by default it is parsed leniently and logged).
        request_hook: called with every request just before it is sent (after the credentials are attached; again for each retry and each redirect to the same origin): sign it here, e.g. for HTTP Signature or Digest schemes, which the client does not perform.
        http_client: your own configured httpx client.
        transport: an httpx transport (for tests, proxies or mocking).
    """

    _schemes = SCHEMES

    def __init__(
        self,
        *,
        base_url: str | None = None,
        petstore_auth: str | None = None,
        api_key: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_non_idempotent: bool = False,
        retry_backoff: float = DEFAULT_RETRY_BACKOFF,
        default_headers: Mapping[str, str] | None = None,
        strict_responses: bool = False,
        request_hook: Callable[[httpx.Request], None] | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        super().__init__(
            base_url=base_url or env(BASE_URL_ENV) or DEFAULT_BASE_URL,
            credentials={
                "petstore_auth": (
                    petstore_auth
                    if petstore_auth is not None
                    else env("PETSTORE_PETSTORE_AUTH")
                ),
                "api_key": api_key if api_key is not None else env("PETSTORE_API_KEY"),
            },
            timeout=timeout,
            max_retries=max_retries,
            retry_non_idempotent=retry_non_idempotent,
            strict_responses=strict_responses,
            request_hook=request_hook,
            retry_backoff=retry_backoff,
            default_headers=default_headers,
            http_client=http_client,
            transport=transport,
        )

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    @cached_property
    def pet(self) -> PetApi:
        """pet operations."""
        from .api.pet import PetApi

        return PetApi(self)

    @cached_property
    def store(self) -> StoreApi:
        """store operations."""
        from .api.store import StoreApi

        return StoreApi(self)

    @cached_property
    def user(self) -> UserApi:
        """user operations."""
        from .api.user import UserApi

        return UserApi(self)


class AsyncClient(AsyncRuntime):
    """Asynchronous client for Swagger Petstore - OpenAPI 3.0.

    Args:
        base_url: defaults to $PETSTORE_BASE_URL, else https://petstore3.swagger.io/api/v3
        petstore_auth: OAuth2 access token for petstore_auth; defaults to $PETSTORE_PETSTORE_AUTH
        api_key: API key for api_key; defaults to $PETSTORE_API_KEY
        timeout: seconds, or an httpx.Timeout, for every request (per call: `timeout=`).
        max_retries: retries on connection errors, 408, 409, 429 and 5xx, with backoff.
        retry_backoff: seconds before the first retry (doubled for each next one, at most 8); a Retry-After header wins.
        retry_non_idempotent: also retry POST and PATCH after the request was sent.
        default_headers: headers sent with every request.
        strict_responses: raise pydantic.ValidationError when a response breaks the API description (by default it is parsed leniently and logged).
        request_hook: called with every request just before it is sent (after the credentials are attached; again for each retry and each redirect to the same origin): sign it here, e.g. for HTTP Signature or Digest schemes, which the client does not perform.
        http_client: your own configured httpx client.
        transport: an httpx transport (for tests, proxies or mocking).
    """

    _schemes = SCHEMES

    def __init__(
        self,
        *,
        base_url: str | None = None,
        petstore_auth: str | None = None,
        api_key: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_non_idempotent: bool = False,
        retry_backoff: float = DEFAULT_RETRY_BACKOFF,
        default_headers: Mapping[str, str] | None = None,
        strict_responses: bool = False,
        request_hook: Callable[[httpx.Request], None] | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        super().__init__(
            base_url=base_url or env(BASE_URL_ENV) or DEFAULT_BASE_URL,
            credentials={
                "petstore_auth": (
                    petstore_auth
                    if petstore_auth is not None
                    else env("PETSTORE_PETSTORE_AUTH")
                ),
                "api_key": api_key if api_key is not None else env("PETSTORE_API_KEY"),
            },
            timeout=timeout,
            max_retries=max_retries,
            retry_non_idempotent=retry_non_idempotent,
            strict_responses=strict_responses,
            request_hook=request_hook,
            retry_backoff=retry_backoff,
            default_headers=default_headers,
            http_client=http_client,
            transport=transport,
        )

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.aclose()

    @cached_property
    def pet(self) -> AsyncPetApi:
        """pet operations."""
        from .api.pet import AsyncPetApi

        return AsyncPetApi(self)

    @cached_property
    def store(self) -> AsyncStoreApi:
        """store operations."""
        from .api.store import AsyncStoreApi

        return AsyncStoreApi(self)

    @cached_property
    def user(self) -> AsyncUserApi:
        """user operations."""
        from .api.user import AsyncUserApi

        return AsyncUserApi(self)
