"""Moderations operations: Given text and/or image inputs, classifies if those inputs
are potentially harmful.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, Literal, overload

import pydantic

from .._base_model import discriminate
from .._runtime import Endpoint as _Endpoint
from .._types import NOT_GIVEN, ApiResponse, NotGiven, TimeoutTypes
from ..models.create_moderation_request import CreateModerationRequest
from ..models.create_moderation_request_input_variant3_item_variant1 import (
    CreateModerationRequestInputVariant3ItemVariant1,
)
from ..models.create_moderation_request_input_variant3_item_variant2 import (
    CreateModerationRequestInputVariant3ItemVariant2,
)
from ..models.create_moderation_response import CreateModerationResponse

if TYPE_CHECKING:
    from .._runtime import AsyncRuntime, SyncRuntime

__all__ = ["ModerationsApi", "AsyncModerationsApi"]

_CREATE_MODERATION = _Endpoint(
    method="POST",
    path="/moderations",
    operation_id="createModeration",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": CreateModerationResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("input", "input", "field"),
        ("model", "model", "field"),
    ),
    body_mode="fields",
    body_required=True,
)


class ModerationsApi:
    """Moderations operations: Given text and/or image inputs, classifies if those
    inputs are potentially harmful.

    Reach it as `client.moderations`.
    """

    def __init__(self, client: SyncRuntime) -> None:
        self._client = client

    @overload
    def create_moderation(
        self,
        *,
        body: CreateModerationRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> CreateModerationResponse: ...

    @overload
    def create_moderation(
        self,
        *,
        input: (
            str
            | list[str]
            | list[
                Annotated[
                    Annotated[
                        CreateModerationRequestInputVariant3ItemVariant1,
                        pydantic.Tag(
                            "CreateModerationRequestInputVariant3ItemVariant1"
                        ),
                    ]
                    | Annotated[
                        CreateModerationRequestInputVariant3ItemVariant2,
                        pydantic.Tag(
                            "CreateModerationRequestInputVariant3ItemVariant2"
                        ),
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "image_url": "CreateModerationRequestInputVariant3ItemVariant1",
                            "text": "CreateModerationRequestInputVariant3ItemVariant2",
                        },
                    ),
                ]
            ]
        ),
        model: (
            str
            | Literal[
                "omni-moderation-latest",
                "omni-moderation-2024-09-26",
                "text-moderation-latest",
                "text-moderation-stable",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> CreateModerationResponse: ...

    def create_moderation(
        self,
        *,
        input: (
            str
            | list[str]
            | list[
                Annotated[
                    Annotated[
                        CreateModerationRequestInputVariant3ItemVariant1,
                        pydantic.Tag(
                            "CreateModerationRequestInputVariant3ItemVariant1"
                        ),
                    ]
                    | Annotated[
                        CreateModerationRequestInputVariant3ItemVariant2,
                        pydantic.Tag(
                            "CreateModerationRequestInputVariant3ItemVariant2"
                        ),
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "image_url": "CreateModerationRequestInputVariant3ItemVariant1",
                            "text": "CreateModerationRequestInputVariant3ItemVariant2",
                        },
                    ),
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        model: (
            str
            | Literal[
                "omni-moderation-latest",
                "omni-moderation-2024-09-26",
                "text-moderation-latest",
                "text-moderation-stable",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        body: CreateModerationRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> CreateModerationResponse:
        """Classifies if text and/or image inputs are potentially harmful. Learn
        more in the [moderation guide](/docs/guides/moderation).

        Args:
            input: Input (or inputs) to classify. Can be a single string, an array of strings, or an array of multi-modal input objects similar to other models.
            model: The content moderation model you would like to use. Learn more in [the moderation guide](https://api.openai.com/docs/guides/moderation), and learn about available models [here](https://api.openai.com/docs/models#moderation).
        """
        _response: ApiResponse[CreateModerationResponse] = self._client._request(
            _CREATE_MODERATION, locals()
        )
        return _response.data

    @overload
    def create_moderation_with_http_info(
        self,
        *,
        body: CreateModerationRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[CreateModerationResponse]: ...

    @overload
    def create_moderation_with_http_info(
        self,
        *,
        input: (
            str
            | list[str]
            | list[
                Annotated[
                    Annotated[
                        CreateModerationRequestInputVariant3ItemVariant1,
                        pydantic.Tag(
                            "CreateModerationRequestInputVariant3ItemVariant1"
                        ),
                    ]
                    | Annotated[
                        CreateModerationRequestInputVariant3ItemVariant2,
                        pydantic.Tag(
                            "CreateModerationRequestInputVariant3ItemVariant2"
                        ),
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "image_url": "CreateModerationRequestInputVariant3ItemVariant1",
                            "text": "CreateModerationRequestInputVariant3ItemVariant2",
                        },
                    ),
                ]
            ]
        ),
        model: (
            str
            | Literal[
                "omni-moderation-latest",
                "omni-moderation-2024-09-26",
                "text-moderation-latest",
                "text-moderation-stable",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[CreateModerationResponse]: ...

    def create_moderation_with_http_info(
        self,
        *,
        input: (
            str
            | list[str]
            | list[
                Annotated[
                    Annotated[
                        CreateModerationRequestInputVariant3ItemVariant1,
                        pydantic.Tag(
                            "CreateModerationRequestInputVariant3ItemVariant1"
                        ),
                    ]
                    | Annotated[
                        CreateModerationRequestInputVariant3ItemVariant2,
                        pydantic.Tag(
                            "CreateModerationRequestInputVariant3ItemVariant2"
                        ),
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "image_url": "CreateModerationRequestInputVariant3ItemVariant1",
                            "text": "CreateModerationRequestInputVariant3ItemVariant2",
                        },
                    ),
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        model: (
            str
            | Literal[
                "omni-moderation-latest",
                "omni-moderation-2024-09-26",
                "text-moderation-latest",
                "text-moderation-stable",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        body: CreateModerationRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[CreateModerationResponse]:
        """Like `create_moderation`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_CREATE_MODERATION, locals())


class AsyncModerationsApi:
    """Moderations operations (async): Given text and/or image inputs, classifies if
    those inputs are potentially harmful.

    Reach it as `client.moderations`.
    """

    def __init__(self, client: AsyncRuntime) -> None:
        self._client = client

    @overload
    async def create_moderation(
        self,
        *,
        body: CreateModerationRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> CreateModerationResponse: ...

    @overload
    async def create_moderation(
        self,
        *,
        input: (
            str
            | list[str]
            | list[
                Annotated[
                    Annotated[
                        CreateModerationRequestInputVariant3ItemVariant1,
                        pydantic.Tag(
                            "CreateModerationRequestInputVariant3ItemVariant1"
                        ),
                    ]
                    | Annotated[
                        CreateModerationRequestInputVariant3ItemVariant2,
                        pydantic.Tag(
                            "CreateModerationRequestInputVariant3ItemVariant2"
                        ),
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "image_url": "CreateModerationRequestInputVariant3ItemVariant1",
                            "text": "CreateModerationRequestInputVariant3ItemVariant2",
                        },
                    ),
                ]
            ]
        ),
        model: (
            str
            | Literal[
                "omni-moderation-latest",
                "omni-moderation-2024-09-26",
                "text-moderation-latest",
                "text-moderation-stable",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> CreateModerationResponse: ...

    async def create_moderation(
        self,
        *,
        input: (
            str
            | list[str]
            | list[
                Annotated[
                    Annotated[
                        CreateModerationRequestInputVariant3ItemVariant1,
                        pydantic.Tag(
                            "CreateModerationRequestInputVariant3ItemVariant1"
                        ),
                    ]
                    | Annotated[
                        CreateModerationRequestInputVariant3ItemVariant2,
                        pydantic.Tag(
                            "CreateModerationRequestInputVariant3ItemVariant2"
                        ),
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "image_url": "CreateModerationRequestInputVariant3ItemVariant1",
                            "text": "CreateModerationRequestInputVariant3ItemVariant2",
                        },
                    ),
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        model: (
            str
            | Literal[
                "omni-moderation-latest",
                "omni-moderation-2024-09-26",
                "text-moderation-latest",
                "text-moderation-stable",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        body: CreateModerationRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> CreateModerationResponse:
        """Classifies if text and/or image inputs are potentially harmful. Learn
        more in the [moderation guide](/docs/guides/moderation).

        Args:
            input: Input (or inputs) to classify. Can be a single string, an array of strings, or an array of multi-modal input objects similar to other models.
            model: The content moderation model you would like to use. Learn more in [the moderation guide](https://api.openai.com/docs/guides/moderation), and learn about available models [here](https://api.openai.com/docs/models#moderation).
        """
        _response: ApiResponse[CreateModerationResponse] = await self._client._request(
            _CREATE_MODERATION, locals()
        )
        return _response.data

    @overload
    async def create_moderation_with_http_info(
        self,
        *,
        body: CreateModerationRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[CreateModerationResponse]: ...

    @overload
    async def create_moderation_with_http_info(
        self,
        *,
        input: (
            str
            | list[str]
            | list[
                Annotated[
                    Annotated[
                        CreateModerationRequestInputVariant3ItemVariant1,
                        pydantic.Tag(
                            "CreateModerationRequestInputVariant3ItemVariant1"
                        ),
                    ]
                    | Annotated[
                        CreateModerationRequestInputVariant3ItemVariant2,
                        pydantic.Tag(
                            "CreateModerationRequestInputVariant3ItemVariant2"
                        ),
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "image_url": "CreateModerationRequestInputVariant3ItemVariant1",
                            "text": "CreateModerationRequestInputVariant3ItemVariant2",
                        },
                    ),
                ]
            ]
        ),
        model: (
            str
            | Literal[
                "omni-moderation-latest",
                "omni-moderation-2024-09-26",
                "text-moderation-latest",
                "text-moderation-stable",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[CreateModerationResponse]: ...

    async def create_moderation_with_http_info(
        self,
        *,
        input: (
            str
            | list[str]
            | list[
                Annotated[
                    Annotated[
                        CreateModerationRequestInputVariant3ItemVariant1,
                        pydantic.Tag(
                            "CreateModerationRequestInputVariant3ItemVariant1"
                        ),
                    ]
                    | Annotated[
                        CreateModerationRequestInputVariant3ItemVariant2,
                        pydantic.Tag(
                            "CreateModerationRequestInputVariant3ItemVariant2"
                        ),
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "image_url": "CreateModerationRequestInputVariant3ItemVariant1",
                            "text": "CreateModerationRequestInputVariant3ItemVariant2",
                        },
                    ),
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        model: (
            str
            | Literal[
                "omni-moderation-latest",
                "omni-moderation-2024-09-26",
                "text-moderation-latest",
                "text-moderation-stable",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        body: CreateModerationRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[CreateModerationResponse]:
        """Like `create_moderation`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_CREATE_MODERATION, locals())
