"""Uploads operations: Use Uploads to upload large files in multiple parts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, overload

from .._runtime import Endpoint as _Endpoint
from .._types import NOT_GIVEN, ApiResponse, FileInput, NotGiven, TimeoutTypes
from ..models.complete_upload_request import CompleteUploadRequest
from ..models.create_upload_request import CreateUploadRequest
from ..models.file_expiration_after import FileExpirationAfter
from ..models.upload import Upload
from ..models.upload_part import UploadPart

if TYPE_CHECKING:
    from .._runtime import AsyncRuntime, SyncRuntime

__all__ = ["UploadsApi", "AsyncUploadsApi"]

_CREATE_UPLOAD = _Endpoint(
    method="POST",
    path="/uploads",
    operation_id="createUpload",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": Upload,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("filename", "filename", "field"),
        ("purpose", "purpose", "field"),
        ("bytes", "bytes", "field"),
        ("mime_type", "mime_type", "field"),
        ("expires_after", "expires_after", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_CANCEL_UPLOAD = _Endpoint(
    method="POST",
    path="/uploads/{upload_id}/cancel",
    operation_id="cancelUpload",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": Upload,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(("upload_id", "upload_id", "path"),),
    body_mode="none",
)

_COMPLETE_UPLOAD = _Endpoint(
    method="POST",
    path="/uploads/{upload_id}/complete",
    operation_id="completeUpload",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": Upload,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("upload_id", "upload_id", "path"),
        ("part_ids", "part_ids", "field"),
        ("md5", "md5", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_ADD_UPLOAD_PART = _Endpoint(
    method="POST",
    path="/uploads/{upload_id}/parts",
    operation_id="addUploadPart",
    body_kind="multipart",
    content_type="multipart/form-data",
    response_kind="json",
    responses={
        "200": UploadPart,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("upload_id", "upload_id", "path"),
        ("data", "data", "field"),
    ),
    body_mode="fields",
    body_required=True,
)


class UploadsApi:
    """Uploads operations: Use Uploads to upload large files in multiple parts.

    Reach it as `client.uploads`.
    """

    def __init__(self, client: SyncRuntime) -> None:
        self._client = client

    @overload
    def create_upload(
        self,
        *,
        body: CreateUploadRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Upload: ...

    @overload
    def create_upload(
        self,
        *,
        filename: str,
        purpose: Literal["assistants", "batch", "fine-tune", "vision"] | str,
        bytes: int,
        mime_type: str,
        expires_after: FileExpirationAfter | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Upload: ...

    def create_upload(
        self,
        *,
        filename: str | NotGiven = NOT_GIVEN,
        purpose: (
            Literal["assistants", "batch", "fine-tune", "vision"] | str | NotGiven
        ) = NOT_GIVEN,
        bytes: int | NotGiven = NOT_GIVEN,
        mime_type: str | NotGiven = NOT_GIVEN,
        expires_after: FileExpirationAfter | NotGiven = NOT_GIVEN,
        body: CreateUploadRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Upload:
        """Creates an intermediate [Upload](/docs/api-reference/uploads/object) object
        that you can add [Parts](/docs/api-reference/uploads/part-object) to.
        Currently, an Upload can accept at most 8 GB in total and expires after an
        hour after you create it.

        Once you complete the Upload, we will create a
        [File](/docs/api-reference/files/object) object that contains all the parts
        you uploaded. This File is usable in the rest of our platform as a regular
        File object.

        For certain `purpose` values, the correct `mime_type` must be specified.
        Please refer to documentation for the
        [supported MIME types for your use
        case](/docs/assistants/tools/file-search#supported-files).

        For guidance on the proper filename extensions for each purpose, please
        follow the documentation on [creating a
        File](/docs/api-reference/files/create).

        Returns the Upload object with status `pending`.

        Args:
            filename: The name of the file to upload.
            purpose: The intended purpose of the uploaded file. See the [documentation on File purposes](https://api.openai.com/docs/api-reference/files/create#files-create-purpose).
            bytes: The number of bytes in the file you are uploading.
            mime_type: The MIME type of the file. This must fall within the supported MIME types for your file purpose. See the supported MIME types for assistants and vision.
            expires_after: The expiration policy for a file. By default, files with `purpose=batch` expire after 30 days and all other files are persisted until they are manually deleted.
        """
        _response: ApiResponse[Upload] = self._client._request(_CREATE_UPLOAD, locals())
        return _response.data

    @overload
    def create_upload_with_http_info(
        self,
        *,
        body: CreateUploadRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Upload]: ...

    @overload
    def create_upload_with_http_info(
        self,
        *,
        filename: str,
        purpose: Literal["assistants", "batch", "fine-tune", "vision"] | str,
        bytes: int,
        mime_type: str,
        expires_after: FileExpirationAfter | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Upload]: ...

    def create_upload_with_http_info(
        self,
        *,
        filename: str | NotGiven = NOT_GIVEN,
        purpose: (
            Literal["assistants", "batch", "fine-tune", "vision"] | str | NotGiven
        ) = NOT_GIVEN,
        bytes: int | NotGiven = NOT_GIVEN,
        mime_type: str | NotGiven = NOT_GIVEN,
        expires_after: FileExpirationAfter | NotGiven = NOT_GIVEN,
        body: CreateUploadRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Upload]:
        """Like `create_upload`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_CREATE_UPLOAD, locals())

    def cancel_upload(
        self,
        upload_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Upload:
        """Cancels the Upload. No Parts may be added after an Upload is cancelled.

        Returns the Upload object with status `cancelled`.

        Args:
            upload_id: The ID of the Upload.
        """
        _response: ApiResponse[Upload] = self._client._request(_CANCEL_UPLOAD, locals())
        return _response.data

    def cancel_upload_with_http_info(
        self,
        upload_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Upload]:
        """Like `cancel_upload`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_CANCEL_UPLOAD, locals())

    @overload
    def complete_upload(
        self,
        upload_id: str,
        *,
        body: CompleteUploadRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Upload: ...

    @overload
    def complete_upload(
        self,
        upload_id: str,
        *,
        part_ids: list[str],
        md5: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Upload: ...

    def complete_upload(
        self,
        upload_id: str,
        *,
        part_ids: list[str] | NotGiven = NOT_GIVEN,
        md5: str | NotGiven = NOT_GIVEN,
        body: CompleteUploadRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Upload:
        """Completes the [Upload](/docs/api-reference/uploads/object).

        Within the returned Upload object, there is a nested
        [File](/docs/api-reference/files/object) object that is ready to use in the
        rest of the platform.

        You can specify the order of the Parts by passing in an ordered list of the
        Part IDs.

        The number of bytes uploaded upon completion must match the number of bytes
        initially specified when creating the Upload object. No Parts may be added
        after an Upload is completed.
        Returns the Upload object with status `completed`, including an additional
        `file` property containing the created usable File object.

        Args:
            upload_id: The ID of the Upload.
            part_ids: The ordered list of Part IDs.
            md5: The optional md5 checksum for the file contents to verify if the bytes uploaded matches what you expect.
        """
        _response: ApiResponse[Upload] = self._client._request(
            _COMPLETE_UPLOAD, locals()
        )
        return _response.data

    @overload
    def complete_upload_with_http_info(
        self,
        upload_id: str,
        *,
        body: CompleteUploadRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Upload]: ...

    @overload
    def complete_upload_with_http_info(
        self,
        upload_id: str,
        *,
        part_ids: list[str],
        md5: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Upload]: ...

    def complete_upload_with_http_info(
        self,
        upload_id: str,
        *,
        part_ids: list[str] | NotGiven = NOT_GIVEN,
        md5: str | NotGiven = NOT_GIVEN,
        body: CompleteUploadRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Upload]:
        """Like `complete_upload`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_COMPLETE_UPLOAD, locals())

    def add_upload_part(
        self,
        upload_id: str,
        *,
        data: FileInput,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> UploadPart:
        """Adds a [Part](/docs/api-reference/uploads/part-object) to an
        [Upload](/docs/api-reference/uploads/object) object. A Part represents a
        chunk of bytes from the file you are trying to upload.

        Each Part can be at most 64 MB, and you can add Parts until you hit the
        Upload maximum of 8 GB.

        It is possible to add multiple Parts in parallel. You can decide the intended
        order of the Parts when you [complete the
        Upload](/docs/api-reference/uploads/complete).

        Args:
            upload_id: The ID of the Upload.
            data: The chunk of bytes for this Part.
        """
        _response: ApiResponse[UploadPart] = self._client._request(
            _ADD_UPLOAD_PART, locals()
        )
        return _response.data

    def add_upload_part_with_http_info(
        self,
        upload_id: str,
        *,
        data: FileInput,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[UploadPart]:
        """Like `add_upload_part`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_ADD_UPLOAD_PART, locals())


class AsyncUploadsApi:
    """Uploads operations (async): Use Uploads to upload large files in multiple parts.

    Reach it as `client.uploads`.
    """

    def __init__(self, client: AsyncRuntime) -> None:
        self._client = client

    @overload
    async def create_upload(
        self,
        *,
        body: CreateUploadRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Upload: ...

    @overload
    async def create_upload(
        self,
        *,
        filename: str,
        purpose: Literal["assistants", "batch", "fine-tune", "vision"] | str,
        bytes: int,
        mime_type: str,
        expires_after: FileExpirationAfter | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Upload: ...

    async def create_upload(
        self,
        *,
        filename: str | NotGiven = NOT_GIVEN,
        purpose: (
            Literal["assistants", "batch", "fine-tune", "vision"] | str | NotGiven
        ) = NOT_GIVEN,
        bytes: int | NotGiven = NOT_GIVEN,
        mime_type: str | NotGiven = NOT_GIVEN,
        expires_after: FileExpirationAfter | NotGiven = NOT_GIVEN,
        body: CreateUploadRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Upload:
        """Creates an intermediate [Upload](/docs/api-reference/uploads/object) object
        that you can add [Parts](/docs/api-reference/uploads/part-object) to.
        Currently, an Upload can accept at most 8 GB in total and expires after an
        hour after you create it.

        Once you complete the Upload, we will create a
        [File](/docs/api-reference/files/object) object that contains all the parts
        you uploaded. This File is usable in the rest of our platform as a regular
        File object.

        For certain `purpose` values, the correct `mime_type` must be specified.
        Please refer to documentation for the
        [supported MIME types for your use
        case](/docs/assistants/tools/file-search#supported-files).

        For guidance on the proper filename extensions for each purpose, please
        follow the documentation on [creating a
        File](/docs/api-reference/files/create).

        Returns the Upload object with status `pending`.

        Args:
            filename: The name of the file to upload.
            purpose: The intended purpose of the uploaded file. See the [documentation on File purposes](https://api.openai.com/docs/api-reference/files/create#files-create-purpose).
            bytes: The number of bytes in the file you are uploading.
            mime_type: The MIME type of the file. This must fall within the supported MIME types for your file purpose. See the supported MIME types for assistants and vision.
            expires_after: The expiration policy for a file. By default, files with `purpose=batch` expire after 30 days and all other files are persisted until they are manually deleted.
        """
        _response: ApiResponse[Upload] = await self._client._request(
            _CREATE_UPLOAD, locals()
        )
        return _response.data

    @overload
    async def create_upload_with_http_info(
        self,
        *,
        body: CreateUploadRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Upload]: ...

    @overload
    async def create_upload_with_http_info(
        self,
        *,
        filename: str,
        purpose: Literal["assistants", "batch", "fine-tune", "vision"] | str,
        bytes: int,
        mime_type: str,
        expires_after: FileExpirationAfter | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Upload]: ...

    async def create_upload_with_http_info(
        self,
        *,
        filename: str | NotGiven = NOT_GIVEN,
        purpose: (
            Literal["assistants", "batch", "fine-tune", "vision"] | str | NotGiven
        ) = NOT_GIVEN,
        bytes: int | NotGiven = NOT_GIVEN,
        mime_type: str | NotGiven = NOT_GIVEN,
        expires_after: FileExpirationAfter | NotGiven = NOT_GIVEN,
        body: CreateUploadRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Upload]:
        """Like `create_upload`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_CREATE_UPLOAD, locals())

    async def cancel_upload(
        self,
        upload_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Upload:
        """Cancels the Upload. No Parts may be added after an Upload is cancelled.

        Returns the Upload object with status `cancelled`.

        Args:
            upload_id: The ID of the Upload.
        """
        _response: ApiResponse[Upload] = await self._client._request(
            _CANCEL_UPLOAD, locals()
        )
        return _response.data

    async def cancel_upload_with_http_info(
        self,
        upload_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Upload]:
        """Like `cancel_upload`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_CANCEL_UPLOAD, locals())

    @overload
    async def complete_upload(
        self,
        upload_id: str,
        *,
        body: CompleteUploadRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Upload: ...

    @overload
    async def complete_upload(
        self,
        upload_id: str,
        *,
        part_ids: list[str],
        md5: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Upload: ...

    async def complete_upload(
        self,
        upload_id: str,
        *,
        part_ids: list[str] | NotGiven = NOT_GIVEN,
        md5: str | NotGiven = NOT_GIVEN,
        body: CompleteUploadRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Upload:
        """Completes the [Upload](/docs/api-reference/uploads/object).

        Within the returned Upload object, there is a nested
        [File](/docs/api-reference/files/object) object that is ready to use in the
        rest of the platform.

        You can specify the order of the Parts by passing in an ordered list of the
        Part IDs.

        The number of bytes uploaded upon completion must match the number of bytes
        initially specified when creating the Upload object. No Parts may be added
        after an Upload is completed.
        Returns the Upload object with status `completed`, including an additional
        `file` property containing the created usable File object.

        Args:
            upload_id: The ID of the Upload.
            part_ids: The ordered list of Part IDs.
            md5: The optional md5 checksum for the file contents to verify if the bytes uploaded matches what you expect.
        """
        _response: ApiResponse[Upload] = await self._client._request(
            _COMPLETE_UPLOAD, locals()
        )
        return _response.data

    @overload
    async def complete_upload_with_http_info(
        self,
        upload_id: str,
        *,
        body: CompleteUploadRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Upload]: ...

    @overload
    async def complete_upload_with_http_info(
        self,
        upload_id: str,
        *,
        part_ids: list[str],
        md5: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Upload]: ...

    async def complete_upload_with_http_info(
        self,
        upload_id: str,
        *,
        part_ids: list[str] | NotGiven = NOT_GIVEN,
        md5: str | NotGiven = NOT_GIVEN,
        body: CompleteUploadRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Upload]:
        """Like `complete_upload`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_COMPLETE_UPLOAD, locals())

    async def add_upload_part(
        self,
        upload_id: str,
        *,
        data: FileInput,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> UploadPart:
        """Adds a [Part](/docs/api-reference/uploads/part-object) to an
        [Upload](/docs/api-reference/uploads/object) object. A Part represents a
        chunk of bytes from the file you are trying to upload.

        Each Part can be at most 64 MB, and you can add Parts until you hit the
        Upload maximum of 8 GB.

        It is possible to add multiple Parts in parallel. You can decide the intended
        order of the Parts when you [complete the
        Upload](/docs/api-reference/uploads/complete).

        Args:
            upload_id: The ID of the Upload.
            data: The chunk of bytes for this Part.
        """
        _response: ApiResponse[UploadPart] = await self._client._request(
            _ADD_UPLOAD_PART, locals()
        )
        return _response.data

    async def add_upload_part_with_http_info(
        self,
        upload_id: str,
        *,
        data: FileInput,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[UploadPart]:
        """Like `add_upload_part`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_ADD_UPLOAD_PART, locals())
