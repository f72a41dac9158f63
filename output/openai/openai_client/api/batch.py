"""Batch operations: Create large batches of API requests to run asynchronously."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, overload

from .._pagination import AsyncPaginator, Paginator
from .._pagination import PageSpec as _PageSpec
from .._runtime import Endpoint as _Endpoint
from .._types import NOT_GIVEN, ApiResponse, NotGiven, TimeoutTypes
from ..models.batch import Batch
from ..models.batch_file_expiration_after import BatchFileExpirationAfter
from ..models.create_batch_request import CreateBatchRequest
from ..models.list_batches_response import ListBatchesResponse
from ..models.metadata import Metadata

if TYPE_CHECKING:
    from .._runtime import AsyncRuntime, SyncRuntime

__all__ = ["BatchApi", "AsyncBatchApi"]

_CREATE_BATCH = _Endpoint(
    method="POST",
    path="/batches",
    operation_id="createBatch",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": Batch,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("input_file_id", "input_file_id", "field"),
        ("endpoint", "endpoint", "field"),
        ("completion_window", "completion_window", "field"),
        ("metadata", "metadata", "field"),
        ("output_expires_after", "output_expires_after", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_LIST_BATCHES = _Endpoint(
    method="GET",
    path="/batches",
    operation_id="listBatches",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ListBatchesResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("after", "after", "query"),
        ("limit", "limit", "query"),
    ),
    body_mode="none",
)
_LIST_BATCHES_PAGES = _PageSpec(
    style="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor="last_id",
)

_RETRIEVE_BATCH = _Endpoint(
    method="GET",
    path="/batches/{batch_id}",
    operation_id="retrieveBatch",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": Batch,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(("batch_id", "batch_id", "path"),),
    body_mode="none",
)

_CANCEL_BATCH = _Endpoint(
    method="POST",
    path="/batches/{batch_id}/cancel",
    operation_id="cancelBatch",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": Batch,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(("batch_id", "batch_id", "path"),),
    body_mode="none",
)


class BatchApi:
    """Batch operations: Create large batches of API requests to run asynchronously.

    Reach it as `client.batch`.
    """

    def __init__(self, client: SyncRuntime) -> None:
        self._client = client

    @overload
    def create_batch(
        self,
        *,
        body: CreateBatchRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Batch: ...

    @overload
    def create_batch(
        self,
        *,
        input_file_id: str,
        endpoint: (
            Literal[
                "/v1/responses",
                "/v1/chat/completions",
                "/v1/embeddings",
                "/v1/completions",
                "/v1/moderations",
                "/v1/images/generations",
                "/v1/images/edits",
                "/v1/videos",
            ]
            | str
        ),
        completion_window: Literal["24h"],
        metadata: Metadata | NotGiven = NOT_GIVEN,
        output_expires_after: BatchFileExpirationAfter | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Batch: ...

    def create_batch(
        self,
        *,
        input_file_id: str | NotGiven = NOT_GIVEN,
        endpoint: (
            Literal[
                "/v1/responses",
                "/v1/chat/completions",
                "/v1/embeddings",
                "/v1/completions",
                "/v1/moderations",
                "/v1/images/generations",
                "/v1/images/edits",
                "/v1/videos",
            ]
            | str
            | NotGiven
        ) = NOT_GIVEN,
        completion_window: Literal["24h"] | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        output_expires_after: BatchFileExpirationAfter | NotGiven = NOT_GIVEN,
        body: CreateBatchRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Batch:
        """Creates and executes a batch from an uploaded file of requests

        Args:
            input_file_id: The ID of an uploaded file that contains requests for the new batch. See [upload file](https://api.openai.com/docs/api-reference/files/create) for how to upload a file. Your input file must be formatted as a [JSONL file](https://api.openai.com/docs/api-reference/batch/request-input), and must be uploaded with the purpose `batch`. The file can contain up to 50,000 requests, and can be up to 200 MB in size.
            endpoint: The endpoint to be used for all requests in the batch. Currently `/v1/responses`, `/v1/chat/completions`, `/v1/embeddings`, `/v1/completions`, `/v1/moderations`, `/v1/images/generations`, `/v1/images/edits`, and `/v1/videos` are supported. Note that `/v1/embeddings` batches are also restricted to a maximum of 50,000 embedding inputs across all requests in the batch.
            completion_window: The time frame within which the batch should be processed. Currently only `24h` is supported.
            output_expires_after: The expiration policy for the output and/or error file that are generated for a batch.
        """
        _response: ApiResponse[Batch] = self._client._request(_CREATE_BATCH, locals())
        return _response.data

    @overload
    def create_batch_with_http_info(
        self,
        *,
        body: CreateBatchRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Batch]: ...

    @overload
    def create_batch_with_http_info(
        self,
        *,
        input_file_id: str,
        endpoint: (
            Literal[
                "/v1/responses",
                "/v1/chat/completions",
                "/v1/embeddings",
                "/v1/completions",
                "/v1/moderations",
                "/v1/images/generations",
                "/v1/images/edits",
                "/v1/videos",
            ]
            | str
        ),
        completion_window: Literal["24h"],
        metadata: Metadata | NotGiven = NOT_GIVEN,
        output_expires_after: BatchFileExpirationAfter | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Batch]: ...

    def create_batch_with_http_info(
        self,
        *,
        input_file_id: str | NotGiven = NOT_GIVEN,
        endpoint: (
            Literal[
                "/v1/responses",
                "/v1/chat/completions",
                "/v1/embeddings",
                "/v1/completions",
                "/v1/moderations",
                "/v1/images/generations",
                "/v1/images/edits",
                "/v1/videos",
            ]
            | str
            | NotGiven
        ) = NOT_GIVEN,
        completion_window: Literal["24h"] | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        output_expires_after: BatchFileExpirationAfter | NotGiven = NOT_GIVEN,
        body: CreateBatchRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Batch]:
        """Like `create_batch`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_CREATE_BATCH, locals())

    def list_batches(
        self,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ListBatchesResponse:
        """List your organization's batches.

        Args:
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
        """
        _response: ApiResponse[ListBatchesResponse] = self._client._request(
            _LIST_BATCHES, locals()
        )
        return _response.data

    def list_batches_with_http_info(
        self,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ListBatchesResponse]:
        """Like `list_batches`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_LIST_BATCHES, locals())

    def list_batches_iter(
        self,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Paginator[Batch]:
        """Like `list_batches`, but `for` goes over the items of every page, fetching
        the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return Paginator(self._client, _LIST_BATCHES, locals(), _LIST_BATCHES_PAGES)

    def retrieve_batch(
        self,
        batch_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Batch:
        """Retrieves a batch.

        Args:
            batch_id: The ID of the batch to retrieve.
        """
        _response: ApiResponse[Batch] = self._client._request(_RETRIEVE_BATCH, locals())
        return _response.data

    def retrieve_batch_with_http_info(
        self,
        batch_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Batch]:
        """Like `retrieve_batch`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_RETRIEVE_BATCH, locals())

    def cancel_batch(
        self,
        batch_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Batch:
        """Cancels an in-progress batch. The batch will be in status `cancelling` for up
        to 10 minutes, before changing to `cancelled`, where it will have partial
        results (if any) available in the output file.

        Args:
            batch_id: The ID of the batch to cancel.
        """
        _response: ApiResponse[Batch] = self._client._request(_CANCEL_BATCH, locals())
        return _response.data

    def cancel_batch_with_http_info(
        self,
        batch_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Batch]:
        """Like `cancel_batch`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_CANCEL_BATCH, locals())


class AsyncBatchApi:
    """Batch operations (async): Create large batches of API requests to run
    asynchronously.

    Reach it as `client.batch`.
    """

    def __init__(self, client: AsyncRuntime) -> None:
        self._client = client

    @overload
    async def create_batch(
        self,
        *,
        body: CreateBatchRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Batch: ...

    @overload
    async def create_batch(
        self,
        *,
        input_file_id: str,
        endpoint: (
            Literal[
                "/v1/responses",
                "/v1/chat/completions",
                "/v1/embeddings",
                "/v1/completions",
                "/v1/moderations",
                "/v1/images/generations",
                "/v1/images/edits",
                "/v1/videos",
            ]
            | str
        ),
        completion_window: Literal["24h"],
        metadata: Metadata | NotGiven = NOT_GIVEN,
        output_expires_after: BatchFileExpirationAfter | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Batch: ...

    async def create_batch(
        self,
        *,
        input_file_id: str | NotGiven = NOT_GIVEN,
        endpoint: (
            Literal[
                "/v1/responses",
                "/v1/chat/completions",
                "/v1/embeddings",
                "/v1/completions",
                "/v1/moderations",
                "/v1/images/generations",
                "/v1/images/edits",
                "/v1/videos",
            ]
            | str
            | NotGiven
        ) = NOT_GIVEN,
        completion_window: Literal["24h"] | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        output_expires_after: BatchFileExpirationAfter | NotGiven = NOT_GIVEN,
        body: CreateBatchRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Batch:
        """Creates and executes a batch from an uploaded file of requests

        Args:
            input_file_id: The ID of an uploaded file that contains requests for the new batch. See [upload file](https://api.openai.com/docs/api-reference/files/create) for how to upload a file. Your input file must be formatted as a [JSONL file](https://api.openai.com/docs/api-reference/batch/request-input), and must be uploaded with the purpose `batch`. The file can contain up to 50,000 requests, and can be up to 200 MB in size.
            endpoint: The endpoint to be used for all requests in the batch. Currently `/v1/responses`, `/v1/chat/completions`, `/v1/embeddings`, `/v1/completions`, `/v1/moderations`, `/v1/images/generations`, `/v1/images/edits`, and `/v1/videos` are supported. Note that `/v1/embeddings` batches are also restricted to a maximum of 50,000 embedding inputs across all requests in the batch.
            completion_window: The time frame within which the batch should be processed. Currently only `24h` is supported.
            output_expires_after: The expiration policy for the output and/or error file that are generated for a batch.
        """
        _response: ApiResponse[Batch] = await self._client._request(
            _CREATE_BATCH, locals()
        )
        return _response.data

    @overload
    async def create_batch_with_http_info(
        self,
        *,
        body: CreateBatchRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Batch]: ...

    @overload
    async def create_batch_with_http_info(
        self,
        *,
        input_file_id: str,
        endpoint: (
            Literal[
                "/v1/responses",
                "/v1/chat/completions",
                "/v1/embeddings",
                "/v1/completions",
                "/v1/moderations",
                "/v1/images/generations",
                "/v1/images/edits",
                "/v1/videos",
            ]
            | str
        ),
        completion_window: Literal["24h"],
        metadata: Metadata | NotGiven = NOT_GIVEN,
        output_expires_after: BatchFileExpirationAfter | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Batch]: ...

    async def create_batch_with_http_info(
        self,
        *,
        input_file_id: str | NotGiven = NOT_GIVEN,
        endpoint: (
            Literal[
                "/v1/responses",
                "/v1/chat/completions",
                "/v1/embeddings",
                "/v1/completions",
                "/v1/moderations",
                "/v1/images/generations",
                "/v1/images/edits",
                "/v1/videos",
            ]
            | str
            | NotGiven
        ) = NOT_GIVEN,
        completion_window: Literal["24h"] | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        output_expires_after: BatchFileExpirationAfter | NotGiven = NOT_GIVEN,
        body: CreateBatchRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Batch]:
        """Like `create_batch`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_CREATE_BATCH, locals())

    async def list_batches(
        self,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ListBatchesResponse:
        """List your organization's batches.

        Args:
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
        """
        _response: ApiResponse[ListBatchesResponse] = await self._client._request(
            _LIST_BATCHES, locals()
        )
        return _response.data

    async def list_batches_with_http_info(
        self,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ListBatchesResponse]:
        """Like `list_batches`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_LIST_BATCHES, locals())

    def list_batches_iter(
        self,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncPaginator[Batch]:
        """Like `list_batches`, but `async for` goes over the items of every page,
        fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return AsyncPaginator(
            self._client, _LIST_BATCHES, locals(), _LIST_BATCHES_PAGES
        )

    async def retrieve_batch(
        self,
        batch_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Batch:
        """Retrieves a batch.

        Args:
            batch_id: The ID of the batch to retrieve.
        """
        _response: ApiResponse[Batch] = await self._client._request(
            _RETRIEVE_BATCH, locals()
        )
        return _response.data

    async def retrieve_batch_with_http_info(
        self,
        batch_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Batch]:
        """Like `retrieve_batch`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_RETRIEVE_BATCH, locals())

    async def cancel_batch(
        self,
        batch_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Batch:
        """Cancels an in-progress batch. The batch will be in status `cancelling` for up
        to 10 minutes, before changing to `cancelled`, where it will have partial
        results (if any) available in the output file.

        Args:
            batch_id: The ID of the batch to cancel.
        """
        _response: ApiResponse[Batch] = await self._client._request(
            _CANCEL_BATCH, locals()
        )
        return _response.data

    async def cancel_batch_with_http_info(
        self,
        batch_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Batch]:
        """Like `cancel_batch`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_CANCEL_BATCH, locals())
