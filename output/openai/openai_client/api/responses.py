"""Responses operations."""

from __future__ import annotations

from dataclasses import replace as _dataclass_replace
from typing import TYPE_CHECKING, Any, Literal, overload

from .._pagination import AsyncPaginator, Paginator
from .._pagination import PageSpec as _PageSpec
from .._runtime import Endpoint as _Endpoint
from .._streaming import AsyncStream, Stream
from .._types import NOT_GIVEN, ApiResponse, NotGiven, TimeoutTypes
from ..models.beta_context_management_param import BetaContextManagementParam
from ..models.beta_conversation_param import BetaConversationParam
from ..models.beta_create_response import BetaCreateResponse
from ..models.beta_error import BetaError
from ..models.beta_include_enum import BetaIncludeEnum
from ..models.beta_input_param import BetaInputParam
from ..models.beta_item_resource import BetaItemResource
from ..models.beta_metadata import BetaMetadata
from ..models.beta_model_ids_responses import BetaModelIdsResponses
from ..models.beta_moderation_param import BetaModerationParam
from ..models.beta_multi_agent_param import BetaMultiAgentParam
from ..models.beta_prompt import BetaPrompt
from ..models.beta_prompt_cache_options_param import BetaPromptCacheOptionsParam
from ..models.beta_reasoning import BetaReasoning
from ..models.beta_response import BetaResponse
from ..models.beta_response_item_list import BetaResponseItemList
from ..models.beta_response_stream_event import BetaResponseStreamEvent
from ..models.beta_response_stream_options import BetaResponseStreamOptions
from ..models.beta_response_text_param import BetaResponseTextParam
from ..models.beta_service_tier_responses import BetaServiceTierResponses
from ..models.beta_tool_choice_param import BetaToolChoiceParam
from ..models.beta_tools_array import BetaToolsArray
from ..models.context_management_param import ContextManagementParam
from ..models.conversation_param import ConversationParam
from ..models.create_response import CreateResponse
from ..models.error import Error
from ..models.error_response import ErrorResponse
from ..models.include_enum import IncludeEnum
from ..models.input_param import InputParam
from ..models.item_resource import ItemResource
from ..models.metadata import Metadata
from ..models.model_ids_responses import ModelIdsResponses
from ..models.moderation_param import ModerationParam
from ..models.prompt import Prompt
from ..models.prompt_cache_options_param import PromptCacheOptionsParam
from ..models.reasoning import Reasoning
from ..models.response import Response
from ..models.response_item_list import ResponseItemList
from ..models.response_stream_event import ResponseStreamEvent
from ..models.response_stream_options import ResponseStreamOptions
from ..models.response_text_param import ResponseTextParam
from ..models.service_tier_responses import ServiceTierResponses
from ..models.tool import Tool
from ..models.tool_choice_param import ToolChoiceParam

if TYPE_CHECKING:
    from .._runtime import AsyncRuntime, SyncRuntime

__all__ = ["ResponsesApi", "AsyncResponsesApi"]

_CREATE_RESPONSE = _Endpoint(
    method="POST",
    path="/responses",
    operation_id="createResponse",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": Response,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("metadata", "metadata", "field"),
        ("top_logprobs", "top_logprobs", "field"),
        ("temperature", "temperature", "field"),
        ("top_p", "top_p", "field"),
        ("user", "user", "field"),
        ("safety_identifier", "safety_identifier", "field"),
        ("prompt_cache_key", "prompt_cache_key", "field"),
        ("prompt_cache_retention", "prompt_cache_retention", "field"),
        ("prompt_cache_options", "prompt_cache_options", "field"),
        ("previous_response_id", "previous_response_id", "field"),
        ("model", "model", "field"),
        ("background", "background", "field"),
        ("max_tool_calls", "max_tool_calls", "field"),
        ("text", "text", "field"),
        ("tools", "tools", "field"),
        ("tool_choice", "tool_choice", "field"),
        ("prompt", "prompt", "field"),
        ("service_tier", "service_tier", "field"),
        ("truncation", "truncation", "field"),
        ("reasoning", "reasoning", "field"),
        ("input", "input", "field"),
        ("include", "include", "field"),
        ("parallel_tool_calls", "parallel_tool_calls", "field"),
        ("store", "store", "field"),
        ("instructions", "instructions", "field"),
        ("moderation", "moderation", "field"),
        ("stream", "stream", "field"),
        ("stream_options", "stream_options", "field"),
        ("conversation", "conversation", "field"),
        ("context_management", "context_management", "field"),
        ("max_output_tokens", "max_output_tokens", "field"),
    ),
    body_mode="fields",
    body_required=True,
)
_CREATE_RESPONSE_STREAM = _dataclass_replace(
    _CREATE_RESPONSE,
    response_kind="sse",
    accept="text/event-stream",
    event_type=ResponseStreamEvent,
    stream_field="stream",
)

_GET_RESPONSE = _Endpoint(
    method="GET",
    path="/responses/{response_id}",
    operation_id="getResponse",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": Response,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("response_id", "response_id", "path"),
        ("include", "include", "query"),
        ("stream", "stream", "query"),
        ("starting_after", "starting_after", "query"),
        ("include_obfuscation", "include_obfuscation", "query"),
    ),
    body_mode="none",
)

_DELETE_RESPONSE = _Endpoint(
    method="DELETE",
    path="/responses/{response_id}",
    operation_id="deleteResponse",
    body_kind="none",
    content_type=None,
    response_kind="empty",
    responses={
        "200": None,
        "404": Error,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept=None,
    params=(("response_id", "response_id", "path"),),
    body_mode="none",
)

_CANCEL_RESPONSE = _Endpoint(
    method="POST",
    path="/responses/{response_id}/cancel",
    operation_id="cancelResponse",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": Response,
        "404": Error,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(("response_id", "response_id", "path"),),
    body_mode="none",
)

_LIST_INPUT_ITEMS = _Endpoint(
    method="GET",
    path="/responses/{response_id}/input_items",
    operation_id="listInputItems",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ResponseItemList,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("response_id", "response_id", "path"),
        ("limit", "limit", "query"),
        ("order", "order", "query"),
        ("after", "after", "query"),
        ("include", "include", "query"),
    ),
    body_mode="none",
)
_LIST_INPUT_ITEMS_PAGES = _PageSpec(
    style="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor="last_id",
)

_BETA_CREATE_RESPONSE = _Endpoint(
    method="POST",
    path="/responses?beta=true",
    operation_id="beta_createResponse",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": BetaResponse,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("metadata", "metadata", "field"),
        ("top_logprobs", "top_logprobs", "field"),
        ("temperature", "temperature", "field"),
        ("top_p", "top_p", "field"),
        ("user", "user", "field"),
        ("safety_identifier", "safety_identifier", "field"),
        ("prompt_cache_key", "prompt_cache_key", "field"),
        ("prompt_cache_retention", "prompt_cache_retention", "field"),
        ("prompt_cache_options", "prompt_cache_options", "field"),
        ("previous_response_id", "previous_response_id", "field"),
        ("model", "model", "field"),
        ("background", "background", "field"),
        ("max_tool_calls", "max_tool_calls", "field"),
        ("text", "text", "field"),
        ("tools", "tools", "field"),
        ("tool_choice", "tool_choice", "field"),
        ("prompt", "prompt", "field"),
        ("service_tier", "service_tier", "field"),
        ("truncation", "truncation", "field"),
        ("reasoning", "reasoning", "field"),
        ("input", "input", "field"),
        ("include", "include", "field"),
        ("parallel_tool_calls", "parallel_tool_calls", "field"),
        ("store", "store", "field"),
        ("instructions", "instructions", "field"),
        ("moderation", "moderation", "field"),
        ("stream", "stream", "field"),
        ("stream_options", "stream_options", "field"),
        ("conversation", "conversation", "field"),
        ("context_management", "context_management", "field"),
        ("max_output_tokens", "max_output_tokens", "field"),
        ("multi_agent", "multi_agent", "field"),
        ("openai_beta", "openai-beta", "header"),
    ),
    body_mode="fields",
    body_required=True,
)
_BETA_CREATE_RESPONSE_STREAM = _dataclass_replace(
    _BETA_CREATE_RESPONSE,
    response_kind="sse",
    accept="text/event-stream",
    event_type=BetaResponseStreamEvent,
    stream_field="stream",
)

_BETA_GET_RESPONSE = _Endpoint(
    method="GET",
    path="/responses/{response_id}?beta=true",
    operation_id="beta_getResponse",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": BetaResponse,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("response_id", "response_id", "path"),
        ("include", "include", "query"),
        ("stream", "stream", "query"),
        ("starting_after", "starting_after", "query"),
        ("include_obfuscation", "include_obfuscation", "query"),
        ("openai_beta", "openai-beta", "header"),
    ),
    body_mode="none",
)

_BETA_DELETE_RESPONSE = _Endpoint(
    method="DELETE",
    path="/responses/{response_id}?beta=true",
    operation_id="beta_deleteResponse",
    body_kind="none",
    content_type=None,
    response_kind="empty",
    responses={
        "200": None,
        "404": BetaError,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept=None,
    params=(
        ("response_id", "response_id", "path"),
        ("openai_beta", "openai-beta", "header"),
    ),
    body_mode="none",
)

_BETA_CANCEL_RESPONSE = _Endpoint(
    method="POST",
    path="/responses/{response_id}/cancel?beta=true",
    operation_id="beta_cancelResponse",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": BetaResponse,
        "404": BetaError,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("response_id", "response_id", "path"),
        ("openai_beta", "openai-beta", "header"),
    ),
    body_mode="none",
)

_BETA_LIST_INPUT_ITEMS = _Endpoint(
    method="GET",
    path="/responses/{response_id}/input_items?beta=true",
    operation_id="beta_listInputItems",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": BetaResponseItemList,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("response_id", "response_id", "path"),
        ("limit", "limit", "query"),
        ("order", "order", "query"),
        ("after", "after", "query"),
        ("include", "include", "query"),
        ("openai_beta", "openai-beta", "header"),
    ),
    body_mode="none",
)
_BETA_LIST_INPUT_ITEMS_PAGES = _PageSpec(
    style="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor="last_id",
)


class ResponsesApi:
    """Responses operations.

    Reach it as `client.responses`.
    """

    def __init__(self, client: SyncRuntime) -> None:
        self._client = client

    @overload
    def create_response(
        self,
        *,
        body: CreateResponse | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Response: ...

    @overload
    def create_response(
        self,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: (
            Literal["in_memory", "24h"] | str | None | NotGiven
        ) = NOT_GIVEN,
        prompt_cache_options: PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        model: ModelIdsResponses | NotGiven = NOT_GIVEN,
        background: bool | None | NotGiven = NOT_GIVEN,
        max_tool_calls: int | None | NotGiven = NOT_GIVEN,
        text: ResponseTextParam | NotGiven = NOT_GIVEN,
        tools: list[Tool] | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        prompt: Prompt | NotGiven = NOT_GIVEN,
        service_tier: ServiceTierResponses | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | str | None | NotGiven = NOT_GIVEN,
        reasoning: Reasoning | None | NotGiven = NOT_GIVEN,
        input: InputParam | NotGiven = NOT_GIVEN,
        include: list[IncludeEnum] | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        moderation: ModerationParam | None | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        stream_options: ResponseStreamOptions | NotGiven = NOT_GIVEN,
        conversation: ConversationParam | None | NotGiven = NOT_GIVEN,
        context_management: list[ContextManagementParam] | None | NotGiven = NOT_GIVEN,
        max_output_tokens: int | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Response: ...

    def create_response(
        self,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: (
            Literal["in_memory", "24h"] | str | None | NotGiven
        ) = NOT_GIVEN,
        prompt_cache_options: PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        model: ModelIdsResponses | NotGiven = NOT_GIVEN,
        background: bool | None | NotGiven = NOT_GIVEN,
        max_tool_calls: int | None | NotGiven = NOT_GIVEN,
        text: ResponseTextParam | NotGiven = NOT_GIVEN,
        tools: list[Tool] | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        prompt: Prompt | NotGiven = NOT_GIVEN,
        service_tier: ServiceTierResponses | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | str | None | NotGiven = NOT_GIVEN,
        reasoning: Reasoning | None | NotGiven = NOT_GIVEN,
        input: InputParam | NotGiven = NOT_GIVEN,
        include: list[IncludeEnum] | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        moderation: ModerationParam | None | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        stream_options: ResponseStreamOptions | NotGiven = NOT_GIVEN,
        conversation: ConversationParam | None | NotGiven = NOT_GIVEN,
        context_management: list[ContextManagementParam] | None | NotGiven = NOT_GIVEN,
        max_output_tokens: int | None | NotGiven = NOT_GIVEN,
        body: CreateResponse | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Response:
        """Creates a model response. Provide [text](/docs/guides/text) or
        [image](/docs/guides/images) inputs to generate [text](/docs/guides/text)
        or [JSON](/docs/guides/structured-outputs) outputs. Have the model call
        your own [custom code](/docs/guides/function-calling) or use built-in
        [tools](/docs/guides/tools) like [web search](/docs/guides/tools-web-search)
        or [file search](/docs/guides/tools-file-search) to use your own data
        as input for the model's response.

        Args:
            top_logprobs: An integer between 0 and 20 specifying the maximum number of most likely tokens to return at each token position, each with an associated log probability. In some cases, the number of returned tokens may be fewer than requested.
            user: This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead to maintain caching optimizations. A stable identifier for your end-users. Used to boost cache hit rates by better bucketing similar requests and to help OpenAI detect and prevent abuse. [Learn more](https://api.openai.com/docs/guides/safety-best-practices#safety-identifiers).
            prompt_cache_options: Options for prompt caching. Supported for `gpt-5.6` and later models. By default, OpenAI automatically chooses one implicit cache breakpoint. You can add explicit breakpoints to content blocks with `prompt_cache_breakpoint`. Each request can write up to four breakpoints. For cache matching, OpenAI considers up to the latest 80 breakpoints in the conversation, without a content-block lookback limit. Set `mode` to `explicit` to disable the implicit breakpoint. The `ttl` defaults to `30m`, which is currently the only supported value. See the [prompt caching guide](https://api.openai.com/docs/guides/prompt-caching) for current details.
            model: Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI offers a wide range of models with different capabilities, performance characteristics, and price points. Refer to the [model guide](https://api.openai.com/docs/models) to browse and compare available models.
            text: Configuration options for a text response from the model. Can be plain text or structured JSON data. Learn more: - [Text inputs and outputs](https://api.openai.com/docs/guides/text) - [Structured Outputs](https://api.openai.com/docs/guides/structured-outputs)
            tools: An array of tools the model may call while generating a response. You can specify which tool to use by setting the `tool_choice` parameter. We support the following categories of tools: - **Built-in tools**: Tools that are provided by OpenAI that extend the model's capabilities, like [web search](https://api.openai.com/docs/guides/tools-web-search) or [file search](https://api.openai.com/docs/guides/tools-file-search). Learn more about [built-in tools](https://api.openai.com/docs/guides/tools). - **MCP Tools**: Integrations with third-party systems via custom MCP servers or predefined connectors such as Google Drive and SharePoint. Learn more about [MCP Tools](https://api.openai.com/docs/guides/tools-connectors-mcp). - **Function calls (custom tools)**: Functions that are defined by you, enabling the model to call your own code with strongly typed arguments and outputs. Learn more about [function calling](https://api.openai.com/docs/guides/function-calling). You can also use custom tools to call your own code.
            tool_choice: How the model should select which tool (or tools) to use when generating a response. See the `tools` parameter to see how to specify which tools the model can call.
            input: Text, image, or file inputs to the model, used to generate a response. Learn more: - [Text inputs and outputs](https://api.openai.com/docs/guides/text) - [Image inputs](https://api.openai.com/docs/guides/images) - [File inputs](https://api.openai.com/docs/guides/pdf-files) - [Conversation state](https://api.openai.com/docs/guides/conversation-state) - [Function calling](https://api.openai.com/docs/guides/function-calling)
        """
        _response: ApiResponse[Response] = self._client._request(
            _CREATE_RESPONSE, locals()
        )
        return _response.data

    @overload
    def create_response_with_http_info(
        self,
        *,
        body: CreateResponse | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Response]: ...

    @overload
    def create_response_with_http_info(
        self,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: (
            Literal["in_memory", "24h"] | str | None | NotGiven
        ) = NOT_GIVEN,
        prompt_cache_options: PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        model: ModelIdsResponses | NotGiven = NOT_GIVEN,
        background: bool | None | NotGiven = NOT_GIVEN,
        max_tool_calls: int | None | NotGiven = NOT_GIVEN,
        text: ResponseTextParam | NotGiven = NOT_GIVEN,
        tools: list[Tool] | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        prompt: Prompt | NotGiven = NOT_GIVEN,
        service_tier: ServiceTierResponses | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | str | None | NotGiven = NOT_GIVEN,
        reasoning: Reasoning | None | NotGiven = NOT_GIVEN,
        input: InputParam | NotGiven = NOT_GIVEN,
        include: list[IncludeEnum] | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        moderation: ModerationParam | None | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        stream_options: ResponseStreamOptions | NotGiven = NOT_GIVEN,
        conversation: ConversationParam | None | NotGiven = NOT_GIVEN,
        context_management: list[ContextManagementParam] | None | NotGiven = NOT_GIVEN,
        max_output_tokens: int | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Response]: ...

    def create_response_with_http_info(
        self,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: (
            Literal["in_memory", "24h"] | str | None | NotGiven
        ) = NOT_GIVEN,
        prompt_cache_options: PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        model: ModelIdsResponses | NotGiven = NOT_GIVEN,
        background: bool | None | NotGiven = NOT_GIVEN,
        max_tool_calls: int | None | NotGiven = NOT_GIVEN,
        text: ResponseTextParam | NotGiven = NOT_GIVEN,
        tools: list[Tool] | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        prompt: Prompt | NotGiven = NOT_GIVEN,
        service_tier: ServiceTierResponses | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | str | None | NotGiven = NOT_GIVEN,
        reasoning: Reasoning | None | NotGiven = NOT_GIVEN,
        input: InputParam | NotGiven = NOT_GIVEN,
        include: list[IncludeEnum] | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        moderation: ModerationParam | None | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        stream_options: ResponseStreamOptions | NotGiven = NOT_GIVEN,
        conversation: ConversationParam | None | NotGiven = NOT_GIVEN,
        context_management: list[ContextManagementParam] | None | NotGiven = NOT_GIVEN,
        max_output_tokens: int | None | NotGiven = NOT_GIVEN,
        body: CreateResponse | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Response]:
        """Like `create_response`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_CREATE_RESPONSE, locals())

    @overload
    def create_response_stream(
        self,
        *,
        body: CreateResponse | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Stream[ResponseStreamEvent]: ...

    @overload
    def create_response_stream(
        self,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: (
            Literal["in_memory", "24h"] | str | None | NotGiven
        ) = NOT_GIVEN,
        prompt_cache_options: PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        model: ModelIdsResponses | NotGiven = NOT_GIVEN,
        background: bool | None | NotGiven = NOT_GIVEN,
        max_tool_calls: int | None | NotGiven = NOT_GIVEN,
        text: ResponseTextParam | NotGiven = NOT_GIVEN,
        tools: list[Tool] | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        prompt: Prompt | NotGiven = NOT_GIVEN,
        service_tier: ServiceTierResponses | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | str | None | NotGiven = NOT_GIVEN,
        reasoning: Reasoning | None | NotGiven = NOT_GIVEN,
        input: InputParam | NotGiven = NOT_GIVEN,
        include: list[IncludeEnum] | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        moderation: ModerationParam | None | NotGiven = NOT_GIVEN,
        stream_options: ResponseStreamOptions | NotGiven = NOT_GIVEN,
        conversation: ConversationParam | None | NotGiven = NOT_GIVEN,
        context_management: list[ContextManagementParam] | None | NotGiven = NOT_GIVEN,
        max_output_tokens: int | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Stream[ResponseStreamEvent]: ...

    def create_response_stream(
        self,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: (
            Literal["in_memory", "24h"] | str | None | NotGiven
        ) = NOT_GIVEN,
        prompt_cache_options: PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        model: ModelIdsResponses | NotGiven = NOT_GIVEN,
        background: bool | None | NotGiven = NOT_GIVEN,
        max_tool_calls: int | None | NotGiven = NOT_GIVEN,
        text: ResponseTextParam | NotGiven = NOT_GIVEN,
        tools: list[Tool] | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        prompt: Prompt | NotGiven = NOT_GIVEN,
        service_tier: ServiceTierResponses | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | str | None | NotGiven = NOT_GIVEN,
        reasoning: Reasoning | None | NotGiven = NOT_GIVEN,
        input: InputParam | NotGiven = NOT_GIVEN,
        include: list[IncludeEnum] | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        moderation: ModerationParam | None | NotGiven = NOT_GIVEN,
        stream_options: ResponseStreamOptions | NotGiven = NOT_GIVEN,
        conversation: ConversationParam | None | NotGiven = NOT_GIVEN,
        context_management: list[ContextManagementParam] | None | NotGiven = NOT_GIVEN,
        max_output_tokens: int | None | NotGiven = NOT_GIVEN,
        body: CreateResponse | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Stream[ResponseStreamEvent]:
        """Like `create_response`, but sends `stream: true` and returns the server-sent
        events as they arrive.

        Iterate over the result; the connection closes when the loop ends (`with`
        closes it early).
        """
        _response: ApiResponse[Stream[ResponseStreamEvent]] = self._client._stream(
            _CREATE_RESPONSE_STREAM, locals()
        )
        return _response.data

    def get_response(
        self,
        response_id: str,
        *,
        include: list[IncludeEnum] | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        starting_after: int | NotGiven = NOT_GIVEN,
        include_obfuscation: bool | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Response:
        """Retrieves a model response with the given ID.

        Args:
            response_id: The ID of the response to retrieve.
            include: Additional fields to include in the response. See the `include` parameter for Response creation above for more information.
            stream: If set to true, the model response data will be streamed to the client as it is generated using [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format). See the [Streaming section below](https://api.openai.com/docs/api-reference/responses-streaming) for more information.
            starting_after: The sequence number of the event after which to start streaming.
            include_obfuscation: When true, stream obfuscation will be enabled. Stream obfuscation adds random characters to an `obfuscation` field on streaming delta events to normalize payload sizes as a mitigation to certain side-channel attacks. These obfuscation fields are included by default, but add a small amount of overhead to the data stream. You can set `include_obfuscation` to false to optimize for bandwidth if you trust the network links between your application and the OpenAI API.
        """
        _response: ApiResponse[Response] = self._client._request(
            _GET_RESPONSE, locals()
        )
        return _response.data

    def get_response_with_http_info(
        self,
        response_id: str,
        *,
        include: list[IncludeEnum] | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        starting_after: int | NotGiven = NOT_GIVEN,
        include_obfuscation: bool | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Response]:
        """Like `get_response`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_GET_RESPONSE, locals())

    def delete_response(
        self,
        response_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> None:
        """Deletes a model response with the given ID.

        Args:
            response_id: The ID of the response to delete.
        """
        _response: ApiResponse[None] = self._client._request(_DELETE_RESPONSE, locals())
        return _response.data

    def delete_response_with_http_info(
        self,
        response_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[None]:
        """Like `delete_response`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_DELETE_RESPONSE, locals())

    def cancel_response(
        self,
        response_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Response:
        """Cancels a model response with the given ID. Only responses created with
        the `background` parameter set to `true` can be cancelled.
        [Learn more](/docs/guides/background).

        Args:
            response_id: The ID of the response to cancel.
        """
        _response: ApiResponse[Response] = self._client._request(
            _CANCEL_RESPONSE, locals()
        )
        return _response.data

    def cancel_response_with_http_info(
        self,
        response_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Response]:
        """Like `cancel_response`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_CANCEL_RESPONSE, locals())

    def list_input_items(
        self,
        response_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        include: list[IncludeEnum] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ResponseItemList:
        """Returns a list of input items for a given response.

        Args:
            response_id: The ID of the response to retrieve input items for.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            order: The order to return the input items in. Default is `desc`. - `asc`: Return the input items in ascending order. - `desc`: Return the input items in descending order.
            after: An item ID to list items after, used in pagination.
            include: Additional fields to include in the response. See the `include` parameter for Response creation above for more information.
        """
        _response: ApiResponse[ResponseItemList] = self._client._request(
            _LIST_INPUT_ITEMS, locals()
        )
        return _response.data

    def list_input_items_with_http_info(
        self,
        response_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        include: list[IncludeEnum] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ResponseItemList]:
        """Like `list_input_items`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_LIST_INPUT_ITEMS, locals())

    def list_input_items_iter(
        self,
        response_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        include: list[IncludeEnum] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Paginator[ItemResource]:
        """Like `list_input_items`, but `for` goes over the items of every page,
        fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return Paginator(
            self._client, _LIST_INPUT_ITEMS, locals(), _LIST_INPUT_ITEMS_PAGES
        )

    @overload
    def beta_create_response(
        self,
        *,
        body: BetaCreateResponse | dict[str, Any],
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> BetaResponse: ...

    @overload
    def beta_create_response(
        self,
        *,
        metadata: BetaMetadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: (
            Literal["in_memory", "24h"] | str | None | NotGiven
        ) = NOT_GIVEN,
        prompt_cache_options: BetaPromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        model: BetaModelIdsResponses | NotGiven = NOT_GIVEN,
        background: bool | None | NotGiven = NOT_GIVEN,
        max_tool_calls: int | None | NotGiven = NOT_GIVEN,
        text: BetaResponseTextParam | NotGiven = NOT_GIVEN,
        tools: BetaToolsArray | NotGiven = NOT_GIVEN,
        tool_choice: BetaToolChoiceParam | NotGiven = NOT_GIVEN,
        prompt: BetaPrompt | NotGiven = NOT_GIVEN,
        service_tier: BetaServiceTierResponses | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | str | None | NotGiven = NOT_GIVEN,
        reasoning: BetaReasoning | None | NotGiven = NOT_GIVEN,
        input: BetaInputParam | NotGiven = NOT_GIVEN,
        include: list[BetaIncludeEnum] | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        moderation: BetaModerationParam | None | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        stream_options: BetaResponseStreamOptions | NotGiven = NOT_GIVEN,
        conversation: BetaConversationParam | None | NotGiven = NOT_GIVEN,
        context_management: (
            list[BetaContextManagementParam] | None | NotGiven
        ) = NOT_GIVEN,
        max_output_tokens: int | None | NotGiven = NOT_GIVEN,
        multi_agent: BetaMultiAgentParam | None | NotGiven = NOT_GIVEN,
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> BetaResponse: ...

    def beta_create_response(
        self,
        *,
        metadata: BetaMetadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: (
            Literal["in_memory", "24h"] | str | None | NotGiven
        ) = NOT_GIVEN,
        prompt_cache_options: BetaPromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        model: BetaModelIdsResponses | NotGiven = NOT_GIVEN,
        background: bool | None | NotGiven = NOT_GIVEN,
        max_tool_calls: int | None | NotGiven = NOT_GIVEN,
        text: BetaResponseTextParam | NotGiven = NOT_GIVEN,
        tools: BetaToolsArray | NotGiven = NOT_GIVEN,
        tool_choice: BetaToolChoiceParam | NotGiven = NOT_GIVEN,
        prompt: BetaPrompt | NotGiven = NOT_GIVEN,
        service_tier: BetaServiceTierResponses | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | str | None | NotGiven = NOT_GIVEN,
        reasoning: BetaReasoning | None | NotGiven = NOT_GIVEN,
        input: BetaInputParam | NotGiven = NOT_GIVEN,
        include: list[BetaIncludeEnum] | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        moderation: BetaModerationParam | None | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        stream_options: BetaResponseStreamOptions | NotGiven = NOT_GIVEN,
        conversation: BetaConversationParam | None | NotGiven = NOT_GIVEN,
        context_management: (
            list[BetaContextManagementParam] | None | NotGiven
        ) = NOT_GIVEN,
        max_output_tokens: int | None | NotGiven = NOT_GIVEN,
        multi_agent: BetaMultiAgentParam | None | NotGiven = NOT_GIVEN,
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        body: BetaCreateResponse | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> BetaResponse:
        """Creates a model response. Provide [text](/docs/guides/text) or
        [image](/docs/guides/images) inputs to generate [text](/docs/guides/text)
        or [JSON](/docs/guides/structured-outputs) outputs. Have the model call
        your own [custom code](/docs/guides/function-calling) or use built-in
        [tools](/docs/guides/tools) like [web search](/docs/guides/tools-web-search)
        or [file search](/docs/guides/tools-file-search) to use your own data
        as input for the model's response.

        Args:
            openai_beta: Optional beta features to enable for this request.
            top_logprobs: An integer between 0 and 20 specifying the maximum number of most likely tokens to return at each token position, each with an associated log probability. In some cases, the number of returned tokens may be fewer than requested.
            user: This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead to maintain caching optimizations. A stable identifier for your end-users. Used to boost cache hit rates by better bucketing similar requests and to help OpenAI detect and prevent abuse. [Learn more](https://api.openai.com/docs/guides/safety-best-practices#safety-identifiers).
            prompt_cache_options: Options for prompt caching. Supported for `gpt-5.6` and later models. By default, OpenAI automatically chooses one implicit cache breakpoint. You can add explicit breakpoints to content blocks with `prompt_cache_breakpoint`. Each request can write up to four breakpoints. For cache matching, OpenAI considers up to the latest 80 breakpoints in the conversation, without a content-block lookback limit. Set `mode` to `explicit` to disable the implicit breakpoint. The `ttl` defaults to `30m`, which is currently the only supported value. See the [prompt caching guide](https://api.openai.com/docs/guides/prompt-caching) for current details.
            model: Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI offers a wide range of models with different capabilities, performance characteristics, and price points. Refer to the [model guide](https://api.openai.com/docs/models) to browse and compare available models.
            text: Configuration options for a text response from the model. Can be plain text or structured JSON data. Learn more: - [Text inputs and outputs](https://api.openai.com/docs/guides/text) - [Structured Outputs](https://api.openai.com/docs/guides/structured-outputs)
            tools: An array of tools the model may call while generating a response. You can specify which tool to use by setting the `tool_choice` parameter. We support the following categories of tools: - **Built-in tools**: Tools that are provided by OpenAI that extend the model's capabilities, like [web search](https://api.openai.com/docs/guides/tools-web-search) or [file search](https://api.openai.com/docs/guides/tools-file-search). Learn more about [built-in tools](https://api.openai.com/docs/guides/tools). - **MCP Tools**: Integrations with third-party systems via custom MCP servers or predefined connectors such as Google Drive and SharePoint. Learn more about [MCP Tools](https://api.openai.com/docs/guides/tools-connectors-mcp). - **Function calls (custom tools)**: Functions that are defined by you, enabling the model to call your own code with strongly typed arguments and outputs. Learn more about [function calling](https://api.openai.com/docs/guides/function-calling). You can also use custom tools to call your own code.
            tool_choice: How the model should select which tool (or tools) to use when generating a response. See the `tools` parameter to see how to specify which tools the model can call.
            input: Text, image, or file inputs to the model, used to generate a response. Learn more: - [Text inputs and outputs](https://api.openai.com/docs/guides/text) - [Image inputs](https://api.openai.com/docs/guides/images) - [File inputs](https://api.openai.com/docs/guides/pdf-files) - [Conversation state](https://api.openai.com/docs/guides/conversation-state) - [Function calling](https://api.openai.com/docs/guides/function-calling)
        """
        _response: ApiResponse[BetaResponse] = self._client._request(
            _BETA_CREATE_RESPONSE, locals()
        )
        return _response.data

    @overload
    def beta_create_response_with_http_info(
        self,
        *,
        body: BetaCreateResponse | dict[str, Any],
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[BetaResponse]: ...

    @overload
    def beta_create_response_with_http_info(
        self,
        *,
        metadata: BetaMetadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: (
            Literal["in_memory", "24h"] | str | None | NotGiven
        ) = NOT_GIVEN,
        prompt_cache_options: BetaPromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        model: BetaModelIdsResponses | NotGiven = NOT_GIVEN,
        background: bool | None | NotGiven = NOT_GIVEN,
        max_tool_calls: int | None | NotGiven = NOT_GIVEN,
        text: BetaResponseTextParam | NotGiven = NOT_GIVEN,
        tools: BetaToolsArray | NotGiven = NOT_GIVEN,
        tool_choice: BetaToolChoiceParam | NotGiven = NOT_GIVEN,
        prompt: BetaPrompt | NotGiven = NOT_GIVEN,
        service_tier: BetaServiceTierResponses | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | str | None | NotGiven = NOT_GIVEN,
        reasoning: BetaReasoning | None | NotGiven = NOT_GIVEN,
        input: BetaInputParam | NotGiven = NOT_GIVEN,
        include: list[BetaIncludeEnum] | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        moderation: BetaModerationParam | None | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        stream_options: BetaResponseStreamOptions | NotGiven = NOT_GIVEN,
        conversation: BetaConversationParam | None | NotGiven = NOT_GIVEN,
        context_management: (
            list[BetaContextManagementParam] | None | NotGiven
        ) = NOT_GIVEN,
        max_output_tokens: int | None | NotGiven = NOT_GIVEN,
        multi_agent: BetaMultiAgentParam | None | NotGiven = NOT_GIVEN,
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[BetaResponse]: ...

    def beta_create_response_with_http_info(
        self,
        *,
        metadata: BetaMetadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: (
            Literal["in_memory", "24h"] | str | None | NotGiven
        ) = NOT_GIVEN,
        prompt_cache_options: BetaPromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        model: BetaModelIdsResponses | NotGiven = NOT_GIVEN,
        background: bool | None | NotGiven = NOT_GIVEN,
        max_tool_calls: int | None | NotGiven = NOT_GIVEN,
        text: BetaResponseTextParam | NotGiven = NOT_GIVEN,
        tools: BetaToolsArray | NotGiven = NOT_GIVEN,
        tool_choice: BetaToolChoiceParam | NotGiven = NOT_GIVEN,
        prompt: BetaPrompt | NotGiven = NOT_GIVEN,
        service_tier: BetaServiceTierResponses | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | str | None | NotGiven = NOT_GIVEN,
        reasoning: BetaReasoning | None | NotGiven = NOT_GIVEN,
        input: BetaInputParam | NotGiven = NOT_GIVEN,
        include: list[BetaIncludeEnum] | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        moderation: BetaModerationParam | None | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        stream_options: BetaResponseStreamOptions | NotGiven = NOT_GIVEN,
        conversation: BetaConversationParam | None | NotGiven = NOT_GIVEN,
        context_management: (
            list[BetaContextManagementParam] | None | NotGiven
        ) = NOT_GIVEN,
        max_output_tokens: int | None | NotGiven = NOT_GIVEN,
        multi_agent: BetaMultiAgentParam | None | NotGiven = NOT_GIVEN,
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        body: BetaCreateResponse | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[BetaResponse]:
        """Like `beta_create_response`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_BETA_CREATE_RESPONSE, locals())

    @overload
    def beta_create_response_stream(
        self,
        *,
        body: BetaCreateResponse | dict[str, Any],
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Stream[BetaResponseStreamEvent]: ...

    @overload
    def beta_create_response_stream(
        self,
        *,
        metadata: BetaMetadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: (
            Literal["in_memory", "24h"] | str | None | NotGiven
        ) = NOT_GIVEN,
        prompt_cache_options: BetaPromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        model: BetaModelIdsResponses | NotGiven = NOT_GIVEN,
        background: bool | None | NotGiven = NOT_GIVEN,
        max_tool_calls: int | None | NotGiven = NOT_GIVEN,
        text: BetaResponseTextParam | NotGiven = NOT_GIVEN,
        tools: BetaToolsArray | NotGiven = NOT_GIVEN,
        tool_choice: BetaToolChoiceParam | NotGiven = NOT_GIVEN,
        prompt: BetaPrompt | NotGiven = NOT_GIVEN,
        service_tier: BetaServiceTierResponses | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | str | None | NotGiven = NOT_GIVEN,
        reasoning: BetaReasoning | None | NotGiven = NOT_GIVEN,
        input: BetaInputParam | NotGiven = NOT_GIVEN,
        include: list[BetaIncludeEnum] | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        moderation: BetaModerationParam | None | NotGiven = NOT_GIVEN,
        stream_options: BetaResponseStreamOptions | NotGiven = NOT_GIVEN,
        conversation: BetaConversationParam | None | NotGiven = NOT_GIVEN,
        context_management: (
            list[BetaContextManagementParam] | None | NotGiven
        ) = NOT_GIVEN,
        max_output_tokens: int | None | NotGiven = NOT_GIVEN,
        multi_agent: BetaMultiAgentParam | None | NotGiven = NOT_GIVEN,
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Stream[BetaResponseStreamEvent]: ...

    def beta_create_response_stream(
        self,
        *,
        metadata: BetaMetadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: (
            Literal["in_memory", "24h"] | str | None | NotGiven
        ) = NOT_GIVEN,
        prompt_cache_options: BetaPromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        model: BetaModelIdsResponses | NotGiven = NOT_GIVEN,
        background: bool | None | NotGiven = NOT_GIVEN,
        max_tool_calls: int | None | NotGiven = NOT_GIVEN,
        text: BetaResponseTextParam | NotGiven = NOT_GIVEN,
        tools: BetaToolsArray | NotGiven = NOT_GIVEN,
        tool_choice: BetaToolChoiceParam | NotGiven = NOT_GIVEN,
        prompt: BetaPrompt | NotGiven = NOT_GIVEN,
        service_tier: BetaServiceTierResponses | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | str | None | NotGiven = NOT_GIVEN,
        reasoning: BetaReasoning | None | NotGiven = NOT_GIVEN,
        input: BetaInputParam | NotGiven = NOT_GIVEN,
        include: list[BetaIncludeEnum] | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        moderation: BetaModerationParam | None | NotGiven = NOT_GIVEN,
        stream_options: BetaResponseStreamOptions | NotGiven = NOT_GIVEN,
        conversation: BetaConversationParam | None | NotGiven = NOT_GIVEN,
        context_management: (
            list[BetaContextManagementParam] | None | NotGiven
        ) = NOT_GIVEN,
        max_output_tokens: int | None | NotGiven = NOT_GIVEN,
        multi_agent: BetaMultiAgentParam | None | NotGiven = NOT_GIVEN,
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        body: BetaCreateResponse | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Stream[BetaResponseStreamEvent]:
        """Like `beta_create_response`, but sends `stream: true` and returns the
        server-sent events as they arrive.

        Iterate over the result; the connection closes when the loop ends (`with`
        closes it early).
        """
        _response: ApiResponse[Stream[BetaResponseStreamEvent]] = self._client._stream(
            _BETA_CREATE_RESPONSE_STREAM, locals()
        )
        return _response.data

    def beta_get_response(
        self,
        response_id: str,
        *,
        include: list[BetaIncludeEnum] | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        starting_after: int | NotGiven = NOT_GIVEN,
        include_obfuscation: bool | NotGiven = NOT_GIVEN,
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> BetaResponse:
        """Retrieves a model response with the given ID.

        Args:
            response_id: The ID of the response to retrieve.
            include: Additional fields to include in the response. See the `include` parameter for Response creation above for more information.
            stream: If set to true, the model response data will be streamed to the client as it is generated using [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format). See the [Streaming section below](https://api.openai.com/docs/api-reference/responses-streaming) for more information.
            starting_after: The sequence number of the event after which to start streaming.
            include_obfuscation: When true, stream obfuscation will be enabled. Stream obfuscation adds random characters to an `obfuscation` field on streaming delta events to normalize payload sizes as a mitigation to certain side-channel attacks. These obfuscation fields are included by default, but add a small amount of overhead to the data stream. You can set `include_obfuscation` to false to optimize for bandwidth if you trust the network links between your application and the OpenAI API.
            openai_beta: Optional beta features to enable for this request.
        """
        _response: ApiResponse[BetaResponse] = self._client._request(
            _BETA_GET_RESPONSE, locals()
        )
        return _response.data

    def beta_get_response_with_http_info(
        self,
        response_id: str,
        *,
        include: list[BetaIncludeEnum] | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        starting_after: int | NotGiven = NOT_GIVEN,
        include_obfuscation: bool | NotGiven = NOT_GIVEN,
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[BetaResponse]:
        """Like `beta_get_response`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_BETA_GET_RESPONSE, locals())

    def beta_delete_response(
        self,
        response_id: str,
        *,
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> None:
        """Deletes a model response with the given ID.

        Args:
            response_id: The ID of the response to delete.
            openai_beta: Optional beta features to enable for this request.
        """
        _response: ApiResponse[None] = self._client._request(
            _BETA_DELETE_RESPONSE, locals()
        )
        return _response.data

    def beta_delete_response_with_http_info(
        self,
        response_id: str,
        *,
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[None]:
        """Like `beta_delete_response`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_BETA_DELETE_RESPONSE, locals())

    def beta_cancel_response(
        self,
        response_id: str,
        *,
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> BetaResponse:
        """Cancels a model response with the given ID. Only responses created with
        the `background` parameter set to `true` can be cancelled.
        [Learn more](/docs/guides/background).

        Args:
            response_id: The ID of the response to cancel.
            openai_beta: Optional beta features to enable for this request.
        """
        _response: ApiResponse[BetaResponse] = self._client._request(
            _BETA_CANCEL_RESPONSE, locals()
        )
        return _response.data

    def beta_cancel_response_with_http_info(
        self,
        response_id: str,
        *,
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[BetaResponse]:
        """Like `beta_cancel_response`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_BETA_CANCEL_RESPONSE, locals())

    def beta_list_input_items(
        self,
        response_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        include: list[BetaIncludeEnum] | NotGiven = NOT_GIVEN,
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> BetaResponseItemList:
        """Returns a list of input items for a given response.

        Args:
            response_id: The ID of the response to retrieve input items for.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            order: The order to return the input items in. Default is `desc`. - `asc`: Return the input items in ascending order. - `desc`: Return the input items in descending order.
            after: An item ID to list items after, used in pagination.
            include: Additional fields to include in the response. See the `include` parameter for Response creation above for more information.
            openai_beta: Optional beta features to enable for this request.
        """
        _response: ApiResponse[BetaResponseItemList] = self._client._request(
            _BETA_LIST_INPUT_ITEMS, locals()
        )
        return _response.data

    def beta_list_input_items_with_http_info(
        self,
        response_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        include: list[BetaIncludeEnum] | NotGiven = NOT_GIVEN,
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[BetaResponseItemList]:
        """Like `beta_list_input_items`, but returns the status code and headers with
        the parsed body.
        """
        return self._client._request(_BETA_LIST_INPUT_ITEMS, locals())

    def beta_list_input_items_iter(
        self,
        response_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        include: list[BetaIncludeEnum] | NotGiven = NOT_GIVEN,
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Paginator[BetaItemResource]:
        """Like `beta_list_input_items`, but `for` goes over the items of every page,
        fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return Paginator(
            self._client, _BETA_LIST_INPUT_ITEMS, locals(), _BETA_LIST_INPUT_ITEMS_PAGES
        )


class AsyncResponsesApi:
    """Responses operations (async).

    Reach it as `client.responses`.
    """

    def __init__(self, client: AsyncRuntime) -> None:
        self._client = client

    @overload
    async def create_response(
        self,
        *,
        body: CreateResponse | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Response: ...

    @overload
    async def create_response(
        self,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: (
            Literal["in_memory", "24h"] | str | None | NotGiven
        ) = NOT_GIVEN,
        prompt_cache_options: PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        model: ModelIdsResponses | NotGiven = NOT_GIVEN,
        background: bool | None | NotGiven = NOT_GIVEN,
        max_tool_calls: int | None | NotGiven = NOT_GIVEN,
        text: ResponseTextParam | NotGiven = NOT_GIVEN,
        tools: list[Tool] | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        prompt: Prompt | NotGiven = NOT_GIVEN,
        service_tier: ServiceTierResponses | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | str | None | NotGiven = NOT_GIVEN,
        reasoning: Reasoning | None | NotGiven = NOT_GIVEN,
        input: InputParam | NotGiven = NOT_GIVEN,
        include: list[IncludeEnum] | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        moderation: ModerationParam | None | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        stream_options: ResponseStreamOptions | NotGiven = NOT_GIVEN,
        conversation: ConversationParam | None | NotGiven = NOT_GIVEN,
        context_management: list[ContextManagementParam] | None | NotGiven = NOT_GIVEN,
        max_output_tokens: int | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Response: ...

    async def create_response(
        self,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: (
            Literal["in_memory", "24h"] | str | None | NotGiven
        ) = NOT_GIVEN,
        prompt_cache_options: PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        model: ModelIdsResponses | NotGiven = NOT_GIVEN,
        background: bool | None | NotGiven = NOT_GIVEN,
        max_tool_calls: int | None | NotGiven = NOT_GIVEN,
        text: ResponseTextParam | NotGiven = NOT_GIVEN,
        tools: list[Tool] | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        prompt: Prompt | NotGiven = NOT_GIVEN,
        service_tier: ServiceTierResponses | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | str | None | NotGiven = NOT_GIVEN,
        reasoning: Reasoning | None | NotGiven = NOT_GIVEN,
        input: InputParam | NotGiven = NOT_GIVEN,
        include: list[IncludeEnum] | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        moderation: ModerationParam | None | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        stream_options: ResponseStreamOptions | NotGiven = NOT_GIVEN,
        conversation: ConversationParam | None | NotGiven = NOT_GIVEN,
        context_management: list[ContextManagementParam] | None | NotGiven = NOT_GIVEN,
        max_output_tokens: int | None | NotGiven = NOT_GIVEN,
        body: CreateResponse | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Response:
        """Creates a model response. Provide [text](/docs/guides/text) or
        [image](/docs/guides/images) inputs to generate [text](/docs/guides/text)
        or [JSON](/docs/guides/structured-outputs) outputs. Have the model call
        your own [custom code](/docs/guides/function-calling) or use built-in
        [tools](/docs/guides/tools) like [web search](/docs/guides/tools-web-search)
        or [file search](/docs/guides/tools-file-search) to use your own data
        as input for the model's response.

        Args:
            top_logprobs: An integer between 0 and 20 specifying the maximum number of most likely tokens to return at each token position, each with an associated log probability. In some cases, the number of returned tokens may be fewer than requested.
            user: This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead to maintain caching optimizations. A stable identifier for your end-users. Used to boost cache hit rates by better bucketing similar requests and to help OpenAI detect and prevent abuse. [Learn more](https://api.openai.com/docs/guides/safety-best-practices#safety-identifiers).
            prompt_cache_options: Options for prompt caching. Supported for `gpt-5.6` and later models. By default, OpenAI automatically chooses one implicit cache breakpoint. You can add explicit breakpoints to content blocks with `prompt_cache_breakpoint`. Each request can write up to four breakpoints. For cache matching, OpenAI considers up to the latest 80 breakpoints in the conversation, without a content-block lookback limit. Set `mode` to `explicit` to disable the implicit breakpoint. The `ttl` defaults to `30m`, which is currently the only supported value. See the [prompt caching guide](https://api.openai.com/docs/guides/prompt-caching) for current details.
            model: Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI offers a wide range of models with different capabilities, performance characteristics, and price points. Refer to the [model guide](https://api.openai.com/docs/models) to browse and compare available models.
            text: Configuration options for a text response from the model. Can be plain text or structured JSON data. Learn more: - [Text inputs and outputs](https://api.openai.com/docs/guides/text) - [Structured Outputs](https://api.openai.com/docs/guides/structured-outputs)
            tools: An array of tools the model may call while generating a response. You can specify which tool to use by setting the `tool_choice` parameter. We support the following categories of tools: - **Built-in tools**: Tools that are provided by OpenAI that extend the model's capabilities, like [web search](https://api.openai.com/docs/guides/tools-web-search) or [file search](https://api.openai.com/docs/guides/tools-file-search). Learn more about [built-in tools](https://api.openai.com/docs/guides/tools). - **MCP Tools**: Integrations with third-party systems via custom MCP servers or predefined connectors such as Google Drive and SharePoint. Learn more about [MCP Tools](https://api.openai.com/docs/guides/tools-connectors-mcp). - **Function calls (custom tools)**: Functions that are defined by you, enabling the model to call your own code with strongly typed arguments and outputs. Learn more about [function calling](https://api.openai.com/docs/guides/function-calling). You can also use custom tools to call your own code.
            tool_choice: How the model should select which tool (or tools) to use when generating a response. See the `tools` parameter to see how to specify which tools the model can call.
            input: Text, image, or file inputs to the model, used to generate a response. Learn more: - [Text inputs and outputs](https://api.openai.com/docs/guides/text) - [Image inputs](https://api.openai.com/docs/guides/images) - [File inputs](https://api.openai.com/docs/guides/pdf-files) - [Conversation state](https://api.openai.com/docs/guides/conversation-state) - [Function calling](https://api.openai.com/docs/guides/function-calling)
        """
        _response: ApiResponse[Response] = await self._client._request(
            _CREATE_RESPONSE, locals()
        )
        return _response.data

    @overload
    async def create_response_with_http_info(
        self,
        *,
        body: CreateResponse | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Response]: ...

    @overload
    async def create_response_with_http_info(
        self,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: (
            Literal["in_memory", "24h"] | str | None | NotGiven
        ) = NOT_GIVEN,
        prompt_cache_options: PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        model: ModelIdsResponses | NotGiven = NOT_GIVEN,
        background: bool | None | NotGiven = NOT_GIVEN,
        max_tool_calls: int | None | NotGiven = NOT_GIVEN,
        text: ResponseTextParam | NotGiven = NOT_GIVEN,
        tools: list[Tool] | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        prompt: Prompt | NotGiven = NOT_GIVEN,
        service_tier: ServiceTierResponses | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | str | None | NotGiven = NOT_GIVEN,
        reasoning: Reasoning | None | NotGiven = NOT_GIVEN,
        input: InputParam | NotGiven = NOT_GIVEN,
        include: list[IncludeEnum] | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        moderation: ModerationParam | None | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        stream_options: ResponseStreamOptions | NotGiven = NOT_GIVEN,
        conversation: ConversationParam | None | NotGiven = NOT_GIVEN,
        context_management: list[ContextManagementParam] | None | NotGiven = NOT_GIVEN,
        max_output_tokens: int | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Response]: ...

    async def create_response_with_http_info(
        self,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: (
            Literal["in_memory", "24h"] | str | None | NotGiven
        ) = NOT_GIVEN,
        prompt_cache_options: PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        model: ModelIdsResponses | NotGiven = NOT_GIVEN,
        background: bool | None | NotGiven = NOT_GIVEN,
        max_tool_calls: int | None | NotGiven = NOT_GIVEN,
        text: ResponseTextParam | NotGiven = NOT_GIVEN,
        tools: list[Tool] | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        prompt: Prompt | NotGiven = NOT_GIVEN,
        service_tier: ServiceTierResponses | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | str | None | NotGiven = NOT_GIVEN,
        reasoning: Reasoning | None | NotGiven = NOT_GIVEN,
        input: InputParam | NotGiven = NOT_GIVEN,
        include: list[IncludeEnum] | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        moderation: ModerationParam | None | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        stream_options: ResponseStreamOptions | NotGiven = NOT_GIVEN,
        conversation: ConversationParam | None | NotGiven = NOT_GIVEN,
        context_management: list[ContextManagementParam] | None | NotGiven = NOT_GIVEN,
        max_output_tokens: int | None | NotGiven = NOT_GIVEN,
        body: CreateResponse | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Response]:
        """Like `create_response`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_CREATE_RESPONSE, locals())

    @overload
    async def create_response_stream(
        self,
        *,
        body: CreateResponse | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncStream[ResponseStreamEvent]: ...

    @overload
    async def create_response_stream(
        self,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: (
            Literal["in_memory", "24h"] | str | None | NotGiven
        ) = NOT_GIVEN,
        prompt_cache_options: PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        model: ModelIdsResponses | NotGiven = NOT_GIVEN,
        background: bool | None | NotGiven = NOT_GIVEN,
        max_tool_calls: int | None | NotGiven = NOT_GIVEN,
        text: ResponseTextParam | NotGiven = NOT_GIVEN,
        tools: list[Tool] | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        prompt: Prompt | NotGiven = NOT_GIVEN,
        service_tier: ServiceTierResponses | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | str | None | NotGiven = NOT_GIVEN,
        reasoning: Reasoning | None | NotGiven = NOT_GIVEN,
        input: InputParam | NotGiven = NOT_GIVEN,
        include: list[IncludeEnum] | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        moderation: ModerationParam | None | NotGiven = NOT_GIVEN,
        stream_options: ResponseStreamOptions | NotGiven = NOT_GIVEN,
        conversation: ConversationParam | None | NotGiven = NOT_GIVEN,
        context_management: list[ContextManagementParam] | None | NotGiven = NOT_GIVEN,
        max_output_tokens: int | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncStream[ResponseStreamEvent]: ...

    async def create_response_stream(
        self,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: (
            Literal["in_memory", "24h"] | str | None | NotGiven
        ) = NOT_GIVEN,
        prompt_cache_options: PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        model: ModelIdsResponses | NotGiven = NOT_GIVEN,
        background: bool | None | NotGiven = NOT_GIVEN,
        max_tool_calls: int | None | NotGiven = NOT_GIVEN,
        text: ResponseTextParam | NotGiven = NOT_GIVEN,
        tools: list[Tool] | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        prompt: Prompt | NotGiven = NOT_GIVEN,
        service_tier: ServiceTierResponses | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | str | None | NotGiven = NOT_GIVEN,
        reasoning: Reasoning | None | NotGiven = NOT_GIVEN,
        input: InputParam | NotGiven = NOT_GIVEN,
        include: list[IncludeEnum] | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        moderation: ModerationParam | None | NotGiven = NOT_GIVEN,
        stream_options: ResponseStreamOptions | NotGiven = NOT_GIVEN,
        conversation: ConversationParam | None | NotGiven = NOT_GIVEN,
        context_management: list[ContextManagementParam] | None | NotGiven = NOT_GIVEN,
        max_output_tokens: int | None | NotGiven = NOT_GIVEN,
        body: CreateResponse | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncStream[ResponseStreamEvent]:
        """Like `create_response`, but sends `stream: true` and returns the server-sent
        events as they arrive.

        Iterate over the result; the connection closes when the loop ends (`with`
        closes it early).
        """
        _response: ApiResponse[AsyncStream[ResponseStreamEvent]] = (
            await self._client._stream(_CREATE_RESPONSE_STREAM, locals())
        )
        return _response.data

    async def get_response(
        self,
        response_id: str,
        *,
        include: list[IncludeEnum] | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        starting_after: int | NotGiven = NOT_GIVEN,
        include_obfuscation: bool | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Response:
        """Retrieves a model response with the given ID.

        Args:
            response_id: The ID of the response to retrieve.
            include: Additional fields to include in the response. See the `include` parameter for Response creation above for more information.
            stream: If set to true, the model response data will be streamed to the client as it is generated using [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format). See the [Streaming section below](https://api.openai.com/docs/api-reference/responses-streaming) for more information.
            starting_after: The sequence number of the event after which to start streaming.
            include_obfuscation: When true, stream obfuscation will be enabled. Stream obfuscation adds random characters to an `obfuscation` field on streaming delta events to normalize payload sizes as a mitigation to certain side-channel attacks. These obfuscation fields are included by default, but add a small amount of overhead to the data stream. You can set `include_obfuscation` to false to optimize for bandwidth if you trust the network links between your application and the OpenAI API.
        """
        _response: ApiResponse[Response] = await self._client._request(
            _GET_RESPONSE, locals()
        )
        return _response.data

    async def get_response_with_http_info(
        self,
        response_id: str,
        *,
        include: list[IncludeEnum] | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        starting_after: int | NotGiven = NOT_GIVEN,
        include_obfuscation: bool | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Response]:
        """Like `get_response`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_GET_RESPONSE, locals())

    async def delete_response(
        self,
        response_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> None:
        """Deletes a model response with the given ID.

        Args:
            response_id: The ID of the response to delete.
        """
        _response: ApiResponse[None] = await self._client._request(
            _DELETE_RESPONSE, locals()
        )
        return _response.data

    async def delete_response_with_http_info(
        self,
        response_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[None]:
        """Like `delete_response`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_DELETE_RESPONSE, locals())

    async def cancel_response(
        self,
        response_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Response:
        """Cancels a model response with the given ID. Only responses created with
        the `background` parameter set to `true` can be cancelled.
        [Learn more](/docs/guides/background).

        Args:
            response_id: The ID of the response to cancel.
        """
        _response: ApiResponse[Response] = await self._client._request(
            _CANCEL_RESPONSE, locals()
        )
        return _response.data

    async def cancel_response_with_http_info(
        self,
        response_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Response]:
        """Like `cancel_response`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_CANCEL_RESPONSE, locals())

    async def list_input_items(
        self,
        response_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        include: list[IncludeEnum] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ResponseItemList:
        """Returns a list of input items for a given response.

        Args:
            response_id: The ID of the response to retrieve input items for.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            order: The order to return the input items in. Default is `desc`. - `asc`: Return the input items in ascending order. - `desc`: Return the input items in descending order.
            after: An item ID to list items after, used in pagination.
            include: Additional fields to include in the response. See the `include` parameter for Response creation above for more information.
        """
        _response: ApiResponse[ResponseItemList] = await self._client._request(
            _LIST_INPUT_ITEMS, locals()
        )
        return _response.data

    async def list_input_items_with_http_info(
        self,
        response_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        include: list[IncludeEnum] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ResponseItemList]:
        """Like `list_input_items`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_LIST_INPUT_ITEMS, locals())

    def list_input_items_iter(
        self,
        response_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        include: list[IncludeEnum] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncPaginator[ItemResource]:
        """Like `list_input_items`, but `async for` goes over the items of every page,
        fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return AsyncPaginator(
            self._client, _LIST_INPUT_ITEMS, locals(), _LIST_INPUT_ITEMS_PAGES
        )

    @overload
    async def beta_create_response(
        self,
        *,
        body: BetaCreateResponse | dict[str, Any],
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> BetaResponse: ...

    @overload
    async def beta_create_response(
        self,
        *,
        metadata: BetaMetadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: (
            Literal["in_memory", "24h"] | str | None | NotGiven
        ) = NOT_GIVEN,
        prompt_cache_options: BetaPromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        model: BetaModelIdsResponses | NotGiven = NOT_GIVEN,
        background: bool | None | NotGiven = NOT_GIVEN,
        max_tool_calls: int | None | NotGiven = NOT_GIVEN,
        text: BetaResponseTextParam | NotGiven = NOT_GIVEN,
        tools: BetaToolsArray | NotGiven = NOT_GIVEN,
        tool_choice: BetaToolChoiceParam | NotGiven = NOT_GIVEN,
        prompt: BetaPrompt | NotGiven = NOT_GIVEN,
        service_tier: BetaServiceTierResponses | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | str | None | NotGiven = NOT_GIVEN,
        reasoning: BetaReasoning | None | NotGiven = NOT_GIVEN,
        input: BetaInputParam | NotGiven = NOT_GIVEN,
        include: list[BetaIncludeEnum] | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        moderation: BetaModerationParam | None | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        stream_options: BetaResponseStreamOptions | NotGiven = NOT_GIVEN,
        conversation: BetaConversationParam | None | NotGiven = NOT_GIVEN,
        context_management: (
            list[BetaContextManagementParam] | None | NotGiven
        ) = NOT_GIVEN,
        max_output_tokens: int | None | NotGiven = NOT_GIVEN,
        multi_agent: BetaMultiAgentParam | None | NotGiven = NOT_GIVEN,
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> BetaResponse: ...

    async def beta_create_response(
        self,
        *,
        metadata: BetaMetadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: (
            Literal["in_memory", "24h"] | str | None | NotGiven
        ) = NOT_GIVEN,
        prompt_cache_options: BetaPromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        model: BetaModelIdsResponses | NotGiven = NOT_GIVEN,
        background: bool | None | NotGiven = NOT_GIVEN,
        max_tool_calls: int | None | NotGiven = NOT_GIVEN,
        text: BetaResponseTextParam | NotGiven = NOT_GIVEN,
        tools: BetaToolsArray | NotGiven = NOT_GIVEN,
        tool_choice: BetaToolChoiceParam | NotGiven = NOT_GIVEN,
        prompt: BetaPrompt | NotGiven = NOT_GIVEN,
        service_tier: BetaServiceTierResponses | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | str | None | NotGiven = NOT_GIVEN,
        reasoning: BetaReasoning | None | NotGiven = NOT_GIVEN,
        input: BetaInputParam | NotGiven = NOT_GIVEN,
        include: list[BetaIncludeEnum] | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        moderation: BetaModerationParam | None | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        stream_options: BetaResponseStreamOptions | NotGiven = NOT_GIVEN,
        conversation: BetaConversationParam | None | NotGiven = NOT_GIVEN,
        context_management: (
            list[BetaContextManagementParam] | None | NotGiven
        ) = NOT_GIVEN,
        max_output_tokens: int | None | NotGiven = NOT_GIVEN,
        multi_agent: BetaMultiAgentParam | None | NotGiven = NOT_GIVEN,
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        body: BetaCreateResponse | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> BetaResponse:
        """Creates a model response. Provide [text](/docs/guides/text) or
        [image](/docs/guides/images) inputs to generate [text](/docs/guides/text)
        or [JSON](/docs/guides/structured-outputs) outputs. Have the model call
        your own [custom code](/docs/guides/function-calling) or use built-in
        [tools](/docs/guides/tools) like [web search](/docs/guides/tools-web-search)
        or [file search](/docs/guides/tools-file-search) to use your own data
        as input for the model's response.

        Args:
            openai_beta: Optional beta features to enable for this request.
            top_logprobs: An integer between 0 and 20 specifying the maximum number of most likely tokens to return at each token position, each with an associated log probability. In some cases, the number of returned tokens may be fewer than requested.
            user: This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead to maintain caching optimizations. A stable identifier for your end-users. Used to boost cache hit rates by better bucketing similar requests and to help OpenAI detect and prevent abuse. [Learn more](https://api.openai.com/docs/guides/safety-best-practices#safety-identifiers).
            prompt_cache_options: Options for prompt caching. Supported for `gpt-5.6` and later models. By default, OpenAI automatically chooses one implicit cache breakpoint. You can add explicit breakpoints to content blocks with `prompt_cache_breakpoint`. Each request can write up to four breakpoints. For cache matching, OpenAI considers up to the latest 80 breakpoints in the conversation, without a content-block lookback limit. Set `mode` to `explicit` to disable the implicit breakpoint. The `ttl` defaults to `30m`, which is currently the only supported value. See the [prompt caching guide](https://api.openai.com/docs/guides/prompt-caching) for current details.
            model: Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI offers a wide range of models with different capabilities, performance characteristics, and price points. Refer to the [model guide](https://api.openai.com/docs/models) to browse and compare available models.
            text: Configuration options for a text response from the model. Can be plain text or structured JSON data. Learn more: - [Text inputs and outputs](https://api.openai.com/docs/guides/text) - [Structured Outputs](https://api.openai.com/docs/guides/structured-outputs)
            tools: An array of tools the model may call while generating a response. You can specify which tool to use by setting the `tool_choice` parameter. We support the following categories of tools: - **Built-in tools**: Tools that are provided by OpenAI that extend the model's capabilities, like [web search](https://api.openai.com/docs/guides/tools-web-search) or [file search](https://api.openai.com/docs/guides/tools-file-search). Learn more about [built-in tools](https://api.openai.com/docs/guides/tools). - **MCP Tools**: Integrations with third-party systems via custom MCP servers or predefined connectors such as Google Drive and SharePoint. Learn more about [MCP Tools](https://api.openai.com/docs/guides/tools-connectors-mcp). - **Function calls (custom tools)**: Functions that are defined by you, enabling the model to call your own code with strongly typed arguments and outputs. Learn more about [function calling](https://api.openai.com/docs/guides/function-calling). You can also use custom tools to call your own code.
            tool_choice: How the model should select which tool (or tools) to use when generating a response. See the `tools` parameter to see how to specify which tools the model can call.
            input: Text, image, or file inputs to the model, used to generate a response. Learn more: - [Text inputs and outputs](https://api.openai.com/docs/guides/text) - [Image inputs](https://api.openai.com/docs/guides/images) - [File inputs](https://api.openai.com/docs/guides/pdf-files) - [Conversation state](https://api.openai.com/docs/guides/conversation-state) - [Function calling](https://api.openai.com/docs/guides/function-calling)
        """
        _response: ApiResponse[BetaResponse] = await self._client._request(
            _BETA_CREATE_RESPONSE, locals()
        )
        return _response.data

    @overload
    async def beta_create_response_with_http_info(
        self,
        *,
        body: BetaCreateResponse | dict[str, Any],
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[BetaResponse]: ...

    @overload
    async def beta_create_response_with_http_info(
        self,
        *,
        metadata: BetaMetadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: (
            Literal["in_memory", "24h"] | str | None | NotGiven
        ) = NOT_GIVEN,
        prompt_cache_options: BetaPromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        model: BetaModelIdsResponses | NotGiven = NOT_GIVEN,
        background: bool | None | NotGiven = NOT_GIVEN,
        max_tool_calls: int | None | NotGiven = NOT_GIVEN,
        text: BetaResponseTextParam | NotGiven = NOT_GIVEN,
        tools: BetaToolsArray | NotGiven = NOT_GIVEN,
        tool_choice: BetaToolChoiceParam | NotGiven = NOT_GIVEN,
        prompt: BetaPrompt | NotGiven = NOT_GIVEN,
        service_tier: BetaServiceTierResponses | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | str | None | NotGiven = NOT_GIVEN,
        reasoning: BetaReasoning | None | NotGiven = NOT_GIVEN,
        input: BetaInputParam | NotGiven = NOT_GIVEN,
        include: list[BetaIncludeEnum] | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        moderation: BetaModerationParam | None | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        stream_options: BetaResponseStreamOptions | NotGiven = NOT_GIVEN,
        conversation: BetaConversationParam | None | NotGiven = NOT_GIVEN,
        context_management: (
            list[BetaContextManagementParam] | None | NotGiven
        ) = NOT_GIVEN,
        max_output_tokens: int | None | NotGiven = NOT_GIVEN,
        multi_agent: BetaMultiAgentParam | None | NotGiven = NOT_GIVEN,
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[BetaResponse]: ...

    async def beta_create_response_with_http_info(
        self,
        *,
        metadata: BetaMetadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: (
            Literal["in_memory", "24h"] | str | None | NotGiven
        ) = NOT_GIVEN,
        prompt_cache_options: BetaPromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        model: BetaModelIdsResponses | NotGiven = NOT_GIVEN,
        background: bool | None | NotGiven = NOT_GIVEN,
        max_tool_calls: int | None | NotGiven = NOT_GIVEN,
        text: BetaResponseTextParam | NotGiven = NOT_GIVEN,
        tools: BetaToolsArray | NotGiven = NOT_GIVEN,
        tool_choice: BetaToolChoiceParam | NotGiven = NOT_GIVEN,
        prompt: BetaPrompt | NotGiven = NOT_GIVEN,
        service_tier: BetaServiceTierResponses | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | str | None | NotGiven = NOT_GIVEN,
        reasoning: BetaReasoning | None | NotGiven = NOT_GIVEN,
        input: BetaInputParam | NotGiven = NOT_GIVEN,
        include: list[BetaIncludeEnum] | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        moderation: BetaModerationParam | None | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        stream_options: BetaResponseStreamOptions | NotGiven = NOT_GIVEN,
        conversation: BetaConversationParam | None | NotGiven = NOT_GIVEN,
        context_management: (
            list[BetaContextManagementParam] | None | NotGiven
        ) = NOT_GIVEN,
        max_output_tokens: int | None | NotGiven = NOT_GIVEN,
        multi_agent: BetaMultiAgentParam | None | NotGiven = NOT_GIVEN,
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        body: BetaCreateResponse | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[BetaResponse]:
        """Like `beta_create_response`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_BETA_CREATE_RESPONSE, locals())

    @overload
    async def beta_create_response_stream(
        self,
        *,
        body: BetaCreateResponse | dict[str, Any],
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncStream[BetaResponseStreamEvent]: ...

    @overload
    async def beta_create_response_stream(
        self,
        *,
        metadata: BetaMetadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: (
            Literal["in_memory", "24h"] | str | None | NotGiven
        ) = NOT_GIVEN,
        prompt_cache_options: BetaPromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        model: BetaModelIdsResponses | NotGiven = NOT_GIVEN,
        background: bool | None | NotGiven = NOT_GIVEN,
        max_tool_calls: int | None | NotGiven = NOT_GIVEN,
        text: BetaResponseTextParam | NotGiven = NOT_GIVEN,
        tools: BetaToolsArray | NotGiven = NOT_GIVEN,
        tool_choice: BetaToolChoiceParam | NotGiven = NOT_GIVEN,
        prompt: BetaPrompt | NotGiven = NOT_GIVEN,
        service_tier: BetaServiceTierResponses | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | str | None | NotGiven = NOT_GIVEN,
        reasoning: BetaReasoning | None | NotGiven = NOT_GIVEN,
        input: BetaInputParam | NotGiven = NOT_GIVEN,
        include: list[BetaIncludeEnum] | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        moderation: BetaModerationParam | None | NotGiven = NOT_GIVEN,
        stream_options: BetaResponseStreamOptions | NotGiven = NOT_GIVEN,
        conversation: BetaConversationParam | None | NotGiven = NOT_GIVEN,
        context_management: (
            list[BetaContextManagementParam] | None | NotGiven
        ) = NOT_GIVEN,
        max_output_tokens: int | None | NotGiven = NOT_GIVEN,
        multi_agent: BetaMultiAgentParam | None | NotGiven = NOT_GIVEN,
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncStream[BetaResponseStreamEvent]: ...

    async def beta_create_response_stream(
        self,
        *,
        metadata: BetaMetadata | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: (
            Literal["in_memory", "24h"] | str | None | NotGiven
        ) = NOT_GIVEN,
        prompt_cache_options: BetaPromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        model: BetaModelIdsResponses | NotGiven = NOT_GIVEN,
        background: bool | None | NotGiven = NOT_GIVEN,
        max_tool_calls: int | None | NotGiven = NOT_GIVEN,
        text: BetaResponseTextParam | NotGiven = NOT_GIVEN,
        tools: BetaToolsArray | NotGiven = NOT_GIVEN,
        tool_choice: BetaToolChoiceParam | NotGiven = NOT_GIVEN,
        prompt: BetaPrompt | NotGiven = NOT_GIVEN,
        service_tier: BetaServiceTierResponses | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | str | None | NotGiven = NOT_GIVEN,
        reasoning: BetaReasoning | None | NotGiven = NOT_GIVEN,
        input: BetaInputParam | NotGiven = NOT_GIVEN,
        include: list[BetaIncludeEnum] | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        moderation: BetaModerationParam | None | NotGiven = NOT_GIVEN,
        stream_options: BetaResponseStreamOptions | NotGiven = NOT_GIVEN,
        conversation: BetaConversationParam | None | NotGiven = NOT_GIVEN,
        context_management: (
            list[BetaContextManagementParam] | None | NotGiven
        ) = NOT_GIVEN,
        max_output_tokens: int | None | NotGiven = NOT_GIVEN,
        multi_agent: BetaMultiAgentParam | None | NotGiven = NOT_GIVEN,
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        body: BetaCreateResponse | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncStream[BetaResponseStreamEvent]:
        """Like `beta_create_response`, but sends `stream: true` and returns the
        server-sent events as they arrive.

        Iterate over the result; the connection closes when the loop ends (`with`
        closes it early).
        """
        _response: ApiResponse[AsyncStream[BetaResponseStreamEvent]] = (
            await self._client._stream(_BETA_CREATE_RESPONSE_STREAM, locals())
        )
        return _response.data

    async def beta_get_response(
        self,
        response_id: str,
        *,
        include: list[BetaIncludeEnum] | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        starting_after: int | NotGiven = NOT_GIVEN,
        include_obfuscation: bool | NotGiven = NOT_GIVEN,
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> BetaResponse:
        """Retrieves a model response with the given ID.

        Args:
            response_id: The ID of the response to retrieve.
            include: Additional fields to include in the response. See the `include` parameter for Response creation above for more information.
            stream: If set to true, the model response data will be streamed to the client as it is generated using [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format). See the [Streaming section below](https://api.openai.com/docs/api-reference/responses-streaming) for more information.
            starting_after: The sequence number of the event after which to start streaming.
            include_obfuscation: When true, stream obfuscation will be enabled. Stream obfuscation adds random characters to an `obfuscation` field on streaming delta events to normalize payload sizes as a mitigation to certain side-channel attacks. These obfuscation fields are included by default, but add a small amount of overhead to the data stream. You can set `include_obfuscation` to false to optimize for bandwidth if you trust the network links between your application and the OpenAI API.
            openai_beta: Optional beta features to enable for this request.
        """
        _response: ApiResponse[BetaResponse] = await self._client._request(
            _BETA_GET_RESPONSE, locals()
        )
        return _response.data

    async def beta_get_response_with_http_info(
        self,
        response_id: str,
        *,
        include: list[BetaIncludeEnum] | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        starting_after: int | NotGiven = NOT_GIVEN,
        include_obfuscation: bool | NotGiven = NOT_GIVEN,
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[BetaResponse]:
        """Like `beta_get_response`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_BETA_GET_RESPONSE, locals())

    async def beta_delete_response(
        self,
        response_id: str,
        *,
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> None:
        """Deletes a model response with the given ID.

        Args:
            response_id: The ID of the response to delete.
            openai_beta: Optional beta features to enable for this request.
        """
        _response: ApiResponse[None] = await self._client._request(
            _BETA_DELETE_RESPONSE, locals()
        )
        return _response.data

    async def beta_delete_response_with_http_info(
        self,
        response_id: str,
        *,
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[None]:
        """Like `beta_delete_response`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_BETA_DELETE_RESPONSE, locals())

    async def beta_cancel_response(
        self,
        response_id: str,
        *,
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> BetaResponse:
        """Cancels a model response with the given ID. Only responses created with
        the `background` parameter set to `true` can be cancelled.
        [Learn more](/docs/guides/background).

        Args:
            response_id: The ID of the response to cancel.
            openai_beta: Optional beta features to enable for this request.
        """
        _response: ApiResponse[BetaResponse] = await self._client._request(
            _BETA_CANCEL_RESPONSE, locals()
        )
        return _response.data

    async def beta_cancel_response_with_http_info(
        self,
        response_id: str,
        *,
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[BetaResponse]:
        """Like `beta_cancel_response`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_BETA_CANCEL_RESPONSE, locals())

    async def beta_list_input_items(
        self,
        response_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        include: list[BetaIncludeEnum] | NotGiven = NOT_GIVEN,
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> BetaResponseItemList:
        """Returns a list of input items for a given response.

        Args:
            response_id: The ID of the response to retrieve input items for.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            order: The order to return the input items in. Default is `desc`. - `asc`: Return the input items in ascending order. - `desc`: Return the input items in descending order.
            after: An item ID to list items after, used in pagination.
            include: Additional fields to include in the response. See the `include` parameter for Response creation above for more information.
            openai_beta: Optional beta features to enable for this request.
        """
        _response: ApiResponse[BetaResponseItemList] = await self._client._request(
            _BETA_LIST_INPUT_ITEMS, locals()
        )
        return _response.data

    async def beta_list_input_items_with_http_info(
        self,
        response_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        include: list[BetaIncludeEnum] | NotGiven = NOT_GIVEN,
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[BetaResponseItemList]:
        """Like `beta_list_input_items`, but returns the status code and headers with
        the parsed body.
        """
        return await self._client._request(_BETA_LIST_INPUT_ITEMS, locals())

    def beta_list_input_items_iter(
        self,
        response_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        include: list[BetaIncludeEnum] | NotGiven = NOT_GIVEN,
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncPaginator[BetaItemResource]:
        """Like `beta_list_input_items`, but `async for` goes over the items of every
        page, fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return AsyncPaginator(
            self._client, _BETA_LIST_INPUT_ITEMS, locals(), _BETA_LIST_INPUT_ITEMS_PAGES
        )
