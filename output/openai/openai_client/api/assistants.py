"""Assistants operations: Build Assistants that can call models and use tools."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, Literal, overload

import pydantic

from .._base_model import discriminate
from .._pagination import AsyncPaginator, Paginator
from .._pagination import PageSpec as _PageSpec
from .._runtime import Endpoint as _Endpoint
from .._types import NOT_GIVEN, ApiResponse, NotGiven, TimeoutTypes
from ..models.assistant_object import AssistantObject
from ..models.assistant_supported_models import AssistantSupportedModels
from ..models.assistant_tools_code import AssistantToolsCode
from ..models.assistant_tools_file_search import AssistantToolsFileSearch
from ..models.assistant_tools_function import AssistantToolsFunction
from ..models.assistants_api_response_format_option import (
    AssistantsApiResponseFormatOption,
)
from ..models.assistants_api_tool_choice_option import AssistantsApiToolChoiceOption
from ..models.create_assistant_request import CreateAssistantRequest
from ..models.create_assistant_request_tool_resources_variant1 import (
    CreateAssistantRequestToolResourcesVariant1,
)
from ..models.create_message_request import CreateMessageRequest
from ..models.create_message_request_attachments_variant1_item import (
    CreateMessageRequestAttachmentsVariant1Item,
)
from ..models.create_run_request import CreateRunRequest
from ..models.create_thread_and_run_request import CreateThreadAndRunRequest
from ..models.create_thread_and_run_request_tool_resources import (
    CreateThreadAndRunRequestToolResources,
)
from ..models.create_thread_request import CreateThreadRequest
from ..models.create_thread_request_tool_resources_variant1 import (
    CreateThreadRequestToolResourcesVariant1,
)
from ..models.delete_assistant_response import DeleteAssistantResponse
from ..models.delete_message_response import DeleteMessageResponse
from ..models.delete_thread_response import DeleteThreadResponse
from ..models.error_response import ErrorResponse
from ..models.list_assistants_response import ListAssistantsResponse
from ..models.list_messages_response import ListMessagesResponse
from ..models.list_run_steps_response import ListRunStepsResponse
from ..models.list_runs_response import ListRunsResponse
from ..models.message_content_image_file_object import MessageContentImageFileObject
from ..models.message_content_image_url_object import MessageContentImageUrlObject
from ..models.message_object import MessageObject
from ..models.message_request_content_text_object import MessageRequestContentTextObject
from ..models.metadata import Metadata
from ..models.modify_assistant_request import ModifyAssistantRequest
from ..models.modify_assistant_request_tool_resources_variant1 import (
    ModifyAssistantRequestToolResourcesVariant1,
)
from ..models.modify_message_request import ModifyMessageRequest
from ..models.modify_run_request import ModifyRunRequest
from ..models.modify_thread_request import ModifyThreadRequest
from ..models.modify_thread_request_tool_resources_variant1 import (
    ModifyThreadRequestToolResourcesVariant1,
)
from ..models.reasoning_effort import ReasoningEffort
from ..models.run_object import RunObject
from ..models.run_step_object import RunStepObject
from ..models.submit_tool_outputs_run_request import SubmitToolOutputsRunRequest
from ..models.submit_tool_outputs_run_request_tool_outputs_item import (
    SubmitToolOutputsRunRequestToolOutputsItem,
)
from ..models.thread_object import ThreadObject
from ..models.truncation_object import TruncationObject

if TYPE_CHECKING:
    from .._runtime import AsyncRuntime, SyncRuntime

__all__ = ["AssistantsApi", "AsyncAssistantsApi"]

_LIST_ASSISTANTS = _Endpoint(
    method="GET",
    path="/assistants",
    operation_id="listAssistants",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ListAssistantsResponse,
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
_LIST_ASSISTANTS_PAGES = _PageSpec(
    style="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor="last_id",
)

_CREATE_ASSISTANT = _Endpoint(
    method="POST",
    path="/assistants",
    operation_id="createAssistant",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": AssistantObject,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("model", "model", "field"),
        ("name", "name", "field"),
        ("description", "description", "field"),
        ("instructions", "instructions", "field"),
        ("reasoning_effort", "reasoning_effort", "field"),
        ("tools", "tools", "field"),
        ("tool_resources", "tool_resources", "field"),
        ("metadata", "metadata", "field"),
        ("temperature", "temperature", "field"),
        ("top_p", "top_p", "field"),
        ("response_format", "response_format", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_GET_ASSISTANT = _Endpoint(
    method="GET",
    path="/assistants/{assistant_id}",
    operation_id="getAssistant",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": AssistantObject,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(("assistant_id", "assistant_id", "path"),),
    body_mode="none",
)

_MODIFY_ASSISTANT = _Endpoint(
    method="POST",
    path="/assistants/{assistant_id}",
    operation_id="modifyAssistant",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": AssistantObject,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("assistant_id", "assistant_id", "path"),
        ("model", "model", "field"),
        ("reasoning_effort", "reasoning_effort", "field"),
        ("name", "name", "field"),
        ("description", "description", "field"),
        ("instructions", "instructions", "field"),
        ("tools", "tools", "field"),
        ("tool_resources", "tool_resources", "field"),
        ("metadata", "metadata", "field"),
        ("temperature", "temperature", "field"),
        ("top_p", "top_p", "field"),
        ("response_format", "response_format", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_DELETE_ASSISTANT = _Endpoint(
    method="DELETE",
    path="/assistants/{assistant_id}",
    operation_id="deleteAssistant",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": DeleteAssistantResponse,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(("assistant_id", "assistant_id", "path"),),
    body_mode="none",
)

_CREATE_THREAD = _Endpoint(
    method="POST",
    path="/threads",
    operation_id="createThread",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": ThreadObject,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("messages", "messages", "field"),
        ("tool_resources", "tool_resources", "field"),
        ("metadata", "metadata", "field"),
    ),
    body_mode="fields",
)

_CREATE_THREAD_AND_RUN = _Endpoint(
    method="POST",
    path="/threads/runs",
    operation_id="createThreadAndRun",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": RunObject,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("assistant_id", "assistant_id", "field"),
        ("thread", "thread", "field"),
        ("model", "model", "field"),
        ("instructions", "instructions", "field"),
        ("tools", "tools", "field"),
        ("tool_resources", "tool_resources", "field"),
        ("metadata", "metadata", "field"),
        ("temperature", "temperature", "field"),
        ("top_p", "top_p", "field"),
        ("stream", "stream", "field"),
        ("max_prompt_tokens", "max_prompt_tokens", "field"),
        ("max_completion_tokens", "max_completion_tokens", "field"),
        ("truncation_strategy", "truncation_strategy", "field"),
        ("tool_choice", "tool_choice", "field"),
        ("parallel_tool_calls", "parallel_tool_calls", "field"),
        ("response_format", "response_format", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_GET_THREAD = _Endpoint(
    method="GET",
    path="/threads/{thread_id}",
    operation_id="getThread",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ThreadObject,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(("thread_id", "thread_id", "path"),),
    body_mode="none",
)

_MODIFY_THREAD = _Endpoint(
    method="POST",
    path="/threads/{thread_id}",
    operation_id="modifyThread",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": ThreadObject,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("thread_id", "thread_id", "path"),
        ("tool_resources", "tool_resources", "field"),
        ("metadata", "metadata", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_DELETE_THREAD = _Endpoint(
    method="DELETE",
    path="/threads/{thread_id}",
    operation_id="deleteThread",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": DeleteThreadResponse,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(("thread_id", "thread_id", "path"),),
    body_mode="none",
)

_LIST_MESSAGES = _Endpoint(
    method="GET",
    path="/threads/{thread_id}/messages",
    operation_id="listMessages",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ListMessagesResponse,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("thread_id", "thread_id", "path"),
        ("limit", "limit", "query"),
        ("order", "order", "query"),
        ("after", "after", "query"),
        ("before", "before", "query"),
        ("run_id", "run_id", "query"),
    ),
    body_mode="none",
)
_LIST_MESSAGES_PAGES = _PageSpec(
    style="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor="last_id",
)

_CREATE_MESSAGE = _Endpoint(
    method="POST",
    path="/threads/{thread_id}/messages",
    operation_id="createMessage",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": MessageObject,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("thread_id", "thread_id", "path"),
        ("role", "role", "field"),
        ("content", "content", "field"),
        ("attachments", "attachments", "field"),
        ("metadata", "metadata", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_GET_MESSAGE = _Endpoint(
    method="GET",
    path="/threads/{thread_id}/messages/{message_id}",
    operation_id="getMessage",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": MessageObject,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("thread_id", "thread_id", "path"),
        ("message_id", "message_id", "path"),
    ),
    body_mode="none",
)

_MODIFY_MESSAGE = _Endpoint(
    method="POST",
    path="/threads/{thread_id}/messages/{message_id}",
    operation_id="modifyMessage",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": MessageObject,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("thread_id", "thread_id", "path"),
        ("message_id", "message_id", "path"),
        ("metadata", "metadata", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_DELETE_MESSAGE = _Endpoint(
    method="DELETE",
    path="/threads/{thread_id}/messages/{message_id}",
    operation_id="deleteMessage",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": DeleteMessageResponse,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("thread_id", "thread_id", "path"),
        ("message_id", "message_id", "path"),
    ),
    body_mode="none",
)

_LIST_RUNS = _Endpoint(
    method="GET",
    path="/threads/{thread_id}/runs",
    operation_id="listRuns",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ListRunsResponse,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("thread_id", "thread_id", "path"),
        ("limit", "limit", "query"),
        ("order", "order", "query"),
        ("after", "after", "query"),
        ("before", "before", "query"),
    ),
    body_mode="none",
)
_LIST_RUNS_PAGES = _PageSpec(
    style="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor="last_id",
)

_CREATE_RUN = _Endpoint(
    method="POST",
    path="/threads/{thread_id}/runs",
    operation_id="createRun",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": RunObject,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("thread_id", "thread_id", "path"),
        ("assistant_id", "assistant_id", "field"),
        ("model", "model", "field"),
        ("reasoning_effort", "reasoning_effort", "field"),
        ("instructions", "instructions", "field"),
        ("additional_instructions", "additional_instructions", "field"),
        ("additional_messages", "additional_messages", "field"),
        ("tools", "tools", "field"),
        ("metadata", "metadata", "field"),
        ("temperature", "temperature", "field"),
        ("top_p", "top_p", "field"),
        ("stream", "stream", "field"),
        ("max_prompt_tokens", "max_prompt_tokens", "field"),
        ("max_completion_tokens", "max_completion_tokens", "field"),
        ("truncation_strategy", "truncation_strategy", "field"),
        ("tool_choice", "tool_choice", "field"),
        ("parallel_tool_calls", "parallel_tool_calls", "field"),
        ("response_format", "response_format", "field"),
        ("include", "include[]", "query"),
    ),
    body_mode="fields",
    body_required=True,
)

_GET_RUN = _Endpoint(
    method="GET",
    path="/threads/{thread_id}/runs/{run_id}",
    operation_id="getRun",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": RunObject,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("thread_id", "thread_id", "path"),
        ("run_id", "run_id", "path"),
    ),
    body_mode="none",
)

_MODIFY_RUN = _Endpoint(
    method="POST",
    path="/threads/{thread_id}/runs/{run_id}",
    operation_id="modifyRun",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": RunObject,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("thread_id", "thread_id", "path"),
        ("run_id", "run_id", "path"),
        ("metadata", "metadata", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_CANCEL_RUN = _Endpoint(
    method="POST",
    path="/threads/{thread_id}/runs/{run_id}/cancel",
    operation_id="cancelRun",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": RunObject,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("thread_id", "thread_id", "path"),
        ("run_id", "run_id", "path"),
    ),
    body_mode="none",
)

_LIST_RUN_STEPS = _Endpoint(
    method="GET",
    path="/threads/{thread_id}/runs/{run_id}/steps",
    operation_id="listRunSteps",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ListRunStepsResponse,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("thread_id", "thread_id", "path"),
        ("run_id", "run_id", "path"),
        ("limit", "limit", "query"),
        ("order", "order", "query"),
        ("after", "after", "query"),
        ("before", "before", "query"),
        ("include", "include[]", "query"),
    ),
    body_mode="none",
)
_LIST_RUN_STEPS_PAGES = _PageSpec(
    style="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor="last_id",
)

_GET_RUN_STEP = _Endpoint(
    method="GET",
    path="/threads/{thread_id}/runs/{run_id}/steps/{step_id}",
    operation_id="getRunStep",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": RunStepObject,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("thread_id", "thread_id", "path"),
        ("run_id", "run_id", "path"),
        ("step_id", "step_id", "path"),
        ("include", "include[]", "query"),
    ),
    body_mode="none",
)

_SUBMIT_TOOL_OUPUTS_TO_RUN = _Endpoint(
    method="POST",
    path="/threads/{thread_id}/runs/{run_id}/submit_tool_outputs",
    operation_id="submitToolOuputsToRun",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": RunObject,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("thread_id", "thread_id", "path"),
        ("run_id", "run_id", "path"),
        ("tool_outputs", "tool_outputs", "field"),
        ("stream", "stream", "field"),
    ),
    body_mode="fields",
    body_required=True,
)


class AssistantsApi:
    """Assistants operations: Build Assistants that can call models and use tools.

    Reach it as `client.assistants`.
    """

    def __init__(self, client: SyncRuntime) -> None:
        self._client = client

    def list_assistants(
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
    ) -> ListAssistantsResponse:
        """Returns a list of assistants.

        Args:
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.

        .. deprecated:: the API marks this operation as deprecated.
        """
        _response: ApiResponse[ListAssistantsResponse] = self._client._request(
            _LIST_ASSISTANTS, locals()
        )
        return _response.data

    def list_assistants_with_http_info(
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
    ) -> ApiResponse[ListAssistantsResponse]:
        """Like `list_assistants`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_LIST_ASSISTANTS, locals())

    def list_assistants_iter(
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
    ) -> Paginator[AssistantObject]:
        """Like `list_assistants`, but `for` goes over the items of every page, fetching
        the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return Paginator(
            self._client, _LIST_ASSISTANTS, locals(), _LIST_ASSISTANTS_PAGES
        )

    @overload
    def create_assistant(
        self,
        *,
        body: CreateAssistantRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AssistantObject: ...

    @overload
    def create_assistant(
        self,
        *,
        model: str | AssistantSupportedModels,
        name: str | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        tools: (
            list[
                Annotated[
                    Annotated[AssistantToolsCode, pydantic.Tag("AssistantToolsCode")]
                    | Annotated[
                        AssistantToolsFileSearch,
                        pydantic.Tag("AssistantToolsFileSearch"),
                    ]
                    | Annotated[
                        AssistantToolsFunction, pydantic.Tag("AssistantToolsFunction")
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "code_interpreter": "AssistantToolsCode",
                            "file_search": "AssistantToolsFileSearch",
                            "function": "AssistantToolsFunction",
                        },
                    ),
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        tool_resources: (
            CreateAssistantRequestToolResourcesVariant1 | None | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        response_format: (
            AssistantsApiResponseFormatOption | None | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AssistantObject: ...

    def create_assistant(
        self,
        *,
        model: str | AssistantSupportedModels | NotGiven = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        tools: (
            list[
                Annotated[
                    Annotated[AssistantToolsCode, pydantic.Tag("AssistantToolsCode")]
                    | Annotated[
                        AssistantToolsFileSearch,
                        pydantic.Tag("AssistantToolsFileSearch"),
                    ]
                    | Annotated[
                        AssistantToolsFunction, pydantic.Tag("AssistantToolsFunction")
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "code_interpreter": "AssistantToolsCode",
                            "file_search": "AssistantToolsFileSearch",
                            "function": "AssistantToolsFunction",
                        },
                    ),
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        tool_resources: (
            CreateAssistantRequestToolResourcesVariant1 | None | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        response_format: (
            AssistantsApiResponseFormatOption | None | NotGiven
        ) = NOT_GIVEN,
        body: CreateAssistantRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AssistantObject:
        """Create an assistant with a model and instructions.

        Args:
            model: ID of the model to use. You can use the [List models](https://api.openai.com/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](https://api.openai.com/docs/models) for descriptions of them.
            tools: A list of tool enabled on the assistant. There can be a maximum of 128 tools per assistant. Tools can be of types `code_interpreter`, `file_search`, or `function`.

        .. deprecated:: the API marks this operation as deprecated.
        """
        _response: ApiResponse[AssistantObject] = self._client._request(
            _CREATE_ASSISTANT, locals()
        )
        return _response.data

    @overload
    def create_assistant_with_http_info(
        self,
        *,
        body: CreateAssistantRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[AssistantObject]: ...

    @overload
    def create_assistant_with_http_info(
        self,
        *,
        model: str | AssistantSupportedModels,
        name: str | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        tools: (
            list[
                Annotated[
                    Annotated[AssistantToolsCode, pydantic.Tag("AssistantToolsCode")]
                    | Annotated[
                        AssistantToolsFileSearch,
                        pydantic.Tag("AssistantToolsFileSearch"),
                    ]
                    | Annotated[
                        AssistantToolsFunction, pydantic.Tag("AssistantToolsFunction")
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "code_interpreter": "AssistantToolsCode",
                            "file_search": "AssistantToolsFileSearch",
                            "function": "AssistantToolsFunction",
                        },
                    ),
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        tool_resources: (
            CreateAssistantRequestToolResourcesVariant1 | None | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        response_format: (
            AssistantsApiResponseFormatOption | None | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[AssistantObject]: ...

    def create_assistant_with_http_info(
        self,
        *,
        model: str | AssistantSupportedModels | NotGiven = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        tools: (
            list[
                Annotated[
                    Annotated[AssistantToolsCode, pydantic.Tag("AssistantToolsCode")]
                    | Annotated[
                        AssistantToolsFileSearch,
                        pydantic.Tag("AssistantToolsFileSearch"),
                    ]
                    | Annotated[
                        AssistantToolsFunction, pydantic.Tag("AssistantToolsFunction")
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "code_interpreter": "AssistantToolsCode",
                            "file_search": "AssistantToolsFileSearch",
                            "function": "AssistantToolsFunction",
                        },
                    ),
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        tool_resources: (
            CreateAssistantRequestToolResourcesVariant1 | None | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        response_format: (
            AssistantsApiResponseFormatOption | None | NotGiven
        ) = NOT_GIVEN,
        body: CreateAssistantRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[AssistantObject]:
        """Like `create_assistant`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_CREATE_ASSISTANT, locals())

    def get_assistant(
        self,
        assistant_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AssistantObject:
        """Retrieves an assistant.

        Args:
            assistant_id: The ID of the assistant to retrieve.

        .. deprecated:: the API marks this operation as deprecated.
        """
        _response: ApiResponse[AssistantObject] = self._client._request(
            _GET_ASSISTANT, locals()
        )
        return _response.data

    def get_assistant_with_http_info(
        self,
        assistant_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[AssistantObject]:
        """Like `get_assistant`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_GET_ASSISTANT, locals())

    @overload
    def modify_assistant(
        self,
        assistant_id: str,
        *,
        body: ModifyAssistantRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AssistantObject: ...

    @overload
    def modify_assistant(
        self,
        assistant_id: str,
        *,
        model: str | AssistantSupportedModels | NotGiven = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tools: (
            list[
                Annotated[
                    Annotated[AssistantToolsCode, pydantic.Tag("AssistantToolsCode")]
                    | Annotated[
                        AssistantToolsFileSearch,
                        pydantic.Tag("AssistantToolsFileSearch"),
                    ]
                    | Annotated[
                        AssistantToolsFunction, pydantic.Tag("AssistantToolsFunction")
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "code_interpreter": "AssistantToolsCode",
                            "file_search": "AssistantToolsFileSearch",
                            "function": "AssistantToolsFunction",
                        },
                    ),
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        tool_resources: (
            ModifyAssistantRequestToolResourcesVariant1 | None | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        response_format: (
            AssistantsApiResponseFormatOption | None | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AssistantObject: ...

    def modify_assistant(
        self,
        assistant_id: str,
        *,
        model: str | AssistantSupportedModels | NotGiven = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tools: (
            list[
                Annotated[
                    Annotated[AssistantToolsCode, pydantic.Tag("AssistantToolsCode")]
                    | Annotated[
                        AssistantToolsFileSearch,
                        pydantic.Tag("AssistantToolsFileSearch"),
                    ]
                    | Annotated[
                        AssistantToolsFunction, pydantic.Tag("AssistantToolsFunction")
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "code_interpreter": "AssistantToolsCode",
                            "file_search": "AssistantToolsFileSearch",
                            "function": "AssistantToolsFunction",
                        },
                    ),
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        tool_resources: (
            ModifyAssistantRequestToolResourcesVariant1 | None | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        response_format: (
            AssistantsApiResponseFormatOption | None | NotGiven
        ) = NOT_GIVEN,
        body: ModifyAssistantRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AssistantObject:
        """Modifies an assistant.

        Args:
            assistant_id: The ID of the assistant to modify.
            model: ID of the model to use. You can use the [List models](https://api.openai.com/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](https://api.openai.com/docs/models) for descriptions of them.
            tools: A list of tool enabled on the assistant. There can be a maximum of 128 tools per assistant. Tools can be of types `code_interpreter`, `file_search`, or `function`.

        .. deprecated:: the API marks this operation as deprecated.
        """
        _response: ApiResponse[AssistantObject] = self._client._request(
            _MODIFY_ASSISTANT, locals()
        )
        return _response.data

    @overload
    def modify_assistant_with_http_info(
        self,
        assistant_id: str,
        *,
        body: ModifyAssistantRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[AssistantObject]: ...

    @overload
    def modify_assistant_with_http_info(
        self,
        assistant_id: str,
        *,
        model: str | AssistantSupportedModels | NotGiven = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tools: (
            list[
                Annotated[
                    Annotated[AssistantToolsCode, pydantic.Tag("AssistantToolsCode")]
                    | Annotated[
                        AssistantToolsFileSearch,
                        pydantic.Tag("AssistantToolsFileSearch"),
                    ]
                    | Annotated[
                        AssistantToolsFunction, pydantic.Tag("AssistantToolsFunction")
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "code_interpreter": "AssistantToolsCode",
                            "file_search": "AssistantToolsFileSearch",
                            "function": "AssistantToolsFunction",
                        },
                    ),
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        tool_resources: (
            ModifyAssistantRequestToolResourcesVariant1 | None | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        response_format: (
            AssistantsApiResponseFormatOption | None | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[AssistantObject]: ...

    def modify_assistant_with_http_info(
        self,
        assistant_id: str,
        *,
        model: str | AssistantSupportedModels | NotGiven = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tools: (
            list[
                Annotated[
                    Annotated[AssistantToolsCode, pydantic.Tag("AssistantToolsCode")]
                    | Annotated[
                        AssistantToolsFileSearch,
                        pydantic.Tag("AssistantToolsFileSearch"),
                    ]
                    | Annotated[
                        AssistantToolsFunction, pydantic.Tag("AssistantToolsFunction")
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "code_interpreter": "AssistantToolsCode",
                            "file_search": "AssistantToolsFileSearch",
                            "function": "AssistantToolsFunction",
                        },
                    ),
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        tool_resources: (
            ModifyAssistantRequestToolResourcesVariant1 | None | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        response_format: (
            AssistantsApiResponseFormatOption | None | NotGiven
        ) = NOT_GIVEN,
        body: ModifyAssistantRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[AssistantObject]:
        """Like `modify_assistant`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_MODIFY_ASSISTANT, locals())

    def delete_assistant(
        self,
        assistant_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> DeleteAssistantResponse:
        """Delete an assistant.

        Args:
            assistant_id: The ID of the assistant to delete.

        .. deprecated:: the API marks this operation as deprecated.
        """
        _response: ApiResponse[DeleteAssistantResponse] = self._client._request(
            _DELETE_ASSISTANT, locals()
        )
        return _response.data

    def delete_assistant_with_http_info(
        self,
        assistant_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[DeleteAssistantResponse]:
        """Like `delete_assistant`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_DELETE_ASSISTANT, locals())

    @overload
    def create_thread(
        self,
        *,
        body: CreateThreadRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ThreadObject: ...

    @overload
    def create_thread(
        self,
        *,
        messages: list[CreateMessageRequest] | NotGiven = NOT_GIVEN,
        tool_resources: (
            CreateThreadRequestToolResourcesVariant1 | None | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ThreadObject: ...

    def create_thread(
        self,
        *,
        messages: list[CreateMessageRequest] | NotGiven = NOT_GIVEN,
        tool_resources: (
            CreateThreadRequestToolResourcesVariant1 | None | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        body: CreateThreadRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ThreadObject:
        """Create a thread.

        Args:
            messages: A list of [messages](https://api.openai.com/docs/api-reference/messages) to start the thread with.
        """
        _response: ApiResponse[ThreadObject] = self._client._request(
            _CREATE_THREAD, locals()
        )
        return _response.data

    @overload
    def create_thread_with_http_info(
        self,
        *,
        body: CreateThreadRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ThreadObject]: ...

    @overload
    def create_thread_with_http_info(
        self,
        *,
        messages: list[CreateMessageRequest] | NotGiven = NOT_GIVEN,
        tool_resources: (
            CreateThreadRequestToolResourcesVariant1 | None | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ThreadObject]: ...

    def create_thread_with_http_info(
        self,
        *,
        messages: list[CreateMessageRequest] | NotGiven = NOT_GIVEN,
        tool_resources: (
            CreateThreadRequestToolResourcesVariant1 | None | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        body: CreateThreadRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ThreadObject]:
        """Like `create_thread`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_CREATE_THREAD, locals())

    @overload
    def create_thread_and_run(
        self,
        *,
        body: CreateThreadAndRunRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RunObject: ...

    @overload
    def create_thread_and_run(
        self,
        *,
        assistant_id: str,
        thread: CreateThreadRequest | NotGiven = NOT_GIVEN,
        model: (
            str
            | Literal[
                "gpt-5",
                "gpt-5-mini",
                "gpt-5-nano",
                "gpt-5-2025-08-07",
                "gpt-5-mini-2025-08-07",
                "gpt-5-nano-2025-08-07",
                "gpt-4.1",
                "gpt-4.1-mini",
                "gpt-4.1-nano",
                "gpt-4.1-2025-04-14",
                "gpt-4.1-mini-2025-04-14",
                "gpt-4.1-nano-2025-04-14",
                "gpt-4o",
                "gpt-4o-2024-11-20",
                "gpt-4o-2024-08-06",
                "gpt-4o-2024-05-13",
                "gpt-4o-mini",
                "gpt-4o-mini-2024-07-18",
                "gpt-4.5-preview",
                "gpt-4.5-preview-2025-02-27",
                "gpt-4-turbo",
                "gpt-4-turbo-2024-04-09",
                "gpt-4-0125-preview",
                "gpt-4-turbo-preview",
                "gpt-4-1106-preview",
                "gpt-4-vision-preview",
                "gpt-4",
                "gpt-4-0314",
                "gpt-4-0613",
                "gpt-4-32k",
                "gpt-4-32k-0314",
                "gpt-4-32k-0613",
                "gpt-3.5-turbo",
                "gpt-3.5-turbo-16k",
                "gpt-3.5-turbo-0613",
                "gpt-3.5-turbo-1106",
                "gpt-3.5-turbo-0125",
                "gpt-3.5-turbo-16k-0613",
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tools: (
            list[
                Annotated[
                    Annotated[AssistantToolsCode, pydantic.Tag("AssistantToolsCode")]
                    | Annotated[
                        AssistantToolsFileSearch,
                        pydantic.Tag("AssistantToolsFileSearch"),
                    ]
                    | Annotated[
                        AssistantToolsFunction, pydantic.Tag("AssistantToolsFunction")
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "code_interpreter": "AssistantToolsCode",
                            "file_search": "AssistantToolsFileSearch",
                            "function": "AssistantToolsFunction",
                        },
                    ),
                ]
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        tool_resources: (
            CreateThreadAndRunRequestToolResources | None | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        max_prompt_tokens: int | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        truncation_strategy: TruncationObject | None | NotGiven = NOT_GIVEN,
        tool_choice: AssistantsApiToolChoiceOption | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        response_format: (
            AssistantsApiResponseFormatOption | None | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RunObject: ...

    def create_thread_and_run(
        self,
        *,
        assistant_id: str | NotGiven = NOT_GIVEN,
        thread: CreateThreadRequest | NotGiven = NOT_GIVEN,
        model: (
            str
            | Literal[
                "gpt-5",
                "gpt-5-mini",
                "gpt-5-nano",
                "gpt-5-2025-08-07",
                "gpt-5-mini-2025-08-07",
                "gpt-5-nano-2025-08-07",
                "gpt-4.1",
                "gpt-4.1-mini",
                "gpt-4.1-nano",
                "gpt-4.1-2025-04-14",
                "gpt-4.1-mini-2025-04-14",
                "gpt-4.1-nano-2025-04-14",
                "gpt-4o",
                "gpt-4o-2024-11-20",
                "gpt-4o-2024-08-06",
                "gpt-4o-2024-05-13",
                "gpt-4o-mini",
                "gpt-4o-mini-2024-07-18",
                "gpt-4.5-preview",
                "gpt-4.5-preview-2025-02-27",
                "gpt-4-turbo",
                "gpt-4-turbo-2024-04-09",
                "gpt-4-0125-preview",
                "gpt-4-turbo-preview",
                "gpt-4-1106-preview",
                "gpt-4-vision-preview",
                "gpt-4",
                "gpt-4-0314",
                "gpt-4-0613",
                "gpt-4-32k",
                "gpt-4-32k-0314",
                "gpt-4-32k-0613",
                "gpt-3.5-turbo",
                "gpt-3.5-turbo-16k",
                "gpt-3.5-turbo-0613",
                "gpt-3.5-turbo-1106",
                "gpt-3.5-turbo-0125",
                "gpt-3.5-turbo-16k-0613",
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tools: (
            list[
                Annotated[
                    Annotated[AssistantToolsCode, pydantic.Tag("AssistantToolsCode")]
                    | Annotated[
                        AssistantToolsFileSearch,
                        pydantic.Tag("AssistantToolsFileSearch"),
                    ]
                    | Annotated[
                        AssistantToolsFunction, pydantic.Tag("AssistantToolsFunction")
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "code_interpreter": "AssistantToolsCode",
                            "file_search": "AssistantToolsFileSearch",
                            "function": "AssistantToolsFunction",
                        },
                    ),
                ]
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        tool_resources: (
            CreateThreadAndRunRequestToolResources | None | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        max_prompt_tokens: int | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        truncation_strategy: TruncationObject | None | NotGiven = NOT_GIVEN,
        tool_choice: AssistantsApiToolChoiceOption | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        response_format: (
            AssistantsApiResponseFormatOption | None | NotGiven
        ) = NOT_GIVEN,
        body: CreateThreadAndRunRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RunObject:
        """Create a thread and run it in one request.

        Args:
            assistant_id: The ID of the [assistant](https://api.openai.com/docs/api-reference/assistants) to use to execute this run.
            thread: Options to create a new thread. If no thread is provided when running a request, an empty thread will be created.
            model: The ID of the [Model](https://api.openai.com/docs/api-reference/models) to be used to execute this run. If a value is provided here, it will override the model associated with the assistant. If not, the model associated with the assistant will be used.
            instructions: Override the default system message of the assistant. This is useful for modifying the behavior on a per-run basis.
            tools: Override the tools the assistant can use for this run. This is useful for modifying the behavior on a per-run basis.
            tool_resources: A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
            temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.
            top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered. We generally recommend altering this or temperature but not both.
            stream: If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the Run enters a terminal state with a `data: [DONE]` message.
            max_prompt_tokens: The maximum number of prompt tokens that may be used over the course of the run. The run will make a best effort to use only the number of prompt tokens specified, across multiple turns of the run. If the run exceeds the number of prompt tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info.
            max_completion_tokens: The maximum number of completion tokens that may be used over the course of the run. The run will make a best effort to use only the number of completion tokens specified, across multiple turns of the run. If the run exceeds the number of completion tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info.
            parallel_tool_calls: Whether to enable [parallel function calling](https://api.openai.com/docs/guides/function-calling#configuring-parallel-function-calling) during tool use.
            response_format: Specifies the format that the model must output. Compatible with [GPT-4o](https://api.openai.com/docs/models#gpt-4o), [GPT-4 Turbo](https://api.openai.com/docs/models#gpt-4-turbo-and-gpt-4), and all GPT-3.5 Turbo models since `gpt-3.5-turbo-1106`. Setting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured Outputs which ensures the model will match your supplied JSON schema. Learn more in the [Structured Outputs guide](https://api.openai.com/docs/guides/structured-outputs). Setting to `{ "type": "json_object" }` enables JSON mode, which ensures the message the model generates is valid JSON. **Important:** when using JSON mode, you **must** also instruct the model to produce JSON yourself via a system or user message. Without this, the model may generate an unending stream of whitespace until the generation reaches the token limit, resulting in a long-running and seemingly "stuck" request. Also note that the message content may be partially cut off if `finish_reason="length"`, which indicates the generation exceeded `max_tokens` or the conversation exceeded the max context length.
        """
        _response: ApiResponse[RunObject] = self._client._request(
            _CREATE_THREAD_AND_RUN, locals()
        )
        return _response.data

    @overload
    def create_thread_and_run_with_http_info(
        self,
        *,
        body: CreateThreadAndRunRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RunObject]: ...

    @overload
    def create_thread_and_run_with_http_info(
        self,
        *,
        assistant_id: str,
        thread: CreateThreadRequest | NotGiven = NOT_GIVEN,
        model: (
            str
            | Literal[
                "gpt-5",
                "gpt-5-mini",
                "gpt-5-nano",
                "gpt-5-2025-08-07",
                "gpt-5-mini-2025-08-07",
                "gpt-5-nano-2025-08-07",
                "gpt-4.1",
                "gpt-4.1-mini",
                "gpt-4.1-nano",
                "gpt-4.1-2025-04-14",
                "gpt-4.1-mini-2025-04-14",
                "gpt-4.1-nano-2025-04-14",
                "gpt-4o",
                "gpt-4o-2024-11-20",
                "gpt-4o-2024-08-06",
                "gpt-4o-2024-05-13",
                "gpt-4o-mini",
                "gpt-4o-mini-2024-07-18",
                "gpt-4.5-preview",
                "gpt-4.5-preview-2025-02-27",
                "gpt-4-turbo",
                "gpt-4-turbo-2024-04-09",
                "gpt-4-0125-preview",
                "gpt-4-turbo-preview",
                "gpt-4-1106-preview",
                "gpt-4-vision-preview",
                "gpt-4",
                "gpt-4-0314",
                "gpt-4-0613",
                "gpt-4-32k",
                "gpt-4-32k-0314",
                "gpt-4-32k-0613",
                "gpt-3.5-turbo",
                "gpt-3.5-turbo-16k",
                "gpt-3.5-turbo-0613",
                "gpt-3.5-turbo-1106",
                "gpt-3.5-turbo-0125",
                "gpt-3.5-turbo-16k-0613",
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tools: (
            list[
                Annotated[
                    Annotated[AssistantToolsCode, pydantic.Tag("AssistantToolsCode")]
                    | Annotated[
                        AssistantToolsFileSearch,
                        pydantic.Tag("AssistantToolsFileSearch"),
                    ]
                    | Annotated[
                        AssistantToolsFunction, pydantic.Tag("AssistantToolsFunction")
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "code_interpreter": "AssistantToolsCode",
                            "file_search": "AssistantToolsFileSearch",
                            "function": "AssistantToolsFunction",
                        },
                    ),
                ]
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        tool_resources: (
            CreateThreadAndRunRequestToolResources | None | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        max_prompt_tokens: int | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        truncation_strategy: TruncationObject | None | NotGiven = NOT_GIVEN,
        tool_choice: AssistantsApiToolChoiceOption | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        response_format: (
            AssistantsApiResponseFormatOption | None | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RunObject]: ...

    def create_thread_and_run_with_http_info(
        self,
        *,
        assistant_id: str | NotGiven = NOT_GIVEN,
        thread: CreateThreadRequest | NotGiven = NOT_GIVEN,
        model: (
            str
            | Literal[
                "gpt-5",
                "gpt-5-mini",
                "gpt-5-nano",
                "gpt-5-2025-08-07",
                "gpt-5-mini-2025-08-07",
                "gpt-5-nano-2025-08-07",
                "gpt-4.1",
                "gpt-4.1-mini",
                "gpt-4.1-nano",
                "gpt-4.1-2025-04-14",
                "gpt-4.1-mini-2025-04-14",
                "gpt-4.1-nano-2025-04-14",
                "gpt-4o",
                "gpt-4o-2024-11-20",
                "gpt-4o-2024-08-06",
                "gpt-4o-2024-05-13",
                "gpt-4o-mini",
                "gpt-4o-mini-2024-07-18",
                "gpt-4.5-preview",
                "gpt-4.5-preview-2025-02-27",
                "gpt-4-turbo",
                "gpt-4-turbo-2024-04-09",
                "gpt-4-0125-preview",
                "gpt-4-turbo-preview",
                "gpt-4-1106-preview",
                "gpt-4-vision-preview",
                "gpt-4",
                "gpt-4-0314",
                "gpt-4-0613",
                "gpt-4-32k",
                "gpt-4-32k-0314",
                "gpt-4-32k-0613",
                "gpt-3.5-turbo",
                "gpt-3.5-turbo-16k",
                "gpt-3.5-turbo-0613",
                "gpt-3.5-turbo-1106",
                "gpt-3.5-turbo-0125",
                "gpt-3.5-turbo-16k-0613",
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tools: (
            list[
                Annotated[
                    Annotated[AssistantToolsCode, pydantic.Tag("AssistantToolsCode")]
                    | Annotated[
                        AssistantToolsFileSearch,
                        pydantic.Tag("AssistantToolsFileSearch"),
                    ]
                    | Annotated[
                        AssistantToolsFunction, pydantic.Tag("AssistantToolsFunction")
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "code_interpreter": "AssistantToolsCode",
                            "file_search": "AssistantToolsFileSearch",
                            "function": "AssistantToolsFunction",
                        },
                    ),
                ]
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        tool_resources: (
            CreateThreadAndRunRequestToolResources | None | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        max_prompt_tokens: int | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        truncation_strategy: TruncationObject | None | NotGiven = NOT_GIVEN,
        tool_choice: AssistantsApiToolChoiceOption | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        response_format: (
            AssistantsApiResponseFormatOption | None | NotGiven
        ) = NOT_GIVEN,
        body: CreateThreadAndRunRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RunObject]:
        """Like `create_thread_and_run`, but returns the status code and headers with
        the parsed body.
        """
        return self._client._request(_CREATE_THREAD_AND_RUN, locals())

    def get_thread(
        self,
        thread_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ThreadObject:
        """Retrieves a thread.

        Args:
            thread_id: The ID of the thread to retrieve.
        """
        _response: ApiResponse[ThreadObject] = self._client._request(
            _GET_THREAD, locals()
        )
        return _response.data

    def get_thread_with_http_info(
        self,
        thread_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ThreadObject]:
        """Like `get_thread`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_GET_THREAD, locals())

    @overload
    def modify_thread(
        self,
        thread_id: str,
        *,
        body: ModifyThreadRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ThreadObject: ...

    @overload
    def modify_thread(
        self,
        thread_id: str,
        *,
        tool_resources: (
            ModifyThreadRequestToolResourcesVariant1 | None | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ThreadObject: ...

    def modify_thread(
        self,
        thread_id: str,
        *,
        tool_resources: (
            ModifyThreadRequestToolResourcesVariant1 | None | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        body: ModifyThreadRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ThreadObject:
        """Modifies a thread.

        Args:
            thread_id: The ID of the thread to modify. Only the `metadata` can be modified.
        """
        _response: ApiResponse[ThreadObject] = self._client._request(
            _MODIFY_THREAD, locals()
        )
        return _response.data

    @overload
    def modify_thread_with_http_info(
        self,
        thread_id: str,
        *,
        body: ModifyThreadRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ThreadObject]: ...

    @overload
    def modify_thread_with_http_info(
        self,
        thread_id: str,
        *,
        tool_resources: (
            ModifyThreadRequestToolResourcesVariant1 | None | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ThreadObject]: ...

    def modify_thread_with_http_info(
        self,
        thread_id: str,
        *,
        tool_resources: (
            ModifyThreadRequestToolResourcesVariant1 | None | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        body: ModifyThreadRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ThreadObject]:
        """Like `modify_thread`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_MODIFY_THREAD, locals())

    def delete_thread(
        self,
        thread_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> DeleteThreadResponse:
        """Delete a thread.

        Args:
            thread_id: The ID of the thread to delete.
        """
        _response: ApiResponse[DeleteThreadResponse] = self._client._request(
            _DELETE_THREAD, locals()
        )
        return _response.data

    def delete_thread_with_http_info(
        self,
        thread_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[DeleteThreadResponse]:
        """Like `delete_thread`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_DELETE_THREAD, locals())

    def list_messages(
        self,
        thread_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        run_id: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ListMessagesResponse:
        """Returns a list of messages for a given thread.

        Args:
            thread_id: The ID of the [thread](https://api.openai.com/docs/api-reference/threads) the messages belong to.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
            run_id: Filter messages by the run ID that generated them.
        """
        _response: ApiResponse[ListMessagesResponse] = self._client._request(
            _LIST_MESSAGES, locals()
        )
        return _response.data

    def list_messages_with_http_info(
        self,
        thread_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        run_id: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ListMessagesResponse]:
        """Like `list_messages`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_LIST_MESSAGES, locals())

    def list_messages_iter(
        self,
        thread_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        run_id: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Paginator[MessageObject]:
        """Like `list_messages`, but `for` goes over the items of every page, fetching
        the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return Paginator(self._client, _LIST_MESSAGES, locals(), _LIST_MESSAGES_PAGES)

    @overload
    def create_message(
        self,
        thread_id: str,
        *,
        body: CreateMessageRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> MessageObject: ...

    @overload
    def create_message(
        self,
        thread_id: str,
        *,
        role: Literal["user", "assistant"] | str,
        content: (
            str
            | list[
                Annotated[
                    Annotated[
                        MessageContentImageFileObject,
                        pydantic.Tag("MessageContentImageFileObject"),
                    ]
                    | Annotated[
                        MessageContentImageUrlObject,
                        pydantic.Tag("MessageContentImageUrlObject"),
                    ]
                    | Annotated[
                        MessageRequestContentTextObject,
                        pydantic.Tag("MessageRequestContentTextObject"),
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "image_file": "MessageContentImageFileObject",
                            "image_url": "MessageContentImageUrlObject",
                            "text": "MessageRequestContentTextObject",
                        },
                    ),
                ]
            ]
        ),
        attachments: (
            list[CreateMessageRequestAttachmentsVariant1Item] | None | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> MessageObject: ...

    def create_message(
        self,
        thread_id: str,
        *,
        role: Literal["user", "assistant"] | str | NotGiven = NOT_GIVEN,
        content: (
            str
            | list[
                Annotated[
                    Annotated[
                        MessageContentImageFileObject,
                        pydantic.Tag("MessageContentImageFileObject"),
                    ]
                    | Annotated[
                        MessageContentImageUrlObject,
                        pydantic.Tag("MessageContentImageUrlObject"),
                    ]
                    | Annotated[
                        MessageRequestContentTextObject,
                        pydantic.Tag("MessageRequestContentTextObject"),
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "image_file": "MessageContentImageFileObject",
                            "image_url": "MessageContentImageUrlObject",
                            "text": "MessageRequestContentTextObject",
                        },
                    ),
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        attachments: (
            list[CreateMessageRequestAttachmentsVariant1Item] | None | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        body: CreateMessageRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> MessageObject:
        """Create a message.

        Args:
            thread_id: The ID of the [thread](https://api.openai.com/docs/api-reference/threads) to create a message for.
            role: The role of the entity that is creating the message. Allowed values include: - `user`: Indicates the message is sent by an actual user and should be used in most cases to represent user-generated messages. - `assistant`: Indicates the message is generated by the assistant. Use this value to insert messages from the assistant into the conversation.
        """
        _response: ApiResponse[MessageObject] = self._client._request(
            _CREATE_MESSAGE, locals()
        )
        return _response.data

    @overload
    def create_message_with_http_info(
        self,
        thread_id: str,
        *,
        body: CreateMessageRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[MessageObject]: ...

    @overload
    def create_message_with_http_info(
        self,
        thread_id: str,
        *,
        role: Literal["user", "assistant"] | str,
        content: (
            str
            | list[
                Annotated[
                    Annotated[
                        MessageContentImageFileObject,
                        pydantic.Tag("MessageContentImageFileObject"),
                    ]
                    | Annotated[
                        MessageContentImageUrlObject,
                        pydantic.Tag("MessageContentImageUrlObject"),
                    ]
                    | Annotated[
                        MessageRequestContentTextObject,
                        pydantic.Tag("MessageRequestContentTextObject"),
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "image_file": "MessageContentImageFileObject",
                            "image_url": "MessageContentImageUrlObject",
                            "text": "MessageRequestContentTextObject",
                        },
                    ),
                ]
            ]
        ),
        attachments: (
            list[CreateMessageRequestAttachmentsVariant1Item] | None | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[MessageObject]: ...

    def create_message_with_http_info(
        self,
        thread_id: str,
        *,
        role: Literal["user", "assistant"] | str | NotGiven = NOT_GIVEN,
        content: (
            str
            | list[
                Annotated[
                    Annotated[
                        MessageContentImageFileObject,
                        pydantic.Tag("MessageContentImageFileObject"),
                    ]
                    | Annotated[
                        MessageContentImageUrlObject,
                        pydantic.Tag("MessageContentImageUrlObject"),
                    ]
                    | Annotated[
                        MessageRequestContentTextObject,
                        pydantic.Tag("MessageRequestContentTextObject"),
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "image_file": "MessageContentImageFileObject",
                            "image_url": "MessageContentImageUrlObject",
                            "text": "MessageRequestContentTextObject",
                        },
                    ),
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        attachments: (
            list[CreateMessageRequestAttachmentsVariant1Item] | None | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        body: CreateMessageRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[MessageObject]:
        """Like `create_message`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_CREATE_MESSAGE, locals())

    def get_message(
        self,
        thread_id: str,
        message_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> MessageObject:
        """Retrieve a message.

        Args:
            thread_id: The ID of the [thread](https://api.openai.com/docs/api-reference/threads) to which this message belongs.
            message_id: The ID of the message to retrieve.
        """
        _response: ApiResponse[MessageObject] = self._client._request(
            _GET_MESSAGE, locals()
        )
        return _response.data

    def get_message_with_http_info(
        self,
        thread_id: str,
        message_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[MessageObject]:
        """Like `get_message`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_GET_MESSAGE, locals())

    @overload
    def modify_message(
        self,
        thread_id: str,
        message_id: str,
        *,
        body: ModifyMessageRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> MessageObject: ...

    @overload
    def modify_message(
        self,
        thread_id: str,
        message_id: str,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> MessageObject: ...

    def modify_message(
        self,
        thread_id: str,
        message_id: str,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        body: ModifyMessageRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> MessageObject:
        """Modifies a message.

        Args:
            thread_id: The ID of the thread to which this message belongs.
            message_id: The ID of the message to modify.
        """
        _response: ApiResponse[MessageObject] = self._client._request(
            _MODIFY_MESSAGE, locals()
        )
        return _response.data

    @overload
    def modify_message_with_http_info(
        self,
        thread_id: str,
        message_id: str,
        *,
        body: ModifyMessageRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[MessageObject]: ...

    @overload
    def modify_message_with_http_info(
        self,
        thread_id: str,
        message_id: str,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[MessageObject]: ...

    def modify_message_with_http_info(
        self,
        thread_id: str,
        message_id: str,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        body: ModifyMessageRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[MessageObject]:
        """Like `modify_message`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_MODIFY_MESSAGE, locals())

    def delete_message(
        self,
        thread_id: str,
        message_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> DeleteMessageResponse:
        """Deletes a message.

        Args:
            thread_id: The ID of the thread to which this message belongs.
            message_id: The ID of the message to delete.
        """
        _response: ApiResponse[DeleteMessageResponse] = self._client._request(
            _DELETE_MESSAGE, locals()
        )
        return _response.data

    def delete_message_with_http_info(
        self,
        thread_id: str,
        message_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[DeleteMessageResponse]:
        """Like `delete_message`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_DELETE_MESSAGE, locals())

    def list_runs(
        self,
        thread_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ListRunsResponse:
        """Returns a list of runs belonging to a thread.

        Args:
            thread_id: The ID of the thread the run belongs to.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
        """
        _response: ApiResponse[ListRunsResponse] = self._client._request(
            _LIST_RUNS, locals()
        )
        return _response.data

    def list_runs_with_http_info(
        self,
        thread_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ListRunsResponse]:
        """Like `list_runs`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_LIST_RUNS, locals())

    def list_runs_iter(
        self,
        thread_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Paginator[RunObject]:
        """Like `list_runs`, but `for` goes over the items of every page, fetching the
        next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return Paginator(self._client, _LIST_RUNS, locals(), _LIST_RUNS_PAGES)

    @overload
    def create_run(
        self,
        thread_id: str,
        *,
        body: CreateRunRequest | dict[str, Any],
        include: (
            list[Literal["step_details.tool_calls[*].file_search.results[*].content"]]
            | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RunObject: ...

    @overload
    def create_run(
        self,
        thread_id: str,
        *,
        assistant_id: str,
        model: str | AssistantSupportedModels | None | NotGiven = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        additional_instructions: str | None | NotGiven = NOT_GIVEN,
        additional_messages: list[CreateMessageRequest] | None | NotGiven = NOT_GIVEN,
        tools: (
            list[
                Annotated[
                    Annotated[AssistantToolsCode, pydantic.Tag("AssistantToolsCode")]
                    | Annotated[
                        AssistantToolsFileSearch,
                        pydantic.Tag("AssistantToolsFileSearch"),
                    ]
                    | Annotated[
                        AssistantToolsFunction, pydantic.Tag("AssistantToolsFunction")
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "code_interpreter": "AssistantToolsCode",
                            "file_search": "AssistantToolsFileSearch",
                            "function": "AssistantToolsFunction",
                        },
                    ),
                ]
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        max_prompt_tokens: int | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        truncation_strategy: TruncationObject | None | NotGiven = NOT_GIVEN,
        tool_choice: AssistantsApiToolChoiceOption | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        response_format: (
            AssistantsApiResponseFormatOption | None | NotGiven
        ) = NOT_GIVEN,
        include: (
            list[Literal["step_details.tool_calls[*].file_search.results[*].content"]]
            | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RunObject: ...

    def create_run(
        self,
        thread_id: str,
        *,
        assistant_id: str | NotGiven = NOT_GIVEN,
        model: str | AssistantSupportedModels | None | NotGiven = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        additional_instructions: str | None | NotGiven = NOT_GIVEN,
        additional_messages: list[CreateMessageRequest] | None | NotGiven = NOT_GIVEN,
        tools: (
            list[
                Annotated[
                    Annotated[AssistantToolsCode, pydantic.Tag("AssistantToolsCode")]
                    | Annotated[
                        AssistantToolsFileSearch,
                        pydantic.Tag("AssistantToolsFileSearch"),
                    ]
                    | Annotated[
                        AssistantToolsFunction, pydantic.Tag("AssistantToolsFunction")
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "code_interpreter": "AssistantToolsCode",
                            "file_search": "AssistantToolsFileSearch",
                            "function": "AssistantToolsFunction",
                        },
                    ),
                ]
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        max_prompt_tokens: int | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        truncation_strategy: TruncationObject | None | NotGiven = NOT_GIVEN,
        tool_choice: AssistantsApiToolChoiceOption | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        response_format: (
            AssistantsApiResponseFormatOption | None | NotGiven
        ) = NOT_GIVEN,
        include: (
            list[Literal["step_details.tool_calls[*].file_search.results[*].content"]]
            | NotGiven
        ) = NOT_GIVEN,
        body: CreateRunRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RunObject:
        """Create a run.

        Args:
            thread_id: The ID of the thread to run.
            include: A list of additional fields to include in the response. Currently the only supported value is `step_details.tool_calls[*].file_search.results[*].content` to fetch the file search result content. See the [file search tool documentation](https://api.openai.com/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.
            assistant_id: The ID of the [assistant](https://api.openai.com/docs/api-reference/assistants) to use to execute this run.
            model: The ID of the [Model](https://api.openai.com/docs/api-reference/models) to be used to execute this run. If a value is provided here, it will override the model associated with the assistant. If not, the model associated with the assistant will be used.
            instructions: Overrides the [instructions](https://api.openai.com/docs/api-reference/assistants/createAssistant) of the assistant. This is useful for modifying the behavior on a per-run basis.
            additional_instructions: Appends additional instructions at the end of the instructions for the run. This is useful for modifying the behavior on a per-run basis without overriding other instructions.
            additional_messages: Adds additional messages to the thread before creating the run.
            tools: Override the tools the assistant can use for this run. This is useful for modifying the behavior on a per-run basis.
            temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.
            top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered. We generally recommend altering this or temperature but not both.
            stream: If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the Run enters a terminal state with a `data: [DONE]` message.
            max_prompt_tokens: The maximum number of prompt tokens that may be used over the course of the run. The run will make a best effort to use only the number of prompt tokens specified, across multiple turns of the run. If the run exceeds the number of prompt tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info.
            max_completion_tokens: The maximum number of completion tokens that may be used over the course of the run. The run will make a best effort to use only the number of completion tokens specified, across multiple turns of the run. If the run exceeds the number of completion tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info.
            parallel_tool_calls: Whether to enable [parallel function calling](https://api.openai.com/docs/guides/function-calling#configuring-parallel-function-calling) during tool use.
            response_format: Specifies the format that the model must output. Compatible with [GPT-4o](https://api.openai.com/docs/models#gpt-4o), [GPT-4 Turbo](https://api.openai.com/docs/models#gpt-4-turbo-and-gpt-4), and all GPT-3.5 Turbo models since `gpt-3.5-turbo-1106`. Setting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured Outputs which ensures the model will match your supplied JSON schema. Learn more in the [Structured Outputs guide](https://api.openai.com/docs/guides/structured-outputs). Setting to `{ "type": "json_object" }` enables JSON mode, which ensures the message the model generates is valid JSON. **Important:** when using JSON mode, you **must** also instruct the model to produce JSON yourself via a system or user message. Without this, the model may generate an unending stream of whitespace until the generation reaches the token limit, resulting in a long-running and seemingly "stuck" request. Also note that the message content may be partially cut off if `finish_reason="length"`, which indicates the generation exceeded `max_tokens` or the conversation exceeded the max context length.
        """
        _response: ApiResponse[RunObject] = self._client._request(_CREATE_RUN, locals())
        return _response.data

    @overload
    def create_run_with_http_info(
        self,
        thread_id: str,
        *,
        body: CreateRunRequest | dict[str, Any],
        include: (
            list[Literal["step_details.tool_calls[*].file_search.results[*].content"]]
            | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RunObject]: ...

    @overload
    def create_run_with_http_info(
        self,
        thread_id: str,
        *,
        assistant_id: str,
        model: str | AssistantSupportedModels | None | NotGiven = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        additional_instructions: str | None | NotGiven = NOT_GIVEN,
        additional_messages: list[CreateMessageRequest] | None | NotGiven = NOT_GIVEN,
        tools: (
            list[
                Annotated[
                    Annotated[AssistantToolsCode, pydantic.Tag("AssistantToolsCode")]
                    | Annotated[
                        AssistantToolsFileSearch,
                        pydantic.Tag("AssistantToolsFileSearch"),
                    ]
                    | Annotated[
                        AssistantToolsFunction, pydantic.Tag("AssistantToolsFunction")
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "code_interpreter": "AssistantToolsCode",
                            "file_search": "AssistantToolsFileSearch",
                            "function": "AssistantToolsFunction",
                        },
                    ),
                ]
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        max_prompt_tokens: int | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        truncation_strategy: TruncationObject | None | NotGiven = NOT_GIVEN,
        tool_choice: AssistantsApiToolChoiceOption | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        response_format: (
            AssistantsApiResponseFormatOption | None | NotGiven
        ) = NOT_GIVEN,
        include: (
            list[Literal["step_details.tool_calls[*].file_search.results[*].content"]]
            | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RunObject]: ...

    def create_run_with_http_info(
        self,
        thread_id: str,
        *,
        assistant_id: str | NotGiven = NOT_GIVEN,
        model: str | AssistantSupportedModels | None | NotGiven = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        additional_instructions: str | None | NotGiven = NOT_GIVEN,
        additional_messages: list[CreateMessageRequest] | None | NotGiven = NOT_GIVEN,
        tools: (
            list[
                Annotated[
                    Annotated[AssistantToolsCode, pydantic.Tag("AssistantToolsCode")]
                    | Annotated[
                        AssistantToolsFileSearch,
                        pydantic.Tag("AssistantToolsFileSearch"),
                    ]
                    | Annotated[
                        AssistantToolsFunction, pydantic.Tag("AssistantToolsFunction")
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "code_interpreter": "AssistantToolsCode",
                            "file_search": "AssistantToolsFileSearch",
                            "function": "AssistantToolsFunction",
                        },
                    ),
                ]
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        max_prompt_tokens: int | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        truncation_strategy: TruncationObject | None | NotGiven = NOT_GIVEN,
        tool_choice: AssistantsApiToolChoiceOption | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        response_format: (
            AssistantsApiResponseFormatOption | None | NotGiven
        ) = NOT_GIVEN,
        include: (
            list[Literal["step_details.tool_calls[*].file_search.results[*].content"]]
            | NotGiven
        ) = NOT_GIVEN,
        body: CreateRunRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RunObject]:
        """Like `create_run`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_CREATE_RUN, locals())

    def get_run(
        self,
        thread_id: str,
        run_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RunObject:
        """Retrieves a run.

        Args:
            thread_id: The ID of the [thread](https://api.openai.com/docs/api-reference/threads) that was run.
            run_id: The ID of the run to retrieve.
        """
        _response: ApiResponse[RunObject] = self._client._request(_GET_RUN, locals())
        return _response.data

    def get_run_with_http_info(
        self,
        thread_id: str,
        run_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RunObject]:
        """Like `get_run`, but returns the status code and headers with the parsed body."""
        return self._client._request(_GET_RUN, locals())

    @overload
    def modify_run(
        self,
        thread_id: str,
        run_id: str,
        *,
        body: ModifyRunRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RunObject: ...

    @overload
    def modify_run(
        self,
        thread_id: str,
        run_id: str,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RunObject: ...

    def modify_run(
        self,
        thread_id: str,
        run_id: str,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        body: ModifyRunRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RunObject:
        """Modifies a run.

        Args:
            thread_id: The ID of the [thread](https://api.openai.com/docs/api-reference/threads) that was run.
            run_id: The ID of the run to modify.
        """
        _response: ApiResponse[RunObject] = self._client._request(_MODIFY_RUN, locals())
        return _response.data

    @overload
    def modify_run_with_http_info(
        self,
        thread_id: str,
        run_id: str,
        *,
        body: ModifyRunRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RunObject]: ...

    @overload
    def modify_run_with_http_info(
        self,
        thread_id: str,
        run_id: str,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RunObject]: ...

    def modify_run_with_http_info(
        self,
        thread_id: str,
        run_id: str,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        body: ModifyRunRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RunObject]:
        """Like `modify_run`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_MODIFY_RUN, locals())

    def cancel_run(
        self,
        thread_id: str,
        run_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RunObject:
        """Cancels a run that is `in_progress`.

        Args:
            thread_id: The ID of the thread to which this run belongs.
            run_id: The ID of the run to cancel.
        """
        _response: ApiResponse[RunObject] = self._client._request(_CANCEL_RUN, locals())
        return _response.data

    def cancel_run_with_http_info(
        self,
        thread_id: str,
        run_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RunObject]:
        """Like `cancel_run`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_CANCEL_RUN, locals())

    def list_run_steps(
        self,
        thread_id: str,
        run_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        include: (
            list[Literal["step_details.tool_calls[*].file_search.results[*].content"]]
            | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ListRunStepsResponse:
        """Returns a list of run steps belonging to a run.

        Args:
            thread_id: The ID of the thread the run and run steps belong to.
            run_id: The ID of the run the run steps belong to.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
            include: A list of additional fields to include in the response. Currently the only supported value is `step_details.tool_calls[*].file_search.results[*].content` to fetch the file search result content. See the [file search tool documentation](https://api.openai.com/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.
        """
        _response: ApiResponse[ListRunStepsResponse] = self._client._request(
            _LIST_RUN_STEPS, locals()
        )
        return _response.data

    def list_run_steps_with_http_info(
        self,
        thread_id: str,
        run_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        include: (
            list[Literal["step_details.tool_calls[*].file_search.results[*].content"]]
            | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ListRunStepsResponse]:
        """Like `list_run_steps`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_LIST_RUN_STEPS, locals())

    def list_run_steps_iter(
        self,
        thread_id: str,
        run_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        include: (
            list[Literal["step_details.tool_calls[*].file_search.results[*].content"]]
            | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Paginator[RunStepObject]:
        """Like `list_run_steps`, but `for` goes over the items of every page, fetching
        the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return Paginator(self._client, _LIST_RUN_STEPS, locals(), _LIST_RUN_STEPS_PAGES)

    def get_run_step(
        self,
        thread_id: str,
        run_id: str,
        step_id: str,
        *,
        include: (
            list[Literal["step_details.tool_calls[*].file_search.results[*].content"]]
            | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RunStepObject:
        """Retrieves a run step.

        Args:
            thread_id: The ID of the thread to which the run and run step belongs.
            run_id: The ID of the run to which the run step belongs.
            step_id: The ID of the run step to retrieve.
            include: A list of additional fields to include in the response. Currently the only supported value is `step_details.tool_calls[*].file_search.results[*].content` to fetch the file search result content. See the [file search tool documentation](https://api.openai.com/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.
        """
        _response: ApiResponse[RunStepObject] = self._client._request(
            _GET_RUN_STEP, locals()
        )
        return _response.data

    def get_run_step_with_http_info(
        self,
        thread_id: str,
        run_id: str,
        step_id: str,
        *,
        include: (
            list[Literal["step_details.tool_calls[*].file_search.results[*].content"]]
            | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RunStepObject]:
        """Like `get_run_step`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_GET_RUN_STEP, locals())

    @overload
    def submit_tool_ouputs_to_run(
        self,
        thread_id: str,
        run_id: str,
        *,
        body: SubmitToolOutputsRunRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RunObject: ...

    @overload
    def submit_tool_ouputs_to_run(
        self,
        thread_id: str,
        run_id: str,
        *,
        tool_outputs: list[SubmitToolOutputsRunRequestToolOutputsItem],
        stream: bool | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RunObject: ...

    def submit_tool_ouputs_to_run(
        self,
        thread_id: str,
        run_id: str,
        *,
        tool_outputs: (
            list[SubmitToolOutputsRunRequestToolOutputsItem] | NotGiven
        ) = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        body: SubmitToolOutputsRunRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RunObject:
        """When a run has the `status: "requires_action"` and `required_action.type` is
        `submit_tool_outputs`, this endpoint can be used to submit the outputs from
        the tool calls once they're all completed. All outputs must be submitted in a
        single request.

        Args:
            thread_id: The ID of the [thread](https://api.openai.com/docs/api-reference/threads) to which this run belongs.
            run_id: The ID of the run that requires the tool output submission.
            tool_outputs: A list of tools for which the outputs are being submitted.
        """
        _response: ApiResponse[RunObject] = self._client._request(
            _SUBMIT_TOOL_OUPUTS_TO_RUN, locals()
        )
        return _response.data

    @overload
    def submit_tool_ouputs_to_run_with_http_info(
        self,
        thread_id: str,
        run_id: str,
        *,
        body: SubmitToolOutputsRunRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RunObject]: ...

    @overload
    def submit_tool_ouputs_to_run_with_http_info(
        self,
        thread_id: str,
        run_id: str,
        *,
        tool_outputs: list[SubmitToolOutputsRunRequestToolOutputsItem],
        stream: bool | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RunObject]: ...

    def submit_tool_ouputs_to_run_with_http_info(
        self,
        thread_id: str,
        run_id: str,
        *,
        tool_outputs: (
            list[SubmitToolOutputsRunRequestToolOutputsItem] | NotGiven
        ) = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        body: SubmitToolOutputsRunRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RunObject]:
        """Like `submit_tool_ouputs_to_run`, but returns the status code and headers
        with the parsed body.
        """
        return self._client._request(_SUBMIT_TOOL_OUPUTS_TO_RUN, locals())


class AsyncAssistantsApi:
    """Assistants operations (async): Build Assistants that can call models and use
    tools.

    Reach it as `client.assistants`.
    """

    def __init__(self, client: AsyncRuntime) -> None:
        self._client = client

    async def list_assistants(
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
    ) -> ListAssistantsResponse:
        """Returns a list of assistants.

        Args:
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.

        .. deprecated:: the API marks this operation as deprecated.
        """
        _response: ApiResponse[ListAssistantsResponse] = await self._client._request(
            _LIST_ASSISTANTS, locals()
        )
        return _response.data

    async def list_assistants_with_http_info(
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
    ) -> ApiResponse[ListAssistantsResponse]:
        """Like `list_assistants`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_LIST_ASSISTANTS, locals())

    def list_assistants_iter(
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
    ) -> AsyncPaginator[AssistantObject]:
        """Like `list_assistants`, but `async for` goes over the items of every page,
        fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return AsyncPaginator(
            self._client, _LIST_ASSISTANTS, locals(), _LIST_ASSISTANTS_PAGES
        )

    @overload
    async def create_assistant(
        self,
        *,
        body: CreateAssistantRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AssistantObject: ...

    @overload
    async def create_assistant(
        self,
        *,
        model: str | AssistantSupportedModels,
        name: str | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        tools: (
            list[
                Annotated[
                    Annotated[AssistantToolsCode, pydantic.Tag("AssistantToolsCode")]
                    | Annotated[
                        AssistantToolsFileSearch,
                        pydantic.Tag("AssistantToolsFileSearch"),
                    ]
                    | Annotated[
                        AssistantToolsFunction, pydantic.Tag("AssistantToolsFunction")
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "code_interpreter": "AssistantToolsCode",
                            "file_search": "AssistantToolsFileSearch",
                            "function": "AssistantToolsFunction",
                        },
                    ),
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        tool_resources: (
            CreateAssistantRequestToolResourcesVariant1 | None | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        response_format: (
            AssistantsApiResponseFormatOption | None | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AssistantObject: ...

    async def create_assistant(
        self,
        *,
        model: str | AssistantSupportedModels | NotGiven = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        tools: (
            list[
                Annotated[
                    Annotated[AssistantToolsCode, pydantic.Tag("AssistantToolsCode")]
                    | Annotated[
                        AssistantToolsFileSearch,
                        pydantic.Tag("AssistantToolsFileSearch"),
                    ]
                    | Annotated[
                        AssistantToolsFunction, pydantic.Tag("AssistantToolsFunction")
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "code_interpreter": "AssistantToolsCode",
                            "file_search": "AssistantToolsFileSearch",
                            "function": "AssistantToolsFunction",
                        },
                    ),
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        tool_resources: (
            CreateAssistantRequestToolResourcesVariant1 | None | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        response_format: (
            AssistantsApiResponseFormatOption | None | NotGiven
        ) = NOT_GIVEN,
        body: CreateAssistantRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AssistantObject:
        """Create an assistant with a model and instructions.

        Args:
            model: ID of the model to use. You can use the [List models](https://api.openai.com/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](https://api.openai.com/docs/models) for descriptions of them.
            tools: A list of tool enabled on the assistant. There can be a maximum of 128 tools per assistant. Tools can be of types `code_interpreter`, `file_search`, or `function`.

        .. deprecated:: the API marks this operation as deprecated.
        """
        _response: ApiResponse[AssistantObject] = await self._client._request(
            _CREATE_ASSISTANT, locals()
        )
        return _response.data

    @overload
    async def create_assistant_with_http_info(
        self,
        *,
        body: CreateAssistantRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[AssistantObject]: ...

    @overload
    async def create_assistant_with_http_info(
        self,
        *,
        model: str | AssistantSupportedModels,
        name: str | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        tools: (
            list[
                Annotated[
                    Annotated[AssistantToolsCode, pydantic.Tag("AssistantToolsCode")]
                    | Annotated[
                        AssistantToolsFileSearch,
                        pydantic.Tag("AssistantToolsFileSearch"),
                    ]
                    | Annotated[
                        AssistantToolsFunction, pydantic.Tag("AssistantToolsFunction")
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "code_interpreter": "AssistantToolsCode",
                            "file_search": "AssistantToolsFileSearch",
                            "function": "AssistantToolsFunction",
                        },
                    ),
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        tool_resources: (
            CreateAssistantRequestToolResourcesVariant1 | None | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        response_format: (
            AssistantsApiResponseFormatOption | None | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[AssistantObject]: ...

    async def create_assistant_with_http_info(
        self,
        *,
        model: str | AssistantSupportedModels | NotGiven = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        tools: (
            list[
                Annotated[
                    Annotated[AssistantToolsCode, pydantic.Tag("AssistantToolsCode")]
                    | Annotated[
                        AssistantToolsFileSearch,
                        pydantic.Tag("AssistantToolsFileSearch"),
                    ]
                    | Annotated[
                        AssistantToolsFunction, pydantic.Tag("AssistantToolsFunction")
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "code_interpreter": "AssistantToolsCode",
                            "file_search": "AssistantToolsFileSearch",
                            "function": "AssistantToolsFunction",
                        },
                    ),
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        tool_resources: (
            CreateAssistantRequestToolResourcesVariant1 | None | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        response_format: (
            AssistantsApiResponseFormatOption | None | NotGiven
        ) = NOT_GIVEN,
        body: CreateAssistantRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[AssistantObject]:
        """Like `create_assistant`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_CREATE_ASSISTANT, locals())

    async def get_assistant(
        self,
        assistant_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AssistantObject:
        """Retrieves an assistant.

        Args:
            assistant_id: The ID of the assistant to retrieve.

        .. deprecated:: the API marks this operation as deprecated.
        """
        _response: ApiResponse[AssistantObject] = await self._client._request(
            _GET_ASSISTANT, locals()
        )
        return _response.data

    async def get_assistant_with_http_info(
        self,
        assistant_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[AssistantObject]:
        """Like `get_assistant`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_GET_ASSISTANT, locals())

    @overload
    async def modify_assistant(
        self,
        assistant_id: str,
        *,
        body: ModifyAssistantRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AssistantObject: ...

    @overload
    async def modify_assistant(
        self,
        assistant_id: str,
        *,
        model: str | AssistantSupportedModels | NotGiven = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tools: (
            list[
                Annotated[
                    Annotated[AssistantToolsCode, pydantic.Tag("AssistantToolsCode")]
                    | Annotated[
                        AssistantToolsFileSearch,
                        pydantic.Tag("AssistantToolsFileSearch"),
                    ]
                    | Annotated[
                        AssistantToolsFunction, pydantic.Tag("AssistantToolsFunction")
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "code_interpreter": "AssistantToolsCode",
                            "file_search": "AssistantToolsFileSearch",
                            "function": "AssistantToolsFunction",
                        },
                    ),
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        tool_resources: (
            ModifyAssistantRequestToolResourcesVariant1 | None | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        response_format: (
            AssistantsApiResponseFormatOption | None | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AssistantObject: ...

    async def modify_assistant(
        self,
        assistant_id: str,
        *,
        model: str | AssistantSupportedModels | NotGiven = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tools: (
            list[
                Annotated[
                    Annotated[AssistantToolsCode, pydantic.Tag("AssistantToolsCode")]
                    | Annotated[
                        AssistantToolsFileSearch,
                        pydantic.Tag("AssistantToolsFileSearch"),
                    ]
                    | Annotated[
                        AssistantToolsFunction, pydantic.Tag("AssistantToolsFunction")
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "code_interpreter": "AssistantToolsCode",
                            "file_search": "AssistantToolsFileSearch",
                            "function": "AssistantToolsFunction",
                        },
                    ),
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        tool_resources: (
            ModifyAssistantRequestToolResourcesVariant1 | None | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        response_format: (
            AssistantsApiResponseFormatOption | None | NotGiven
        ) = NOT_GIVEN,
        body: ModifyAssistantRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AssistantObject:
        """Modifies an assistant.

        Args:
            assistant_id: The ID of the assistant to modify.
            model: ID of the model to use. You can use the [List models](https://api.openai.com/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](https://api.openai.com/docs/models) for descriptions of them.
            tools: A list of tool enabled on the assistant. There can be a maximum of 128 tools per assistant. Tools can be of types `code_interpreter`, `file_search`, or `function`.

        .. deprecated:: the API marks this operation as deprecated.
        """
        _response: ApiResponse[AssistantObject] = await self._client._request(
            _MODIFY_ASSISTANT, locals()
        )
        return _response.data

    @overload
    async def modify_assistant_with_http_info(
        self,
        assistant_id: str,
        *,
        body: ModifyAssistantRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[AssistantObject]: ...

    @overload
    async def modify_assistant_with_http_info(
        self,
        assistant_id: str,
        *,
        model: str | AssistantSupportedModels | NotGiven = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tools: (
            list[
                Annotated[
                    Annotated[AssistantToolsCode, pydantic.Tag("AssistantToolsCode")]
                    | Annotated[
                        AssistantToolsFileSearch,
                        pydantic.Tag("AssistantToolsFileSearch"),
                    ]
                    | Annotated[
                        AssistantToolsFunction, pydantic.Tag("AssistantToolsFunction")
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "code_interpreter": "AssistantToolsCode",
                            "file_search": "AssistantToolsFileSearch",
                            "function": "AssistantToolsFunction",
                        },
                    ),
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        tool_resources: (
            ModifyAssistantRequestToolResourcesVariant1 | None | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        response_format: (
            AssistantsApiResponseFormatOption | None | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[AssistantObject]: ...

    async def modify_assistant_with_http_info(
        self,
        assistant_id: str,
        *,
        model: str | AssistantSupportedModels | NotGiven = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tools: (
            list[
                Annotated[
                    Annotated[AssistantToolsCode, pydantic.Tag("AssistantToolsCode")]
                    | Annotated[
                        AssistantToolsFileSearch,
                        pydantic.Tag("AssistantToolsFileSearch"),
                    ]
                    | Annotated[
                        AssistantToolsFunction, pydantic.Tag("AssistantToolsFunction")
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "code_interpreter": "AssistantToolsCode",
                            "file_search": "AssistantToolsFileSearch",
                            "function": "AssistantToolsFunction",
                        },
                    ),
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        tool_resources: (
            ModifyAssistantRequestToolResourcesVariant1 | None | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        response_format: (
            AssistantsApiResponseFormatOption | None | NotGiven
        ) = NOT_GIVEN,
        body: ModifyAssistantRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[AssistantObject]:
        """Like `modify_assistant`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_MODIFY_ASSISTANT, locals())

    async def delete_assistant(
        self,
        assistant_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> DeleteAssistantResponse:
        """Delete an assistant.

        Args:
            assistant_id: The ID of the assistant to delete.

        .. deprecated:: the API marks this operation as deprecated.
        """
        _response: ApiResponse[DeleteAssistantResponse] = await self._client._request(
            _DELETE_ASSISTANT, locals()
        )
        return _response.data

    async def delete_assistant_with_http_info(
        self,
        assistant_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[DeleteAssistantResponse]:
        """Like `delete_assistant`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_DELETE_ASSISTANT, locals())

    @overload
    async def create_thread(
        self,
        *,
        body: CreateThreadRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ThreadObject: ...

    @overload
    async def create_thread(
        self,
        *,
        messages: list[CreateMessageRequest] | NotGiven = NOT_GIVEN,
        tool_resources: (
            CreateThreadRequestToolResourcesVariant1 | None | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ThreadObject: ...

    async def create_thread(
        self,
        *,
        messages: list[CreateMessageRequest] | NotGiven = NOT_GIVEN,
        tool_resources: (
            CreateThreadRequestToolResourcesVariant1 | None | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        body: CreateThreadRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ThreadObject:
        """Create a thread.

        Args:
            messages: A list of [messages](https://api.openai.com/docs/api-reference/messages) to start the thread with.
        """
        _response: ApiResponse[ThreadObject] = await self._client._request(
            _CREATE_THREAD, locals()
        )
        return _response.data

    @overload
    async def create_thread_with_http_info(
        self,
        *,
        body: CreateThreadRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ThreadObject]: ...

    @overload
    async def create_thread_with_http_info(
        self,
        *,
        messages: list[CreateMessageRequest] | NotGiven = NOT_GIVEN,
        tool_resources: (
            CreateThreadRequestToolResourcesVariant1 | None | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ThreadObject]: ...

    async def create_thread_with_http_info(
        self,
        *,
        messages: list[CreateMessageRequest] | NotGiven = NOT_GIVEN,
        tool_resources: (
            CreateThreadRequestToolResourcesVariant1 | None | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        body: CreateThreadRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ThreadObject]:
        """Like `create_thread`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_CREATE_THREAD, locals())

    @overload
    async def create_thread_and_run(
        self,
        *,
        body: CreateThreadAndRunRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RunObject: ...

    @overload
    async def create_thread_and_run(
        self,
        *,
        assistant_id: str,
        thread: CreateThreadRequest | NotGiven = NOT_GIVEN,
        model: (
            str
            | Literal[
                "gpt-5",
                "gpt-5-mini",
                "gpt-5-nano",
                "gpt-5-2025-08-07",
                "gpt-5-mini-2025-08-07",
                "gpt-5-nano-2025-08-07",
                "gpt-4.1",
                "gpt-4.1-mini",
                "gpt-4.1-nano",
                "gpt-4.1-2025-04-14",
                "gpt-4.1-mini-2025-04-14",
                "gpt-4.1-nano-2025-04-14",
                "gpt-4o",
                "gpt-4o-2024-11-20",
                "gpt-4o-2024-08-06",
                "gpt-4o-2024-05-13",
                "gpt-4o-mini",
                "gpt-4o-mini-2024-07-18",
                "gpt-4.5-preview",
                "gpt-4.5-preview-2025-02-27",
                "gpt-4-turbo",
                "gpt-4-turbo-2024-04-09",
                "gpt-4-0125-preview",
                "gpt-4-turbo-preview",
                "gpt-4-1106-preview",
                "gpt-4-vision-preview",
                "gpt-4",
                "gpt-4-0314",
                "gpt-4-0613",
                "gpt-4-32k",
                "gpt-4-32k-0314",
                "gpt-4-32k-0613",
                "gpt-3.5-turbo",
                "gpt-3.5-turbo-16k",
                "gpt-3.5-turbo-0613",
                "gpt-3.5-turbo-1106",
                "gpt-3.5-turbo-0125",
                "gpt-3.5-turbo-16k-0613",
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tools: (
            list[
                Annotated[
                    Annotated[AssistantToolsCode, pydantic.Tag("AssistantToolsCode")]
                    | Annotated[
                        AssistantToolsFileSearch,
                        pydantic.Tag("AssistantToolsFileSearch"),
                    ]
                    | Annotated[
                        AssistantToolsFunction, pydantic.Tag("AssistantToolsFunction")
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "code_interpreter": "AssistantToolsCode",
                            "file_search": "AssistantToolsFileSearch",
                            "function": "AssistantToolsFunction",
                        },
                    ),
                ]
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        tool_resources: (
            CreateThreadAndRunRequestToolResources | None | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        max_prompt_tokens: int | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        truncation_strategy: TruncationObject | None | NotGiven = NOT_GIVEN,
        tool_choice: AssistantsApiToolChoiceOption | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        response_format: (
            AssistantsApiResponseFormatOption | None | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RunObject: ...

    async def create_thread_and_run(
        self,
        *,
        assistant_id: str | NotGiven = NOT_GIVEN,
        thread: CreateThreadRequest | NotGiven = NOT_GIVEN,
        model: (
            str
            | Literal[
                "gpt-5",
                "gpt-5-mini",
                "gpt-5-nano",
                "gpt-5-2025-08-07",
                "gpt-5-mini-2025-08-07",
                "gpt-5-nano-2025-08-07",
                "gpt-4.1",
                "gpt-4.1-mini",
                "gpt-4.1-nano",
                "gpt-4.1-2025-04-14",
                "gpt-4.1-mini-2025-04-14",
                "gpt-4.1-nano-2025-04-14",
                "gpt-4o",
                "gpt-4o-2024-11-20",
                "gpt-4o-2024-08-06",
                "gpt-4o-2024-05-13",
                "gpt-4o-mini",
                "gpt-4o-mini-2024-07-18",
                "gpt-4.5-preview",
                "gpt-4.5-preview-2025-02-27",
                "gpt-4-turbo",
                "gpt-4-turbo-2024-04-09",
                "gpt-4-0125-preview",
                "gpt-4-turbo-preview",
                "gpt-4-1106-preview",
                "gpt-4-vision-preview",
                "gpt-4",
                "gpt-4-0314",
                "gpt-4-0613",
                "gpt-4-32k",
                "gpt-4-32k-0314",
                "gpt-4-32k-0613",
                "gpt-3.5-turbo",
                "gpt-3.5-turbo-16k",
                "gpt-3.5-turbo-0613",
                "gpt-3.5-turbo-1106",
                "gpt-3.5-turbo-0125",
                "gpt-3.5-turbo-16k-0613",
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tools: (
            list[
                Annotated[
                    Annotated[AssistantToolsCode, pydantic.Tag("AssistantToolsCode")]
                    | Annotated[
                        AssistantToolsFileSearch,
                        pydantic.Tag("AssistantToolsFileSearch"),
                    ]
                    | Annotated[
                        AssistantToolsFunction, pydantic.Tag("AssistantToolsFunction")
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "code_interpreter": "AssistantToolsCode",
                            "file_search": "AssistantToolsFileSearch",
                            "function": "AssistantToolsFunction",
                        },
                    ),
                ]
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        tool_resources: (
            CreateThreadAndRunRequestToolResources | None | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        max_prompt_tokens: int | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        truncation_strategy: TruncationObject | None | NotGiven = NOT_GIVEN,
        tool_choice: AssistantsApiToolChoiceOption | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        response_format: (
            AssistantsApiResponseFormatOption | None | NotGiven
        ) = NOT_GIVEN,
        body: CreateThreadAndRunRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RunObject:
        """Create a thread and run it in one request.

        Args:
            assistant_id: The ID of the [assistant](https://api.openai.com/docs/api-reference/assistants) to use to execute this run.
            thread: Options to create a new thread. If no thread is provided when running a request, an empty thread will be created.
            model: The ID of the [Model](https://api.openai.com/docs/api-reference/models) to be used to execute this run. If a value is provided here, it will override the model associated with the assistant. If not, the model associated with the assistant will be used.
            instructions: Override the default system message of the assistant. This is useful for modifying the behavior on a per-run basis.
            tools: Override the tools the assistant can use for this run. This is useful for modifying the behavior on a per-run basis.
            tool_resources: A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
            temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.
            top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered. We generally recommend altering this or temperature but not both.
            stream: If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the Run enters a terminal state with a `data: [DONE]` message.
            max_prompt_tokens: The maximum number of prompt tokens that may be used over the course of the run. The run will make a best effort to use only the number of prompt tokens specified, across multiple turns of the run. If the run exceeds the number of prompt tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info.
            max_completion_tokens: The maximum number of completion tokens that may be used over the course of the run. The run will make a best effort to use only the number of completion tokens specified, across multiple turns of the run. If the run exceeds the number of completion tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info.
            parallel_tool_calls: Whether to enable [parallel function calling](https://api.openai.com/docs/guides/function-calling#configuring-parallel-function-calling) during tool use.
            response_format: Specifies the format that the model must output. Compatible with [GPT-4o](https://api.openai.com/docs/models#gpt-4o), [GPT-4 Turbo](https://api.openai.com/docs/models#gpt-4-turbo-and-gpt-4), and all GPT-3.5 Turbo models since `gpt-3.5-turbo-1106`. Setting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured Outputs which ensures the model will match your supplied JSON schema. Learn more in the [Structured Outputs guide](https://api.openai.com/docs/guides/structured-outputs). Setting to `{ "type": "json_object" }` enables JSON mode, which ensures the message the model generates is valid JSON. **Important:** when using JSON mode, you **must** also instruct the model to produce JSON yourself via a system or user message. Without this, the model may generate an unending stream of whitespace until the generation reaches the token limit, resulting in a long-running and seemingly "stuck" request. Also note that the message content may be partially cut off if `finish_reason="length"`, which indicates the generation exceeded `max_tokens` or the conversation exceeded the max context length.
        """
        _response: ApiResponse[RunObject] = await self._client._request(
            _CREATE_THREAD_AND_RUN, locals()
        )
        return _response.data

    @overload
    async def create_thread_and_run_with_http_info(
        self,
        *,
        body: CreateThreadAndRunRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RunObject]: ...

    @overload
    async def create_thread_and_run_with_http_info(
        self,
        *,
        assistant_id: str,
        thread: CreateThreadRequest | NotGiven = NOT_GIVEN,
        model: (
            str
            | Literal[
                "gpt-5",
                "gpt-5-mini",
                "gpt-5-nano",
                "gpt-5-2025-08-07",
                "gpt-5-mini-2025-08-07",
                "gpt-5-nano-2025-08-07",
                "gpt-4.1",
                "gpt-4.1-mini",
                "gpt-4.1-nano",
                "gpt-4.1-2025-04-14",
                "gpt-4.1-mini-2025-04-14",
                "gpt-4.1-nano-2025-04-14",
                "gpt-4o",
                "gpt-4o-2024-11-20",
                "gpt-4o-2024-08-06",
                "gpt-4o-2024-05-13",
                "gpt-4o-mini",
                "gpt-4o-mini-2024-07-18",
                "gpt-4.5-preview",
                "gpt-4.5-preview-2025-02-27",
                "gpt-4-turbo",
                "gpt-4-turbo-2024-04-09",
                "gpt-4-0125-preview",
                "gpt-4-turbo-preview",
                "gpt-4-1106-preview",
                "gpt-4-vision-preview",
                "gpt-4",
                "gpt-4-0314",
                "gpt-4-0613",
                "gpt-4-32k",
                "gpt-4-32k-0314",
                "gpt-4-32k-0613",
                "gpt-3.5-turbo",
                "gpt-3.5-turbo-16k",
                "gpt-3.5-turbo-0613",
                "gpt-3.5-turbo-1106",
                "gpt-3.5-turbo-0125",
                "gpt-3.5-turbo-16k-0613",
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tools: (
            list[
                Annotated[
                    Annotated[AssistantToolsCode, pydantic.Tag("AssistantToolsCode")]
                    | Annotated[
                        AssistantToolsFileSearch,
                        pydantic.Tag("AssistantToolsFileSearch"),
                    ]
                    | Annotated[
                        AssistantToolsFunction, pydantic.Tag("AssistantToolsFunction")
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "code_interpreter": "AssistantToolsCode",
                            "file_search": "AssistantToolsFileSearch",
                            "function": "AssistantToolsFunction",
                        },
                    ),
                ]
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        tool_resources: (
            CreateThreadAndRunRequestToolResources | None | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        max_prompt_tokens: int | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        truncation_strategy: TruncationObject | None | NotGiven = NOT_GIVEN,
        tool_choice: AssistantsApiToolChoiceOption | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        response_format: (
            AssistantsApiResponseFormatOption | None | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RunObject]: ...

    async def create_thread_and_run_with_http_info(
        self,
        *,
        assistant_id: str | NotGiven = NOT_GIVEN,
        thread: CreateThreadRequest | NotGiven = NOT_GIVEN,
        model: (
            str
            | Literal[
                "gpt-5",
                "gpt-5-mini",
                "gpt-5-nano",
                "gpt-5-2025-08-07",
                "gpt-5-mini-2025-08-07",
                "gpt-5-nano-2025-08-07",
                "gpt-4.1",
                "gpt-4.1-mini",
                "gpt-4.1-nano",
                "gpt-4.1-2025-04-14",
                "gpt-4.1-mini-2025-04-14",
                "gpt-4.1-nano-2025-04-14",
                "gpt-4o",
                "gpt-4o-2024-11-20",
                "gpt-4o-2024-08-06",
                "gpt-4o-2024-05-13",
                "gpt-4o-mini",
                "gpt-4o-mini-2024-07-18",
                "gpt-4.5-preview",
                "gpt-4.5-preview-2025-02-27",
                "gpt-4-turbo",
                "gpt-4-turbo-2024-04-09",
                "gpt-4-0125-preview",
                "gpt-4-turbo-preview",
                "gpt-4-1106-preview",
                "gpt-4-vision-preview",
                "gpt-4",
                "gpt-4-0314",
                "gpt-4-0613",
                "gpt-4-32k",
                "gpt-4-32k-0314",
                "gpt-4-32k-0613",
                "gpt-3.5-turbo",
                "gpt-3.5-turbo-16k",
                "gpt-3.5-turbo-0613",
                "gpt-3.5-turbo-1106",
                "gpt-3.5-turbo-0125",
                "gpt-3.5-turbo-16k-0613",
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tools: (
            list[
                Annotated[
                    Annotated[AssistantToolsCode, pydantic.Tag("AssistantToolsCode")]
                    | Annotated[
                        AssistantToolsFileSearch,
                        pydantic.Tag("AssistantToolsFileSearch"),
                    ]
                    | Annotated[
                        AssistantToolsFunction, pydantic.Tag("AssistantToolsFunction")
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "code_interpreter": "AssistantToolsCode",
                            "file_search": "AssistantToolsFileSearch",
                            "function": "AssistantToolsFunction",
                        },
                    ),
                ]
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        tool_resources: (
            CreateThreadAndRunRequestToolResources | None | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        max_prompt_tokens: int | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        truncation_strategy: TruncationObject | None | NotGiven = NOT_GIVEN,
        tool_choice: AssistantsApiToolChoiceOption | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        response_format: (
            AssistantsApiResponseFormatOption | None | NotGiven
        ) = NOT_GIVEN,
        body: CreateThreadAndRunRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RunObject]:
        """Like `create_thread_and_run`, but returns the status code and headers with
        the parsed body.
        """
        return await self._client._request(_CREATE_THREAD_AND_RUN, locals())

    async def get_thread(
        self,
        thread_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ThreadObject:
        """Retrieves a thread.

        Args:
            thread_id: The ID of the thread to retrieve.
        """
        _response: ApiResponse[ThreadObject] = await self._client._request(
            _GET_THREAD, locals()
        )
        return _response.data

    async def get_thread_with_http_info(
        self,
        thread_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ThreadObject]:
        """Like `get_thread`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_GET_THREAD, locals())

    @overload
    async def modify_thread(
        self,
        thread_id: str,
        *,
        body: ModifyThreadRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ThreadObject: ...

    @overload
    async def modify_thread(
        self,
        thread_id: str,
        *,
        tool_resources: (
            ModifyThreadRequestToolResourcesVariant1 | None | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ThreadObject: ...

    async def modify_thread(
        self,
        thread_id: str,
        *,
        tool_resources: (
            ModifyThreadRequestToolResourcesVariant1 | None | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        body: ModifyThreadRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ThreadObject:
        """Modifies a thread.

        Args:
            thread_id: The ID of the thread to modify. Only the `metadata` can be modified.
        """
        _response: ApiResponse[ThreadObject] = await self._client._request(
            _MODIFY_THREAD, locals()
        )
        return _response.data

    @overload
    async def modify_thread_with_http_info(
        self,
        thread_id: str,
        *,
        body: ModifyThreadRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ThreadObject]: ...

    @overload
    async def modify_thread_with_http_info(
        self,
        thread_id: str,
        *,
        tool_resources: (
            ModifyThreadRequestToolResourcesVariant1 | None | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ThreadObject]: ...

    async def modify_thread_with_http_info(
        self,
        thread_id: str,
        *,
        tool_resources: (
            ModifyThreadRequestToolResourcesVariant1 | None | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        body: ModifyThreadRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ThreadObject]:
        """Like `modify_thread`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_MODIFY_THREAD, locals())

    async def delete_thread(
        self,
        thread_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> DeleteThreadResponse:
        """Delete a thread.

        Args:
            thread_id: The ID of the thread to delete.
        """
        _response: ApiResponse[DeleteThreadResponse] = await self._client._request(
            _DELETE_THREAD, locals()
        )
        return _response.data

    async def delete_thread_with_http_info(
        self,
        thread_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[DeleteThreadResponse]:
        """Like `delete_thread`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_DELETE_THREAD, locals())

    async def list_messages(
        self,
        thread_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        run_id: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ListMessagesResponse:
        """Returns a list of messages for a given thread.

        Args:
            thread_id: The ID of the [thread](https://api.openai.com/docs/api-reference/threads) the messages belong to.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
            run_id: Filter messages by the run ID that generated them.
        """
        _response: ApiResponse[ListMessagesResponse] = await self._client._request(
            _LIST_MESSAGES, locals()
        )
        return _response.data

    async def list_messages_with_http_info(
        self,
        thread_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        run_id: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ListMessagesResponse]:
        """Like `list_messages`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_LIST_MESSAGES, locals())

    def list_messages_iter(
        self,
        thread_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        run_id: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncPaginator[MessageObject]:
        """Like `list_messages`, but `async for` goes over the items of every page,
        fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return AsyncPaginator(
            self._client, _LIST_MESSAGES, locals(), _LIST_MESSAGES_PAGES
        )

    @overload
    async def create_message(
        self,
        thread_id: str,
        *,
        body: CreateMessageRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> MessageObject: ...

    @overload
    async def create_message(
        self,
        thread_id: str,
        *,
        role: Literal["user", "assistant"] | str,
        content: (
            str
            | list[
                Annotated[
                    Annotated[
                        MessageContentImageFileObject,
                        pydantic.Tag("MessageContentImageFileObject"),
                    ]
                    | Annotated[
                        MessageContentImageUrlObject,
                        pydantic.Tag("MessageContentImageUrlObject"),
                    ]
                    | Annotated[
                        MessageRequestContentTextObject,
                        pydantic.Tag("MessageRequestContentTextObject"),
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "image_file": "MessageContentImageFileObject",
                            "image_url": "MessageContentImageUrlObject",
                            "text": "MessageRequestContentTextObject",
                        },
                    ),
                ]
            ]
        ),
        attachments: (
            list[CreateMessageRequestAttachmentsVariant1Item] | None | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> MessageObject: ...

    async def create_message(
        self,
        thread_id: str,
        *,
        role: Literal["user", "assistant"] | str | NotGiven = NOT_GIVEN,
        content: (
            str
            | list[
                Annotated[
                    Annotated[
                        MessageContentImageFileObject,
                        pydantic.Tag("MessageContentImageFileObject"),
                    ]
                    | Annotated[
                        MessageContentImageUrlObject,
                        pydantic.Tag("MessageContentImageUrlObject"),
                    ]
                    | Annotated[
                        MessageRequestContentTextObject,
                        pydantic.Tag("MessageRequestContentTextObject"),
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "image_file": "MessageContentImageFileObject",
                            "image_url": "MessageContentImageUrlObject",
                            "text": "MessageRequestContentTextObject",
                        },
                    ),
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        attachments: (
            list[CreateMessageRequestAttachmentsVariant1Item] | None | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        body: CreateMessageRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> MessageObject:
        """Create a message.

        Args:
            thread_id: The ID of the [thread](https://api.openai.com/docs/api-reference/threads) to create a message for.
            role: The role of the entity that is creating the message. Allowed values include: - `user`: Indicates the message is sent by an actual user and should be used in most cases to represent user-generated messages. - `assistant`: Indicates the message is generated by the assistant. Use this value to insert messages from the assistant into the conversation.
        """
        _response: ApiResponse[MessageObject] = await self._client._request(
            _CREATE_MESSAGE, locals()
        )
        return _response.data

    @overload
    async def create_message_with_http_info(
        self,
        thread_id: str,
        *,
        body: CreateMessageRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[MessageObject]: ...

    @overload
    async def create_message_with_http_info(
        self,
        thread_id: str,
        *,
        role: Literal["user", "assistant"] | str,
        content: (
            str
            | list[
                Annotated[
                    Annotated[
                        MessageContentImageFileObject,
                        pydantic.Tag("MessageContentImageFileObject"),
                    ]
                    | Annotated[
                        MessageContentImageUrlObject,
                        pydantic.Tag("MessageContentImageUrlObject"),
                    ]
                    | Annotated[
                        MessageRequestContentTextObject,
                        pydantic.Tag("MessageRequestContentTextObject"),
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "image_file": "MessageContentImageFileObject",
                            "image_url": "MessageContentImageUrlObject",
                            "text": "MessageRequestContentTextObject",
                        },
                    ),
                ]
            ]
        ),
        attachments: (
            list[CreateMessageRequestAttachmentsVariant1Item] | None | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[MessageObject]: ...

    async def create_message_with_http_info(
        self,
        thread_id: str,
        *,
        role: Literal["user", "assistant"] | str | NotGiven = NOT_GIVEN,
        content: (
            str
            | list[
                Annotated[
                    Annotated[
                        MessageContentImageFileObject,
                        pydantic.Tag("MessageContentImageFileObject"),
                    ]
                    | Annotated[
                        MessageContentImageUrlObject,
                        pydantic.Tag("MessageContentImageUrlObject"),
                    ]
                    | Annotated[
                        MessageRequestContentTextObject,
                        pydantic.Tag("MessageRequestContentTextObject"),
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "image_file": "MessageContentImageFileObject",
                            "image_url": "MessageContentImageUrlObject",
                            "text": "MessageRequestContentTextObject",
                        },
                    ),
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        attachments: (
            list[CreateMessageRequestAttachmentsVariant1Item] | None | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        body: CreateMessageRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[MessageObject]:
        """Like `create_message`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_CREATE_MESSAGE, locals())

    async def get_message(
        self,
        thread_id: str,
        message_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> MessageObject:
        """Retrieve a message.

        Args:
            thread_id: The ID of the [thread](https://api.openai.com/docs/api-reference/threads) to which this message belongs.
            message_id: The ID of the message to retrieve.
        """
        _response: ApiResponse[MessageObject] = await self._client._request(
            _GET_MESSAGE, locals()
        )
        return _response.data

    async def get_message_with_http_info(
        self,
        thread_id: str,
        message_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[MessageObject]:
        """Like `get_message`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_GET_MESSAGE, locals())

    @overload
    async def modify_message(
        self,
        thread_id: str,
        message_id: str,
        *,
        body: ModifyMessageRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> MessageObject: ...

    @overload
    async def modify_message(
        self,
        thread_id: str,
        message_id: str,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> MessageObject: ...

    async def modify_message(
        self,
        thread_id: str,
        message_id: str,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        body: ModifyMessageRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> MessageObject:
        """Modifies a message.

        Args:
            thread_id: The ID of the thread to which this message belongs.
            message_id: The ID of the message to modify.
        """
        _response: ApiResponse[MessageObject] = await self._client._request(
            _MODIFY_MESSAGE, locals()
        )
        return _response.data

    @overload
    async def modify_message_with_http_info(
        self,
        thread_id: str,
        message_id: str,
        *,
        body: ModifyMessageRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[MessageObject]: ...

    @overload
    async def modify_message_with_http_info(
        self,
        thread_id: str,
        message_id: str,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[MessageObject]: ...

    async def modify_message_with_http_info(
        self,
        thread_id: str,
        message_id: str,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        body: ModifyMessageRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[MessageObject]:
        """Like `modify_message`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_MODIFY_MESSAGE, locals())

    async def delete_message(
        self,
        thread_id: str,
        message_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> DeleteMessageResponse:
        """Deletes a message.

        Args:
            thread_id: The ID of the thread to which this message belongs.
            message_id: The ID of the message to delete.
        """
        _response: ApiResponse[DeleteMessageResponse] = await self._client._request(
            _DELETE_MESSAGE, locals()
        )
        return _response.data

    async def delete_message_with_http_info(
        self,
        thread_id: str,
        message_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[DeleteMessageResponse]:
        """Like `delete_message`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_DELETE_MESSAGE, locals())

    async def list_runs(
        self,
        thread_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ListRunsResponse:
        """Returns a list of runs belonging to a thread.

        Args:
            thread_id: The ID of the thread the run belongs to.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
        """
        _response: ApiResponse[ListRunsResponse] = await self._client._request(
            _LIST_RUNS, locals()
        )
        return _response.data

    async def list_runs_with_http_info(
        self,
        thread_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ListRunsResponse]:
        """Like `list_runs`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_LIST_RUNS, locals())

    def list_runs_iter(
        self,
        thread_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncPaginator[RunObject]:
        """Like `list_runs`, but `async for` goes over the items of every page, fetching
        the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return AsyncPaginator(self._client, _LIST_RUNS, locals(), _LIST_RUNS_PAGES)

    @overload
    async def create_run(
        self,
        thread_id: str,
        *,
        body: CreateRunRequest | dict[str, Any],
        include: (
            list[Literal["step_details.tool_calls[*].file_search.results[*].content"]]
            | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RunObject: ...

    @overload
    async def create_run(
        self,
        thread_id: str,
        *,
        assistant_id: str,
        model: str | AssistantSupportedModels | None | NotGiven = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        additional_instructions: str | None | NotGiven = NOT_GIVEN,
        additional_messages: list[CreateMessageRequest] | None | NotGiven = NOT_GIVEN,
        tools: (
            list[
                Annotated[
                    Annotated[AssistantToolsCode, pydantic.Tag("AssistantToolsCode")]
                    | Annotated[
                        AssistantToolsFileSearch,
                        pydantic.Tag("AssistantToolsFileSearch"),
                    ]
                    | Annotated[
                        AssistantToolsFunction, pydantic.Tag("AssistantToolsFunction")
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "code_interpreter": "AssistantToolsCode",
                            "file_search": "AssistantToolsFileSearch",
                            "function": "AssistantToolsFunction",
                        },
                    ),
                ]
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        max_prompt_tokens: int | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        truncation_strategy: TruncationObject | None | NotGiven = NOT_GIVEN,
        tool_choice: AssistantsApiToolChoiceOption | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        response_format: (
            AssistantsApiResponseFormatOption | None | NotGiven
        ) = NOT_GIVEN,
        include: (
            list[Literal["step_details.tool_calls[*].file_search.results[*].content"]]
            | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RunObject: ...

    async def create_run(
        self,
        thread_id: str,
        *,
        assistant_id: str | NotGiven = NOT_GIVEN,
        model: str | AssistantSupportedModels | None | NotGiven = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        additional_instructions: str | None | NotGiven = NOT_GIVEN,
        additional_messages: list[CreateMessageRequest] | None | NotGiven = NOT_GIVEN,
        tools: (
            list[
                Annotated[
                    Annotated[AssistantToolsCode, pydantic.Tag("AssistantToolsCode")]
                    | Annotated[
                        AssistantToolsFileSearch,
                        pydantic.Tag("AssistantToolsFileSearch"),
                    ]
                    | Annotated[
                        AssistantToolsFunction, pydantic.Tag("AssistantToolsFunction")
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "code_interpreter": "AssistantToolsCode",
                            "file_search": "AssistantToolsFileSearch",
                            "function": "AssistantToolsFunction",
                        },
                    ),
                ]
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        max_prompt_tokens: int | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        truncation_strategy: TruncationObject | None | NotGiven = NOT_GIVEN,
        tool_choice: AssistantsApiToolChoiceOption | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        response_format: (
            AssistantsApiResponseFormatOption | None | NotGiven
        ) = NOT_GIVEN,
        include: (
            list[Literal["step_details.tool_calls[*].file_search.results[*].content"]]
            | NotGiven
        ) = NOT_GIVEN,
        body: CreateRunRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RunObject:
        """Create a run.

        Args:
            thread_id: The ID of the thread to run.
            include: A list of additional fields to include in the response. Currently the only supported value is `step_details.tool_calls[*].file_search.results[*].content` to fetch the file search result content. See the [file search tool documentation](https://api.openai.com/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.
            assistant_id: The ID of the [assistant](https://api.openai.com/docs/api-reference/assistants) to use to execute this run.
            model: The ID of the [Model](https://api.openai.com/docs/api-reference/models) to be used to execute this run. If a value is provided here, it will override the model associated with the assistant. If not, the model associated with the assistant will be used.
            instructions: Overrides the [instructions](https://api.openai.com/docs/api-reference/assistants/createAssistant) of the assistant. This is useful for modifying the behavior on a per-run basis.
            additional_instructions: Appends additional instructions at the end of the instructions for the run. This is useful for modifying the behavior on a per-run basis without overriding other instructions.
            additional_messages: Adds additional messages to the thread before creating the run.
            tools: Override the tools the assistant can use for this run. This is useful for modifying the behavior on a per-run basis.
            temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.
            top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered. We generally recommend altering this or temperature but not both.
            stream: If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the Run enters a terminal state with a `data: [DONE]` message.
            max_prompt_tokens: The maximum number of prompt tokens that may be used over the course of the run. The run will make a best effort to use only the number of prompt tokens specified, across multiple turns of the run. If the run exceeds the number of prompt tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info.
            max_completion_tokens: The maximum number of completion tokens that may be used over the course of the run. The run will make a best effort to use only the number of completion tokens specified, across multiple turns of the run. If the run exceeds the number of completion tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info.
            parallel_tool_calls: Whether to enable [parallel function calling](https://api.openai.com/docs/guides/function-calling#configuring-parallel-function-calling) during tool use.
            response_format: Specifies the format that the model must output. Compatible with [GPT-4o](https://api.openai.com/docs/models#gpt-4o), [GPT-4 Turbo](https://api.openai.com/docs/models#gpt-4-turbo-and-gpt-4), and all GPT-3.5 Turbo models since `gpt-3.5-turbo-1106`. Setting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured Outputs which ensures the model will match your supplied JSON schema. Learn more in the [Structured Outputs guide](https://api.openai.com/docs/guides/structured-outputs). Setting to `{ "type": "json_object" }` enables JSON mode, which ensures the message the model generates is valid JSON. **Important:** when using JSON mode, you **must** also instruct the model to produce JSON yourself via a system or user message. Without this, the model may generate an unending stream of whitespace until the generation reaches the token limit, resulting in a long-running and seemingly "stuck" request. Also note that the message content may be partially cut off if `finish_reason="length"`, which indicates the generation exceeded `max_tokens` or the conversation exceeded the max context length.
        """
        _response: ApiResponse[RunObject] = await self._client._request(
            _CREATE_RUN, locals()
        )
        return _response.data

    @overload
    async def create_run_with_http_info(
        self,
        thread_id: str,
        *,
        body: CreateRunRequest | dict[str, Any],
        include: (
            list[Literal["step_details.tool_calls[*].file_search.results[*].content"]]
            | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RunObject]: ...

    @overload
    async def create_run_with_http_info(
        self,
        thread_id: str,
        *,
        assistant_id: str,
        model: str | AssistantSupportedModels | None | NotGiven = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        additional_instructions: str | None | NotGiven = NOT_GIVEN,
        additional_messages: list[CreateMessageRequest] | None | NotGiven = NOT_GIVEN,
        tools: (
            list[
                Annotated[
                    Annotated[AssistantToolsCode, pydantic.Tag("AssistantToolsCode")]
                    | Annotated[
                        AssistantToolsFileSearch,
                        pydantic.Tag("AssistantToolsFileSearch"),
                    ]
                    | Annotated[
                        AssistantToolsFunction, pydantic.Tag("AssistantToolsFunction")
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "code_interpreter": "AssistantToolsCode",
                            "file_search": "AssistantToolsFileSearch",
                            "function": "AssistantToolsFunction",
                        },
                    ),
                ]
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        max_prompt_tokens: int | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        truncation_strategy: TruncationObject | None | NotGiven = NOT_GIVEN,
        tool_choice: AssistantsApiToolChoiceOption | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        response_format: (
            AssistantsApiResponseFormatOption | None | NotGiven
        ) = NOT_GIVEN,
        include: (
            list[Literal["step_details.tool_calls[*].file_search.results[*].content"]]
            | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RunObject]: ...

    async def create_run_with_http_info(
        self,
        thread_id: str,
        *,
        assistant_id: str | NotGiven = NOT_GIVEN,
        model: str | AssistantSupportedModels | None | NotGiven = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        additional_instructions: str | None | NotGiven = NOT_GIVEN,
        additional_messages: list[CreateMessageRequest] | None | NotGiven = NOT_GIVEN,
        tools: (
            list[
                Annotated[
                    Annotated[AssistantToolsCode, pydantic.Tag("AssistantToolsCode")]
                    | Annotated[
                        AssistantToolsFileSearch,
                        pydantic.Tag("AssistantToolsFileSearch"),
                    ]
                    | Annotated[
                        AssistantToolsFunction, pydantic.Tag("AssistantToolsFunction")
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "code_interpreter": "AssistantToolsCode",
                            "file_search": "AssistantToolsFileSearch",
                            "function": "AssistantToolsFunction",
                        },
                    ),
                ]
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        max_prompt_tokens: int | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        truncation_strategy: TruncationObject | None | NotGiven = NOT_GIVEN,
        tool_choice: AssistantsApiToolChoiceOption | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        response_format: (
            AssistantsApiResponseFormatOption | None | NotGiven
        ) = NOT_GIVEN,
        include: (
            list[Literal["step_details.tool_calls[*].file_search.results[*].content"]]
            | NotGiven
        ) = NOT_GIVEN,
        body: CreateRunRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RunObject]:
        """Like `create_run`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_CREATE_RUN, locals())

    async def get_run(
        self,
        thread_id: str,
        run_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RunObject:
        """Retrieves a run.

        Args:
            thread_id: The ID of the [thread](https://api.openai.com/docs/api-reference/threads) that was run.
            run_id: The ID of the run to retrieve.
        """
        _response: ApiResponse[RunObject] = await self._client._request(
            _GET_RUN, locals()
        )
        return _response.data

    async def get_run_with_http_info(
        self,
        thread_id: str,
        run_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RunObject]:
        """Like `get_run`, but returns the status code and headers with the parsed body."""
        return await self._client._request(_GET_RUN, locals())

    @overload
    async def modify_run(
        self,
        thread_id: str,
        run_id: str,
        *,
        body: ModifyRunRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RunObject: ...

    @overload
    async def modify_run(
        self,
        thread_id: str,
        run_id: str,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RunObject: ...

    async def modify_run(
        self,
        thread_id: str,
        run_id: str,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        body: ModifyRunRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RunObject:
        """Modifies a run.

        Args:
            thread_id: The ID of the [thread](https://api.openai.com/docs/api-reference/threads) that was run.
            run_id: The ID of the run to modify.
        """
        _response: ApiResponse[RunObject] = await self._client._request(
            _MODIFY_RUN, locals()
        )
        return _response.data

    @overload
    async def modify_run_with_http_info(
        self,
        thread_id: str,
        run_id: str,
        *,
        body: ModifyRunRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RunObject]: ...

    @overload
    async def modify_run_with_http_info(
        self,
        thread_id: str,
        run_id: str,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RunObject]: ...

    async def modify_run_with_http_info(
        self,
        thread_id: str,
        run_id: str,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        body: ModifyRunRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RunObject]:
        """Like `modify_run`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_MODIFY_RUN, locals())

    async def cancel_run(
        self,
        thread_id: str,
        run_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RunObject:
        """Cancels a run that is `in_progress`.

        Args:
            thread_id: The ID of the thread to which this run belongs.
            run_id: The ID of the run to cancel.
        """
        _response: ApiResponse[RunObject] = await self._client._request(
            _CANCEL_RUN, locals()
        )
        return _response.data

    async def cancel_run_with_http_info(
        self,
        thread_id: str,
        run_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RunObject]:
        """Like `cancel_run`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_CANCEL_RUN, locals())

    async def list_run_steps(
        self,
        thread_id: str,
        run_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        include: (
            list[Literal["step_details.tool_calls[*].file_search.results[*].content"]]
            | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ListRunStepsResponse:
        """Returns a list of run steps belonging to a run.

        Args:
            thread_id: The ID of the thread the run and run steps belong to.
            run_id: The ID of the run the run steps belong to.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
            include: A list of additional fields to include in the response. Currently the only supported value is `step_details.tool_calls[*].file_search.results[*].content` to fetch the file search result content. See the [file search tool documentation](https://api.openai.com/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.
        """
        _response: ApiResponse[ListRunStepsResponse] = await self._client._request(
            _LIST_RUN_STEPS, locals()
        )
        return _response.data

    async def list_run_steps_with_http_info(
        self,
        thread_id: str,
        run_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        include: (
            list[Literal["step_details.tool_calls[*].file_search.results[*].content"]]
            | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ListRunStepsResponse]:
        """Like `list_run_steps`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_LIST_RUN_STEPS, locals())

    def list_run_steps_iter(
        self,
        thread_id: str,
        run_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        include: (
            list[Literal["step_details.tool_calls[*].file_search.results[*].content"]]
            | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncPaginator[RunStepObject]:
        """Like `list_run_steps`, but `async for` goes over the items of every page,
        fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return AsyncPaginator(
            self._client, _LIST_RUN_STEPS, locals(), _LIST_RUN_STEPS_PAGES
        )

    async def get_run_step(
        self,
        thread_id: str,
        run_id: str,
        step_id: str,
        *,
        include: (
            list[Literal["step_details.tool_calls[*].file_search.results[*].content"]]
            | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RunStepObject:
        """Retrieves a run step.

        Args:
            thread_id: The ID of the thread to which the run and run step belongs.
            run_id: The ID of the run to which the run step belongs.
            step_id: The ID of the run step to retrieve.
            include: A list of additional fields to include in the response. Currently the only supported value is `step_details.tool_calls[*].file_search.results[*].content` to fetch the file search result content. See the [file search tool documentation](https://api.openai.com/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.
        """
        _response: ApiResponse[RunStepObject] = await self._client._request(
            _GET_RUN_STEP, locals()
        )
        return _response.data

    async def get_run_step_with_http_info(
        self,
        thread_id: str,
        run_id: str,
        step_id: str,
        *,
        include: (
            list[Literal["step_details.tool_calls[*].file_search.results[*].content"]]
            | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RunStepObject]:
        """Like `get_run_step`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_GET_RUN_STEP, locals())

    @overload
    async def submit_tool_ouputs_to_run(
        self,
        thread_id: str,
        run_id: str,
        *,
        body: SubmitToolOutputsRunRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RunObject: ...

    @overload
    async def submit_tool_ouputs_to_run(
        self,
        thread_id: str,
        run_id: str,
        *,
        tool_outputs: list[SubmitToolOutputsRunRequestToolOutputsItem],
        stream: bool | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RunObject: ...

    async def submit_tool_ouputs_to_run(
        self,
        thread_id: str,
        run_id: str,
        *,
        tool_outputs: (
            list[SubmitToolOutputsRunRequestToolOutputsItem] | NotGiven
        ) = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        body: SubmitToolOutputsRunRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RunObject:
        """When a run has the `status: "requires_action"` and `required_action.type` is
        `submit_tool_outputs`, this endpoint can be used to submit the outputs from
        the tool calls once they're all completed. All outputs must be submitted in a
        single request.

        Args:
            thread_id: The ID of the [thread](https://api.openai.com/docs/api-reference/threads) to which this run belongs.
            run_id: The ID of the run that requires the tool output submission.
            tool_outputs: A list of tools for which the outputs are being submitted.
        """
        _response: ApiResponse[RunObject] = await self._client._request(
            _SUBMIT_TOOL_OUPUTS_TO_RUN, locals()
        )
        return _response.data

    @overload
    async def submit_tool_ouputs_to_run_with_http_info(
        self,
        thread_id: str,
        run_id: str,
        *,
        body: SubmitToolOutputsRunRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RunObject]: ...

    @overload
    async def submit_tool_ouputs_to_run_with_http_info(
        self,
        thread_id: str,
        run_id: str,
        *,
        tool_outputs: list[SubmitToolOutputsRunRequestToolOutputsItem],
        stream: bool | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RunObject]: ...

    async def submit_tool_ouputs_to_run_with_http_info(
        self,
        thread_id: str,
        run_id: str,
        *,
        tool_outputs: (
            list[SubmitToolOutputsRunRequestToolOutputsItem] | NotGiven
        ) = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        body: SubmitToolOutputsRunRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RunObject]:
        """Like `submit_tool_ouputs_to_run`, but returns the status code and headers
        with the parsed body.
        """
        return await self._client._request(_SUBMIT_TOOL_OUPUTS_TO_RUN, locals())
