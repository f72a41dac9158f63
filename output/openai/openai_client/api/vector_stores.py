"""Vector stores operations."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, Literal, overload

import pydantic

from .._base_model import discriminate
from .._pagination import AsyncPaginator, Paginator
from .._pagination import PageSpec as _PageSpec
from .._runtime import Endpoint as _Endpoint
from .._types import NOT_GIVEN, ApiResponse, NotGiven, TimeoutTypes
from ..models.auto_chunking_strategy_request_param import (
    AutoChunkingStrategyRequestParam,
)
from ..models.chunking_strategy_request_param import ChunkingStrategyRequestParam
from ..models.comparison_filter import ComparisonFilter
from ..models.compound_filter import CompoundFilter
from ..models.create_vector_store_file_batch_request import (
    CreateVectorStoreFileBatchRequest,
)
from ..models.create_vector_store_file_request import CreateVectorStoreFileRequest
from ..models.create_vector_store_request import CreateVectorStoreRequest
from ..models.delete_vector_store_file_response import DeleteVectorStoreFileResponse
from ..models.delete_vector_store_response import DeleteVectorStoreResponse
from ..models.error_response import ErrorResponse
from ..models.list_vector_store_files_response import ListVectorStoreFilesResponse
from ..models.list_vector_stores_response import ListVectorStoresResponse
from ..models.metadata import Metadata
from ..models.static_chunking_strategy_request_param import (
    StaticChunkingStrategyRequestParam,
)
from ..models.update_vector_store_file_attributes_request import (
    UpdateVectorStoreFileAttributesRequest,
)
from ..models.update_vector_store_request import UpdateVectorStoreRequest
from ..models.vector_store_expiration_after import VectorStoreExpirationAfter
from ..models.vector_store_file_attributes import VectorStoreFileAttributes
from ..models.vector_store_file_batch_object import VectorStoreFileBatchObject
from ..models.vector_store_file_content_response import VectorStoreFileContentResponse
from ..models.vector_store_file_object import VectorStoreFileObject
from ..models.vector_store_object import VectorStoreObject
from ..models.vector_store_search_request import VectorStoreSearchRequest
from ..models.vector_store_search_request_ranking_options import (
    VectorStoreSearchRequestRankingOptions,
)
from ..models.vector_store_search_results_page import VectorStoreSearchResultsPage

if TYPE_CHECKING:
    from .._runtime import AsyncRuntime, SyncRuntime

__all__ = ["VectorStoresApi", "AsyncVectorStoresApi"]

_LIST_VECTOR_STORES = _Endpoint(
    method="GET",
    path="/vector_stores",
    operation_id="listVectorStores",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ListVectorStoresResponse,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("limit", "limit", "query"),
        ("order", "order", "query"),
        ("after", "after", "query"),
        ("before", "before", "query"),
    ),
    body_mode="none",
)
_LIST_VECTOR_STORES_PAGES = _PageSpec(
    style="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor="last_id",
)

_CREATE_VECTOR_STORE = _Endpoint(
    method="POST",
    path="/vector_stores",
    operation_id="createVectorStore",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": VectorStoreObject,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("file_ids", "file_ids", "field"),
        ("name", "name", "field"),
        ("description", "description", "field"),
        ("expires_after", "expires_after", "field"),
        ("chunking_strategy", "chunking_strategy", "field"),
        ("metadata", "metadata", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_GET_VECTOR_STORE = _Endpoint(
    method="GET",
    path="/vector_stores/{vector_store_id}",
    operation_id="getVectorStore",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": VectorStoreObject,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(("vector_store_id", "vector_store_id", "path"),),
    body_mode="none",
)

_MODIFY_VECTOR_STORE = _Endpoint(
    method="POST",
    path="/vector_stores/{vector_store_id}",
    operation_id="modifyVectorStore",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": VectorStoreObject,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("vector_store_id", "vector_store_id", "path"),
        ("name", "name", "field"),
        ("expires_after", "expires_after", "field"),
        ("metadata", "metadata", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_DELETE_VECTOR_STORE = _Endpoint(
    method="DELETE",
    path="/vector_stores/{vector_store_id}",
    operation_id="deleteVectorStore",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": DeleteVectorStoreResponse,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(("vector_store_id", "vector_store_id", "path"),),
    body_mode="none",
)

_CREATE_VECTOR_STORE_FILE_BATCH = _Endpoint(
    method="POST",
    path="/vector_stores/{vector_store_id}/file_batches",
    operation_id="createVectorStoreFileBatch",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": VectorStoreFileBatchObject,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(("vector_store_id", "vector_store_id", "path"),),
    body_mode="body",
    body_required=True,
)

_GET_VECTOR_STORE_FILE_BATCH = _Endpoint(
    method="GET",
    path="/vector_stores/{vector_store_id}/file_batches/{batch_id}",
    operation_id="getVectorStoreFileBatch",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": VectorStoreFileBatchObject,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("vector_store_id", "vector_store_id", "path"),
        ("batch_id", "batch_id", "path"),
    ),
    body_mode="none",
)

_CANCEL_VECTOR_STORE_FILE_BATCH = _Endpoint(
    method="POST",
    path="/vector_stores/{vector_store_id}/file_batches/{batch_id}/cancel",
    operation_id="cancelVectorStoreFileBatch",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": VectorStoreFileBatchObject,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("vector_store_id", "vector_store_id", "path"),
        ("batch_id", "batch_id", "path"),
    ),
    body_mode="none",
)

_LIST_FILES_IN_VECTOR_STORE_BATCH = _Endpoint(
    method="GET",
    path="/vector_stores/{vector_store_id}/file_batches/{batch_id}/files",
    operation_id="listFilesInVectorStoreBatch",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ListVectorStoreFilesResponse,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("vector_store_id", "vector_store_id", "path"),
        ("batch_id", "batch_id", "path"),
        ("limit", "limit", "query"),
        ("order", "order", "query"),
        ("after", "after", "query"),
        ("before", "before", "query"),
        ("filter", "filter", "query"),
    ),
    body_mode="none",
)
_LIST_FILES_IN_VECTOR_STORE_BATCH_PAGES = _PageSpec(
    style="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor="last_id",
)

_LIST_VECTOR_STORE_FILES = _Endpoint(
    method="GET",
    path="/vector_stores/{vector_store_id}/files",
    operation_id="listVectorStoreFiles",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ListVectorStoreFilesResponse,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("vector_store_id", "vector_store_id", "path"),
        ("limit", "limit", "query"),
        ("order", "order", "query"),
        ("after", "after", "query"),
        ("before", "before", "query"),
        ("filter", "filter", "query"),
    ),
    body_mode="none",
)
_LIST_VECTOR_STORE_FILES_PAGES = _PageSpec(
    style="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor="last_id",
)

_CREATE_VECTOR_STORE_FILE = _Endpoint(
    method="POST",
    path="/vector_stores/{vector_store_id}/files",
    operation_id="createVectorStoreFile",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": VectorStoreFileObject,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("vector_store_id", "vector_store_id", "path"),
        ("file_id", "file_id", "field"),
        ("chunking_strategy", "chunking_strategy", "field"),
        ("attributes", "attributes", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_GET_VECTOR_STORE_FILE = _Endpoint(
    method="GET",
    path="/vector_stores/{vector_store_id}/files/{file_id}",
    operation_id="getVectorStoreFile",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": VectorStoreFileObject,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("vector_store_id", "vector_store_id", "path"),
        ("file_id", "file_id", "path"),
    ),
    body_mode="none",
)

_DELETE_VECTOR_STORE_FILE = _Endpoint(
    method="DELETE",
    path="/vector_stores/{vector_store_id}/files/{file_id}",
    operation_id="deleteVectorStoreFile",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": DeleteVectorStoreFileResponse,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("vector_store_id", "vector_store_id", "path"),
        ("file_id", "file_id", "path"),
    ),
    body_mode="none",
)

_UPDATE_VECTOR_STORE_FILE_ATTRIBUTES = _Endpoint(
    method="POST",
    path="/vector_stores/{vector_store_id}/files/{file_id}",
    operation_id="updateVectorStoreFileAttributes",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": VectorStoreFileObject,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("vector_store_id", "vector_store_id", "path"),
        ("file_id", "file_id", "path"),
        ("attributes", "attributes", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_RETRIEVE_VECTOR_STORE_FILE_CONTENT = _Endpoint(
    method="GET",
    path="/vector_stores/{vector_store_id}/files/{file_id}/content",
    operation_id="retrieveVectorStoreFileContent",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": VectorStoreFileContentResponse,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("vector_store_id", "vector_store_id", "path"),
        ("file_id", "file_id", "path"),
    ),
    body_mode="none",
)

_SEARCH_VECTOR_STORE = _Endpoint(
    method="POST",
    path="/vector_stores/{vector_store_id}/search",
    operation_id="searchVectorStore",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": VectorStoreSearchResultsPage,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("vector_store_id", "vector_store_id", "path"),
        ("query", "query", "field"),
        ("rewrite_query", "rewrite_query", "field"),
        ("max_num_results", "max_num_results", "field"),
        ("filters", "filters", "field"),
        ("ranking_options", "ranking_options", "field"),
    ),
    body_mode="fields",
    body_required=True,
)


class VectorStoresApi:
    """Vector stores operations.

    Reach it as `client.vector_stores`.
    """

    def __init__(self, client: SyncRuntime) -> None:
        self._client = client

    def list_vector_stores(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ListVectorStoresResponse:
        """Returns a list of vector stores.

        Args:
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
        """
        _response: ApiResponse[ListVectorStoresResponse] = self._client._request(
            _LIST_VECTOR_STORES, locals()
        )
        return _response.data

    def list_vector_stores_with_http_info(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ListVectorStoresResponse]:
        """Like `list_vector_stores`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_LIST_VECTOR_STORES, locals())

    def list_vector_stores_iter(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Paginator[VectorStoreObject]:
        """Like `list_vector_stores`, but `for` goes over the items of every page,
        fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return Paginator(
            self._client, _LIST_VECTOR_STORES, locals(), _LIST_VECTOR_STORES_PAGES
        )

    @overload
    def create_vector_store(
        self,
        *,
        body: CreateVectorStoreRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VectorStoreObject: ...

    @overload
    def create_vector_store(
        self,
        *,
        file_ids: list[str] | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        expires_after: VectorStoreExpirationAfter | NotGiven = NOT_GIVEN,
        chunking_strategy: (
            Annotated[
                Annotated[
                    AutoChunkingStrategyRequestParam,
                    pydantic.Tag("AutoChunkingStrategyRequestParam"),
                ]
                | Annotated[
                    StaticChunkingStrategyRequestParam,
                    pydantic.Tag("StaticChunkingStrategyRequestParam"),
                ]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "auto": "AutoChunkingStrategyRequestParam",
                        "static": "StaticChunkingStrategyRequestParam",
                    },
                ),
            ]
            | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VectorStoreObject: ...

    def create_vector_store(
        self,
        *,
        file_ids: list[str] | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        expires_after: VectorStoreExpirationAfter | NotGiven = NOT_GIVEN,
        chunking_strategy: (
            Annotated[
                Annotated[
                    AutoChunkingStrategyRequestParam,
                    pydantic.Tag("AutoChunkingStrategyRequestParam"),
                ]
                | Annotated[
                    StaticChunkingStrategyRequestParam,
                    pydantic.Tag("StaticChunkingStrategyRequestParam"),
                ]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "auto": "AutoChunkingStrategyRequestParam",
                        "static": "StaticChunkingStrategyRequestParam",
                    },
                ),
            ]
            | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        body: CreateVectorStoreRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VectorStoreObject:
        """Create a vector store.

        Args:
            file_ids: A list of [File](https://api.openai.com/docs/api-reference/files) IDs that the vector store should use. Useful for tools like `file_search` that can access files.
            name: The name of the vector store.
            description: A description for the vector store. Can be used to describe the vector store's purpose.
            expires_after: The expiration policy for a vector store.
            chunking_strategy: The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy. Only applicable if `file_ids` is non-empty.
        """
        _response: ApiResponse[VectorStoreObject] = self._client._request(
            _CREATE_VECTOR_STORE, locals()
        )
        return _response.data

    @overload
    def create_vector_store_with_http_info(
        self,
        *,
        body: CreateVectorStoreRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VectorStoreObject]: ...

    @overload
    def create_vector_store_with_http_info(
        self,
        *,
        file_ids: list[str] | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        expires_after: VectorStoreExpirationAfter | NotGiven = NOT_GIVEN,
        chunking_strategy: (
            Annotated[
                Annotated[
                    AutoChunkingStrategyRequestParam,
                    pydantic.Tag("AutoChunkingStrategyRequestParam"),
                ]
                | Annotated[
                    StaticChunkingStrategyRequestParam,
                    pydantic.Tag("StaticChunkingStrategyRequestParam"),
                ]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "auto": "AutoChunkingStrategyRequestParam",
                        "static": "StaticChunkingStrategyRequestParam",
                    },
                ),
            ]
            | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VectorStoreObject]: ...

    def create_vector_store_with_http_info(
        self,
        *,
        file_ids: list[str] | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        expires_after: VectorStoreExpirationAfter | NotGiven = NOT_GIVEN,
        chunking_strategy: (
            Annotated[
                Annotated[
                    AutoChunkingStrategyRequestParam,
                    pydantic.Tag("AutoChunkingStrategyRequestParam"),
                ]
                | Annotated[
                    StaticChunkingStrategyRequestParam,
                    pydantic.Tag("StaticChunkingStrategyRequestParam"),
                ]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "auto": "AutoChunkingStrategyRequestParam",
                        "static": "StaticChunkingStrategyRequestParam",
                    },
                ),
            ]
            | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        body: CreateVectorStoreRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VectorStoreObject]:
        """Like `create_vector_store`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_CREATE_VECTOR_STORE, locals())

    def get_vector_store(
        self,
        vector_store_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VectorStoreObject:
        """Retrieves a vector store.

        Args:
            vector_store_id: The ID of the vector store to retrieve.
        """
        _response: ApiResponse[VectorStoreObject] = self._client._request(
            _GET_VECTOR_STORE, locals()
        )
        return _response.data

    def get_vector_store_with_http_info(
        self,
        vector_store_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VectorStoreObject]:
        """Like `get_vector_store`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_GET_VECTOR_STORE, locals())

    @overload
    def modify_vector_store(
        self,
        vector_store_id: str,
        *,
        body: UpdateVectorStoreRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VectorStoreObject: ...

    @overload
    def modify_vector_store(
        self,
        vector_store_id: str,
        *,
        name: str | None | NotGiven = NOT_GIVEN,
        expires_after: VectorStoreExpirationAfter | None | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VectorStoreObject: ...

    def modify_vector_store(
        self,
        vector_store_id: str,
        *,
        name: str | None | NotGiven = NOT_GIVEN,
        expires_after: VectorStoreExpirationAfter | None | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        body: UpdateVectorStoreRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VectorStoreObject:
        """Modifies a vector store.

        Args:
            vector_store_id: The ID of the vector store to modify.
            name: The name of the vector store.
        """
        _response: ApiResponse[VectorStoreObject] = self._client._request(
            _MODIFY_VECTOR_STORE, locals()
        )
        return _response.data

    @overload
    def modify_vector_store_with_http_info(
        self,
        vector_store_id: str,
        *,
        body: UpdateVectorStoreRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VectorStoreObject]: ...

    @overload
    def modify_vector_store_with_http_info(
        self,
        vector_store_id: str,
        *,
        name: str | None | NotGiven = NOT_GIVEN,
        expires_after: VectorStoreExpirationAfter | None | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VectorStoreObject]: ...

    def modify_vector_store_with_http_info(
        self,
        vector_store_id: str,
        *,
        name: str | None | NotGiven = NOT_GIVEN,
        expires_after: VectorStoreExpirationAfter | None | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        body: UpdateVectorStoreRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VectorStoreObject]:
        """Like `modify_vector_store`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_MODIFY_VECTOR_STORE, locals())

    def delete_vector_store(
        self,
        vector_store_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> DeleteVectorStoreResponse:
        """Delete a vector store.

        Args:
            vector_store_id: The ID of the vector store to delete.
        """
        _response: ApiResponse[DeleteVectorStoreResponse] = self._client._request(
            _DELETE_VECTOR_STORE, locals()
        )
        return _response.data

    def delete_vector_store_with_http_info(
        self,
        vector_store_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[DeleteVectorStoreResponse]:
        """Like `delete_vector_store`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_DELETE_VECTOR_STORE, locals())

    def create_vector_store_file_batch(
        self,
        vector_store_id: str,
        *,
        body: CreateVectorStoreFileBatchRequest,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VectorStoreFileBatchObject:
        """Create a vector store file batch.

        The maximum number of files in a single batch request is 2000.
        Vector store file attach requests are rate limited per vector store (300
        requests per minute across both this endpoint and
        `/vector_stores/{vector_store_id}/files`).
        For ingesting multiple files into the same vector store, this batch endpoint
        is recommended.

        Args:
            vector_store_id: The ID of the vector store for which to create a File Batch.
        """
        _response: ApiResponse[VectorStoreFileBatchObject] = self._client._request(
            _CREATE_VECTOR_STORE_FILE_BATCH, locals()
        )
        return _response.data

    def create_vector_store_file_batch_with_http_info(
        self,
        vector_store_id: str,
        *,
        body: CreateVectorStoreFileBatchRequest,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VectorStoreFileBatchObject]:
        """Like `create_vector_store_file_batch`, but returns the status code and
        headers with the parsed body.
        """
        return self._client._request(_CREATE_VECTOR_STORE_FILE_BATCH, locals())

    def get_vector_store_file_batch(
        self,
        vector_store_id: str,
        batch_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VectorStoreFileBatchObject:
        """Retrieves a vector store file batch.

        Args:
            vector_store_id: The ID of the vector store that the file batch belongs to.
            batch_id: The ID of the file batch being retrieved.
        """
        _response: ApiResponse[VectorStoreFileBatchObject] = self._client._request(
            _GET_VECTOR_STORE_FILE_BATCH, locals()
        )
        return _response.data

    def get_vector_store_file_batch_with_http_info(
        self,
        vector_store_id: str,
        batch_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VectorStoreFileBatchObject]:
        """Like `get_vector_store_file_batch`, but returns the status code and headers
        with the parsed body.
        """
        return self._client._request(_GET_VECTOR_STORE_FILE_BATCH, locals())

    def cancel_vector_store_file_batch(
        self,
        vector_store_id: str,
        batch_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VectorStoreFileBatchObject:
        """Cancel a vector store file batch. This attempts to cancel the processing of
        files in this batch as soon as possible.

        Args:
            vector_store_id: The ID of the vector store that the file batch belongs to.
            batch_id: The ID of the file batch to cancel.
        """
        _response: ApiResponse[VectorStoreFileBatchObject] = self._client._request(
            _CANCEL_VECTOR_STORE_FILE_BATCH, locals()
        )
        return _response.data

    def cancel_vector_store_file_batch_with_http_info(
        self,
        vector_store_id: str,
        batch_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VectorStoreFileBatchObject]:
        """Like `cancel_vector_store_file_batch`, but returns the status code and
        headers with the parsed body.
        """
        return self._client._request(_CANCEL_VECTOR_STORE_FILE_BATCH, locals())

    def list_files_in_vector_store_batch(
        self,
        vector_store_id: str,
        batch_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        filter: (
            Literal["in_progress", "completed", "failed", "cancelled"] | str | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ListVectorStoreFilesResponse:
        """Returns a list of vector store files in a batch.

        Args:
            vector_store_id: The ID of the vector store that the files belong to.
            batch_id: The ID of the file batch that the files belong to.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
            filter: Filter by file status. One of `in_progress`, `completed`, `failed`, `cancelled`.
        """
        _response: ApiResponse[ListVectorStoreFilesResponse] = self._client._request(
            _LIST_FILES_IN_VECTOR_STORE_BATCH, locals()
        )
        return _response.data

    def list_files_in_vector_store_batch_with_http_info(
        self,
        vector_store_id: str,
        batch_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        filter: (
            Literal["in_progress", "completed", "failed", "cancelled"] | str | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ListVectorStoreFilesResponse]:
        """Like `list_files_in_vector_store_batch`, but returns the status code and
        headers with the parsed body.
        """
        return self._client._request(_LIST_FILES_IN_VECTOR_STORE_BATCH, locals())

    def list_files_in_vector_store_batch_iter(
        self,
        vector_store_id: str,
        batch_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        filter: (
            Literal["in_progress", "completed", "failed", "cancelled"] | str | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Paginator[VectorStoreFileObject]:
        """Like `list_files_in_vector_store_batch`, but `for` goes over the items of
        every page, fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return Paginator(
            self._client,
            _LIST_FILES_IN_VECTOR_STORE_BATCH,
            locals(),
            _LIST_FILES_IN_VECTOR_STORE_BATCH_PAGES,
        )

    def list_vector_store_files(
        self,
        vector_store_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        filter: (
            Literal["in_progress", "completed", "failed", "cancelled"] | str | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ListVectorStoreFilesResponse:
        """Returns a list of vector store files.

        Args:
            vector_store_id: The ID of the vector store that the files belong to.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
            filter: Filter by file status. One of `in_progress`, `completed`, `failed`, `cancelled`.
        """
        _response: ApiResponse[ListVectorStoreFilesResponse] = self._client._request(
            _LIST_VECTOR_STORE_FILES, locals()
        )
        return _response.data

    def list_vector_store_files_with_http_info(
        self,
        vector_store_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        filter: (
            Literal["in_progress", "completed", "failed", "cancelled"] | str | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ListVectorStoreFilesResponse]:
        """Like `list_vector_store_files`, but returns the status code and headers with
        the parsed body.
        """
        return self._client._request(_LIST_VECTOR_STORE_FILES, locals())

    def list_vector_store_files_iter(
        self,
        vector_store_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        filter: (
            Literal["in_progress", "completed", "failed", "cancelled"] | str | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Paginator[VectorStoreFileObject]:
        """Like `list_vector_store_files`, but `for` goes over the items of every page,
        fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return Paginator(
            self._client,
            _LIST_VECTOR_STORE_FILES,
            locals(),
            _LIST_VECTOR_STORE_FILES_PAGES,
        )

    @overload
    def create_vector_store_file(
        self,
        vector_store_id: str,
        *,
        body: CreateVectorStoreFileRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VectorStoreFileObject: ...

    @overload
    def create_vector_store_file(
        self,
        vector_store_id: str,
        *,
        file_id: str,
        chunking_strategy: ChunkingStrategyRequestParam | NotGiven = NOT_GIVEN,
        attributes: VectorStoreFileAttributes | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VectorStoreFileObject: ...

    def create_vector_store_file(
        self,
        vector_store_id: str,
        *,
        file_id: str | NotGiven = NOT_GIVEN,
        chunking_strategy: ChunkingStrategyRequestParam | NotGiven = NOT_GIVEN,
        attributes: VectorStoreFileAttributes | NotGiven = NOT_GIVEN,
        body: CreateVectorStoreFileRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VectorStoreFileObject:
        """Create a vector store file by attaching a [File](/docs/api-reference/files)
        to a [vector store](/docs/api-reference/vector-stores/object).

        This endpoint is subject to a per-vector-store write rate limit of 300
        requests per minute, shared with
        `/vector_stores/{vector_store_id}/file_batches`.
        For uploading multiple files to the same vector store, use the file batches
        endpoint to reduce request volume.

        Args:
            vector_store_id: The ID of the vector store for which to create a File.
            file_id: A [File](https://api.openai.com/docs/api-reference/files) ID that the vector store should use. Useful for tools like `file_search` that can access files. For multi-file ingestion, we recommend [`file_batches`](https://api.openai.com/docs/api-reference/vector-stores-file-batches/createBatch) to minimize per-vector-store write requests.
            chunking_strategy: The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy.
        """
        _response: ApiResponse[VectorStoreFileObject] = self._client._request(
            _CREATE_VECTOR_STORE_FILE, locals()
        )
        return _response.data

    @overload
    def create_vector_store_file_with_http_info(
        self,
        vector_store_id: str,
        *,
        body: CreateVectorStoreFileRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VectorStoreFileObject]: ...

    @overload
    def create_vector_store_file_with_http_info(
        self,
        vector_store_id: str,
        *,
        file_id: str,
        chunking_strategy: ChunkingStrategyRequestParam | NotGiven = NOT_GIVEN,
        attributes: VectorStoreFileAttributes | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VectorStoreFileObject]: ...

    def create_vector_store_file_with_http_info(
        self,
        vector_store_id: str,
        *,
        file_id: str | NotGiven = NOT_GIVEN,
        chunking_strategy: ChunkingStrategyRequestParam | NotGiven = NOT_GIVEN,
        attributes: VectorStoreFileAttributes | NotGiven = NOT_GIVEN,
        body: CreateVectorStoreFileRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VectorStoreFileObject]:
        """Like `create_vector_store_file`, but returns the status code and headers with
        the parsed body.
        """
        return self._client._request(_CREATE_VECTOR_STORE_FILE, locals())

    def get_vector_store_file(
        self,
        vector_store_id: str,
        file_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VectorStoreFileObject:
        """Retrieves a vector store file.

        Args:
            vector_store_id: The ID of the vector store that the file belongs to.
            file_id: The ID of the file being retrieved.
        """
        _response: ApiResponse[VectorStoreFileObject] = self._client._request(
            _GET_VECTOR_STORE_FILE, locals()
        )
        return _response.data

    def get_vector_store_file_with_http_info(
        self,
        vector_store_id: str,
        file_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VectorStoreFileObject]:
        """Like `get_vector_store_file`, but returns the status code and headers with
        the parsed body.
        """
        return self._client._request(_GET_VECTOR_STORE_FILE, locals())

    def delete_vector_store_file(
        self,
        vector_store_id: str,
        file_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> DeleteVectorStoreFileResponse:
        """Delete a vector store file. This will remove the file from the vector store
        but the file itself will not be deleted. To delete the file, use the [delete
        file](/docs/api-reference/files/delete) endpoint.

        Args:
            vector_store_id: The ID of the vector store that the file belongs to.
            file_id: The ID of the file to delete.
        """
        _response: ApiResponse[DeleteVectorStoreFileResponse] = self._client._request(
            _DELETE_VECTOR_STORE_FILE, locals()
        )
        return _response.data

    def delete_vector_store_file_with_http_info(
        self,
        vector_store_id: str,
        file_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[DeleteVectorStoreFileResponse]:
        """Like `delete_vector_store_file`, but returns the status code and headers with
        the parsed body.
        """
        return self._client._request(_DELETE_VECTOR_STORE_FILE, locals())

    @overload
    def update_vector_store_file_attributes(
        self,
        vector_store_id: str,
        file_id: str,
        *,
        body: UpdateVectorStoreFileAttributesRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VectorStoreFileObject: ...

    @overload
    def update_vector_store_file_attributes(
        self,
        vector_store_id: str,
        file_id: str,
        *,
        attributes: VectorStoreFileAttributes,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VectorStoreFileObject: ...

    def update_vector_store_file_attributes(
        self,
        vector_store_id: str,
        file_id: str,
        *,
        attributes: VectorStoreFileAttributes | NotGiven = NOT_GIVEN,
        body: UpdateVectorStoreFileAttributesRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VectorStoreFileObject:
        """Update attributes on a vector store file.

        Args:
            vector_store_id: The ID of the vector store the file belongs to.
            file_id: The ID of the file to update attributes.
        """
        _response: ApiResponse[VectorStoreFileObject] = self._client._request(
            _UPDATE_VECTOR_STORE_FILE_ATTRIBUTES, locals()
        )
        return _response.data

    @overload
    def update_vector_store_file_attributes_with_http_info(
        self,
        vector_store_id: str,
        file_id: str,
        *,
        body: UpdateVectorStoreFileAttributesRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VectorStoreFileObject]: ...

    @overload
    def update_vector_store_file_attributes_with_http_info(
        self,
        vector_store_id: str,
        file_id: str,
        *,
        attributes: VectorStoreFileAttributes,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VectorStoreFileObject]: ...

    def update_vector_store_file_attributes_with_http_info(
        self,
        vector_store_id: str,
        file_id: str,
        *,
        attributes: VectorStoreFileAttributes | NotGiven = NOT_GIVEN,
        body: UpdateVectorStoreFileAttributesRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VectorStoreFileObject]:
        """Like `update_vector_store_file_attributes`, but returns the status code and
        headers with the parsed body.
        """
        return self._client._request(_UPDATE_VECTOR_STORE_FILE_ATTRIBUTES, locals())

    def retrieve_vector_store_file_content(
        self,
        vector_store_id: str,
        file_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VectorStoreFileContentResponse:
        """Retrieve the parsed contents of a vector store file.

        Args:
            vector_store_id: The ID of the vector store.
            file_id: The ID of the file within the vector store.
        """
        _response: ApiResponse[VectorStoreFileContentResponse] = self._client._request(
            _RETRIEVE_VECTOR_STORE_FILE_CONTENT, locals()
        )
        return _response.data

    def retrieve_vector_store_file_content_with_http_info(
        self,
        vector_store_id: str,
        file_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VectorStoreFileContentResponse]:
        """Like `retrieve_vector_store_file_content`, but returns the status code and
        headers with the parsed body.
        """
        return self._client._request(_RETRIEVE_VECTOR_STORE_FILE_CONTENT, locals())

    @overload
    def search_vector_store(
        self,
        vector_store_id: str,
        *,
        body: VectorStoreSearchRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VectorStoreSearchResultsPage: ...

    @overload
    def search_vector_store(
        self,
        vector_store_id: str,
        *,
        query: str | list[str],
        rewrite_query: bool | NotGiven = NOT_GIVEN,
        max_num_results: int | NotGiven = NOT_GIVEN,
        filters: ComparisonFilter | CompoundFilter | NotGiven = NOT_GIVEN,
        ranking_options: VectorStoreSearchRequestRankingOptions | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VectorStoreSearchResultsPage: ...

    def search_vector_store(
        self,
        vector_store_id: str,
        *,
        query: str | list[str] | NotGiven = NOT_GIVEN,
        rewrite_query: bool | NotGiven = NOT_GIVEN,
        max_num_results: int | NotGiven = NOT_GIVEN,
        filters: ComparisonFilter | CompoundFilter | NotGiven = NOT_GIVEN,
        ranking_options: VectorStoreSearchRequestRankingOptions | NotGiven = NOT_GIVEN,
        body: VectorStoreSearchRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VectorStoreSearchResultsPage:
        """Search a vector store for relevant chunks based on a query and file
        attributes filter.

        Args:
            vector_store_id: The ID of the vector store to search.
            query: A query string for a search
            rewrite_query: Whether to rewrite the natural language query for vector search.
            max_num_results: The maximum number of results to return. This number should be between 1 and 50 inclusive.
            filters: A filter to apply based on file attributes.
            ranking_options: Ranking options for search.
        """
        _response: ApiResponse[VectorStoreSearchResultsPage] = self._client._request(
            _SEARCH_VECTOR_STORE, locals()
        )
        return _response.data

    @overload
    def search_vector_store_with_http_info(
        self,
        vector_store_id: str,
        *,
        body: VectorStoreSearchRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VectorStoreSearchResultsPage]: ...

    @overload
    def search_vector_store_with_http_info(
        self,
        vector_store_id: str,
        *,
        query: str | list[str],
        rewrite_query: bool | NotGiven = NOT_GIVEN,
        max_num_results: int | NotGiven = NOT_GIVEN,
        filters: ComparisonFilter | CompoundFilter | NotGiven = NOT_GIVEN,
        ranking_options: VectorStoreSearchRequestRankingOptions | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VectorStoreSearchResultsPage]: ...

    def search_vector_store_with_http_info(
        self,
        vector_store_id: str,
        *,
        query: str | list[str] | NotGiven = NOT_GIVEN,
        rewrite_query: bool | NotGiven = NOT_GIVEN,
        max_num_results: int | NotGiven = NOT_GIVEN,
        filters: ComparisonFilter | CompoundFilter | NotGiven = NOT_GIVEN,
        ranking_options: VectorStoreSearchRequestRankingOptions | NotGiven = NOT_GIVEN,
        body: VectorStoreSearchRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VectorStoreSearchResultsPage]:
        """Like `search_vector_store`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_SEARCH_VECTOR_STORE, locals())


class AsyncVectorStoresApi:
    """Vector stores operations (async).

    Reach it as `client.vector_stores`.
    """

    def __init__(self, client: AsyncRuntime) -> None:
        self._client = client

    async def list_vector_stores(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ListVectorStoresResponse:
        """Returns a list of vector stores.

        Args:
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
        """
        _response: ApiResponse[ListVectorStoresResponse] = await self._client._request(
            _LIST_VECTOR_STORES, locals()
        )
        return _response.data

    async def list_vector_stores_with_http_info(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ListVectorStoresResponse]:
        """Like `list_vector_stores`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_LIST_VECTOR_STORES, locals())

    def list_vector_stores_iter(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncPaginator[VectorStoreObject]:
        """Like `list_vector_stores`, but `async for` goes over the items of every page,
        fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return AsyncPaginator(
            self._client, _LIST_VECTOR_STORES, locals(), _LIST_VECTOR_STORES_PAGES
        )

    @overload
    async def create_vector_store(
        self,
        *,
        body: CreateVectorStoreRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VectorStoreObject: ...

    @overload
    async def create_vector_store(
        self,
        *,
        file_ids: list[str] | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        expires_after: VectorStoreExpirationAfter | NotGiven = NOT_GIVEN,
        chunking_strategy: (
            Annotated[
                Annotated[
                    AutoChunkingStrategyRequestParam,
                    pydantic.Tag("AutoChunkingStrategyRequestParam"),
                ]
                | Annotated[
                    StaticChunkingStrategyRequestParam,
                    pydantic.Tag("StaticChunkingStrategyRequestParam"),
                ]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "auto": "AutoChunkingStrategyRequestParam",
                        "static": "StaticChunkingStrategyRequestParam",
                    },
                ),
            ]
            | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VectorStoreObject: ...

    async def create_vector_store(
        self,
        *,
        file_ids: list[str] | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        expires_after: VectorStoreExpirationAfter | NotGiven = NOT_GIVEN,
        chunking_strategy: (
            Annotated[
                Annotated[
                    AutoChunkingStrategyRequestParam,
                    pydantic.Tag("AutoChunkingStrategyRequestParam"),
                ]
                | Annotated[
                    StaticChunkingStrategyRequestParam,
                    pydantic.Tag("StaticChunkingStrategyRequestParam"),
                ]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "auto": "AutoChunkingStrategyRequestParam",
                        "static": "StaticChunkingStrategyRequestParam",
                    },
                ),
            ]
            | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        body: CreateVectorStoreRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VectorStoreObject:
        """Create a vector store.

        Args:
            file_ids: A list of [File](https://api.openai.com/docs/api-reference/files) IDs that the vector store should use. Useful for tools like `file_search` that can access files.
            name: The name of the vector store.
            description: A description for the vector store. Can be used to describe the vector store's purpose.
            expires_after: The expiration policy for a vector store.
            chunking_strategy: The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy. Only applicable if `file_ids` is non-empty.
        """
        _response: ApiResponse[VectorStoreObject] = await self._client._request(
            _CREATE_VECTOR_STORE, locals()
        )
        return _response.data

    @overload
    async def create_vector_store_with_http_info(
        self,
        *,
        body: CreateVectorStoreRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VectorStoreObject]: ...

    @overload
    async def create_vector_store_with_http_info(
        self,
        *,
        file_ids: list[str] | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        expires_after: VectorStoreExpirationAfter | NotGiven = NOT_GIVEN,
        chunking_strategy: (
            Annotated[
                Annotated[
                    AutoChunkingStrategyRequestParam,
                    pydantic.Tag("AutoChunkingStrategyRequestParam"),
                ]
                | Annotated[
                    StaticChunkingStrategyRequestParam,
                    pydantic.Tag("StaticChunkingStrategyRequestParam"),
                ]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "auto": "AutoChunkingStrategyRequestParam",
                        "static": "StaticChunkingStrategyRequestParam",
                    },
                ),
            ]
            | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VectorStoreObject]: ...

    async def create_vector_store_with_http_info(
        self,
        *,
        file_ids: list[str] | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        expires_after: VectorStoreExpirationAfter | NotGiven = NOT_GIVEN,
        chunking_strategy: (
            Annotated[
                Annotated[
                    AutoChunkingStrategyRequestParam,
                    pydantic.Tag("AutoChunkingStrategyRequestParam"),
                ]
                | Annotated[
                    StaticChunkingStrategyRequestParam,
                    pydantic.Tag("StaticChunkingStrategyRequestParam"),
                ]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "auto": "AutoChunkingStrategyRequestParam",
                        "static": "StaticChunkingStrategyRequestParam",
                    },
                ),
            ]
            | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        body: CreateVectorStoreRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VectorStoreObject]:
        """Like `create_vector_store`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_CREATE_VECTOR_STORE, locals())

    async def get_vector_store(
        self,
        vector_store_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VectorStoreObject:
        """Retrieves a vector store.

        Args:
            vector_store_id: The ID of the vector store to retrieve.
        """
        _response: ApiResponse[VectorStoreObject] = await self._client._request(
            _GET_VECTOR_STORE, locals()
        )
        return _response.data

    async def get_vector_store_with_http_info(
        self,
        vector_store_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VectorStoreObject]:
        """Like `get_vector_store`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_GET_VECTOR_STORE, locals())

    @overload
    async def modify_vector_store(
        self,
        vector_store_id: str,
        *,
        body: UpdateVectorStoreRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VectorStoreObject: ...

    @overload
    async def modify_vector_store(
        self,
        vector_store_id: str,
        *,
        name: str | None | NotGiven = NOT_GIVEN,
        expires_after: VectorStoreExpirationAfter | None | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VectorStoreObject: ...

    async def modify_vector_store(
        self,
        vector_store_id: str,
        *,
        name: str | None | NotGiven = NOT_GIVEN,
        expires_after: VectorStoreExpirationAfter | None | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        body: UpdateVectorStoreRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VectorStoreObject:
        """Modifies a vector store.

        Args:
            vector_store_id: The ID of the vector store to modify.
            name: The name of the vector store.
        """
        _response: ApiResponse[VectorStoreObject] = await self._client._request(
            _MODIFY_VECTOR_STORE, locals()
        )
        return _response.data

    @overload
    async def modify_vector_store_with_http_info(
        self,
        vector_store_id: str,
        *,
        body: UpdateVectorStoreRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VectorStoreObject]: ...

    @overload
    async def modify_vector_store_with_http_info(
        self,
        vector_store_id: str,
        *,
        name: str | None | NotGiven = NOT_GIVEN,
        expires_after: VectorStoreExpirationAfter | None | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VectorStoreObject]: ...

    async def modify_vector_store_with_http_info(
        self,
        vector_store_id: str,
        *,
        name: str | None | NotGiven = NOT_GIVEN,
        expires_after: VectorStoreExpirationAfter | None | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        body: UpdateVectorStoreRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VectorStoreObject]:
        """Like `modify_vector_store`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_MODIFY_VECTOR_STORE, locals())

    async def delete_vector_store(
        self,
        vector_store_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> DeleteVectorStoreResponse:
        """Delete a vector store.

        Args:
            vector_store_id: The ID of the vector store to delete.
        """
        _response: ApiResponse[DeleteVectorStoreResponse] = await self._client._request(
            _DELETE_VECTOR_STORE, locals()
        )
        return _response.data

    async def delete_vector_store_with_http_info(
        self,
        vector_store_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[DeleteVectorStoreResponse]:
        """Like `delete_vector_store`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_DELETE_VECTOR_STORE, locals())

    async def create_vector_store_file_batch(
        self,
        vector_store_id: str,
        *,
        body: CreateVectorStoreFileBatchRequest,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VectorStoreFileBatchObject:
        """Create a vector store file batch.

        The maximum number of files in a single batch request is 2000.
        Vector store file attach requests are rate limited per vector store (300
        requests per minute across both this endpoint and
        `/vector_stores/{vector_store_id}/files`).
        For ingesting multiple files into the same vector store, this batch endpoint
        is recommended.

        Args:
            vector_store_id: The ID of the vector store for which to create a File Batch.
        """
        _response: ApiResponse[VectorStoreFileBatchObject] = (
            await self._client._request(_CREATE_VECTOR_STORE_FILE_BATCH, locals())
        )
        return _response.data

    async def create_vector_store_file_batch_with_http_info(
        self,
        vector_store_id: str,
        *,
        body: CreateVectorStoreFileBatchRequest,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VectorStoreFileBatchObject]:
        """Like `create_vector_store_file_batch`, but returns the status code and
        headers with the parsed body.
        """
        return await self._client._request(_CREATE_VECTOR_STORE_FILE_BATCH, locals())

    async def get_vector_store_file_batch(
        self,
        vector_store_id: str,
        batch_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VectorStoreFileBatchObject:
        """Retrieves a vector store file batch.

        Args:
            vector_store_id: The ID of the vector store that the file batch belongs to.
            batch_id: The ID of the file batch being retrieved.
        """
        _response: ApiResponse[VectorStoreFileBatchObject] = (
            await self._client._request(_GET_VECTOR_STORE_FILE_BATCH, locals())
        )
        return _response.data

    async def get_vector_store_file_batch_with_http_info(
        self,
        vector_store_id: str,
        batch_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VectorStoreFileBatchObject]:
        """Like `get_vector_store_file_batch`, but returns the status code and headers
        with the parsed body.
        """
        return await self._client._request(_GET_VECTOR_STORE_FILE_BATCH, locals())

    async def cancel_vector_store_file_batch(
        self,
        vector_store_id: str,
        batch_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VectorStoreFileBatchObject:
        """Cancel a vector store file batch. This attempts to cancel the processing of
        files in this batch as soon as possible.

        Args:
            vector_store_id: The ID of the vector store that the file batch belongs to.
            batch_id: The ID of the file batch to cancel.
        """
        _response: ApiResponse[VectorStoreFileBatchObject] = (
            await self._client._request(_CANCEL_VECTOR_STORE_FILE_BATCH, locals())
        )
        return _response.data

    async def cancel_vector_store_file_batch_with_http_info(
        self,
        vector_store_id: str,
        batch_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VectorStoreFileBatchObject]:
        """Like `cancel_vector_store_file_batch`, but returns the status code and
        headers with the parsed body.
        """
        return await self._client._request(_CANCEL_VECTOR_STORE_FILE_BATCH, locals())

    async def list_files_in_vector_store_batch(
        self,
        vector_store_id: str,
        batch_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        filter: (
            Literal["in_progress", "completed", "failed", "cancelled"] | str | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ListVectorStoreFilesResponse:
        """Returns a list of vector store files in a batch.

        Args:
            vector_store_id: The ID of the vector store that the files belong to.
            batch_id: The ID of the file batch that the files belong to.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
            filter: Filter by file status. One of `in_progress`, `completed`, `failed`, `cancelled`.
        """
        _response: ApiResponse[ListVectorStoreFilesResponse] = (
            await self._client._request(_LIST_FILES_IN_VECTOR_STORE_BATCH, locals())
        )
        return _response.data

    async def list_files_in_vector_store_batch_with_http_info(
        self,
        vector_store_id: str,
        batch_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        filter: (
            Literal["in_progress", "completed", "failed", "cancelled"] | str | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ListVectorStoreFilesResponse]:
        """Like `list_files_in_vector_store_batch`, but returns the status code and
        headers with the parsed body.
        """
        return await self._client._request(_LIST_FILES_IN_VECTOR_STORE_BATCH, locals())

    def list_files_in_vector_store_batch_iter(
        self,
        vector_store_id: str,
        batch_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        filter: (
            Literal["in_progress", "completed", "failed", "cancelled"] | str | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncPaginator[VectorStoreFileObject]:
        """Like `list_files_in_vector_store_batch`, but `async for` goes over the items
        of every page, fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return AsyncPaginator(
            self._client,
            _LIST_FILES_IN_VECTOR_STORE_BATCH,
            locals(),
            _LIST_FILES_IN_VECTOR_STORE_BATCH_PAGES,
        )

    async def list_vector_store_files(
        self,
        vector_store_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        filter: (
            Literal["in_progress", "completed", "failed", "cancelled"] | str | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ListVectorStoreFilesResponse:
        """Returns a list of vector store files.

        Args:
            vector_store_id: The ID of the vector store that the files belong to.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
            filter: Filter by file status. One of `in_progress`, `completed`, `failed`, `cancelled`.
        """
        _response: ApiResponse[ListVectorStoreFilesResponse] = (
            await self._client._request(_LIST_VECTOR_STORE_FILES, locals())
        )
        return _response.data

    async def list_vector_store_files_with_http_info(
        self,
        vector_store_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        filter: (
            Literal["in_progress", "completed", "failed", "cancelled"] | str | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ListVectorStoreFilesResponse]:
        """Like `list_vector_store_files`, but returns the status code and headers with
        the parsed body.
        """
        return await self._client._request(_LIST_VECTOR_STORE_FILES, locals())

    def list_vector_store_files_iter(
        self,
        vector_store_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        filter: (
            Literal["in_progress", "completed", "failed", "cancelled"] | str | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncPaginator[VectorStoreFileObject]:
        """Like `list_vector_store_files`, but `async for` goes over the items of every
        page, fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return AsyncPaginator(
            self._client,
            _LIST_VECTOR_STORE_FILES,
            locals(),
            _LIST_VECTOR_STORE_FILES_PAGES,
        )

    @overload
    async def create_vector_store_file(
        self,
        vector_store_id: str,
        *,
        body: CreateVectorStoreFileRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VectorStoreFileObject: ...

    @overload
    async def create_vector_store_file(
        self,
        vector_store_id: str,
        *,
        file_id: str,
        chunking_strategy: ChunkingStrategyRequestParam | NotGiven = NOT_GIVEN,
        attributes: VectorStoreFileAttributes | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VectorStoreFileObject: ...

    async def create_vector_store_file(
        self,
        vector_store_id: str,
        *,
        file_id: str | NotGiven = NOT_GIVEN,
        chunking_strategy: ChunkingStrategyRequestParam | NotGiven = NOT_GIVEN,
        attributes: VectorStoreFileAttributes | NotGiven = NOT_GIVEN,
        body: CreateVectorStoreFileRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VectorStoreFileObject:
        """Create a vector store file by attaching a [File](/docs/api-reference/files)
        to a [vector store](/docs/api-reference/vector-stores/object).

        This endpoint is subject to a per-vector-store write rate limit of 300
        requests per minute, shared with
        `/vector_stores/{vector_store_id}/file_batches`.
        For uploading multiple files to the same vector store, use the file batches
        endpoint to reduce request volume.

        Args:
            vector_store_id: The ID of the vector store for which to create a File.
            file_id: A [File](https://api.openai.com/docs/api-reference/files) ID that the vector store should use. Useful for tools like `file_search` that can access files. For multi-file ingestion, we recommend [`file_batches`](https://api.openai.com/docs/api-reference/vector-stores-file-batches/createBatch) to minimize per-vector-store write requests.
            chunking_strategy: The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy.
        """
        _response: ApiResponse[VectorStoreFileObject] = await self._client._request(
            _CREATE_VECTOR_STORE_FILE, locals()
        )
        return _response.data

    @overload
    async def create_vector_store_file_with_http_info(
        self,
        vector_store_id: str,
        *,
        body: CreateVectorStoreFileRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VectorStoreFileObject]: ...

    @overload
    async def create_vector_store_file_with_http_info(
        self,
        vector_store_id: str,
        *,
        file_id: str,
        chunking_strategy: ChunkingStrategyRequestParam | NotGiven = NOT_GIVEN,
        attributes: VectorStoreFileAttributes | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VectorStoreFileObject]: ...

    async def create_vector_store_file_with_http_info(
        self,
        vector_store_id: str,
        *,
        file_id: str | NotGiven = NOT_GIVEN,
        chunking_strategy: ChunkingStrategyRequestParam | NotGiven = NOT_GIVEN,
        attributes: VectorStoreFileAttributes | NotGiven = NOT_GIVEN,
        body: CreateVectorStoreFileRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VectorStoreFileObject]:
        """Like `create_vector_store_file`, but returns the status code and headers with
        the parsed body.
        """
        return await self._client._request(_CREATE_VECTOR_STORE_FILE, locals())

    async def get_vector_store_file(
        self,
        vector_store_id: str,
        file_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VectorStoreFileObject:
        """Retrieves a vector store file.

        Args:
            vector_store_id: The ID of the vector store that the file belongs to.
            file_id: The ID of the file being retrieved.
        """
        _response: ApiResponse[VectorStoreFileObject] = await self._client._request(
            _GET_VECTOR_STORE_FILE, locals()
        )
        return _response.data

    async def get_vector_store_file_with_http_info(
        self,
        vector_store_id: str,
        file_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VectorStoreFileObject]:
        """Like `get_vector_store_file`, but returns the status code and headers with
        the parsed body.
        """
        return await self._client._request(_GET_VECTOR_STORE_FILE, locals())

    async def delete_vector_store_file(
        self,
        vector_store_id: str,
        file_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> DeleteVectorStoreFileResponse:
        """Delete a vector store file. This will remove the file from the vector store
        but the file itself will not be deleted. To delete the file, use the [delete
        file](/docs/api-reference/files/delete) endpoint.

        Args:
            vector_store_id: The ID of the vector store that the file belongs to.
            file_id: The ID of the file to delete.
        """
        _response: ApiResponse[DeleteVectorStoreFileResponse] = (
            await self._client._request(_DELETE_VECTOR_STORE_FILE, locals())
        )
        return _response.data

    async def delete_vector_store_file_with_http_info(
        self,
        vector_store_id: str,
        file_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[DeleteVectorStoreFileResponse]:
        """Like `delete_vector_store_file`, but returns the status code and headers with
        the parsed body.
        """
        return await self._client._request(_DELETE_VECTOR_STORE_FILE, locals())

    @overload
    async def update_vector_store_file_attributes(
        self,
        vector_store_id: str,
        file_id: str,
        *,
        body: UpdateVectorStoreFileAttributesRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VectorStoreFileObject: ...

    @overload
    async def update_vector_store_file_attributes(
        self,
        vector_store_id: str,
        file_id: str,
        *,
        attributes: VectorStoreFileAttributes,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VectorStoreFileObject: ...

    async def update_vector_store_file_attributes(
        self,
        vector_store_id: str,
        file_id: str,
        *,
        attributes: VectorStoreFileAttributes | NotGiven = NOT_GIVEN,
        body: UpdateVectorStoreFileAttributesRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VectorStoreFileObject:
        """Update attributes on a vector store file.

        Args:
            vector_store_id: The ID of the vector store the file belongs to.
            file_id: The ID of the file to update attributes.
        """
        _response: ApiResponse[VectorStoreFileObject] = await self._client._request(
            _UPDATE_VECTOR_STORE_FILE_ATTRIBUTES, locals()
        )
        return _response.data

    @overload
    async def update_vector_store_file_attributes_with_http_info(
        self,
        vector_store_id: str,
        file_id: str,
        *,
        body: UpdateVectorStoreFileAttributesRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VectorStoreFileObject]: ...

    @overload
    async def update_vector_store_file_attributes_with_http_info(
        self,
        vector_store_id: str,
        file_id: str,
        *,
        attributes: VectorStoreFileAttributes,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VectorStoreFileObject]: ...

    async def update_vector_store_file_attributes_with_http_info(
        self,
        vector_store_id: str,
        file_id: str,
        *,
        attributes: VectorStoreFileAttributes | NotGiven = NOT_GIVEN,
        body: UpdateVectorStoreFileAttributesRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VectorStoreFileObject]:
        """Like `update_vector_store_file_attributes`, but returns the status code and
        headers with the parsed body.
        """
        return await self._client._request(
            _UPDATE_VECTOR_STORE_FILE_ATTRIBUTES, locals()
        )

    async def retrieve_vector_store_file_content(
        self,
        vector_store_id: str,
        file_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VectorStoreFileContentResponse:
        """Retrieve the parsed contents of a vector store file.

        Args:
            vector_store_id: The ID of the vector store.
            file_id: The ID of the file within the vector store.
        """
        _response: ApiResponse[VectorStoreFileContentResponse] = (
            await self._client._request(_RETRIEVE_VECTOR_STORE_FILE_CONTENT, locals())
        )
        return _response.data

    async def retrieve_vector_store_file_content_with_http_info(
        self,
        vector_store_id: str,
        file_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VectorStoreFileContentResponse]:
        """Like `retrieve_vector_store_file_content`, but returns the status code and
        headers with the parsed body.
        """
        return await self._client._request(
            _RETRIEVE_VECTOR_STORE_FILE_CONTENT, locals()
        )

    @overload
    async def search_vector_store(
        self,
        vector_store_id: str,
        *,
        body: VectorStoreSearchRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VectorStoreSearchResultsPage: ...

    @overload
    async def search_vector_store(
        self,
        vector_store_id: str,
        *,
        query: str | list[str],
        rewrite_query: bool | NotGiven = NOT_GIVEN,
        max_num_results: int | NotGiven = NOT_GIVEN,
        filters: ComparisonFilter | CompoundFilter | NotGiven = NOT_GIVEN,
        ranking_options: VectorStoreSearchRequestRankingOptions | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VectorStoreSearchResultsPage: ...

    async def search_vector_store(
        self,
        vector_store_id: str,
        *,
        query: str | list[str] | NotGiven = NOT_GIVEN,
        rewrite_query: bool | NotGiven = NOT_GIVEN,
        max_num_results: int | NotGiven = NOT_GIVEN,
        filters: ComparisonFilter | CompoundFilter | NotGiven = NOT_GIVEN,
        ranking_options: VectorStoreSearchRequestRankingOptions | NotGiven = NOT_GIVEN,
        body: VectorStoreSearchRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VectorStoreSearchResultsPage:
        """Search a vector store for relevant chunks based on a query and file
        attributes filter.

        Args:
            vector_store_id: The ID of the vector store to search.
            query: A query string for a search
            rewrite_query: Whether to rewrite the natural language query for vector search.
            max_num_results: The maximum number of results to return. This number should be between 1 and 50 inclusive.
            filters: A filter to apply based on file attributes.
            ranking_options: Ranking options for search.
        """
        _response: ApiResponse[VectorStoreSearchResultsPage] = (
            await self._client._request(_SEARCH_VECTOR_STORE, locals())
        )
        return _response.data

    @overload
    async def search_vector_store_with_http_info(
        self,
        vector_store_id: str,
        *,
        body: VectorStoreSearchRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VectorStoreSearchResultsPage]: ...

    @overload
    async def search_vector_store_with_http_info(
        self,
        vector_store_id: str,
        *,
        query: str | list[str],
        rewrite_query: bool | NotGiven = NOT_GIVEN,
        max_num_results: int | NotGiven = NOT_GIVEN,
        filters: ComparisonFilter | CompoundFilter | NotGiven = NOT_GIVEN,
        ranking_options: VectorStoreSearchRequestRankingOptions | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VectorStoreSearchResultsPage]: ...

    async def search_vector_store_with_http_info(
        self,
        vector_store_id: str,
        *,
        query: str | list[str] | NotGiven = NOT_GIVEN,
        rewrite_query: bool | NotGiven = NOT_GIVEN,
        max_num_results: int | NotGiven = NOT_GIVEN,
        filters: ComparisonFilter | CompoundFilter | NotGiven = NOT_GIVEN,
        ranking_options: VectorStoreSearchRequestRankingOptions | NotGiven = NOT_GIVEN,
        body: VectorStoreSearchRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VectorStoreSearchResultsPage]:
        """Like `search_vector_store`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_SEARCH_VECTOR_STORE, locals())
