"""Models operations: List and describe the various models available in the API."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime import Endpoint as _Endpoint
from .._types import NOT_GIVEN, ApiResponse, NotGiven, TimeoutTypes
from ..models.delete_model_response import DeleteModelResponse
from ..models.list_models_response import ListModelsResponse
from ..models.model import Model

if TYPE_CHECKING:
    from .._runtime import AsyncRuntime, SyncRuntime

__all__ = ["ModelsApi", "AsyncModelsApi"]

_LIST_MODELS = _Endpoint(
    method="GET",
    path="/models",
    operation_id="listModels",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ListModelsResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(),
    body_mode="none",
)

_RETRIEVE_MODEL = _Endpoint(
    method="GET",
    path="/models/{model}",
    operation_id="retrieveModel",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": Model,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(("model", "model", "path"),),
    body_mode="none",
)

_DELETE_MODEL = _Endpoint(
    method="DELETE",
    path="/models/{model}",
    operation_id="deleteModel",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": DeleteModelResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(("model", "model", "path"),),
    body_mode="none",
)


class ModelsApi:
    """Models operations: List and describe the various models available in the API.

    Reach it as `client.models`.
    """

    def __init__(self, client: SyncRuntime) -> None:
        self._client = client

    def list_models(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ListModelsResponse:
        """Lists the currently available models, and provides basic information about
        each one such as the owner and availability.
        """
        _response: ApiResponse[ListModelsResponse] = self._client._request(
            _LIST_MODELS, locals()
        )
        return _response.data

    def list_models_with_http_info(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ListModelsResponse]:
        """Like `list_models`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_LIST_MODELS, locals())

    def retrieve_model(
        self,
        model: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Model:
        """Retrieves a model instance, providing basic information about the model such
        as the owner and permissioning.

        Args:
            model: The ID of the model to use for this request
        """
        _response: ApiResponse[Model] = self._client._request(_RETRIEVE_MODEL, locals())
        return _response.data

    def retrieve_model_with_http_info(
        self,
        model: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Model]:
        """Like `retrieve_model`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_RETRIEVE_MODEL, locals())

    def delete_model(
        self,
        model: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> DeleteModelResponse:
        """Delete a fine-tuned model. You must have the Owner role in your organization
        to delete a model.

        Args:
            model: The model to delete
        """
        _response: ApiResponse[DeleteModelResponse] = self._client._request(
            _DELETE_MODEL, locals()
        )
        return _response.data

    def delete_model_with_http_info(
        self,
        model: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[DeleteModelResponse]:
        """Like `delete_model`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_DELETE_MODEL, locals())


class AsyncModelsApi:
    """Models operations (async): List and describe the various models available in the
    API.

    Reach it as `client.models`.
    """

    def __init__(self, client: AsyncRuntime) -> None:
        self._client = client

    async def list_models(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ListModelsResponse:
        """Lists the currently available models, and provides basic information about
        each one such as the owner and availability.
        """
        _response: ApiResponse[ListModelsResponse] = await self._client._request(
            _LIST_MODELS, locals()
        )
        return _response.data

    async def list_models_with_http_info(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ListModelsResponse]:
        """Like `list_models`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_LIST_MODELS, locals())

    async def retrieve_model(
        self,
        model: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Model:
        """Retrieves a model instance, providing basic information about the model such
        as the owner and permissioning.

        Args:
            model: The ID of the model to use for this request
        """
        _response: ApiResponse[Model] = await self._client._request(
            _RETRIEVE_MODEL, locals()
        )
        return _response.data

    async def retrieve_model_with_http_info(
        self,
        model: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Model]:
        """Like `retrieve_model`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_RETRIEVE_MODEL, locals())

    async def delete_model(
        self,
        model: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> DeleteModelResponse:
        """Delete a fine-tuned model. You must have the Owner role in your organization
        to delete a model.

        Args:
            model: The model to delete
        """
        _response: ApiResponse[DeleteModelResponse] = await self._client._request(
            _DELETE_MODEL, locals()
        )
        return _response.data

    async def delete_model_with_http_info(
        self,
        model: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[DeleteModelResponse]:
        """Like `delete_model`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_DELETE_MODEL, locals())
