"""Videos operations."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from .._pagination import AsyncPaginator, Paginator
from .._pagination import PageSpec as _PageSpec
from .._runtime import Endpoint as _Endpoint
from .._types import NOT_GIVEN, ApiResponse, FileInput, NotGiven, TimeoutTypes
from ..models.create_video_edit_json_body import CreateVideoEditJsonBody
from ..models.create_video_extend_json_body import CreateVideoExtendJsonBody
from ..models.create_video_json_body import CreateVideoJsonBody
from ..models.create_video_remix_body import CreateVideoRemixBody
from ..models.deleted_video_resource import DeletedVideoResource
from ..models.image_ref_param2 import ImageRefParam2
from ..models.order_enum import OrderEnum
from ..models.video_character_resource import VideoCharacterResource
from ..models.video_content_variant import VideoContentVariant
from ..models.video_list_resource import VideoListResource
from ..models.video_model import VideoModel
from ..models.video_reference_input_param import VideoReferenceInputParam
from ..models.video_resource import VideoResource
from ..models.video_seconds import VideoSeconds
from ..models.video_size import VideoSize

if TYPE_CHECKING:
    from .._runtime import AsyncRuntime, SyncRuntime

__all__ = ["VideosApi", "AsyncVideosApi"]

_CREATE_VIDEO = _Endpoint(
    method="POST",
    path="/videos",
    operation_id="createVideo",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": VideoResource,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("model", "model", "field"),
        ("prompt", "prompt", "field"),
        ("input_reference", "input_reference", "field"),
        ("seconds", "seconds", "field"),
        ("size", "size", "field"),
    ),
    body_mode="fields",
)

_LIST_VIDEOS = _Endpoint(
    method="GET",
    path="/videos",
    operation_id="ListVideos",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": VideoListResource,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("limit", "limit", "query"),
        ("order", "order", "query"),
        ("after", "after", "query"),
    ),
    body_mode="none",
)
_LIST_VIDEOS_PAGES = _PageSpec(
    style="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor="last_id",
)

_CREATE_VIDEO_CHARACTER = _Endpoint(
    method="POST",
    path="/videos/characters",
    operation_id="CreateVideoCharacter",
    body_kind="multipart",
    content_type="multipart/form-data",
    response_kind="json",
    responses={
        "200": VideoCharacterResource,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("video", "video", "field"),
        ("name", "name", "field"),
    ),
    body_mode="fields",
)

_GET_VIDEO_CHARACTER = _Endpoint(
    method="GET",
    path="/videos/characters/{character_id}",
    operation_id="GetVideoCharacter",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": VideoCharacterResource,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(("character_id", "character_id", "path"),),
    body_mode="none",
)

_CREATE_VIDEO_EDIT = _Endpoint(
    method="POST",
    path="/videos/edits",
    operation_id="CreateVideoEdit",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": VideoResource,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("video", "video", "field"),
        ("prompt", "prompt", "field"),
    ),
    body_mode="fields",
)

_CREATE_VIDEO_EXTEND = _Endpoint(
    method="POST",
    path="/videos/extensions",
    operation_id="CreateVideoExtend",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": VideoResource,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("video", "video", "field"),
        ("prompt", "prompt", "field"),
        ("seconds", "seconds", "field"),
    ),
    body_mode="fields",
)

_GET_VIDEO = _Endpoint(
    method="GET",
    path="/videos/{video_id}",
    operation_id="GetVideo",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": VideoResource,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(("video_id", "video_id", "path"),),
    body_mode="none",
)

_DELETE_VIDEO = _Endpoint(
    method="DELETE",
    path="/videos/{video_id}",
    operation_id="DeleteVideo",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": DeletedVideoResource,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(("video_id", "video_id", "path"),),
    body_mode="none",
)

_RETRIEVE_VIDEO_CONTENT = _Endpoint(
    method="GET",
    path="/videos/{video_id}/content",
    operation_id="RetrieveVideoContent",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": str,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("video_id", "video_id", "path"),
        ("variant", "variant", "query"),
    ),
    body_mode="none",
)

_CREATE_VIDEO_REMIX = _Endpoint(
    method="POST",
    path="/videos/{video_id}/remix",
    operation_id="CreateVideoRemix",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": VideoResource,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("video_id", "video_id", "path"),
        ("prompt", "prompt", "field"),
    ),
    body_mode="fields",
)


class VideosApi:
    """Videos operations.

    Reach it as `client.videos`.
    """

    def __init__(self, client: SyncRuntime) -> None:
        self._client = client

    @overload
    def create_video(
        self,
        *,
        body: CreateVideoJsonBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VideoResource: ...

    @overload
    def create_video(
        self,
        *,
        model: VideoModel | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        input_reference: ImageRefParam2 | NotGiven = NOT_GIVEN,
        seconds: VideoSeconds | NotGiven = NOT_GIVEN,
        size: VideoSize | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VideoResource: ...

    def create_video(
        self,
        *,
        model: VideoModel | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        input_reference: ImageRefParam2 | NotGiven = NOT_GIVEN,
        seconds: VideoSeconds | NotGiven = NOT_GIVEN,
        size: VideoSize | NotGiven = NOT_GIVEN,
        body: CreateVideoJsonBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VideoResource:
        """Create a new video generation job from a prompt and optional reference
        assets.

        Args:
            model: The video generation model to use (allowed values: sora-2, sora-2-pro). Defaults to `sora-2`.
            prompt: Text prompt that describes the video to generate.
            input_reference: Optional reference object that guides generation. Provide exactly one of `image_url` or `file_id`.
            seconds: Clip duration in seconds (allowed values: 4, 8, 12). Defaults to 4 seconds.
            size: Output resolution formatted as width x height (allowed values: 720x1280, 1280x720, 1024x1792, 1792x1024). Defaults to 720x1280.

        .. deprecated:: the API marks this operation as deprecated.
        """
        _response: ApiResponse[VideoResource] = self._client._request(
            _CREATE_VIDEO, locals()
        )
        return _response.data

    @overload
    def create_video_with_http_info(
        self,
        *,
        body: CreateVideoJsonBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VideoResource]: ...

    @overload
    def create_video_with_http_info(
        self,
        *,
        model: VideoModel | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        input_reference: ImageRefParam2 | NotGiven = NOT_GIVEN,
        seconds: VideoSeconds | NotGiven = NOT_GIVEN,
        size: VideoSize | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VideoResource]: ...

    def create_video_with_http_info(
        self,
        *,
        model: VideoModel | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        input_reference: ImageRefParam2 | NotGiven = NOT_GIVEN,
        seconds: VideoSeconds | NotGiven = NOT_GIVEN,
        size: VideoSize | NotGiven = NOT_GIVEN,
        body: CreateVideoJsonBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VideoResource]:
        """Like `create_video`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_CREATE_VIDEO, locals())

    def list_videos(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: OrderEnum | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VideoListResource:
        """List recently generated videos for the current project.

        Args:
            limit: Number of items to retrieve
            order: Sort order of results by timestamp. Use `asc` for ascending order or `desc` for descending order.
            after: Identifier for the last item from the previous pagination request

        .. deprecated:: the API marks this operation as deprecated.
        """
        _response: ApiResponse[VideoListResource] = self._client._request(
            _LIST_VIDEOS, locals()
        )
        return _response.data

    def list_videos_with_http_info(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: OrderEnum | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VideoListResource]:
        """Like `list_videos`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_LIST_VIDEOS, locals())

    def list_videos_iter(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: OrderEnum | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Paginator[VideoResource]:
        """Like `list_videos`, but `for` goes over the items of every page, fetching the
        next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return Paginator(self._client, _LIST_VIDEOS, locals(), _LIST_VIDEOS_PAGES)

    def create_video_character(
        self,
        *,
        video: FileInput | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VideoCharacterResource:
        """Create a character from an uploaded video.

        Args:
            video: Video file used to create a character.
            name: Display name for this API character.

        .. deprecated:: the API marks this operation as deprecated.
        """
        _response: ApiResponse[VideoCharacterResource] = self._client._request(
            _CREATE_VIDEO_CHARACTER, locals()
        )
        return _response.data

    def create_video_character_with_http_info(
        self,
        *,
        video: FileInput | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VideoCharacterResource]:
        """Like `create_video_character`, but returns the status code and headers with
        the parsed body.
        """
        return self._client._request(_CREATE_VIDEO_CHARACTER, locals())

    def get_video_character(
        self,
        character_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VideoCharacterResource:
        """Fetch a character.

        Args:
            character_id: The identifier of the character to retrieve.

        .. deprecated:: the API marks this operation as deprecated.
        """
        _response: ApiResponse[VideoCharacterResource] = self._client._request(
            _GET_VIDEO_CHARACTER, locals()
        )
        return _response.data

    def get_video_character_with_http_info(
        self,
        character_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VideoCharacterResource]:
        """Like `get_video_character`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_GET_VIDEO_CHARACTER, locals())

    @overload
    def create_video_edit(
        self,
        *,
        body: CreateVideoEditJsonBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VideoResource: ...

    @overload
    def create_video_edit(
        self,
        *,
        video: VideoReferenceInputParam | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VideoResource: ...

    def create_video_edit(
        self,
        *,
        video: VideoReferenceInputParam | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        body: CreateVideoEditJsonBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VideoResource:
        """Create a new video generation job by editing a source video or existing
        generated video.

        Args:
            video: Reference to the completed video to edit.
            prompt: Text prompt that describes how to edit the source video.

        .. deprecated:: the API marks this operation as deprecated.
        """
        _response: ApiResponse[VideoResource] = self._client._request(
            _CREATE_VIDEO_EDIT, locals()
        )
        return _response.data

    @overload
    def create_video_edit_with_http_info(
        self,
        *,
        body: CreateVideoEditJsonBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VideoResource]: ...

    @overload
    def create_video_edit_with_http_info(
        self,
        *,
        video: VideoReferenceInputParam | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VideoResource]: ...

    def create_video_edit_with_http_info(
        self,
        *,
        video: VideoReferenceInputParam | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        body: CreateVideoEditJsonBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VideoResource]:
        """Like `create_video_edit`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_CREATE_VIDEO_EDIT, locals())

    @overload
    def create_video_extend(
        self,
        *,
        body: CreateVideoExtendJsonBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VideoResource: ...

    @overload
    def create_video_extend(
        self,
        *,
        video: VideoReferenceInputParam | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        seconds: VideoSeconds | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VideoResource: ...

    def create_video_extend(
        self,
        *,
        video: VideoReferenceInputParam | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        seconds: VideoSeconds | NotGiven = NOT_GIVEN,
        body: CreateVideoExtendJsonBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VideoResource:
        """Create an extension of a completed video.

        Args:
            video: Reference to the completed video to extend.
            prompt: Updated text prompt that directs the extension generation.
            seconds: Length of the newly generated extension segment in seconds (allowed values: 4, 8, 12, 16, 20).

        .. deprecated:: the API marks this operation as deprecated.
        """
        _response: ApiResponse[VideoResource] = self._client._request(
            _CREATE_VIDEO_EXTEND, locals()
        )
        return _response.data

    @overload
    def create_video_extend_with_http_info(
        self,
        *,
        body: CreateVideoExtendJsonBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VideoResource]: ...

    @overload
    def create_video_extend_with_http_info(
        self,
        *,
        video: VideoReferenceInputParam | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        seconds: VideoSeconds | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VideoResource]: ...

    def create_video_extend_with_http_info(
        self,
        *,
        video: VideoReferenceInputParam | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        seconds: VideoSeconds | NotGiven = NOT_GIVEN,
        body: CreateVideoExtendJsonBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VideoResource]:
        """Like `create_video_extend`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_CREATE_VIDEO_EXTEND, locals())

    def get_video(
        self,
        video_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VideoResource:
        """Fetch the latest metadata for a generated video.

        Args:
            video_id: The identifier of the video to retrieve.

        .. deprecated:: the API marks this operation as deprecated.
        """
        _response: ApiResponse[VideoResource] = self._client._request(
            _GET_VIDEO, locals()
        )
        return _response.data

    def get_video_with_http_info(
        self,
        video_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VideoResource]:
        """Like `get_video`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_GET_VIDEO, locals())

    def delete_video(
        self,
        video_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> DeletedVideoResource:
        """Permanently delete a completed or failed video and its stored assets.

        Args:
            video_id: The identifier of the video to delete.

        .. deprecated:: the API marks this operation as deprecated.
        """
        _response: ApiResponse[DeletedVideoResource] = self._client._request(
            _DELETE_VIDEO, locals()
        )
        return _response.data

    def delete_video_with_http_info(
        self,
        video_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[DeletedVideoResource]:
        """Like `delete_video`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_DELETE_VIDEO, locals())

    def retrieve_video_content(
        self,
        video_id: str,
        *,
        variant: VideoContentVariant | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> str:
        """Download the generated video bytes or a derived preview asset.

        Streams the rendered video content for the specified video job.

        Args:
            video_id: The identifier of the video whose media to download.
            variant: Which downloadable asset to return. Defaults to the MP4 video.

        .. deprecated:: the API marks this operation as deprecated.
        """
        _response: ApiResponse[str] = self._client._request(
            _RETRIEVE_VIDEO_CONTENT, locals()
        )
        return _response.data

    def retrieve_video_content_with_http_info(
        self,
        video_id: str,
        *,
        variant: VideoContentVariant | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[str]:
        """Like `retrieve_video_content`, but returns the status code and headers with
        the parsed body.
        """
        return self._client._request(_RETRIEVE_VIDEO_CONTENT, locals())

    @overload
    def create_video_remix(
        self,
        video_id: str,
        *,
        body: CreateVideoRemixBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VideoResource: ...

    @overload
    def create_video_remix(
        self,
        video_id: str,
        *,
        prompt: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VideoResource: ...

    def create_video_remix(
        self,
        video_id: str,
        *,
        prompt: str | NotGiven = NOT_GIVEN,
        body: CreateVideoRemixBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VideoResource:
        """Create a remix of a completed video using a refreshed prompt.

        Args:
            video_id: The identifier of the completed video to remix.
            prompt: Updated text prompt that directs the remix generation.

        .. deprecated:: the API marks this operation as deprecated.
        """
        _response: ApiResponse[VideoResource] = self._client._request(
            _CREATE_VIDEO_REMIX, locals()
        )
        return _response.data

    @overload
    def create_video_remix_with_http_info(
        self,
        video_id: str,
        *,
        body: CreateVideoRemixBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VideoResource]: ...

    @overload
    def create_video_remix_with_http_info(
        self,
        video_id: str,
        *,
        prompt: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VideoResource]: ...

    def create_video_remix_with_http_info(
        self,
        video_id: str,
        *,
        prompt: str | NotGiven = NOT_GIVEN,
        body: CreateVideoRemixBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VideoResource]:
        """Like `create_video_remix`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_CREATE_VIDEO_REMIX, locals())


class AsyncVideosApi:
    """Videos operations (async).

    Reach it as `client.videos`.
    """

    def __init__(self, client: AsyncRuntime) -> None:
        self._client = client

    @overload
    async def create_video(
        self,
        *,
        body: CreateVideoJsonBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VideoResource: ...

    @overload
    async def create_video(
        self,
        *,
        model: VideoModel | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        input_reference: ImageRefParam2 | NotGiven = NOT_GIVEN,
        seconds: VideoSeconds | NotGiven = NOT_GIVEN,
        size: VideoSize | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VideoResource: ...

    async def create_video(
        self,
        *,
        model: VideoModel | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        input_reference: ImageRefParam2 | NotGiven = NOT_GIVEN,
        seconds: VideoSeconds | NotGiven = NOT_GIVEN,
        size: VideoSize | NotGiven = NOT_GIVEN,
        body: CreateVideoJsonBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VideoResource:
        """Create a new video generation job from a prompt and optional reference
        assets.

        Args:
            model: The video generation model to use (allowed values: sora-2, sora-2-pro). Defaults to `sora-2`.
            prompt: Text prompt that describes the video to generate.
            input_reference: Optional reference object that guides generation. Provide exactly one of `image_url` or `file_id`.
            seconds: Clip duration in seconds (allowed values: 4, 8, 12). Defaults to 4 seconds.
            size: Output resolution formatted as width x height (allowed values: 720x1280, 1280x720, 1024x1792, 1792x1024). Defaults to 720x1280.

        .. deprecated:: the API marks this operation as deprecated.
        """
        _response: ApiResponse[VideoResource] = await self._client._request(
            _CREATE_VIDEO, locals()
        )
        return _response.data

    @overload
    async def create_video_with_http_info(
        self,
        *,
        body: CreateVideoJsonBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VideoResource]: ...

    @overload
    async def create_video_with_http_info(
        self,
        *,
        model: VideoModel | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        input_reference: ImageRefParam2 | NotGiven = NOT_GIVEN,
        seconds: VideoSeconds | NotGiven = NOT_GIVEN,
        size: VideoSize | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VideoResource]: ...

    async def create_video_with_http_info(
        self,
        *,
        model: VideoModel | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        input_reference: ImageRefParam2 | NotGiven = NOT_GIVEN,
        seconds: VideoSeconds | NotGiven = NOT_GIVEN,
        size: VideoSize | NotGiven = NOT_GIVEN,
        body: CreateVideoJsonBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VideoResource]:
        """Like `create_video`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_CREATE_VIDEO, locals())

    async def list_videos(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: OrderEnum | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VideoListResource:
        """List recently generated videos for the current project.

        Args:
            limit: Number of items to retrieve
            order: Sort order of results by timestamp. Use `asc` for ascending order or `desc` for descending order.
            after: Identifier for the last item from the previous pagination request

        .. deprecated:: the API marks this operation as deprecated.
        """
        _response: ApiResponse[VideoListResource] = await self._client._request(
            _LIST_VIDEOS, locals()
        )
        return _response.data

    async def list_videos_with_http_info(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: OrderEnum | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VideoListResource]:
        """Like `list_videos`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_LIST_VIDEOS, locals())

    def list_videos_iter(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: OrderEnum | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncPaginator[VideoResource]:
        """Like `list_videos`, but `async for` goes over the items of every page,
        fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return AsyncPaginator(self._client, _LIST_VIDEOS, locals(), _LIST_VIDEOS_PAGES)

    async def create_video_character(
        self,
        *,
        video: FileInput | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VideoCharacterResource:
        """Create a character from an uploaded video.

        Args:
            video: Video file used to create a character.
            name: Display name for this API character.

        .. deprecated:: the API marks this operation as deprecated.
        """
        _response: ApiResponse[VideoCharacterResource] = await self._client._request(
            _CREATE_VIDEO_CHARACTER, locals()
        )
        return _response.data

    async def create_video_character_with_http_info(
        self,
        *,
        video: FileInput | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VideoCharacterResource]:
        """Like `create_video_character`, but returns the status code and headers with
        the parsed body.
        """
        return await self._client._request(_CREATE_VIDEO_CHARACTER, locals())

    async def get_video_character(
        self,
        character_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VideoCharacterResource:
        """Fetch a character.

        Args:
            character_id: The identifier of the character to retrieve.

        .. deprecated:: the API marks this operation as deprecated.
        """
        _response: ApiResponse[VideoCharacterResource] = await self._client._request(
            _GET_VIDEO_CHARACTER, locals()
        )
        return _response.data

    async def get_video_character_with_http_info(
        self,
        character_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VideoCharacterResource]:
        """Like `get_video_character`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_GET_VIDEO_CHARACTER, locals())

    @overload
    async def create_video_edit(
        self,
        *,
        body: CreateVideoEditJsonBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VideoResource: ...

    @overload
    async def create_video_edit(
        self,
        *,
        video: VideoReferenceInputParam | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VideoResource: ...

    async def create_video_edit(
        self,
        *,
        video: VideoReferenceInputParam | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        body: CreateVideoEditJsonBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VideoResource:
        """Create a new video generation job by editing a source video or existing
        generated video.

        Args:
            video: Reference to the completed video to edit.
            prompt: Text prompt that describes how to edit the source video.

        .. deprecated:: the API marks this operation as deprecated.
        """
        _response: ApiResponse[VideoResource] = await self._client._request(
            _CREATE_VIDEO_EDIT, locals()
        )
        return _response.data

    @overload
    async def create_video_edit_with_http_info(
        self,
        *,
        body: CreateVideoEditJsonBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VideoResource]: ...

    @overload
    async def create_video_edit_with_http_info(
        self,
        *,
        video: VideoReferenceInputParam | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VideoResource]: ...

    async def create_video_edit_with_http_info(
        self,
        *,
        video: VideoReferenceInputParam | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        body: CreateVideoEditJsonBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VideoResource]:
        """Like `create_video_edit`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_CREATE_VIDEO_EDIT, locals())

    @overload
    async def create_video_extend(
        self,
        *,
        body: CreateVideoExtendJsonBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VideoResource: ...

    @overload
    async def create_video_extend(
        self,
        *,
        video: VideoReferenceInputParam | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        seconds: VideoSeconds | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VideoResource: ...

    async def create_video_extend(
        self,
        *,
        video: VideoReferenceInputParam | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        seconds: VideoSeconds | NotGiven = NOT_GIVEN,
        body: CreateVideoExtendJsonBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VideoResource:
        """Create an extension of a completed video.

        Args:
            video: Reference to the completed video to extend.
            prompt: Updated text prompt that directs the extension generation.
            seconds: Length of the newly generated extension segment in seconds (allowed values: 4, 8, 12, 16, 20).

        .. deprecated:: the API marks this operation as deprecated.
        """
        _response: ApiResponse[VideoResource] = await self._client._request(
            _CREATE_VIDEO_EXTEND, locals()
        )
        return _response.data

    @overload
    async def create_video_extend_with_http_info(
        self,
        *,
        body: CreateVideoExtendJsonBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VideoResource]: ...

    @overload
    async def create_video_extend_with_http_info(
        self,
        *,
        video: VideoReferenceInputParam | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        seconds: VideoSeconds | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VideoResource]: ...

    async def create_video_extend_with_http_info(
        self,
        *,
        video: VideoReferenceInputParam | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        seconds: VideoSeconds | NotGiven = NOT_GIVEN,
        body: CreateVideoExtendJsonBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VideoResource]:
        """Like `create_video_extend`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_CREATE_VIDEO_EXTEND, locals())

    async def get_video(
        self,
        video_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VideoResource:
        """Fetch the latest metadata for a generated video.

        Args:
            video_id: The identifier of the video to retrieve.

        .. deprecated:: the API marks this operation as deprecated.
        """
        _response: ApiResponse[VideoResource] = await self._client._request(
            _GET_VIDEO, locals()
        )
        return _response.data

    async def get_video_with_http_info(
        self,
        video_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VideoResource]:
        """Like `get_video`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_GET_VIDEO, locals())

    async def delete_video(
        self,
        video_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> DeletedVideoResource:
        """Permanently delete a completed or failed video and its stored assets.

        Args:
            video_id: The identifier of the video to delete.

        .. deprecated:: the API marks this operation as deprecated.
        """
        _response: ApiResponse[DeletedVideoResource] = await self._client._request(
            _DELETE_VIDEO, locals()
        )
        return _response.data

    async def delete_video_with_http_info(
        self,
        video_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[DeletedVideoResource]:
        """Like `delete_video`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_DELETE_VIDEO, locals())

    async def retrieve_video_content(
        self,
        video_id: str,
        *,
        variant: VideoContentVariant | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> str:
        """Download the generated video bytes or a derived preview asset.

        Streams the rendered video content for the specified video job.

        Args:
            video_id: The identifier of the video whose media to download.
            variant: Which downloadable asset to return. Defaults to the MP4 video.

        .. deprecated:: the API marks this operation as deprecated.
        """
        _response: ApiResponse[str] = await self._client._request(
            _RETRIEVE_VIDEO_CONTENT, locals()
        )
        return _response.data

    async def retrieve_video_content_with_http_info(
        self,
        video_id: str,
        *,
        variant: VideoContentVariant | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[str]:
        """Like `retrieve_video_content`, but returns the status code and headers with
        the parsed body.
        """
        return await self._client._request(_RETRIEVE_VIDEO_CONTENT, locals())

    @overload
    async def create_video_remix(
        self,
        video_id: str,
        *,
        body: CreateVideoRemixBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VideoResource: ...

    @overload
    async def create_video_remix(
        self,
        video_id: str,
        *,
        prompt: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VideoResource: ...

    async def create_video_remix(
        self,
        video_id: str,
        *,
        prompt: str | NotGiven = NOT_GIVEN,
        body: CreateVideoRemixBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VideoResource:
        """Create a remix of a completed video using a refreshed prompt.

        Args:
            video_id: The identifier of the completed video to remix.
            prompt: Updated text prompt that directs the remix generation.

        .. deprecated:: the API marks this operation as deprecated.
        """
        _response: ApiResponse[VideoResource] = await self._client._request(
            _CREATE_VIDEO_REMIX, locals()
        )
        return _response.data

    @overload
    async def create_video_remix_with_http_info(
        self,
        video_id: str,
        *,
        body: CreateVideoRemixBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VideoResource]: ...

    @overload
    async def create_video_remix_with_http_info(
        self,
        video_id: str,
        *,
        prompt: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VideoResource]: ...

    async def create_video_remix_with_http_info(
        self,
        video_id: str,
        *,
        prompt: str | NotGiven = NOT_GIVEN,
        body: CreateVideoRemixBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VideoResource]:
        """Like `create_video_remix`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_CREATE_VIDEO_REMIX, locals())
