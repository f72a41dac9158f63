"""Images operations: Given a prompt and/or an input image, the model will generate a
new image.
"""

from __future__ import annotations

from dataclasses import replace as _dataclass_replace
from typing import TYPE_CHECKING, Any, Literal, overload

from .._runtime import Endpoint as _Endpoint
from .._streaming import AsyncStream, Stream
from .._types import NOT_GIVEN, ApiResponse, FileInput, NotGiven, TimeoutTypes
from ..models.create_image_request import CreateImageRequest
from ..models.edit_image_body_json_param import EditImageBodyJsonParam
from ..models.image_edit_stream_event import ImageEditStreamEvent
from ..models.image_gen_stream_event import ImageGenStreamEvent
from ..models.image_ref_param import ImageRefParam
from ..models.images_response import ImagesResponse
from ..models.partial_images import PartialImages

if TYPE_CHECKING:
    from .._runtime import AsyncRuntime, SyncRuntime

__all__ = ["ImagesApi", "AsyncImagesApi"]

_CREATE_IMAGE_EDIT = _Endpoint(
    method="POST",
    path="/images/edits",
    operation_id="createImageEdit",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": ImagesResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("model", "model", "field"),
        ("images", "images", "field"),
        ("mask", "mask", "field"),
        ("prompt", "prompt", "field"),
        ("n", "n", "field"),
        ("quality", "quality", "field"),
        ("input_fidelity", "input_fidelity", "field"),
        ("size", "size", "field"),
        ("user", "user", "field"),
        ("output_format", "output_format", "field"),
        ("output_compression", "output_compression", "field"),
        ("moderation", "moderation", "field"),
        ("background", "background", "field"),
        ("stream", "stream", "field"),
        ("partial_images", "partial_images", "field"),
    ),
    body_mode="fields",
    body_required=True,
)
_CREATE_IMAGE_EDIT_STREAM = _dataclass_replace(
    _CREATE_IMAGE_EDIT,
    response_kind="sse",
    accept="text/event-stream",
    event_type=ImageEditStreamEvent,
    stream_field="stream",
)

_CREATE_IMAGE = _Endpoint(
    method="POST",
    path="/images/generations",
    operation_id="createImage",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": ImagesResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("prompt", "prompt", "field"),
        ("model", "model", "field"),
        ("n", "n", "field"),
        ("quality", "quality", "field"),
        ("response_format", "response_format", "field"),
        ("output_format", "output_format", "field"),
        ("output_compression", "output_compression", "field"),
        ("stream", "stream", "field"),
        ("partial_images", "partial_images", "field"),
        ("size", "size", "field"),
        ("moderation", "moderation", "field"),
        ("background", "background", "field"),
        ("style", "style", "field"),
        ("user", "user", "field"),
    ),
    body_mode="fields",
    body_required=True,
)
_CREATE_IMAGE_STREAM = _dataclass_replace(
    _CREATE_IMAGE,
    response_kind="sse",
    accept="text/event-stream",
    event_type=ImageGenStreamEvent,
    stream_field="stream",
)

_CREATE_IMAGE_VARIATION = _Endpoint(
    method="POST",
    path="/images/variations",
    operation_id="createImageVariation",
    body_kind="multipart",
    content_type="multipart/form-data",
    response_kind="json",
    responses={
        "200": ImagesResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("image", "image", "field"),
        ("model", "model", "field"),
        ("n", "n", "field"),
        ("response_format", "response_format", "field"),
        ("size", "size", "field"),
        ("user", "user", "field"),
    ),
    body_mode="fields",
    body_required=True,
)


class ImagesApi:
    """Images operations: Given a prompt and/or an input image, the model will generate
    a new image.

    Reach it as `client.images`.
    """

    def __init__(self, client: SyncRuntime) -> None:
        self._client = client

    @overload
    def create_image_edit(
        self,
        *,
        body: EditImageBodyJsonParam | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ImagesResponse: ...

    @overload
    def create_image_edit(
        self,
        *,
        images: list[ImageRefParam],
        prompt: str,
        model: (
            str
            | Literal[
                "gpt-image-1.5",
                "gpt-image-2",
                "gpt-image-2-2026-04-21",
                "gpt-image-1",
                "gpt-image-1-mini",
                "chatgpt-image-latest",
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        mask: ImageRefParam | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        quality: (
            Literal["low", "medium", "high", "auto"] | str | None | NotGiven
        ) = NOT_GIVEN,
        input_fidelity: Literal["high", "low"] | str | None | NotGiven = NOT_GIVEN,
        size: (
            Literal["auto", "1024x1024", "1536x1024", "1024x1536"]
            | str
            | None
            | NotGiven
        ) = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        output_format: (
            Literal["png", "jpeg", "webp"] | str | None | NotGiven
        ) = NOT_GIVEN,
        output_compression: int | None | NotGiven = NOT_GIVEN,
        moderation: Literal["low", "auto"] | str | None | NotGiven = NOT_GIVEN,
        background: (
            Literal["transparent", "opaque", "auto"] | str | None | NotGiven
        ) = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        partial_images: PartialImages | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ImagesResponse: ...

    def create_image_edit(
        self,
        *,
        model: (
            str
            | Literal[
                "gpt-image-1.5",
                "gpt-image-2",
                "gpt-image-2-2026-04-21",
                "gpt-image-1",
                "gpt-image-1-mini",
                "chatgpt-image-latest",
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        images: list[ImageRefParam] | NotGiven = NOT_GIVEN,
        mask: ImageRefParam | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        quality: (
            Literal["low", "medium", "high", "auto"] | str | None | NotGiven
        ) = NOT_GIVEN,
        input_fidelity: Literal["high", "low"] | str | None | NotGiven = NOT_GIVEN,
        size: (
            Literal["auto", "1024x1024", "1536x1024", "1024x1536"]
            | str
            | None
            | NotGiven
        ) = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        output_format: (
            Literal["png", "jpeg", "webp"] | str | None | NotGiven
        ) = NOT_GIVEN,
        output_compression: int | None | NotGiven = NOT_GIVEN,
        moderation: Literal["low", "auto"] | str | None | NotGiven = NOT_GIVEN,
        background: (
            Literal["transparent", "opaque", "auto"] | str | None | NotGiven
        ) = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        partial_images: PartialImages | NotGiven = NOT_GIVEN,
        body: EditImageBodyJsonParam | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ImagesResponse:
        """Creates an edited or extended image given one or more source images and a
        prompt. This endpoint supports GPT Image models (`gpt-image-1.5`,
        `gpt-image-1`, `gpt-image-1-mini`, and `chatgpt-image-latest`) and
        `dall-e-2`.

        You can call this endpoint with either:

        - `multipart/form-data`: use binary uploads via `image` (and optional
          `mask`).
        - `application/json`: use `images` (and optional `mask`) as references with
          either `image_url` or `file_id`.

        Note that JSON requests use `images` (array) instead of the multipart `image`
        field.

        Args:
            model: The GPT image model to use for image editing, including `gpt-image-2` and its dated snapshot `gpt-image-2-2026-04-21`.
            images: Input image references to edit. For GPT image models, you can provide up to 16 images.
            mask: Reference an input image by either URL or uploaded file ID. Provide exactly one of `image_url` or `file_id`.
            prompt: A text description of the desired image edit.
            n: The number of edited images to generate.
            quality: Output quality for GPT image models.
            input_fidelity: Controls fidelity to the original input image(s).
            size: Requested output image size.
            user: A unique identifier representing your end-user, which can help OpenAI monitor and detect abuse.
            output_format: Output image format. Supported for GPT image models.
            output_compression: Compression level for `jpeg` or `webp` output.
            moderation: Moderation level for GPT image models.
            background: Set the background of the generated image output. Transparent backgrounds are available for supported GPT Image models. For `gpt-image-2` and `gpt-image-2-2026-04-21`, this support is in preview. When using `transparent`, set the output format to `png` or `webp`.
            stream: Stream partial image results as events.
        """
        _response: ApiResponse[ImagesResponse] = self._client._request(
            _CREATE_IMAGE_EDIT, locals()
        )
        return _response.data

    @overload
    def create_image_edit_with_http_info(
        self,
        *,
        body: EditImageBodyJsonParam | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ImagesResponse]: ...

    @overload
    def create_image_edit_with_http_info(
        self,
        *,
        images: list[ImageRefParam],
        prompt: str,
        model: (
            str
            | Literal[
                "gpt-image-1.5",
                "gpt-image-2",
                "gpt-image-2-2026-04-21",
                "gpt-image-1",
                "gpt-image-1-mini",
                "chatgpt-image-latest",
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        mask: ImageRefParam | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        quality: (
            Literal["low", "medium", "high", "auto"] | str | None | NotGiven
        ) = NOT_GIVEN,
        input_fidelity: Literal["high", "low"] | str | None | NotGiven = NOT_GIVEN,
        size: (
            Literal["auto", "1024x1024", "1536x1024", "1024x1536"]
            | str
            | None
            | NotGiven
        ) = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        output_format: (
            Literal["png", "jpeg", "webp"] | str | None | NotGiven
        ) = NOT_GIVEN,
        output_compression: int | None | NotGiven = NOT_GIVEN,
        moderation: Literal["low", "auto"] | str | None | NotGiven = NOT_GIVEN,
        background: (
            Literal["transparent", "opaque", "auto"] | str | None | NotGiven
        ) = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        partial_images: PartialImages | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ImagesResponse]: ...

    def create_image_edit_with_http_info(
        self,
        *,
        model: (
            str
            | Literal[
                "gpt-image-1.5",
                "gpt-image-2",
                "gpt-image-2-2026-04-21",
                "gpt-image-1",
                "gpt-image-1-mini",
                "chatgpt-image-latest",
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        images: list[ImageRefParam] | NotGiven = NOT_GIVEN,
        mask: ImageRefParam | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        quality: (
            Literal["low", "medium", "high", "auto"] | str | None | NotGiven
        ) = NOT_GIVEN,
        input_fidelity: Literal["high", "low"] | str | None | NotGiven = NOT_GIVEN,
        size: (
            Literal["auto", "1024x1024", "1536x1024", "1024x1536"]
            | str
            | None
            | NotGiven
        ) = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        output_format: (
            Literal["png", "jpeg", "webp"] | str | None | NotGiven
        ) = NOT_GIVEN,
        output_compression: int | None | NotGiven = NOT_GIVEN,
        moderation: Literal["low", "auto"] | str | None | NotGiven = NOT_GIVEN,
        background: (
            Literal["transparent", "opaque", "auto"] | str | None | NotGiven
        ) = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        partial_images: PartialImages | NotGiven = NOT_GIVEN,
        body: EditImageBodyJsonParam | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ImagesResponse]:
        """Like `create_image_edit`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_CREATE_IMAGE_EDIT, locals())

    @overload
    def create_image_edit_stream(
        self,
        *,
        body: EditImageBodyJsonParam | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Stream[ImageEditStreamEvent]: ...

    @overload
    def create_image_edit_stream(
        self,
        *,
        images: list[ImageRefParam],
        prompt: str,
        model: (
            str
            | Literal[
                "gpt-image-1.5",
                "gpt-image-2",
                "gpt-image-2-2026-04-21",
                "gpt-image-1",
                "gpt-image-1-mini",
                "chatgpt-image-latest",
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        mask: ImageRefParam | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        quality: (
            Literal["low", "medium", "high", "auto"] | str | None | NotGiven
        ) = NOT_GIVEN,
        input_fidelity: Literal["high", "low"] | str | None | NotGiven = NOT_GIVEN,
        size: (
            Literal["auto", "1024x1024", "1536x1024", "1024x1536"]
            | str
            | None
            | NotGiven
        ) = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        output_format: (
            Literal["png", "jpeg", "webp"] | str | None | NotGiven
        ) = NOT_GIVEN,
        output_compression: int | None | NotGiven = NOT_GIVEN,
        moderation: Literal["low", "auto"] | str | None | NotGiven = NOT_GIVEN,
        background: (
            Literal["transparent", "opaque", "auto"] | str | None | NotGiven
        ) = NOT_GIVEN,
        partial_images: PartialImages | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Stream[ImageEditStreamEvent]: ...

    def create_image_edit_stream(
        self,
        *,
        model: (
            str
            | Literal[
                "gpt-image-1.5",
                "gpt-image-2",
                "gpt-image-2-2026-04-21",
                "gpt-image-1",
                "gpt-image-1-mini",
                "chatgpt-image-latest",
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        images: list[ImageRefParam] | NotGiven = NOT_GIVEN,
        mask: ImageRefParam | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        quality: (
            Literal["low", "medium", "high", "auto"] | str | None | NotGiven
        ) = NOT_GIVEN,
        input_fidelity: Literal["high", "low"] | str | None | NotGiven = NOT_GIVEN,
        size: (
            Literal["auto", "1024x1024", "1536x1024", "1024x1536"]
            | str
            | None
            | NotGiven
        ) = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        output_format: (
            Literal["png", "jpeg", "webp"] | str | None | NotGiven
        ) = NOT_GIVEN,
        output_compression: int | None | NotGiven = NOT_GIVEN,
        moderation: Literal["low", "auto"] | str | None | NotGiven = NOT_GIVEN,
        background: (
            Literal["transparent", "opaque", "auto"] | str | None | NotGiven
        ) = NOT_GIVEN,
        partial_images: PartialImages | NotGiven = NOT_GIVEN,
        body: EditImageBodyJsonParam | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Stream[ImageEditStreamEvent]:
        """Like `create_image_edit`, but sends `stream: true` and returns the
        server-sent events as they arrive.

        Iterate over the result; the connection closes when the loop ends (`with`
        closes it early).
        """
        _response: ApiResponse[Stream[ImageEditStreamEvent]] = self._client._stream(
            _CREATE_IMAGE_EDIT_STREAM, locals()
        )
        return _response.data

    @overload
    def create_image(
        self,
        *,
        body: CreateImageRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ImagesResponse: ...

    @overload
    def create_image(
        self,
        *,
        prompt: str,
        model: (
            str
            | Literal[
                "gpt-image-1.5",
                "gpt-image-2",
                "gpt-image-2-2026-04-21",
                "dall-e-2",
                "dall-e-3",
                "gpt-image-1",
                "gpt-image-1-mini",
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        quality: (
            Literal["standard", "hd", "low", "medium", "high", "auto"]
            | str
            | None
            | NotGiven
        ) = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | str | None | NotGiven = NOT_GIVEN,
        output_format: (
            Literal["png", "jpeg", "webp"] | str | None | NotGiven
        ) = NOT_GIVEN,
        output_compression: int | None | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        partial_images: PartialImages | NotGiven = NOT_GIVEN,
        size: (
            str
            | Literal[
                "auto",
                "1024x1024",
                "1536x1024",
                "1024x1536",
                "256x256",
                "512x512",
                "1792x1024",
                "1024x1792",
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        moderation: Literal["low", "auto"] | str | None | NotGiven = NOT_GIVEN,
        background: (
            Literal["transparent", "opaque", "auto"] | str | None | NotGiven
        ) = NOT_GIVEN,
        style: Literal["vivid", "natural"] | str | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ImagesResponse: ...

    def create_image(
        self,
        *,
        prompt: str | NotGiven = NOT_GIVEN,
        model: (
            str
            | Literal[
                "gpt-image-1.5",
                "gpt-image-2",
                "gpt-image-2-2026-04-21",
                "dall-e-2",
                "dall-e-3",
                "gpt-image-1",
                "gpt-image-1-mini",
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        quality: (
            Literal["standard", "hd", "low", "medium", "high", "auto"]
            | str
            | None
            | NotGiven
        ) = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | str | None | NotGiven = NOT_GIVEN,
        output_format: (
            Literal["png", "jpeg", "webp"] | str | None | NotGiven
        ) = NOT_GIVEN,
        output_compression: int | None | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        partial_images: PartialImages | NotGiven = NOT_GIVEN,
        size: (
            str
            | Literal[
                "auto",
                "1024x1024",
                "1536x1024",
                "1024x1536",
                "256x256",
                "512x512",
                "1792x1024",
                "1024x1792",
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        moderation: Literal["low", "auto"] | str | None | NotGiven = NOT_GIVEN,
        background: (
            Literal["transparent", "opaque", "auto"] | str | None | NotGiven
        ) = NOT_GIVEN,
        style: Literal["vivid", "natural"] | str | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        body: CreateImageRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ImagesResponse:
        """Creates an image given a prompt. [Learn more](/docs/guides/images).

        Args:
            prompt: A text description of the desired image(s). The maximum length is 32000 characters for the GPT image models, 1000 characters for `dall-e-2` and 4000 characters for `dall-e-3`.
            model: The model to use for image generation. One of `dall-e-2`, `dall-e-3`, or a GPT image model (`gpt-image-1`, `gpt-image-1-mini`, `gpt-image-1.5`, `gpt-image-2`, `gpt-image-2-2026-04-21`). Defaults to `dall-e-2` unless a parameter specific to the GPT image models is used.
            n: The number of images to generate. Must be between 1 and 10. For `dall-e-3`, only `n=1` is supported.
            quality: The quality of the image that will be generated. - `auto` (default value) will automatically select the best quality for the given model. - `high`, `medium` and `low` are supported for the GPT image models. - `hd` and `standard` are supported for `dall-e-3`. - `standard` is the only option for `dall-e-2`.
            response_format: The format in which generated images with `dall-e-2` and `dall-e-3` are returned. Must be one of `url` or `b64_json`. URLs are only valid for 60 minutes after the image has been generated. This parameter isn't supported for the GPT image models, which always return base64-encoded images.
            output_format: The format in which the generated images are returned. This parameter is only supported for the GPT image models. Must be one of `png`, `jpeg`, or `webp`.
            output_compression: The compression level (0-100%) for the generated images. This parameter is only supported for the GPT image models with the `webp` or `jpeg` output formats, and defaults to 100.
            stream: Generate the image in streaming mode. Defaults to `false`. See the [Image generation guide](https://api.openai.com/docs/guides/image-generation) for more information. This parameter is only supported for the GPT image models.
            size: The size of the generated images. For `gpt-image-2` and `gpt-image-2-2026-04-21`, arbitrary resolutions are supported as `WIDTHxHEIGHT` strings, for example `1536x864`. Width and height must both be divisible by 16 and the requested aspect ratio must be between 1:3 and 3:1. Resolutions above `2560x1440` are experimental, and the maximum supported resolution is `3840x2160`. The requested size must also satisfy the model's current pixel and edge limits. The standard sizes `1024x1024`, `1536x1024`, and `1024x1536` are supported by the GPT image models; `auto` is supported for models that allow automatic sizing. For `dall-e-2`, use one of `256x256`, `512x512`, or `1024x1024`. For `dall-e-3`, use one of `1024x1024`, `1792x1024`, or `1024x1792`.
            moderation: Control the content-moderation level for images generated by the GPT image models. Must be either `low` for less restrictive filtering or `auto` (default value).
            background: Set the background of the generated image(s). This parameter is only supported for the GPT image models. Must be one of `transparent`, `opaque`, or `auto` (default value). When `auto` is used, the model will automatically determine the best background for the image. Transparent backgrounds are available for supported GPT Image models. For `gpt-image-2` and `gpt-image-2-2026-04-21`, this support is in preview. When using `transparent`, set the output format to `png` or `webp`.
            style: The style of the generated images. This parameter is only supported for `dall-e-3`. Must be one of `vivid` or `natural`. Vivid causes the model to lean towards generating hyper-real and dramatic images. Natural causes the model to produce more natural, less hyper-real looking images.
            user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](https://api.openai.com/docs/guides/safety-best-practices#end-user-ids).
        """
        _response: ApiResponse[ImagesResponse] = self._client._request(
            _CREATE_IMAGE, locals()
        )
        return _response.data

    @overload
    def create_image_with_http_info(
        self,
        *,
        body: CreateImageRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ImagesResponse]: ...

    @overload
    def create_image_with_http_info(
        self,
        *,
        prompt: str,
        model: (
            str
            | Literal[
                "gpt-image-1.5",
                "gpt-image-2",
                "gpt-image-2-2026-04-21",
                "dall-e-2",
                "dall-e-3",
                "gpt-image-1",
                "gpt-image-1-mini",
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        quality: (
            Literal["standard", "hd", "low", "medium", "high", "auto"]
            | str
            | None
            | NotGiven
        ) = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | str | None | NotGiven = NOT_GIVEN,
        output_format: (
            Literal["png", "jpeg", "webp"] | str | None | NotGiven
        ) = NOT_GIVEN,
        output_compression: int | None | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        partial_images: PartialImages | NotGiven = NOT_GIVEN,
        size: (
            str
            | Literal[
                "auto",
                "1024x1024",
                "1536x1024",
                "1024x1536",
                "256x256",
                "512x512",
                "1792x1024",
                "1024x1792",
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        moderation: Literal["low", "auto"] | str | None | NotGiven = NOT_GIVEN,
        background: (
            Literal["transparent", "opaque", "auto"] | str | None | NotGiven
        ) = NOT_GIVEN,
        style: Literal["vivid", "natural"] | str | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ImagesResponse]: ...

    def create_image_with_http_info(
        self,
        *,
        prompt: str | NotGiven = NOT_GIVEN,
        model: (
            str
            | Literal[
                "gpt-image-1.5",
                "gpt-image-2",
                "gpt-image-2-2026-04-21",
                "dall-e-2",
                "dall-e-3",
                "gpt-image-1",
                "gpt-image-1-mini",
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        quality: (
            Literal["standard", "hd", "low", "medium", "high", "auto"]
            | str
            | None
            | NotGiven
        ) = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | str | None | NotGiven = NOT_GIVEN,
        output_format: (
            Literal["png", "jpeg", "webp"] | str | None | NotGiven
        ) = NOT_GIVEN,
        output_compression: int | None | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        partial_images: PartialImages | NotGiven = NOT_GIVEN,
        size: (
            str
            | Literal[
                "auto",
                "1024x1024",
                "1536x1024",
                "1024x1536",
                "256x256",
                "512x512",
                "1792x1024",
                "1024x1792",
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        moderation: Literal["low", "auto"] | str | None | NotGiven = NOT_GIVEN,
        background: (
            Literal["transparent", "opaque", "auto"] | str | None | NotGiven
        ) = NOT_GIVEN,
        style: Literal["vivid", "natural"] | str | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        body: CreateImageRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ImagesResponse]:
        """Like `create_image`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_CREATE_IMAGE, locals())

    @overload
    def create_image_stream(
        self,
        *,
        body: CreateImageRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Stream[ImageGenStreamEvent]: ...

    @overload
    def create_image_stream(
        self,
        *,
        prompt: str,
        model: (
            str
            | Literal[
                "gpt-image-1.5",
                "gpt-image-2",
                "gpt-image-2-2026-04-21",
                "dall-e-2",
                "dall-e-3",
                "gpt-image-1",
                "gpt-image-1-mini",
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        quality: (
            Literal["standard", "hd", "low", "medium", "high", "auto"]
            | str
            | None
            | NotGiven
        ) = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | str | None | NotGiven = NOT_GIVEN,
        output_format: (
            Literal["png", "jpeg", "webp"] | str | None | NotGiven
        ) = NOT_GIVEN,
        output_compression: int | None | NotGiven = NOT_GIVEN,
        partial_images: PartialImages | NotGiven = NOT_GIVEN,
        size: (
            str
            | Literal[
                "auto",
                "1024x1024",
                "1536x1024",
                "1024x1536",
                "256x256",
                "512x512",
                "1792x1024",
                "1024x1792",
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        moderation: Literal["low", "auto"] | str | None | NotGiven = NOT_GIVEN,
        background: (
            Literal["transparent", "opaque", "auto"] | str | None | NotGiven
        ) = NOT_GIVEN,
        style: Literal["vivid", "natural"] | str | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Stream[ImageGenStreamEvent]: ...

    def create_image_stream(
        self,
        *,
        prompt: str | NotGiven = NOT_GIVEN,
        model: (
            str
            | Literal[
                "gpt-image-1.5",
                "gpt-image-2",
                "gpt-image-2-2026-04-21",
                "dall-e-2",
                "dall-e-3",
                "gpt-image-1",
                "gpt-image-1-mini",
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        quality: (
            Literal["standard", "hd", "low", "medium", "high", "auto"]
            | str
            | None
            | NotGiven
        ) = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | str | None | NotGiven = NOT_GIVEN,
        output_format: (
            Literal["png", "jpeg", "webp"] | str | None | NotGiven
        ) = NOT_GIVEN,
        output_compression: int | None | NotGiven = NOT_GIVEN,
        partial_images: PartialImages | NotGiven = NOT_GIVEN,
        size: (
            str
            | Literal[
                "auto",
                "1024x1024",
                "1536x1024",
                "1024x1536",
                "256x256",
                "512x512",
                "1792x1024",
                "1024x1792",
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        moderation: Literal["low", "auto"] | str | None | NotGiven = NOT_GIVEN,
        background: (
            Literal["transparent", "opaque", "auto"] | str | None | NotGiven
        ) = NOT_GIVEN,
        style: Literal["vivid", "natural"] | str | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        body: CreateImageRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Stream[ImageGenStreamEvent]:
        """Like `create_image`, but sends `stream: true` and returns the server-sent
        events as they arrive.

        Iterate over the result; the connection closes when the loop ends (`with`
        closes it early).
        """
        _response: ApiResponse[Stream[ImageGenStreamEvent]] = self._client._stream(
            _CREATE_IMAGE_STREAM, locals()
        )
        return _response.data

    def create_image_variation(
        self,
        *,
        image: FileInput,
        model: str | Literal["dall-e-2"] | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | str | None | NotGiven = NOT_GIVEN,
        size: (
            Literal["256x256", "512x512", "1024x1024"] | str | None | NotGiven
        ) = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ImagesResponse:
        """Creates a variation of a given image. This endpoint only supports `dall-e-2`.

        Args:
            image: The image to use as the basis for the variation(s). Must be a valid PNG file, less than 4MB, and square.
            model: The model to use for image generation. Only `dall-e-2` is supported at this time.
            n: The number of images to generate. Must be between 1 and 10.
            response_format: The format in which the generated images are returned. Must be one of `url` or `b64_json`. URLs are only valid for 60 minutes after the image has been generated.
            size: The size of the generated images. Must be one of `256x256`, `512x512`, or `1024x1024`.
            user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](https://api.openai.com/docs/guides/safety-best-practices#end-user-ids).
        """
        _response: ApiResponse[ImagesResponse] = self._client._request(
            _CREATE_IMAGE_VARIATION, locals()
        )
        return _response.data

    def create_image_variation_with_http_info(
        self,
        *,
        image: FileInput,
        model: str | Literal["dall-e-2"] | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | str | None | NotGiven = NOT_GIVEN,
        size: (
            Literal["256x256", "512x512", "1024x1024"] | str | None | NotGiven
        ) = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ImagesResponse]:
        """Like `create_image_variation`, but returns the status code and headers with
        the parsed body.
        """
        return self._client._request(_CREATE_IMAGE_VARIATION, locals())


class AsyncImagesApi:
    """Images operations (async): Given a prompt and/or an input image, the model will
    generate a new image.

    Reach it as `client.images`.
    """

    def __init__(self, client: AsyncRuntime) -> None:
        self._client = client

    @overload
    async def create_image_edit(
        self,
        *,
        body: EditImageBodyJsonParam | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ImagesResponse: ...

    @overload
    async def create_image_edit(
        self,
        *,
        images: list[ImageRefParam],
        prompt: str,
        model: (
            str
            | Literal[
                "gpt-image-1.5",
                "gpt-image-2",
                "gpt-image-2-2026-04-21",
                "gpt-image-1",
                "gpt-image-1-mini",
                "chatgpt-image-latest",
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        mask: ImageRefParam | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        quality: (
            Literal["low", "medium", "high", "auto"] | str | None | NotGiven
        ) = NOT_GIVEN,
        input_fidelity: Literal["high", "low"] | str | None | NotGiven = NOT_GIVEN,
        size: (
            Literal["auto", "1024x1024", "1536x1024", "1024x1536"]
            | str
            | None
            | NotGiven
        ) = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        output_format: (
            Literal["png", "jpeg", "webp"] | str | None | NotGiven
        ) = NOT_GIVEN,
        output_compression: int | None | NotGiven = NOT_GIVEN,
        moderation: Literal["low", "auto"] | str | None | NotGiven = NOT_GIVEN,
        background: (
            Literal["transparent", "opaque", "auto"] | str | None | NotGiven
        ) = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        partial_images: PartialImages | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ImagesResponse: ...

    async def create_image_edit(
        self,
        *,
        model: (
            str
            | Literal[
                "gpt-image-1.5",
                "gpt-image-2",
                "gpt-image-2-2026-04-21",
                "gpt-image-1",
                "gpt-image-1-mini",
                "chatgpt-image-latest",
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        images: list[ImageRefParam] | NotGiven = NOT_GIVEN,
        mask: ImageRefParam | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        quality: (
            Literal["low", "medium", "high", "auto"] | str | None | NotGiven
        ) = NOT_GIVEN,
        input_fidelity: Literal["high", "low"] | str | None | NotGiven = NOT_GIVEN,
        size: (
            Literal["auto", "1024x1024", "1536x1024", "1024x1536"]
            | str
            | None
            | NotGiven
        ) = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        output_format: (
            Literal["png", "jpeg", "webp"] | str | None | NotGiven
        ) = NOT_GIVEN,
        output_compression: int | None | NotGiven = NOT_GIVEN,
        moderation: Literal["low", "auto"] | str | None | NotGiven = NOT_GIVEN,
        background: (
            Literal["transparent", "opaque", "auto"] | str | None | NotGiven
        ) = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        partial_images: PartialImages | NotGiven = NOT_GIVEN,
        body: EditImageBodyJsonParam | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ImagesResponse:
        """Creates an edited or extended image given one or more source images and a
        prompt. This endpoint supports GPT Image models (`gpt-image-1.5`,
        `gpt-image-1`, `gpt-image-1-mini`, and `chatgpt-image-latest`) and
        `dall-e-2`.

        You can call this endpoint with either:

        - `multipart/form-data`: use binary uploads via `image` (and optional
          `mask`).
        - `application/json`: use `images` (and optional `mask`) as references with
          either `image_url` or `file_id`.

        Note that JSON requests use `images` (array) instead of the multipart `image`
        field.

        Args:
            model: The GPT image model to use for image editing, including `gpt-image-2` and its dated snapshot `gpt-image-2-2026-04-21`.
            images: Input image references to edit. For GPT image models, you can provide up to 16 images.
            mask: Reference an input image by either URL or uploaded file ID. Provide exactly one of `image_url` or `file_id`.
            prompt: A text description of the desired image edit.
            n: The number of edited images to generate.
            quality: Output quality for GPT image models.
            input_fidelity: Controls fidelity to the original input image(s).
            size: Requested output image size.
            user: A unique identifier representing your end-user, which can help OpenAI monitor and detect abuse.
            output_format: Output image format. Supported for GPT image models.
            output_compression: Compression level for `jpeg` or `webp` output.
            moderation: Moderation level for GPT image models.
            background: Set the background of the generated image output. Transparent backgrounds are available for supported GPT Image models. For `gpt-image-2` and `gpt-image-2-2026-04-21`, this support is in preview. When using `transparent`, set the output format to `png` or `webp`.
            stream: Stream partial image results as events.
        """
        _response: ApiResponse[ImagesResponse] = await self._client._request(
            _CREATE_IMAGE_EDIT, locals()
        )
        return _response.data

    @overload
    async def create_image_edit_with_http_info(
        self,
        *,
        body: EditImageBodyJsonParam | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ImagesResponse]: ...

    @overload
    async def create_image_edit_with_http_info(
        self,
        *,
        images: list[ImageRefParam],
        prompt: str,
        model: (
            str
            | Literal[
                "gpt-image-1.5",
                "gpt-image-2",
                "gpt-image-2-2026-04-21",
                "gpt-image-1",
                "gpt-image-1-mini",
                "chatgpt-image-latest",
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        mask: ImageRefParam | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        quality: (
            Literal["low", "medium", "high", "auto"] | str | None | NotGiven
        ) = NOT_GIVEN,
        input_fidelity: Literal["high", "low"] | str | None | NotGiven = NOT_GIVEN,
        size: (
            Literal["auto", "1024x1024", "1536x1024", "1024x1536"]
            | str
            | None
            | NotGiven
        ) = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        output_format: (
            Literal["png", "jpeg", "webp"] | str | None | NotGiven
        ) = NOT_GIVEN,
        output_compression: int | None | NotGiven = NOT_GIVEN,
        moderation: Literal["low", "auto"] | str | None | NotGiven = NOT_GIVEN,
        background: (
            Literal["transparent", "opaque", "auto"] | str | None | NotGiven
        ) = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        partial_images: PartialImages | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ImagesResponse]: ...

    async def create_image_edit_with_http_info(
        self,
        *,
        model: (
            str
            | Literal[
                "gpt-image-1.5",
                "gpt-image-2",
                "gpt-image-2-2026-04-21",
                "gpt-image-1",
                "gpt-image-1-mini",
                "chatgpt-image-latest",
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        images: list[ImageRefParam] | NotGiven = NOT_GIVEN,
        mask: ImageRefParam | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        quality: (
            Literal["low", "medium", "high", "auto"] | str | None | NotGiven
        ) = NOT_GIVEN,
        input_fidelity: Literal["high", "low"] | str | None | NotGiven = NOT_GIVEN,
        size: (
            Literal["auto", "1024x1024", "1536x1024", "1024x1536"]
            | str
            | None
            | NotGiven
        ) = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        output_format: (
            Literal["png", "jpeg", "webp"] | str | None | NotGiven
        ) = NOT_GIVEN,
        output_compression: int | None | NotGiven = NOT_GIVEN,
        moderation: Literal["low", "auto"] | str | None | NotGiven = NOT_GIVEN,
        background: (
            Literal["transparent", "opaque", "auto"] | str | None | NotGiven
        ) = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        partial_images: PartialImages | NotGiven = NOT_GIVEN,
        body: EditImageBodyJsonParam | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ImagesResponse]:
        """Like `create_image_edit`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_CREATE_IMAGE_EDIT, locals())

    @overload
    async def create_image_edit_stream(
        self,
        *,
        body: EditImageBodyJsonParam | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncStream[ImageEditStreamEvent]: ...

    @overload
    async def create_image_edit_stream(
        self,
        *,
        images: list[ImageRefParam],
        prompt: str,
        model: (
            str
            | Literal[
                "gpt-image-1.5",
                "gpt-image-2",
                "gpt-image-2-2026-04-21",
                "gpt-image-1",
                "gpt-image-1-mini",
                "chatgpt-image-latest",
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        mask: ImageRefParam | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        quality: (
            Literal["low", "medium", "high", "auto"] | str | None | NotGiven
        ) = NOT_GIVEN,
        input_fidelity: Literal["high", "low"] | str | None | NotGiven = NOT_GIVEN,
        size: (
            Literal["auto", "1024x1024", "1536x1024", "1024x1536"]
            | str
            | None
            | NotGiven
        ) = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        output_format: (
            Literal["png", "jpeg", "webp"] | str | None | NotGiven
        ) = NOT_GIVEN,
        output_compression: int | None | NotGiven = NOT_GIVEN,
        moderation: Literal["low", "auto"] | str | None | NotGiven = NOT_GIVEN,
        background: (
            Literal["transparent", "opaque", "auto"] | str | None | NotGiven
        ) = NOT_GIVEN,
        partial_images: PartialImages | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncStream[ImageEditStreamEvent]: ...

    async def create_image_edit_stream(
        self,
        *,
        model: (
            str
            | Literal[
                "gpt-image-1.5",
                "gpt-image-2",
                "gpt-image-2-2026-04-21",
                "gpt-image-1",
                "gpt-image-1-mini",
                "chatgpt-image-latest",
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        images: list[ImageRefParam] | NotGiven = NOT_GIVEN,
        mask: ImageRefParam | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        quality: (
            Literal["low", "medium", "high", "auto"] | str | None | NotGiven
        ) = NOT_GIVEN,
        input_fidelity: Literal["high", "low"] | str | None | NotGiven = NOT_GIVEN,
        size: (
            Literal["auto", "1024x1024", "1536x1024", "1024x1536"]
            | str
            | None
            | NotGiven
        ) = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        output_format: (
            Literal["png", "jpeg", "webp"] | str | None | NotGiven
        ) = NOT_GIVEN,
        output_compression: int | None | NotGiven = NOT_GIVEN,
        moderation: Literal["low", "auto"] | str | None | NotGiven = NOT_GIVEN,
        background: (
            Literal["transparent", "opaque", "auto"] | str | None | NotGiven
        ) = NOT_GIVEN,
        partial_images: PartialImages | NotGiven = NOT_GIVEN,
        body: EditImageBodyJsonParam | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncStream[ImageEditStreamEvent]:
        """Like `create_image_edit`, but sends `stream: true` and returns the
        server-sent events as they arrive.

        Iterate over the result; the connection closes when the loop ends (`with`
        closes it early).
        """
        _response: ApiResponse[AsyncStream[ImageEditStreamEvent]] = (
            await self._client._stream(_CREATE_IMAGE_EDIT_STREAM, locals())
        )
        return _response.data

    @overload
    async def create_image(
        self,
        *,
        body: CreateImageRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ImagesResponse: ...

    @overload
    async def create_image(
        self,
        *,
        prompt: str,
        model: (
            str
            | Literal[
                "gpt-image-1.5",
                "gpt-image-2",
                "gpt-image-2-2026-04-21",
                "dall-e-2",
                "dall-e-3",
                "gpt-image-1",
                "gpt-image-1-mini",
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        quality: (
            Literal["standard", "hd", "low", "medium", "high", "auto"]
            | str
            | None
            | NotGiven
        ) = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | str | None | NotGiven = NOT_GIVEN,
        output_format: (
            Literal["png", "jpeg", "webp"] | str | None | NotGiven
        ) = NOT_GIVEN,
        output_compression: int | None | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        partial_images: PartialImages | NotGiven = NOT_GIVEN,
        size: (
            str
            | Literal[
                "auto",
                "1024x1024",
                "1536x1024",
                "1024x1536",
                "256x256",
                "512x512",
                "1792x1024",
                "1024x1792",
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        moderation: Literal["low", "auto"] | str | None | NotGiven = NOT_GIVEN,
        background: (
            Literal["transparent", "opaque", "auto"] | str | None | NotGiven
        ) = NOT_GIVEN,
        style: Literal["vivid", "natural"] | str | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ImagesResponse: ...

    async def create_image(
        self,
        *,
        prompt: str | NotGiven = NOT_GIVEN,
        model: (
            str
            | Literal[
                "gpt-image-1.5",
                "gpt-image-2",
                "gpt-image-2-2026-04-21",
                "dall-e-2",
                "dall-e-3",
                "gpt-image-1",
                "gpt-image-1-mini",
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        quality: (
            Literal["standard", "hd", "low", "medium", "high", "auto"]
            | str
            | None
            | NotGiven
        ) = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | str | None | NotGiven = NOT_GIVEN,
        output_format: (
            Literal["png", "jpeg", "webp"] | str | None | NotGiven
        ) = NOT_GIVEN,
        output_compression: int | None | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        partial_images: PartialImages | NotGiven = NOT_GIVEN,
        size: (
            str
            | Literal[
                "auto",
                "1024x1024",
                "1536x1024",
                "1024x1536",
                "256x256",
                "512x512",
                "1792x1024",
                "1024x1792",
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        moderation: Literal["low", "auto"] | str | None | NotGiven = NOT_GIVEN,
        background: (
            Literal["transparent", "opaque", "auto"] | str | None | NotGiven
        ) = NOT_GIVEN,
        style: Literal["vivid", "natural"] | str | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        body: CreateImageRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ImagesResponse:
        """Creates an image given a prompt. [Learn more](/docs/guides/images).

        Args:
            prompt: A text description of the desired image(s). The maximum length is 32000 characters for the GPT image models, 1000 characters for `dall-e-2` and 4000 characters for `dall-e-3`.
            model: The model to use for image generation. One of `dall-e-2`, `dall-e-3`, or a GPT image model (`gpt-image-1`, `gpt-image-1-mini`, `gpt-image-1.5`, `gpt-image-2`, `gpt-image-2-2026-04-21`). Defaults to `dall-e-2` unless a parameter specific to the GPT image models is used.
            n: The number of images to generate. Must be between 1 and 10. For `dall-e-3`, only `n=1` is supported.
            quality: The quality of the image that will be generated. - `auto` (default value) will automatically select the best quality for the given model. - `high`, `medium` and `low` are supported for the GPT image models. - `hd` and `standard` are supported for `dall-e-3`. - `standard` is the only option for `dall-e-2`.
            response_format: The format in which generated images with `dall-e-2` and `dall-e-3` are returned. Must be one of `url` or `b64_json`. URLs are only valid for 60 minutes after the image has been generated. This parameter isn't supported for the GPT image models, which always return base64-encoded images.
            output_format: The format in which the generated images are returned. This parameter is only supported for the GPT image models. Must be one of `png`, `jpeg`, or `webp`.
            output_compression: The compression level (0-100%) for the generated images. This parameter is only supported for the GPT image models with the `webp` or `jpeg` output formats, and defaults to 100.
            stream: Generate the image in streaming mode. Defaults to `false`. See the [Image generation guide](https://api.openai.com/docs/guides/image-generation) for more information. This parameter is only supported for the GPT image models.
            size: The size of the generated images. For `gpt-image-2` and `gpt-image-2-2026-04-21`, arbitrary resolutions are supported as `WIDTHxHEIGHT` strings, for example `1536x864`. Width and height must both be divisible by 16 and the requested aspect ratio must be between 1:3 and 3:1. Resolutions above `2560x1440` are experimental, and the maximum supported resolution is `3840x2160`. The requested size must also satisfy the model's current pixel and edge limits. The standard sizes `1024x1024`, `1536x1024`, and `1024x1536` are supported by the GPT image models; `auto` is supported for models that allow automatic sizing. For `dall-e-2`, use one of `256x256`, `512x512`, or `1024x1024`. For `dall-e-3`, use one of `1024x1024`, `1792x1024`, or `1024x1792`.
            moderation: Control the content-moderation level for images generated by the GPT image models. Must be either `low` for less restrictive filtering or `auto` (default value).
            background: Set the background of the generated image(s). This parameter is only supported for the GPT image models. Must be one of `transparent`, `opaque`, or `auto` (default value). When `auto` is used, the model will automatically determine the best background for the image. Transparent backgrounds are available for supported GPT Image models. For `gpt-image-2` and `gpt-image-2-2026-04-21`, this support is in preview. When using `transparent`, set the output format to `png` or `webp`.
            style: The style of the generated images. This parameter is only supported for `dall-e-3`. Must be one of `vivid` or `natural`. Vivid causes the model to lean towards generating hyper-real and dramatic images. Natural causes the model to produce more natural, less hyper-real looking images.
            user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](https://api.openai.com/docs/guides/safety-best-practices#end-user-ids).
        """
        _response: ApiResponse[ImagesResponse] = await self._client._request(
            _CREATE_IMAGE, locals()
        )
        return _response.data

    @overload
    async def create_image_with_http_info(
        self,
        *,
        body: CreateImageRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ImagesResponse]: ...

    @overload
    async def create_image_with_http_info(
        self,
        *,
        prompt: str,
        model: (
            str
            | Literal[
                "gpt-image-1.5",
                "gpt-image-2",
                "gpt-image-2-2026-04-21",
                "dall-e-2",
                "dall-e-3",
                "gpt-image-1",
                "gpt-image-1-mini",
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        quality: (
            Literal["standard", "hd", "low", "medium", "high", "auto"]
            | str
            | None
            | NotGiven
        ) = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | str | None | NotGiven = NOT_GIVEN,
        output_format: (
            Literal["png", "jpeg", "webp"] | str | None | NotGiven
        ) = NOT_GIVEN,
        output_compression: int | None | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        partial_images: PartialImages | NotGiven = NOT_GIVEN,
        size: (
            str
            | Literal[
                "auto",
                "1024x1024",
                "1536x1024",
                "1024x1536",
                "256x256",
                "512x512",
                "1792x1024",
                "1024x1792",
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        moderation: Literal["low", "auto"] | str | None | NotGiven = NOT_GIVEN,
        background: (
            Literal["transparent", "opaque", "auto"] | str | None | NotGiven
        ) = NOT_GIVEN,
        style: Literal["vivid", "natural"] | str | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ImagesResponse]: ...

    async def create_image_with_http_info(
        self,
        *,
        prompt: str | NotGiven = NOT_GIVEN,
        model: (
            str
            | Literal[
                "gpt-image-1.5",
                "gpt-image-2",
                "gpt-image-2-2026-04-21",
                "dall-e-2",
                "dall-e-3",
                "gpt-image-1",
                "gpt-image-1-mini",
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        quality: (
            Literal["standard", "hd", "low", "medium", "high", "auto"]
            | str
            | None
            | NotGiven
        ) = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | str | None | NotGiven = NOT_GIVEN,
        output_format: (
            Literal["png", "jpeg", "webp"] | str | None | NotGiven
        ) = NOT_GIVEN,
        output_compression: int | None | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        partial_images: PartialImages | NotGiven = NOT_GIVEN,
        size: (
            str
            | Literal[
                "auto",
                "1024x1024",
                "1536x1024",
                "1024x1536",
                "256x256",
                "512x512",
                "1792x1024",
                "1024x1792",
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        moderation: Literal["low", "auto"] | str | None | NotGiven = NOT_GIVEN,
        background: (
            Literal["transparent", "opaque", "auto"] | str | None | NotGiven
        ) = NOT_GIVEN,
        style: Literal["vivid", "natural"] | str | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        body: CreateImageRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ImagesResponse]:
        """Like `create_image`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_CREATE_IMAGE, locals())

    @overload
    async def create_image_stream(
        self,
        *,
        body: CreateImageRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncStream[ImageGenStreamEvent]: ...

    @overload
    async def create_image_stream(
        self,
        *,
        prompt: str,
        model: (
            str
            | Literal[
                "gpt-image-1.5",
                "gpt-image-2",
                "gpt-image-2-2026-04-21",
                "dall-e-2",
                "dall-e-3",
                "gpt-image-1",
                "gpt-image-1-mini",
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        quality: (
            Literal["standard", "hd", "low", "medium", "high", "auto"]
            | str
            | None
            | NotGiven
        ) = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | str | None | NotGiven = NOT_GIVEN,
        output_format: (
            Literal["png", "jpeg", "webp"] | str | None | NotGiven
        ) = NOT_GIVEN,
        output_compression: int | None | NotGiven = NOT_GIVEN,
        partial_images: PartialImages | NotGiven = NOT_GIVEN,
        size: (
            str
            | Literal[
                "auto",
                "1024x1024",
                "1536x1024",
                "1024x1536",
                "256x256",
                "512x512",
                "1792x1024",
                "1024x1792",
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        moderation: Literal["low", "auto"] | str | None | NotGiven = NOT_GIVEN,
        background: (
            Literal["transparent", "opaque", "auto"] | str | None | NotGiven
        ) = NOT_GIVEN,
        style: Literal["vivid", "natural"] | str | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncStream[ImageGenStreamEvent]: ...

    async def create_image_stream(
        self,
        *,
        prompt: str | NotGiven = NOT_GIVEN,
        model: (
            str
            | Literal[
                "gpt-image-1.5",
                "gpt-image-2",
                "gpt-image-2-2026-04-21",
                "dall-e-2",
                "dall-e-3",
                "gpt-image-1",
                "gpt-image-1-mini",
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        quality: (
            Literal["standard", "hd", "low", "medium", "high", "auto"]
            | str
            | None
            | NotGiven
        ) = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | str | None | NotGiven = NOT_GIVEN,
        output_format: (
            Literal["png", "jpeg", "webp"] | str | None | NotGiven
        ) = NOT_GIVEN,
        output_compression: int | None | NotGiven = NOT_GIVEN,
        partial_images: PartialImages | NotGiven = NOT_GIVEN,
        size: (
            str
            | Literal[
                "auto",
                "1024x1024",
                "1536x1024",
                "1024x1536",
                "256x256",
                "512x512",
                "1792x1024",
                "1024x1792",
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        moderation: Literal["low", "auto"] | str | None | NotGiven = NOT_GIVEN,
        background: (
            Literal["transparent", "opaque", "auto"] | str | None | NotGiven
        ) = NOT_GIVEN,
        style: Literal["vivid", "natural"] | str | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        body: CreateImageRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncStream[ImageGenStreamEvent]:
        """Like `create_image`, but sends `stream: true` and returns the server-sent
        events as they arrive.

        Iterate over the result; the connection closes when the loop ends (`with`
        closes it early).
        """
        _response: ApiResponse[AsyncStream[ImageGenStreamEvent]] = (
            await self._client._stream(_CREATE_IMAGE_STREAM, locals())
        )
        return _response.data

    async def create_image_variation(
        self,
        *,
        image: FileInput,
        model: str | Literal["dall-e-2"] | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | str | None | NotGiven = NOT_GIVEN,
        size: (
            Literal["256x256", "512x512", "1024x1024"] | str | None | NotGiven
        ) = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ImagesResponse:
        """Creates a variation of a given image. This endpoint only supports `dall-e-2`.

        Args:
            image: The image to use as the basis for the variation(s). Must be a valid PNG file, less than 4MB, and square.
            model: The model to use for image generation. Only `dall-e-2` is supported at this time.
            n: The number of images to generate. Must be between 1 and 10.
            response_format: The format in which the generated images are returned. Must be one of `url` or `b64_json`. URLs are only valid for 60 minutes after the image has been generated.
            size: The size of the generated images. Must be one of `256x256`, `512x512`, or `1024x1024`.
            user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](https://api.openai.com/docs/guides/safety-best-practices#end-user-ids).
        """
        _response: ApiResponse[ImagesResponse] = await self._client._request(
            _CREATE_IMAGE_VARIATION, locals()
        )
        return _response.data

    async def create_image_variation_with_http_info(
        self,
        *,
        image: FileInput,
        model: str | Literal["dall-e-2"] | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | str | None | NotGiven = NOT_GIVEN,
        size: (
            Literal["256x256", "512x512", "1024x1024"] | str | None | NotGiven
        ) = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ImagesResponse]:
        """Like `create_image_variation`, but returns the status code and headers with
        the parsed body.
        """
        return await self._client._request(_CREATE_IMAGE_VARIATION, locals())
