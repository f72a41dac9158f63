"""Files operations: Files are used to upload documents that can be used with features
like Assistants and Fine-tuning.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from .._pagination import AsyncPaginator, Paginator
from .._pagination import PageSpec as _PageSpec
from .._runtime import Endpoint as _Endpoint
from .._types import NOT_GIVEN, ApiResponse, FileInput, NotGiven, TimeoutTypes
from ..models.delete_file_response import DeleteFileResponse
from ..models.file_expiration_after import FileExpirationAfter
from ..models.list_files_response import ListFilesResponse
from ..models.open_ai_file import OpenAIFile

if TYPE_CHECKING:
    from .._runtime import AsyncRuntime, SyncRuntime

__all__ = ["FilesApi", "AsyncFilesApi"]

_LIST_FILES = _Endpoint(
    method="GET",
    path="/files",
    operation_id="listFiles",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ListFilesResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("purpose", "purpose", "query"),
        ("limit", "limit", "query"),
        ("order", "order", "query"),
        ("after", "after", "query"),
    ),
    body_mode="none",
)
_LIST_FILES_PAGES = _PageSpec(
    style="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor="last_id",
)

_CREATE_FILE = _Endpoint(
    method="POST",
    path="/files",
    operation_id="createFile",
    body_kind="multipart",
    content_type="multipart/form-data",
    response_kind="json",
    responses={
        "200": OpenAIFile,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("file", "file", "field"),
        ("purpose", "purpose", "field"),
        ("expires_after", "expires_after", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_DELETE_FILE = _Endpoint(
    method="DELETE",
    path="/files/{file_id}",
    operation_id="deleteFile",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": DeleteFileResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(("file_id", "file_id", "path"),),
    body_mode="none",
)

_RETRIEVE_FILE = _Endpoint(
    method="GET",
    path="/files/{file_id}",
    operation_id="retrieveFile",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": OpenAIFile,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(("file_id", "file_id", "path"),),
    body_mode="none",
)

_DOWNLOAD_FILE = _Endpoint(
    method="GET",
    path="/files/{file_id}/content",
    operation_id="downloadFile",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": str,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(("file_id", "file_id", "path"),),
    body_mode="none",
)


class FilesApi:
    """Files operations: Files are used to upload documents that can be used with
    features like Assistants and Fine-tuning.

    Reach it as `client.files`.
    """

    def __init__(self, client: SyncRuntime) -> None:
        self._client = client

    def list_files(
        self,
        *,
        purpose: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ListFilesResponse:
        """Returns a list of files.

        Args:
            purpose: Only return files with the given purpose.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 10,000, and the default is 10,000.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
        """
        _response: ApiResponse[ListFilesResponse] = self._client._request(
            _LIST_FILES, locals()
        )
        return _response.data

    def list_files_with_http_info(
        self,
        *,
        purpose: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ListFilesResponse]:
        """Like `list_files`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_LIST_FILES, locals())

    def list_files_iter(
        self,
        *,
        purpose: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Paginator[OpenAIFile]:
        """Like `list_files`, but `for` goes over the items of every page, fetching the
        next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return Paginator(self._client, _LIST_FILES, locals(), _LIST_FILES_PAGES)

    def create_file(
        self,
        *,
        file: FileInput,
        purpose: (
            Literal["assistants", "batch", "fine-tune", "vision", "user_data", "evals"]
            | str
        ),
        expires_after: FileExpirationAfter | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OpenAIFile:
        """Upload a file that can be used across various endpoints. Individual files
        can be up to 512 MB, and each project can store up to 2.5 TB of files in
        total. There is no organization-wide storage limit. Uploads to this
        endpoint are rate-limited to 1,000 requests per minute per authenticated
        user.

        - The Assistants API supports files up to 2 million tokens and of specific
          file types. See the [Assistants Tools guide](/docs/assistants/tools) for
          details.
        - The Fine-tuning API only supports `.jsonl` files. The input also has
          certain required formats for fine-tuning
          [chat](/docs/api-reference/fine-tuning/chat-input) or
          [completions](/docs/api-reference/fine-tuning/completions-input) models.
        - The Batch API only supports `.jsonl` files up to 200 MB in size. The input
          also has a specific required
          [format](/docs/api-reference/batch/request-input).
        - For Retrieval or `file_search` ingestion, upload files here first. If
          you need to attach multiple uploaded files to the same vector store, use
        [`/vector_stores/{vector_store_id}/file_batches`](/docs/api-reference/vector-stores-file-batches/createBatch)
          instead of attaching them one by one. Vector store attachment has separate
          limits from file upload, including 2,000 attached files per minute per
          organization.

        Please [contact us](https://help.openai.com/) if you need to increase these
        storage limits.

        Args:
            file: The File object (not file name) to be uploaded.
            purpose: The intended purpose of the uploaded file. One of: - `assistants`: Used in the Assistants API - `batch`: Used in the Batch API - `fine-tune`: Used for fine-tuning - `vision`: Images used for vision fine-tuning - `user_data`: Flexible file type for any purpose - `evals`: Used for eval data sets
            expires_after: The expiration policy for a file. By default, files with `purpose=batch` expire after 30 days and all other files are persisted until they are manually deleted.
        """
        _response: ApiResponse[OpenAIFile] = self._client._request(
            _CREATE_FILE, locals()
        )
        return _response.data

    def create_file_with_http_info(
        self,
        *,
        file: FileInput,
        purpose: (
            Literal["assistants", "batch", "fine-tune", "vision", "user_data", "evals"]
            | str
        ),
        expires_after: FileExpirationAfter | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OpenAIFile]:
        """Like `create_file`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_CREATE_FILE, locals())

    def delete_file(
        self,
        file_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> DeleteFileResponse:
        """Delete a file and remove it from all vector stores.

        Args:
            file_id: The ID of the file to use for this request.
        """
        _response: ApiResponse[DeleteFileResponse] = self._client._request(
            _DELETE_FILE, locals()
        )
        return _response.data

    def delete_file_with_http_info(
        self,
        file_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[DeleteFileResponse]:
        """Like `delete_file`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_DELETE_FILE, locals())

    def retrieve_file(
        self,
        file_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OpenAIFile:
        """Returns information about a specific file.

        Args:
            file_id: The ID of the file to use for this request.
        """
        _response: ApiResponse[OpenAIFile] = self._client._request(
            _RETRIEVE_FILE, locals()
        )
        return _response.data

    def retrieve_file_with_http_info(
        self,
        file_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OpenAIFile]:
        """Like `retrieve_file`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_RETRIEVE_FILE, locals())

    def download_file(
        self,
        file_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> str:
        """Returns a response containing the contents of the specified file.

        Args:
            file_id: The ID of the file to use for this request.
        """
        _response: ApiResponse[str] = self._client._request(_DOWNLOAD_FILE, locals())
        return _response.data

    def download_file_with_http_info(
        self,
        file_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[str]:
        """Like `download_file`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_DOWNLOAD_FILE, locals())


class AsyncFilesApi:
    """Files operations (async): Files are used to upload documents that can be used
    with features like Assistants and Fine-tuning.

    Reach it as `client.files`.
    """

    def __init__(self, client: AsyncRuntime) -> None:
        self._client = client

    async def list_files(
        self,
        *,
        purpose: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ListFilesResponse:
        """Returns a list of files.

        Args:
            purpose: Only return files with the given purpose.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 10,000, and the default is 10,000.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
        """
        _response: ApiResponse[ListFilesResponse] = await self._client._request(
            _LIST_FILES, locals()
        )
        return _response.data

    async def list_files_with_http_info(
        self,
        *,
        purpose: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ListFilesResponse]:
        """Like `list_files`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_LIST_FILES, locals())

    def list_files_iter(
        self,
        *,
        purpose: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncPaginator[OpenAIFile]:
        """Like `list_files`, but `async for` goes over the items of every page,
        fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return AsyncPaginator(self._client, _LIST_FILES, locals(), _LIST_FILES_PAGES)

    async def create_file(
        self,
        *,
        file: FileInput,
        purpose: (
            Literal["assistants", "batch", "fine-tune", "vision", "user_data", "evals"]
            | str
        ),
        expires_after: FileExpirationAfter | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OpenAIFile:
        """Upload a file that can be used across various endpoints. Individual files
        can be up to 512 MB, and each project can store up to 2.5 TB of files in
        total. There is no organization-wide storage limit. Uploads to this
        endpoint are rate-limited to 1,000 requests per minute per authenticated
        user.

        - The Assistants API supports files up to 2 million tokens and of specific
          file types. See the [Assistants Tools guide](/docs/assistants/tools) for
          details.
        - The Fine-tuning API only supports `.jsonl` files. The input also has
          certain required formats for fine-tuning
          [chat](/docs/api-reference/fine-tuning/chat-input) or
          [completions](/docs/api-reference/fine-tuning/completions-input) models.
        - The Batch API only supports `.jsonl` files up to 200 MB in size. The input
          also has a specific required
          [format](/docs/api-reference/batch/request-input).
        - For Retrieval or `file_search` ingestion, upload files here first. If
          you need to attach multiple uploaded files to the same vector store, use
        [`/vector_stores/{vector_store_id}/file_batches`](/docs/api-reference/vector-stores-file-batches/createBatch)
          instead of attaching them one by one. Vector store attachment has separate
          limits from file upload, including 2,000 attached files per minute per
          organization.

        Please [contact us](https://help.openai.com/) if you need to increase these
        storage limits.

        Args:
            file: The File object (not file name) to be uploaded.
            purpose: The intended purpose of the uploaded file. One of: - `assistants`: Used in the Assistants API - `batch`: Used in the Batch API - `fine-tune`: Used for fine-tuning - `vision`: Images used for vision fine-tuning - `user_data`: Flexible file type for any purpose - `evals`: Used for eval data sets
            expires_after: The expiration policy for a file. By default, files with `purpose=batch` expire after 30 days and all other files are persisted until they are manually deleted.
        """
        _response: ApiResponse[OpenAIFile] = await self._client._request(
            _CREATE_FILE, locals()
        )
        return _response.data

    async def create_file_with_http_info(
        self,
        *,
        file: FileInput,
        purpose: (
            Literal["assistants", "batch", "fine-tune", "vision", "user_data", "evals"]
            | str
        ),
        expires_after: FileExpirationAfter | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OpenAIFile]:
        """Like `create_file`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_CREATE_FILE, locals())

    async def delete_file(
        self,
        file_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> DeleteFileResponse:
        """Delete a file and remove it from all vector stores.

        Args:
            file_id: The ID of the file to use for this request.
        """
        _response: ApiResponse[DeleteFileResponse] = await self._client._request(
            _DELETE_FILE, locals()
        )
        return _response.data

    async def delete_file_with_http_info(
        self,
        file_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[DeleteFileResponse]:
        """Like `delete_file`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_DELETE_FILE, locals())

    async def retrieve_file(
        self,
        file_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OpenAIFile:
        """Returns information about a specific file.

        Args:
            file_id: The ID of the file to use for this request.
        """
        _response: ApiResponse[OpenAIFile] = await self._client._request(
            _RETRIEVE_FILE, locals()
        )
        return _response.data

    async def retrieve_file_with_http_info(
        self,
        file_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OpenAIFile]:
        """Like `retrieve_file`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_RETRIEVE_FILE, locals())

    async def download_file(
        self,
        file_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> str:
        """Returns a response containing the contents of the specified file.

        Args:
            file_id: The ID of the file to use for this request.
        """
        _response: ApiResponse[str] = await self._client._request(
            _DOWNLOAD_FILE, locals()
        )
        return _response.data

    async def download_file_with_http_info(
        self,
        file_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[str]:
        """Like `download_file`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_DOWNLOAD_FILE, locals())
