"""Embeddings operations: Get a vector representation of a given input that can be
easily consumed by machine learning models and algorithms.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, overload

from .._runtime import Endpoint as _Endpoint
from .._types import NOT_GIVEN, ApiResponse, NotGiven, TimeoutTypes
from ..models.create_embedding_request import CreateEmbeddingRequest
from ..models.create_embedding_response import CreateEmbeddingResponse
from ..models.error_response import ErrorResponse

if TYPE_CHECKING:
    from .._runtime import AsyncRuntime, SyncRuntime

__all__ = ["EmbeddingsApi", "AsyncEmbeddingsApi"]

_CREATE_EMBEDDING = _Endpoint(
    method="POST",
    path="/embeddings",
    operation_id="createEmbedding",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": CreateEmbeddingResponse,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("input", "input", "field"),
        ("model", "model", "field"),
        ("encoding_format", "encoding_format", "field"),
        ("dimensions", "dimensions", "field"),
        ("user", "user", "field"),
    ),
    body_mode="fields",
    body_required=True,
)


class EmbeddingsApi:
    """Embeddings operations: Get a vector representation of a given input that can be
    easily consumed by machine learning models and algorithms.

    Reach it as `client.embeddings`.
    """

    def __init__(self, client: SyncRuntime) -> None:
        self._client = client

    @overload
    def create_embedding(
        self,
        *,
        body: CreateEmbeddingRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> CreateEmbeddingResponse: ...

    @overload
    def create_embedding(
        self,
        *,
        input: str | list[str] | list[int] | list[list[int]],
        model: (
            str
            | Literal[
                "text-embedding-ada-002",
                "text-embedding-3-small",
                "text-embedding-3-large",
            ]
        ),
        encoding_format: Literal["float", "base64"] | str | NotGiven = NOT_GIVEN,
        dimensions: int | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> CreateEmbeddingResponse: ...

    def create_embedding(
        self,
        *,
        input: str | list[str] | list[int] | list[list[int]] | NotGiven = NOT_GIVEN,
        model: (
            str
            | Literal[
                "text-embedding-ada-002",
                "text-embedding-3-small",
                "text-embedding-3-large",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        encoding_format: Literal["float", "base64"] | str | NotGiven = NOT_GIVEN,
        dimensions: int | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        body: CreateEmbeddingRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> CreateEmbeddingResponse:
        """Creates an embedding vector representing the input text.

        Args:
            input: Input text to embed, encoded as a string or array of tokens. To embed multiple inputs in a single request, pass an array of strings or array of token arrays. The input must not exceed the max input tokens for the model (8192 tokens for all embedding models), cannot be an empty string, and any array must be 2048 dimensions or less. [Example Python code](https://cookbook.openai.com/examples/how_to_count_tokens_with_tiktoken) for counting tokens. In addition to the per-input token limit, all embedding models enforce a maximum of 300,000 tokens summed across all inputs in a single request.
            model: ID of the model to use. You can use the [List models](https://api.openai.com/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](https://api.openai.com/docs/models) for descriptions of them.
            encoding_format: The format to return the embeddings in. Can be either `float` or [`base64`](https://pypi.org/project/pybase64/).
            dimensions: The number of dimensions the resulting output embeddings should have. Only supported in `text-embedding-3` and later models.
            user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](https://api.openai.com/docs/guides/safety-best-practices#end-user-ids).
        """
        _response: ApiResponse[CreateEmbeddingResponse] = self._client._request(
            _CREATE_EMBEDDING, locals()
        )
        return _response.data

    @overload
    def create_embedding_with_http_info(
        self,
        *,
        body: CreateEmbeddingRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[CreateEmbeddingResponse]: ...

    @overload
    def create_embedding_with_http_info(
        self,
        *,
        input: str | list[str] | list[int] | list[list[int]],
        model: (
            str
            | Literal[
                "text-embedding-ada-002",
                "text-embedding-3-small",
                "text-embedding-3-large",
            ]
        ),
        encoding_format: Literal["float", "base64"] | str | NotGiven = NOT_GIVEN,
        dimensions: int | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[CreateEmbeddingResponse]: ...

    def create_embedding_with_http_info(
        self,
        *,
        input: str | list[str] | list[int] | list[list[int]] | NotGiven = NOT_GIVEN,
        model: (
            str
            | Literal[
                "text-embedding-ada-002",
                "text-embedding-3-small",
                "text-embedding-3-large",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        encoding_format: Literal["float", "base64"] | str | NotGiven = NOT_GIVEN,
        dimensions: int | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        body: CreateEmbeddingRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[CreateEmbeddingResponse]:
        """Like `create_embedding`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_CREATE_EMBEDDING, locals())


class AsyncEmbeddingsApi:
    """Embeddings operations (async): Get a vector representation of a given input that
    can be easily consumed by machine learning models and algorithms.

    Reach it as `client.embeddings`.
    """

    def __init__(self, client: AsyncRuntime) -> None:
        self._client = client

    @overload
    async def create_embedding(
        self,
        *,
        body: CreateEmbeddingRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> CreateEmbeddingResponse: ...

    @overload
    async def create_embedding(
        self,
        *,
        input: str | list[str] | list[int] | list[list[int]],
        model: (
            str
            | Literal[
                "text-embedding-ada-002",
                "text-embedding-3-small",
                "text-embedding-3-large",
            ]
        ),
        encoding_format: Literal["float", "base64"] | str | NotGiven = NOT_GIVEN,
        dimensions: int | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> CreateEmbeddingResponse: ...

    async def create_embedding(
        self,
        *,
        input: str | list[str] | list[int] | list[list[int]] | NotGiven = NOT_GIVEN,
        model: (
            str
            | Literal[
                "text-embedding-ada-002",
                "text-embedding-3-small",
                "text-embedding-3-large",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        encoding_format: Literal["float", "base64"] | str | NotGiven = NOT_GIVEN,
        dimensions: int | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        body: CreateEmbeddingRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> CreateEmbeddingResponse:
        """Creates an embedding vector representing the input text.

        Args:
            input: Input text to embed, encoded as a string or array of tokens. To embed multiple inputs in a single request, pass an array of strings or array of token arrays. The input must not exceed the max input tokens for the model (8192 tokens for all embedding models), cannot be an empty string, and any array must be 2048 dimensions or less. [Example Python code](https://cookbook.openai.com/examples/how_to_count_tokens_with_tiktoken) for counting tokens. In addition to the per-input token limit, all embedding models enforce a maximum of 300,000 tokens summed across all inputs in a single request.
            model: ID of the model to use. You can use the [List models](https://api.openai.com/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](https://api.openai.com/docs/models) for descriptions of them.
            encoding_format: The format to return the embeddings in. Can be either `float` or [`base64`](https://pypi.org/project/pybase64/).
            dimensions: The number of dimensions the resulting output embeddings should have. Only supported in `text-embedding-3` and later models.
            user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](https://api.openai.com/docs/guides/safety-best-practices#end-user-ids).
        """
        _response: ApiResponse[CreateEmbeddingResponse] = await self._client._request(
            _CREATE_EMBEDDING, locals()
        )
        return _response.data

    @overload
    async def create_embedding_with_http_info(
        self,
        *,
        body: CreateEmbeddingRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[CreateEmbeddingResponse]: ...

    @overload
    async def create_embedding_with_http_info(
        self,
        *,
        input: str | list[str] | list[int] | list[list[int]],
        model: (
            str
            | Literal[
                "text-embedding-ada-002",
                "text-embedding-3-small",
                "text-embedding-3-large",
            ]
        ),
        encoding_format: Literal["float", "base64"] | str | NotGiven = NOT_GIVEN,
        dimensions: int | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[CreateEmbeddingResponse]: ...

    async def create_embedding_with_http_info(
        self,
        *,
        input: str | list[str] | list[int] | list[list[int]] | NotGiven = NOT_GIVEN,
        model: (
            str
            | Literal[
                "text-embedding-ada-002",
                "text-embedding-3-small",
                "text-embedding-3-large",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        encoding_format: Literal["float", "base64"] | str | NotGiven = NOT_GIVEN,
        dimensions: int | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        body: CreateEmbeddingRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[CreateEmbeddingResponse]:
        """Like `create_embedding`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_CREATE_EMBEDDING, locals())
