"""Chat operations: Given a list of messages comprising a conversation, the model will
return a response.
"""

from __future__ import annotations

from dataclasses import replace as _dataclass_replace
from typing import TYPE_CHECKING, Annotated, Any, Literal, overload

import pydantic

from .._base_model import discriminate
from .._pagination import AsyncPaginator, Paginator
from .._pagination import PageSpec as _PageSpec
from .._runtime import Endpoint as _Endpoint
from .._streaming import AsyncStream, Stream
from .._types import NOT_GIVEN, ApiResponse, NotGiven, TimeoutTypes
from ..models.chat_completion_deleted import ChatCompletionDeleted
from ..models.chat_completion_function_call_option import (
    ChatCompletionFunctionCallOption,
)
from ..models.chat_completion_functions import ChatCompletionFunctions
from ..models.chat_completion_list import ChatCompletionList
from ..models.chat_completion_message_list import ChatCompletionMessageList
from ..models.chat_completion_message_list_data_item import (
    ChatCompletionMessageListDataItem,
)
from ..models.chat_completion_request_message import ChatCompletionRequestMessage
from ..models.chat_completion_stream_options import ChatCompletionStreamOptions
from ..models.chat_completion_tool import ChatCompletionTool
from ..models.chat_completion_tool_choice_option import ChatCompletionToolChoiceOption
from ..models.create_chat_completion_request import CreateChatCompletionRequest
from ..models.create_chat_completion_request_audio import (
    CreateChatCompletionRequestAudio,
)
from ..models.create_chat_completion_request_web_search_options import (
    CreateChatCompletionRequestWebSearchOptions,
)
from ..models.create_chat_completion_response import CreateChatCompletionResponse
from ..models.create_chat_completion_stream_response import (
    CreateChatCompletionStreamResponse,
)
from ..models.custom_tool_chat_completions import CustomToolChatCompletions
from ..models.error_response import ErrorResponse
from ..models.metadata import Metadata
from ..models.model_ids_shared import ModelIdsShared
from ..models.moderation_param import ModerationParam
from ..models.prediction_content import PredictionContent
from ..models.prompt_cache_options_param import PromptCacheOptionsParam
from ..models.reasoning_effort import ReasoningEffort
from ..models.response_format_json_object import ResponseFormatJsonObject
from ..models.response_format_json_schema import ResponseFormatJsonSchema
from ..models.response_format_text import ResponseFormatText
from ..models.response_modalities import ResponseModalities
from ..models.service_tier import ServiceTier
from ..models.stop_configuration import StopConfiguration
from ..models.update_chat_completion_request import UpdateChatCompletionRequest
from ..models.verbosity import Verbosity

if TYPE_CHECKING:
    from .._runtime import AsyncRuntime, SyncRuntime

__all__ = ["ChatApi", "AsyncChatApi"]

_LIST_CHAT_COMPLETIONS = _Endpoint(
    method="GET",
    path="/chat/completions",
    operation_id="listChatCompletions",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ChatCompletionList,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("model", "model", "query"),
        ("metadata", "metadata", "query"),
        ("after", "after", "query"),
        ("limit", "limit", "query"),
        ("order", "order", "query"),
    ),
    body_mode="none",
)
_LIST_CHAT_COMPLETIONS_PAGES = _PageSpec(
    style="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor="last_id",
)

_CREATE_CHAT_COMPLETION = _Endpoint(
    method="POST",
    path="/chat/completions",
    operation_id="createChatCompletion",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": CreateChatCompletionResponse,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("metadata", "metadata", "field"),
        ("temperature", "temperature", "field"),
        ("top_p", "top_p", "field"),
        ("user", "user", "field"),
        ("safety_identifier", "safety_identifier", "field"),
        ("prompt_cache_key", "prompt_cache_key", "field"),
        ("prompt_cache_retention", "prompt_cache_retention", "field"),
        ("prompt_cache_options", "prompt_cache_options", "field"),
        ("messages", "messages", "field"),
        ("model", "model", "field"),
        ("service_tier", "service_tier", "field"),
        ("modalities", "modalities", "field"),
        ("verbosity", "verbosity", "field"),
        ("reasoning_effort", "reasoning_effort", "field"),
        ("max_completion_tokens", "max_completion_tokens", "field"),
        ("frequency_penalty", "frequency_penalty", "field"),
        ("presence_penalty", "presence_penalty", "field"),
        ("web_search_options", "web_search_options", "field"),
        ("top_logprobs", "top_logprobs", "field"),
        ("response_format", "response_format", "field"),
        ("audio", "audio", "field"),
        ("store", "store", "field"),
        ("moderation", "moderation", "field"),
        ("stream", "stream", "field"),
        ("stop", "stop", "field"),
        ("logit_bias", "logit_bias", "field"),
        ("logprobs", "logprobs", "field"),
        ("max_tokens", "max_tokens", "field"),
        ("n", "n", "field"),
        ("prediction", "prediction", "field"),
        ("seed", "seed", "field"),
        ("stream_options", "stream_options", "field"),
        ("tools", "tools", "field"),
        ("tool_choice", "tool_choice", "field"),
        ("parallel_tool_calls", "parallel_tool_calls", "field"),
        ("function_call", "function_call", "field"),
        ("functions", "functions", "field"),
    ),
    body_mode="fields",
    body_required=True,
)
_CREATE_CHAT_COMPLETION_STREAM = _dataclass_replace(
    _CREATE_CHAT_COMPLETION,
    response_kind="sse",
    accept="text/event-stream",
    event_type=CreateChatCompletionStreamResponse,
    stream_field="stream",
)

_GET_CHAT_COMPLETION = _Endpoint(
    method="GET",
    path="/chat/completions/{completion_id}",
    operation_id="getChatCompletion",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": CreateChatCompletionResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(("completion_id", "completion_id", "path"),),
    body_mode="none",
)

_UPDATE_CHAT_COMPLETION = _Endpoint(
    method="POST",
    path="/chat/completions/{completion_id}",
    operation_id="updateChatCompletion",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": CreateChatCompletionResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("completion_id", "completion_id", "path"),
        ("metadata", "metadata", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_DELETE_CHAT_COMPLETION = _Endpoint(
    method="DELETE",
    path="/chat/completions/{completion_id}",
    operation_id="deleteChatCompletion",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ChatCompletionDeleted,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(("completion_id", "completion_id", "path"),),
    body_mode="none",
)

_GET_CHAT_COMPLETION_MESSAGES = _Endpoint(
    method="GET",
    path="/chat/completions/{completion_id}/messages",
    operation_id="getChatCompletionMessages",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ChatCompletionMessageList,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("completion_id", "completion_id", "path"),
        ("after", "after", "query"),
        ("limit", "limit", "query"),
        ("order", "order", "query"),
    ),
    body_mode="none",
)
_GET_CHAT_COMPLETION_MESSAGES_PAGES = _PageSpec(
    style="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor="last_id",
)


class ChatApi:
    """Chat operations: Given a list of messages comprising a conversation, the model
    will return a response.

    Reach it as `client.chat`.
    """

    def __init__(self, client: SyncRuntime) -> None:
        self._client = client

    def list_chat_completions(
        self,
        *,
        model: str | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ChatCompletionList:
        """List stored Chat Completions. Only Chat Completions that have been stored
        with the `store` parameter set to `true` will be returned.

        Args:
            model: The model used to generate the Chat Completions.
            metadata: A list of metadata keys to filter the Chat Completions by. Example: `metadata[key1]=value1&metadata[key2]=value2`
            after: Identifier for the last chat completion from the previous pagination request.
            limit: Number of Chat Completions to retrieve.
            order: Sort order for Chat Completions by timestamp. Use `asc` for ascending order or `desc` for descending order. Defaults to `asc`.
        """
        _response: ApiResponse[ChatCompletionList] = self._client._request(
            _LIST_CHAT_COMPLETIONS, locals()
        )
        return _response.data

    def list_chat_completions_with_http_info(
        self,
        *,
        model: str | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ChatCompletionList]:
        """Like `list_chat_completions`, but returns the status code and headers with
        the parsed body.
        """
        return self._client._request(_LIST_CHAT_COMPLETIONS, locals())

    def list_chat_completions_iter(
        self,
        *,
        model: str | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Paginator[CreateChatCompletionResponse]:
        """Like `list_chat_completions`, but `for` goes over the items of every page,
        fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return Paginator(
            self._client, _LIST_CHAT_COMPLETIONS, locals(), _LIST_CHAT_COMPLETIONS_PAGES
        )

    @overload
    def create_chat_completion(
        self,
        *,
        body: CreateChatCompletionRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> CreateChatCompletionResponse: ...

    @overload
    def create_chat_completion(
        self,
        *,
        messages: list[ChatCompletionRequestMessage],
        model: ModelIdsShared,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: (
            Literal["in_memory", "24h"] | str | None | NotGiven
        ) = NOT_GIVEN,
        prompt_cache_options: PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        service_tier: ServiceTier | NotGiven = NOT_GIVEN,
        modalities: ResponseModalities | NotGiven = NOT_GIVEN,
        verbosity: Verbosity | NotGiven = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        web_search_options: (
            CreateChatCompletionRequestWebSearchOptions | NotGiven
        ) = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        response_format: (
            Annotated[
                Annotated[ResponseFormatText, pydantic.Tag("ResponseFormatText")]
                | Annotated[
                    ResponseFormatJsonSchema, pydantic.Tag("ResponseFormatJsonSchema")
                ]
                | Annotated[
                    ResponseFormatJsonObject, pydantic.Tag("ResponseFormatJsonObject")
                ]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "text": "ResponseFormatText",
                        "json_schema": "ResponseFormatJsonSchema",
                        "json_object": "ResponseFormatJsonObject",
                    },
                ),
            ]
            | NotGiven
        ) = NOT_GIVEN,
        audio: CreateChatCompletionRequestAudio | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        moderation: ModerationParam | None | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        stop: StopConfiguration | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        prediction: PredictionContent | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stream_options: ChatCompletionStreamOptions | NotGiven = NOT_GIVEN,
        tools: (
            list[
                Annotated[
                    Annotated[ChatCompletionTool, pydantic.Tag("ChatCompletionTool")]
                    | Annotated[
                        CustomToolChatCompletions,
                        pydantic.Tag("CustomToolChatCompletions"),
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "function": "ChatCompletionTool",
                            "custom": "CustomToolChatCompletions",
                        },
                    ),
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        tool_choice: ChatCompletionToolChoiceOption | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        function_call: (
            Literal["none", "auto"] | str | ChatCompletionFunctionCallOption | NotGiven
        ) = NOT_GIVEN,
        functions: list[ChatCompletionFunctions] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> CreateChatCompletionResponse: ...

    def create_chat_completion(
        self,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: (
            Literal["in_memory", "24h"] | str | None | NotGiven
        ) = NOT_GIVEN,
        prompt_cache_options: PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        messages: list[ChatCompletionRequestMessage] | NotGiven = NOT_GIVEN,
        model: ModelIdsShared | NotGiven = NOT_GIVEN,
        service_tier: ServiceTier | NotGiven = NOT_GIVEN,
        modalities: ResponseModalities | NotGiven = NOT_GIVEN,
        verbosity: Verbosity | NotGiven = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        web_search_options: (
            CreateChatCompletionRequestWebSearchOptions | NotGiven
        ) = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        response_format: (
            Annotated[
                Annotated[ResponseFormatText, pydantic.Tag("ResponseFormatText")]
                | Annotated[
                    ResponseFormatJsonSchema, pydantic.Tag("ResponseFormatJsonSchema")
                ]
                | Annotated[
                    ResponseFormatJsonObject, pydantic.Tag("ResponseFormatJsonObject")
                ]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "text": "ResponseFormatText",
                        "json_schema": "ResponseFormatJsonSchema",
                        "json_object": "ResponseFormatJsonObject",
                    },
                ),
            ]
            | NotGiven
        ) = NOT_GIVEN,
        audio: CreateChatCompletionRequestAudio | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        moderation: ModerationParam | None | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        stop: StopConfiguration | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        prediction: PredictionContent | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stream_options: ChatCompletionStreamOptions | NotGiven = NOT_GIVEN,
        tools: (
            list[
                Annotated[
                    Annotated[ChatCompletionTool, pydantic.Tag("ChatCompletionTool")]
                    | Annotated[
                        CustomToolChatCompletions,
                        pydantic.Tag("CustomToolChatCompletions"),
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "function": "ChatCompletionTool",
                            "custom": "CustomToolChatCompletions",
                        },
                    ),
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        tool_choice: ChatCompletionToolChoiceOption | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        function_call: (
            Literal["none", "auto"] | str | ChatCompletionFunctionCallOption | NotGiven
        ) = NOT_GIVEN,
        functions: list[ChatCompletionFunctions] | NotGiven = NOT_GIVEN,
        body: CreateChatCompletionRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> CreateChatCompletionResponse:
        """**Starting a new project?** We recommend trying
        [Responses](/docs/api-reference/responses)
        to take advantage of the latest OpenAI platform features. Compare
        [Chat Completions with
        Responses](/docs/guides/responses-vs-chat-completions?api-mode=responses).

        ---

        Creates a model response for the given chat conversation. Learn more in the
        [text generation](/docs/guides/text-generation),
        [vision](/docs/guides/vision),
        and [audio](/docs/guides/audio) guides.

        Parameter support can differ depending on the model used to generate the
        response, particularly for newer reasoning models. Parameters that are only
        supported for reasoning models are noted below. For the current state of
        unsupported parameters in reasoning models,
        [refer to the reasoning guide](/docs/guides/reasoning).

        Returns a chat completion object, or a streamed sequence of chat completion
        chunk objects if the request is streamed.

        Args:
            user: This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead to maintain caching optimizations. A stable identifier for your end-users. Used to boost cache hit rates by better bucketing similar requests and to help OpenAI detect and prevent abuse. [Learn more](https://api.openai.com/docs/guides/safety-best-practices#safety-identifiers).
            prompt_cache_options: Options for prompt caching. Supported for `gpt-5.6` and later models. By default, OpenAI automatically chooses one implicit cache breakpoint. You can add explicit breakpoints to content blocks with `prompt_cache_breakpoint`. Each request can write up to four breakpoints. For cache matching, OpenAI considers up to the latest 80 breakpoints in the conversation, without a content-block lookback limit. Set `mode` to `explicit` to disable the implicit breakpoint. The `ttl` defaults to `30m`, which is currently the only supported value. See the [prompt caching guide](https://api.openai.com/docs/guides/prompt-caching) for current details.
            messages: A list of messages comprising the conversation so far. Depending on the [model](https://api.openai.com/docs/models) you use, different message types (modalities) are supported, like [text](https://api.openai.com/docs/guides/text-generation), [images](https://api.openai.com/docs/guides/vision), and [audio](https://api.openai.com/docs/guides/audio).
            model: Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI offers a wide range of models with different capabilities, performance characteristics, and price points. Refer to the [model guide](https://api.openai.com/docs/models) to browse and compare available models.
            max_completion_tokens: An upper bound for the number of tokens that can be generated for a completion, including visible output tokens and [reasoning tokens](https://api.openai.com/docs/guides/reasoning).
            frequency_penalty: Number between -2.0 and 2.0. Positive values penalize new tokens based on their existing frequency in the text so far, decreasing the model's likelihood to repeat the same line verbatim.
            presence_penalty: Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the text so far, increasing the model's likelihood to talk about new topics.
            web_search_options: This tool searches the web for relevant results to use in a response. Learn more about the [web search tool](https://api.openai.com/docs/guides/tools-web-search?api-mode=chat).
            top_logprobs: An integer between 0 and 20 specifying the maximum number of most likely tokens to return at each token position, each with an associated log probability. In some cases, the number of returned tokens may be fewer than requested. `logprobs` must be set to `true` if this parameter is used.
            response_format: An object specifying the format that the model must output. Setting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured Outputs which ensures the model will match your supplied JSON schema. Learn more in the [Structured Outputs guide](https://api.openai.com/docs/guides/structured-outputs). Setting to `{ "type": "json_object" }` enables the older JSON mode, which ensures the message the model generates is valid JSON. Using `json_schema` is preferred for models that support it.
            audio: Parameters for audio output. Required when audio output is requested with `modalities: ["audio"]`. [Learn more](https://api.openai.com/docs/guides/audio).
            store: Whether or not to store the output of this chat completion request for use in our [model distillation](https://api.openai.com/docs/guides/distillation) or [evals](https://api.openai.com/docs/guides/evals) products. Supports text and image inputs. Note: image inputs over 8MB will be dropped.
            stream: If set to true, the model response data will be streamed to the client as it is generated using [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format). See the [Streaming section below](https://api.openai.com/docs/api-reference/chat/streaming) for more information, along with the [streaming responses](https://api.openai.com/docs/guides/streaming-responses) guide for more information on how to handle the streaming events.
            stop: Not supported with latest reasoning models `o3` and `o4-mini`. Up to 4 sequences where the API will stop generating further tokens. The returned text will not contain the stop sequence.
            logit_bias: Modify the likelihood of specified tokens appearing in the completion. Accepts a JSON object that maps tokens (specified by their token ID in the tokenizer) to an associated bias value from -100 to 100. Mathematically, the bias is added to the logits generated by the model prior to sampling. The exact effect will vary per model, but values between -1 and 1 should decrease or increase likelihood of selection; values like -100 or 100 should result in a ban or exclusive selection of the relevant token.
            logprobs: Whether to return log probabilities of the output tokens or not. If true, returns the log probabilities of each output token returned in the `content` of `message`.
            max_tokens: The maximum number of [tokens](https://api.openai.com/tokenizer) that can be generated in the chat completion. This value can be used to control [costs](https://openai.com/api/pricing/) for text generated via API. This value is now deprecated in favor of `max_completion_tokens`, and is not compatible with [o-series models](https://api.openai.com/docs/guides/reasoning).
            n: How many chat completion choices to generate for each input message. Note that you will be charged based on the number of generated tokens across all of the choices. Keep `n` as `1` to minimize costs.
            prediction: Configuration for a [Predicted Output](https://api.openai.com/docs/guides/predicted-outputs), which can greatly improve response times when large parts of the model response are known ahead of time. This is most common when you are regenerating a file with only minor changes to most of the content.
            seed: This feature is in Beta. If specified, our system will make a best effort to sample deterministically, such that repeated requests with the same `seed` and parameters should return the same result. Determinism is not guaranteed, and you should refer to the `system_fingerprint` response parameter to monitor changes in the backend.
            tools: A list of tools the model may call. You can provide either [custom tools](https://api.openai.com/docs/guides/function-calling#custom-tools) or [function tools](https://api.openai.com/docs/guides/function-calling).
            tool_choice: Controls which (if any) tool is called by the model. `none` means the model will not call any tool and instead generates a message. `auto` means the model can pick between generating a message or calling one or more tools. `required` means the model must call one or more tools. Specifying a particular tool via `{"type": "function", "function": {"name": "my_function"}}` forces the model to call that tool. `none` is the default when no tools are present. `auto` is the default if tools are present.
            parallel_tool_calls: Whether to enable [parallel function calling](https://api.openai.com/docs/guides/function-calling#configuring-parallel-function-calling) during tool use.
            function_call: Deprecated in favor of `tool_choice`. Controls which (if any) function is called by the model. `none` means the model will not call a function and instead generates a message. `auto` means the model can pick between generating a message or calling a function. Specifying a particular function via `{"name": "my_function"}` forces the model to call that function. `none` is the default when no functions are present. `auto` is the default if functions are present.
            functions: Deprecated in favor of `tools`. A list of functions the model may generate JSON inputs for.
        """
        _response: ApiResponse[CreateChatCompletionResponse] = self._client._request(
            _CREATE_CHAT_COMPLETION, locals()
        )
        return _response.data

    @overload
    def create_chat_completion_with_http_info(
        self,
        *,
        body: CreateChatCompletionRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[CreateChatCompletionResponse]: ...

    @overload
    def create_chat_completion_with_http_info(
        self,
        *,
        messages: list[ChatCompletionRequestMessage],
        model: ModelIdsShared,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: (
            Literal["in_memory", "24h"] | str | None | NotGiven
        ) = NOT_GIVEN,
        prompt_cache_options: PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        service_tier: ServiceTier | NotGiven = NOT_GIVEN,
        modalities: ResponseModalities | NotGiven = NOT_GIVEN,
        verbosity: Verbosity | NotGiven = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        web_search_options: (
            CreateChatCompletionRequestWebSearchOptions | NotGiven
        ) = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        response_format: (
            Annotated[
                Annotated[ResponseFormatText, pydantic.Tag("ResponseFormatText")]
                | Annotated[
                    ResponseFormatJsonSchema, pydantic.Tag("ResponseFormatJsonSchema")
                ]
                | Annotated[
                    ResponseFormatJsonObject, pydantic.Tag("ResponseFormatJsonObject")
                ]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "text": "ResponseFormatText",
                        "json_schema": "ResponseFormatJsonSchema",
                        "json_object": "ResponseFormatJsonObject",
                    },
                ),
            ]
            | NotGiven
        ) = NOT_GIVEN,
        audio: CreateChatCompletionRequestAudio | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        moderation: ModerationParam | None | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        stop: StopConfiguration | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        prediction: PredictionContent | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stream_options: ChatCompletionStreamOptions | NotGiven = NOT_GIVEN,
        tools: (
            list[
                Annotated[
                    Annotated[ChatCompletionTool, pydantic.Tag("ChatCompletionTool")]
                    | Annotated[
                        CustomToolChatCompletions,
                        pydantic.Tag("CustomToolChatCompletions"),
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "function": "ChatCompletionTool",
                            "custom": "CustomToolChatCompletions",
                        },
                    ),
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        tool_choice: ChatCompletionToolChoiceOption | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        function_call: (
            Literal["none", "auto"] | str | ChatCompletionFunctionCallOption | NotGiven
        ) = NOT_GIVEN,
        functions: list[ChatCompletionFunctions] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[CreateChatCompletionResponse]: ...

    def create_chat_completion_with_http_info(
        self,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: (
            Literal["in_memory", "24h"] | str | None | NotGiven
        ) = NOT_GIVEN,
        prompt_cache_options: PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        messages: list[ChatCompletionRequestMessage] | NotGiven = NOT_GIVEN,
        model: ModelIdsShared | NotGiven = NOT_GIVEN,
        service_tier: ServiceTier | NotGiven = NOT_GIVEN,
        modalities: ResponseModalities | NotGiven = NOT_GIVEN,
        verbosity: Verbosity | NotGiven = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        web_search_options: (
            CreateChatCompletionRequestWebSearchOptions | NotGiven
        ) = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        response_format: (
            Annotated[
                Annotated[ResponseFormatText, pydantic.Tag("ResponseFormatText")]
                | Annotated[
                    ResponseFormatJsonSchema, pydantic.Tag("ResponseFormatJsonSchema")
                ]
                | Annotated[
                    ResponseFormatJsonObject, pydantic.Tag("ResponseFormatJsonObject")
                ]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "text": "ResponseFormatText",
                        "json_schema": "ResponseFormatJsonSchema",
                        "json_object": "ResponseFormatJsonObject",
                    },
                ),
            ]
            | NotGiven
        ) = NOT_GIVEN,
        audio: CreateChatCompletionRequestAudio | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        moderation: ModerationParam | None | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        stop: StopConfiguration | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        prediction: PredictionContent | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stream_options: ChatCompletionStreamOptions | NotGiven = NOT_GIVEN,
        tools: (
            list[
                Annotated[
                    Annotated[ChatCompletionTool, pydantic.Tag("ChatCompletionTool")]
                    | Annotated[
                        CustomToolChatCompletions,
                        pydantic.Tag("CustomToolChatCompletions"),
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "function": "ChatCompletionTool",
                            "custom": "CustomToolChatCompletions",
                        },
                    ),
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        tool_choice: ChatCompletionToolChoiceOption | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        function_call: (
            Literal["none", "auto"] | str | ChatCompletionFunctionCallOption | NotGiven
        ) = NOT_GIVEN,
        functions: list[ChatCompletionFunctions] | NotGiven = NOT_GIVEN,
        body: CreateChatCompletionRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[CreateChatCompletionResponse]:
        """Like `create_chat_completion`, but returns the status code and headers with
        the parsed body.
        """
        return self._client._request(_CREATE_CHAT_COMPLETION, locals())

    @overload
    def create_chat_completion_stream(
        self,
        *,
        body: CreateChatCompletionRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Stream[CreateChatCompletionStreamResponse]: ...

    @overload
    def create_chat_completion_stream(
        self,
        *,
        messages: list[ChatCompletionRequestMessage],
        model: ModelIdsShared,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: (
            Literal["in_memory", "24h"] | str | None | NotGiven
        ) = NOT_GIVEN,
        prompt_cache_options: PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        service_tier: ServiceTier | NotGiven = NOT_GIVEN,
        modalities: ResponseModalities | NotGiven = NOT_GIVEN,
        verbosity: Verbosity | NotGiven = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        web_search_options: (
            CreateChatCompletionRequestWebSearchOptions | NotGiven
        ) = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        response_format: (
            Annotated[
                Annotated[ResponseFormatText, pydantic.Tag("ResponseFormatText")]
                | Annotated[
                    ResponseFormatJsonSchema, pydantic.Tag("ResponseFormatJsonSchema")
                ]
                | Annotated[
                    ResponseFormatJsonObject, pydantic.Tag("ResponseFormatJsonObject")
                ]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "text": "ResponseFormatText",
                        "json_schema": "ResponseFormatJsonSchema",
                        "json_object": "ResponseFormatJsonObject",
                    },
                ),
            ]
            | NotGiven
        ) = NOT_GIVEN,
        audio: CreateChatCompletionRequestAudio | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        moderation: ModerationParam | None | NotGiven = NOT_GIVEN,
        stop: StopConfiguration | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        prediction: PredictionContent | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stream_options: ChatCompletionStreamOptions | NotGiven = NOT_GIVEN,
        tools: (
            list[
                Annotated[
                    Annotated[ChatCompletionTool, pydantic.Tag("ChatCompletionTool")]
                    | Annotated[
                        CustomToolChatCompletions,
                        pydantic.Tag("CustomToolChatCompletions"),
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "function": "ChatCompletionTool",
                            "custom": "CustomToolChatCompletions",
                        },
                    ),
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        tool_choice: ChatCompletionToolChoiceOption | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        function_call: (
            Literal["none", "auto"] | str | ChatCompletionFunctionCallOption | NotGiven
        ) = NOT_GIVEN,
        functions: list[ChatCompletionFunctions] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Stream[CreateChatCompletionStreamResponse]: ...

    def create_chat_completion_stream(
        self,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: (
            Literal["in_memory", "24h"] | str | None | NotGiven
        ) = NOT_GIVEN,
        prompt_cache_options: PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        messages: list[ChatCompletionRequestMessage] | NotGiven = NOT_GIVEN,
        model: ModelIdsShared | NotGiven = NOT_GIVEN,
        service_tier: ServiceTier | NotGiven = NOT_GIVEN,
        modalities: ResponseModalities | NotGiven = NOT_GIVEN,
        verbosity: Verbosity | NotGiven = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        web_search_options: (
            CreateChatCompletionRequestWebSearchOptions | NotGiven
        ) = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        response_format: (
            Annotated[
                Annotated[ResponseFormatText, pydantic.Tag("ResponseFormatText")]
                | Annotated[
                    ResponseFormatJsonSchema, pydantic.Tag("ResponseFormatJsonSchema")
                ]
                | Annotated[
                    ResponseFormatJsonObject, pydantic.Tag("ResponseFormatJsonObject")
                ]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "text": "ResponseFormatText",
                        "json_schema": "ResponseFormatJsonSchema",
                        "json_object": "ResponseFormatJsonObject",
                    },
                ),
            ]
            | NotGiven
        ) = NOT_GIVEN,
        audio: CreateChatCompletionRequestAudio | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        moderation: ModerationParam | None | NotGiven = NOT_GIVEN,
        stop: StopConfiguration | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        prediction: PredictionContent | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stream_options: ChatCompletionStreamOptions | NotGiven = NOT_GIVEN,
        tools: (
            list[
                Annotated[
                    Annotated[ChatCompletionTool, pydantic.Tag("ChatCompletionTool")]
                    | Annotated[
                        CustomToolChatCompletions,
                        pydantic.Tag("CustomToolChatCompletions"),
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "function": "ChatCompletionTool",
                            "custom": "CustomToolChatCompletions",
                        },
                    ),
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        tool_choice: ChatCompletionToolChoiceOption | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        function_call: (
            Literal["none", "auto"] | str | ChatCompletionFunctionCallOption | NotGiven
        ) = NOT_GIVEN,
        functions: list[ChatCompletionFunctions] | NotGiven = NOT_GIVEN,
        body: CreateChatCompletionRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Stream[CreateChatCompletionStreamResponse]:
        """Like `create_chat_completion`, but sends `stream: true` and returns the
        server-sent events as they arrive.

        Iterate over the result; the connection closes when the loop ends (`with`
        closes it early).
        """
        _response: ApiResponse[Stream[CreateChatCompletionStreamResponse]] = (
            self._client._stream(_CREATE_CHAT_COMPLETION_STREAM, locals())
        )
        return _response.data

    def get_chat_completion(
        self,
        completion_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> CreateChatCompletionResponse:
        """Get a stored chat completion. Only Chat Completions that have been created
        with the `store` parameter set to `true` will be returned.

        Args:
            completion_id: The ID of the chat completion to retrieve.
        """
        _response: ApiResponse[CreateChatCompletionResponse] = self._client._request(
            _GET_CHAT_COMPLETION, locals()
        )
        return _response.data

    def get_chat_completion_with_http_info(
        self,
        completion_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[CreateChatCompletionResponse]:
        """Like `get_chat_completion`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_GET_CHAT_COMPLETION, locals())

    @overload
    def update_chat_completion(
        self,
        completion_id: str,
        *,
        body: UpdateChatCompletionRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> CreateChatCompletionResponse: ...

    @overload
    def update_chat_completion(
        self,
        completion_id: str,
        *,
        metadata: Metadata,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> CreateChatCompletionResponse: ...

    def update_chat_completion(
        self,
        completion_id: str,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        body: UpdateChatCompletionRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> CreateChatCompletionResponse:
        """Modify a stored chat completion. Only Chat Completions that have been
        created with the `store` parameter set to `true` can be modified. Currently,
        the only supported modification is to update the `metadata` field.

        Args:
            completion_id: The ID of the chat completion to update.
        """
        _response: ApiResponse[CreateChatCompletionResponse] = self._client._request(
            _UPDATE_CHAT_COMPLETION, locals()
        )
        return _response.data

    @overload
    def update_chat_completion_with_http_info(
        self,
        completion_id: str,
        *,
        body: UpdateChatCompletionRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[CreateChatCompletionResponse]: ...

    @overload
    def update_chat_completion_with_http_info(
        self,
        completion_id: str,
        *,
        metadata: Metadata,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[CreateChatCompletionResponse]: ...

    def update_chat_completion_with_http_info(
        self,
        completion_id: str,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        body: UpdateChatCompletionRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[CreateChatCompletionResponse]:
        """Like `update_chat_completion`, but returns the status code and headers with
        the parsed body.
        """
        return self._client._request(_UPDATE_CHAT_COMPLETION, locals())

    def delete_chat_completion(
        self,
        completion_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ChatCompletionDeleted:
        """Delete a stored chat completion. Only Chat Completions that have been
        created with the `store` parameter set to `true` can be deleted.

        Args:
            completion_id: The ID of the chat completion to delete.
        """
        _response: ApiResponse[ChatCompletionDeleted] = self._client._request(
            _DELETE_CHAT_COMPLETION, locals()
        )
        return _response.data

    def delete_chat_completion_with_http_info(
        self,
        completion_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ChatCompletionDeleted]:
        """Like `delete_chat_completion`, but returns the status code and headers with
        the parsed body.
        """
        return self._client._request(_DELETE_CHAT_COMPLETION, locals())

    def get_chat_completion_messages(
        self,
        completion_id: str,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ChatCompletionMessageList:
        """Get the messages in a stored chat completion. Only Chat Completions that
        have been created with the `store` parameter set to `true` will be
        returned.

        Args:
            completion_id: The ID of the chat completion to retrieve messages from.
            after: Identifier for the last message from the previous pagination request.
            limit: Number of messages to retrieve.
            order: Sort order for messages by timestamp. Use `asc` for ascending order or `desc` for descending order. Defaults to `asc`.
        """
        _response: ApiResponse[ChatCompletionMessageList] = self._client._request(
            _GET_CHAT_COMPLETION_MESSAGES, locals()
        )
        return _response.data

    def get_chat_completion_messages_with_http_info(
        self,
        completion_id: str,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ChatCompletionMessageList]:
        """Like `get_chat_completion_messages`, but returns the status code and headers
        with the parsed body.
        """
        return self._client._request(_GET_CHAT_COMPLETION_MESSAGES, locals())

    def get_chat_completion_messages_iter(
        self,
        completion_id: str,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Paginator[ChatCompletionMessageListDataItem]:
        """Like `get_chat_completion_messages`, but `for` goes over the items of every
        page, fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return Paginator(
            self._client,
            _GET_CHAT_COMPLETION_MESSAGES,
            locals(),
            _GET_CHAT_COMPLETION_MESSAGES_PAGES,
        )


class AsyncChatApi:
    """Chat operations (async): Given a list of messages comprising a conversation, the
    model will return a response.

    Reach it as `client.chat`.
    """

    def __init__(self, client: AsyncRuntime) -> None:
        self._client = client

    async def list_chat_completions(
        self,
        *,
        model: str | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ChatCompletionList:
        """List stored Chat Completions. Only Chat Completions that have been stored
        with the `store` parameter set to `true` will be returned.

        Args:
            model: The model used to generate the Chat Completions.
            metadata: A list of metadata keys to filter the Chat Completions by. Example: `metadata[key1]=value1&metadata[key2]=value2`
            after: Identifier for the last chat completion from the previous pagination request.
            limit: Number of Chat Completions to retrieve.
            order: Sort order for Chat Completions by timestamp. Use `asc` for ascending order or `desc` for descending order. Defaults to `asc`.
        """
        _response: ApiResponse[ChatCompletionList] = await self._client._request(
            _LIST_CHAT_COMPLETIONS, locals()
        )
        return _response.data

    async def list_chat_completions_with_http_info(
        self,
        *,
        model: str | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ChatCompletionList]:
        """Like `list_chat_completions`, but returns the status code and headers with
        the parsed body.
        """
        return await self._client._request(_LIST_CHAT_COMPLETIONS, locals())

    def list_chat_completions_iter(
        self,
        *,
        model: str | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncPaginator[CreateChatCompletionResponse]:
        """Like `list_chat_completions`, but `async for` goes over the items of every
        page, fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return AsyncPaginator(
            self._client, _LIST_CHAT_COMPLETIONS, locals(), _LIST_CHAT_COMPLETIONS_PAGES
        )

    @overload
    async def create_chat_completion(
        self,
        *,
        body: CreateChatCompletionRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> CreateChatCompletionResponse: ...

    @overload
    async def create_chat_completion(
        self,
        *,
        messages: list[ChatCompletionRequestMessage],
        model: ModelIdsShared,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: (
            Literal["in_memory", "24h"] | str | None | NotGiven
        ) = NOT_GIVEN,
        prompt_cache_options: PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        service_tier: ServiceTier | NotGiven = NOT_GIVEN,
        modalities: ResponseModalities | NotGiven = NOT_GIVEN,
        verbosity: Verbosity | NotGiven = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        web_search_options: (
            CreateChatCompletionRequestWebSearchOptions | NotGiven
        ) = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        response_format: (
            Annotated[
                Annotated[ResponseFormatText, pydantic.Tag("ResponseFormatText")]
                | Annotated[
                    ResponseFormatJsonSchema, pydantic.Tag("ResponseFormatJsonSchema")
                ]
                | Annotated[
                    ResponseFormatJsonObject, pydantic.Tag("ResponseFormatJsonObject")
                ]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "text": "ResponseFormatText",
                        "json_schema": "ResponseFormatJsonSchema",
                        "json_object": "ResponseFormatJsonObject",
                    },
                ),
            ]
            | NotGiven
        ) = NOT_GIVEN,
        audio: CreateChatCompletionRequestAudio | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        moderation: ModerationParam | None | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        stop: StopConfiguration | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        prediction: PredictionContent | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stream_options: ChatCompletionStreamOptions | NotGiven = NOT_GIVEN,
        tools: (
            list[
                Annotated[
                    Annotated[ChatCompletionTool, pydantic.Tag("ChatCompletionTool")]
                    | Annotated[
                        CustomToolChatCompletions,
                        pydantic.Tag("CustomToolChatCompletions"),
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "function": "ChatCompletionTool",
                            "custom": "CustomToolChatCompletions",
                        },
                    ),
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        tool_choice: ChatCompletionToolChoiceOption | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        function_call: (
            Literal["none", "auto"] | str | ChatCompletionFunctionCallOption | NotGiven
        ) = NOT_GIVEN,
        functions: list[ChatCompletionFunctions] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> CreateChatCompletionResponse: ...

    async def create_chat_completion(
        self,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: (
            Literal["in_memory", "24h"] | str | None | NotGiven
        ) = NOT_GIVEN,
        prompt_cache_options: PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        messages: list[ChatCompletionRequestMessage] | NotGiven = NOT_GIVEN,
        model: ModelIdsShared | NotGiven = NOT_GIVEN,
        service_tier: ServiceTier | NotGiven = NOT_GIVEN,
        modalities: ResponseModalities | NotGiven = NOT_GIVEN,
        verbosity: Verbosity | NotGiven = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        web_search_options: (
            CreateChatCompletionRequestWebSearchOptions | NotGiven
        ) = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        response_format: (
            Annotated[
                Annotated[ResponseFormatText, pydantic.Tag("ResponseFormatText")]
                | Annotated[
                    ResponseFormatJsonSchema, pydantic.Tag("ResponseFormatJsonSchema")
                ]
                | Annotated[
                    ResponseFormatJsonObject, pydantic.Tag("ResponseFormatJsonObject")
                ]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "text": "ResponseFormatText",
                        "json_schema": "ResponseFormatJsonSchema",
                        "json_object": "ResponseFormatJsonObject",
                    },
                ),
            ]
            | NotGiven
        ) = NOT_GIVEN,
        audio: CreateChatCompletionRequestAudio | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        moderation: ModerationParam | None | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        stop: StopConfiguration | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        prediction: PredictionContent | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stream_options: ChatCompletionStreamOptions | NotGiven = NOT_GIVEN,
        tools: (
            list[
                Annotated[
                    Annotated[ChatCompletionTool, pydantic.Tag("ChatCompletionTool")]
                    | Annotated[
                        CustomToolChatCompletions,
                        pydantic.Tag("CustomToolChatCompletions"),
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "function": "ChatCompletionTool",
                            "custom": "CustomToolChatCompletions",
                        },
                    ),
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        tool_choice: ChatCompletionToolChoiceOption | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        function_call: (
            Literal["none", "auto"] | str | ChatCompletionFunctionCallOption | NotGiven
        ) = NOT_GIVEN,
        functions: list[ChatCompletionFunctions] | NotGiven = NOT_GIVEN,
        body: CreateChatCompletionRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> CreateChatCompletionResponse:
        """**Starting a new project?** We recommend trying
        [Responses](/docs/api-reference/responses)
        to take advantage of the latest OpenAI platform features. Compare
        [Chat Completions with
        Responses](/docs/guides/responses-vs-chat-completions?api-mode=responses).

        ---

        Creates a model response for the given chat conversation. Learn more in the
        [text generation](/docs/guides/text-generation),
        [vision](/docs/guides/vision),
        and [audio](/docs/guides/audio) guides.

        Parameter support can differ depending on the model used to generate the
        response, particularly for newer reasoning models. Parameters that are only
        supported for reasoning models are noted below. For the current state of
        unsupported parameters in reasoning models,
        [refer to the reasoning guide](/docs/guides/reasoning).

        Returns a chat completion object, or a streamed sequence of chat completion
        chunk objects if the request is streamed.

        Args:
            user: This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead to maintain caching optimizations. A stable identifier for your end-users. Used to boost cache hit rates by better bucketing similar requests and to help OpenAI detect and prevent abuse. [Learn more](https://api.openai.com/docs/guides/safety-best-practices#safety-identifiers).
            prompt_cache_options: Options for prompt caching. Supported for `gpt-5.6` and later models. By default, OpenAI automatically chooses one implicit cache breakpoint. You can add explicit breakpoints to content blocks with `prompt_cache_breakpoint`. Each request can write up to four breakpoints. For cache matching, OpenAI considers up to the latest 80 breakpoints in the conversation, without a content-block lookback limit. Set `mode` to `explicit` to disable the implicit breakpoint. The `ttl` defaults to `30m`, which is currently the only supported value. See the [prompt caching guide](https://api.openai.com/docs/guides/prompt-caching) for current details.
            messages: A list of messages comprising the conversation so far. Depending on the [model](https://api.openai.com/docs/models) you use, different message types (modalities) are supported, like [text](https://api.openai.com/docs/guides/text-generation), [images](https://api.openai.com/docs/guides/vision), and [audio](https://api.openai.com/docs/guides/audio).
            model: Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI offers a wide range of models with different capabilities, performance characteristics, and price points. Refer to the [model guide](https://api.openai.com/docs/models) to browse and compare available models.
            max_completion_tokens: An upper bound for the number of tokens that can be generated for a completion, including visible output tokens and [reasoning tokens](https://api.openai.com/docs/guides/reasoning).
            frequency_penalty: Number between -2.0 and 2.0. Positive values penalize new tokens based on their existing frequency in the text so far, decreasing the model's likelihood to repeat the same line verbatim.
            presence_penalty: Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the text so far, increasing the model's likelihood to talk about new topics.
            web_search_options: This tool searches the web for relevant results to use in a response. Learn more about the [web search tool](https://api.openai.com/docs/guides/tools-web-search?api-mode=chat).
            top_logprobs: An integer between 0 and 20 specifying the maximum number of most likely tokens to return at each token position, each with an associated log probability. In some cases, the number of returned tokens may be fewer than requested. `logprobs` must be set to `true` if this parameter is used.
            response_format: An object specifying the format that the model must output. Setting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured Outputs which ensures the model will match your supplied JSON schema. Learn more in the [Structured Outputs guide](https://api.openai.com/docs/guides/structured-outputs). Setting to `{ "type": "json_object" }` enables the older JSON mode, which ensures the message the model generates is valid JSON. Using `json_schema` is preferred for models that support it.
            audio: Parameters for audio output. Required when audio output is requested with `modalities: ["audio"]`. [Learn more](https://api.openai.com/docs/guides/audio).
            store: Whether or not to store the output of this chat completion request for use in our [model distillation](https://api.openai.com/docs/guides/distillation) or [evals](https://api.openai.com/docs/guides/evals) products. Supports text and image inputs. Note: image inputs over 8MB will be dropped.
            stream: If set to true, the model response data will be streamed to the client as it is generated using [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format). See the [Streaming section below](https://api.openai.com/docs/api-reference/chat/streaming) for more information, along with the [streaming responses](https://api.openai.com/docs/guides/streaming-responses) guide for more information on how to handle the streaming events.
            stop: Not supported with latest reasoning models `o3` and `o4-mini`. Up to 4 sequences where the API will stop generating further tokens. The returned text will not contain the stop sequence.
            logit_bias: Modify the likelihood of specified tokens appearing in the completion. Accepts a JSON object that maps tokens (specified by their token ID in the tokenizer) to an associated bias value from -100 to 100. Mathematically, the bias is added to the logits generated by the model prior to sampling. The exact effect will vary per model, but values between -1 and 1 should decrease or increase likelihood of selection; values like -100 or 100 should result in a ban or exclusive selection of the relevant token.
            logprobs: Whether to return log probabilities of the output tokens or not. If true, returns the log probabilities of each output token returned in the `content` of `message`.
            max_tokens: The maximum number of [tokens](https://api.openai.com/tokenizer) that can be generated in the chat completion. This value can be used to control [costs](https://openai.com/api/pricing/) for text generated via API. This value is now deprecated in favor of `max_completion_tokens`, and is not compatible with [o-series models](https://api.openai.com/docs/guides/reasoning).
            n: How many chat completion choices to generate for each input message. Note that you will be charged based on the number of generated tokens across all of the choices. Keep `n` as `1` to minimize costs.
            prediction: Configuration for a [Predicted Output](https://api.openai.com/docs/guides/predicted-outputs), which can greatly improve response times when large parts of the model response are known ahead of time. This is most common when you are regenerating a file with only minor changes to most of the content.
            seed: This feature is in Beta. If specified, our system will make a best effort to sample deterministically, such that repeated requests with the same `seed` and parameters should return the same result. Determinism is not guaranteed, and you should refer to the `system_fingerprint` response parameter to monitor changes in the backend.
            tools: A list of tools the model may call. You can provide either [custom tools](https://api.openai.com/docs/guides/function-calling#custom-tools) or [function tools](https://api.openai.com/docs/guides/function-calling).
            tool_choice: Controls which (if any) tool is called by the model. `none` means the model will not call any tool and instead generates a message. `auto` means the model can pick between generating a message or calling one or more tools. `required` means the model must call one or more tools. Specifying a particular tool via `{"type": "function", "function": {"name": "my_function"}}` forces the model to call that tool. `none` is the default when no tools are present. `auto` is the default if tools are present.
            parallel_tool_calls: Whether to enable [parallel function calling](https://api.openai.com/docs/guides/function-calling#configuring-parallel-function-calling) during tool use.
            function_call: Deprecated in favor of `tool_choice`. Controls which (if any) function is called by the model. `none` means the model will not call a function and instead generates a message. `auto` means the model can pick between generating a message or calling a function. Specifying a particular function via `{"name": "my_function"}` forces the model to call that function. `none` is the default when no functions are present. `auto` is the default if functions are present.
            functions: Deprecated in favor of `tools`. A list of functions the model may generate JSON inputs for.
        """
        _response: ApiResponse[CreateChatCompletionResponse] = (
            await self._client._request(_CREATE_CHAT_COMPLETION, locals())
        )
        return _response.data

    @overload
    async def create_chat_completion_with_http_info(
        self,
        *,
        body: CreateChatCompletionRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[CreateChatCompletionResponse]: ...

    @overload
    async def create_chat_completion_with_http_info(
        self,
        *,
        messages: list[ChatCompletionRequestMessage],
        model: ModelIdsShared,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: (
            Literal["in_memory", "24h"] | str | None | NotGiven
        ) = NOT_GIVEN,
        prompt_cache_options: PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        service_tier: ServiceTier | NotGiven = NOT_GIVEN,
        modalities: ResponseModalities | NotGiven = NOT_GIVEN,
        verbosity: Verbosity | NotGiven = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        web_search_options: (
            CreateChatCompletionRequestWebSearchOptions | NotGiven
        ) = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        response_format: (
            Annotated[
                Annotated[ResponseFormatText, pydantic.Tag("ResponseFormatText")]
                | Annotated[
                    ResponseFormatJsonSchema, pydantic.Tag("ResponseFormatJsonSchema")
                ]
                | Annotated[
                    ResponseFormatJsonObject, pydantic.Tag("ResponseFormatJsonObject")
                ]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "text": "ResponseFormatText",
                        "json_schema": "ResponseFormatJsonSchema",
                        "json_object": "ResponseFormatJsonObject",
                    },
                ),
            ]
            | NotGiven
        ) = NOT_GIVEN,
        audio: CreateChatCompletionRequestAudio | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        moderation: ModerationParam | None | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        stop: StopConfiguration | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        prediction: PredictionContent | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stream_options: ChatCompletionStreamOptions | NotGiven = NOT_GIVEN,
        tools: (
            list[
                Annotated[
                    Annotated[ChatCompletionTool, pydantic.Tag("ChatCompletionTool")]
                    | Annotated[
                        CustomToolChatCompletions,
                        pydantic.Tag("CustomToolChatCompletions"),
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "function": "ChatCompletionTool",
                            "custom": "CustomToolChatCompletions",
                        },
                    ),
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        tool_choice: ChatCompletionToolChoiceOption | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        function_call: (
            Literal["none", "auto"] | str | ChatCompletionFunctionCallOption | NotGiven
        ) = NOT_GIVEN,
        functions: list[ChatCompletionFunctions] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[CreateChatCompletionResponse]: ...

    async def create_chat_completion_with_http_info(
        self,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: (
            Literal["in_memory", "24h"] | str | None | NotGiven
        ) = NOT_GIVEN,
        prompt_cache_options: PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        messages: list[ChatCompletionRequestMessage] | NotGiven = NOT_GIVEN,
        model: ModelIdsShared | NotGiven = NOT_GIVEN,
        service_tier: ServiceTier | NotGiven = NOT_GIVEN,
        modalities: ResponseModalities | NotGiven = NOT_GIVEN,
        verbosity: Verbosity | NotGiven = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        web_search_options: (
            CreateChatCompletionRequestWebSearchOptions | NotGiven
        ) = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        response_format: (
            Annotated[
                Annotated[ResponseFormatText, pydantic.Tag("ResponseFormatText")]
                | Annotated[
                    ResponseFormatJsonSchema, pydantic.Tag("ResponseFormatJsonSchema")
                ]
                | Annotated[
                    ResponseFormatJsonObject, pydantic.Tag("ResponseFormatJsonObject")
                ]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "text": "ResponseFormatText",
                        "json_schema": "ResponseFormatJsonSchema",
                        "json_object": "ResponseFormatJsonObject",
                    },
                ),
            ]
            | NotGiven
        ) = NOT_GIVEN,
        audio: CreateChatCompletionRequestAudio | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        moderation: ModerationParam | None | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        stop: StopConfiguration | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        prediction: PredictionContent | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stream_options: ChatCompletionStreamOptions | NotGiven = NOT_GIVEN,
        tools: (
            list[
                Annotated[
                    Annotated[ChatCompletionTool, pydantic.Tag("ChatCompletionTool")]
                    | Annotated[
                        CustomToolChatCompletions,
                        pydantic.Tag("CustomToolChatCompletions"),
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "function": "ChatCompletionTool",
                            "custom": "CustomToolChatCompletions",
                        },
                    ),
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        tool_choice: ChatCompletionToolChoiceOption | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        function_call: (
            Literal["none", "auto"] | str | ChatCompletionFunctionCallOption | NotGiven
        ) = NOT_GIVEN,
        functions: list[ChatCompletionFunctions] | NotGiven = NOT_GIVEN,
        body: CreateChatCompletionRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[CreateChatCompletionResponse]:
        """Like `create_chat_completion`, but returns the status code and headers with
        the parsed body.
        """
        return await self._client._request(_CREATE_CHAT_COMPLETION, locals())

    @overload
    async def create_chat_completion_stream(
        self,
        *,
        body: CreateChatCompletionRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncStream[CreateChatCompletionStreamResponse]: ...

    @overload
    async def create_chat_completion_stream(
        self,
        *,
        messages: list[ChatCompletionRequestMessage],
        model: ModelIdsShared,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: (
            Literal["in_memory", "24h"] | str | None | NotGiven
        ) = NOT_GIVEN,
        prompt_cache_options: PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        service_tier: ServiceTier | NotGiven = NOT_GIVEN,
        modalities: ResponseModalities | NotGiven = NOT_GIVEN,
        verbosity: Verbosity | NotGiven = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        web_search_options: (
            CreateChatCompletionRequestWebSearchOptions | NotGiven
        ) = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        response_format: (
            Annotated[
                Annotated[ResponseFormatText, pydantic.Tag("ResponseFormatText")]
                | Annotated[
                    ResponseFormatJsonSchema, pydantic.Tag("ResponseFormatJsonSchema")
                ]
                | Annotated[
                    ResponseFormatJsonObject, pydantic.Tag("ResponseFormatJsonObject")
                ]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "text": "ResponseFormatText",
                        "json_schema": "ResponseFormatJsonSchema",
                        "json_object": "ResponseFormatJsonObject",
                    },
                ),
            ]
            | NotGiven
        ) = NOT_GIVEN,
        audio: CreateChatCompletionRequestAudio | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        moderation: ModerationParam | None | NotGiven = NOT_GIVEN,
        stop: StopConfiguration | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        prediction: PredictionContent | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stream_options: ChatCompletionStreamOptions | NotGiven = NOT_GIVEN,
        tools: (
            list[
                Annotated[
                    Annotated[ChatCompletionTool, pydantic.Tag("ChatCompletionTool")]
                    | Annotated[
                        CustomToolChatCompletions,
                        pydantic.Tag("CustomToolChatCompletions"),
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "function": "ChatCompletionTool",
                            "custom": "CustomToolChatCompletions",
                        },
                    ),
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        tool_choice: ChatCompletionToolChoiceOption | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        function_call: (
            Literal["none", "auto"] | str | ChatCompletionFunctionCallOption | NotGiven
        ) = NOT_GIVEN,
        functions: list[ChatCompletionFunctions] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncStream[CreateChatCompletionStreamResponse]: ...

    async def create_chat_completion_stream(
        self,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: (
            Literal["in_memory", "24h"] | str | None | NotGiven
        ) = NOT_GIVEN,
        prompt_cache_options: PromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        messages: list[ChatCompletionRequestMessage] | NotGiven = NOT_GIVEN,
        model: ModelIdsShared | NotGiven = NOT_GIVEN,
        service_tier: ServiceTier | NotGiven = NOT_GIVEN,
        modalities: ResponseModalities | NotGiven = NOT_GIVEN,
        verbosity: Verbosity | NotGiven = NOT_GIVEN,
        reasoning_effort: ReasoningEffort | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        web_search_options: (
            CreateChatCompletionRequestWebSearchOptions | NotGiven
        ) = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        response_format: (
            Annotated[
                Annotated[ResponseFormatText, pydantic.Tag("ResponseFormatText")]
                | Annotated[
                    ResponseFormatJsonSchema, pydantic.Tag("ResponseFormatJsonSchema")
                ]
                | Annotated[
                    ResponseFormatJsonObject, pydantic.Tag("ResponseFormatJsonObject")
                ]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "text": "ResponseFormatText",
                        "json_schema": "ResponseFormatJsonSchema",
                        "json_object": "ResponseFormatJsonObject",
                    },
                ),
            ]
            | NotGiven
        ) = NOT_GIVEN,
        audio: CreateChatCompletionRequestAudio | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        moderation: ModerationParam | None | NotGiven = NOT_GIVEN,
        stop: StopConfiguration | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        prediction: PredictionContent | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stream_options: ChatCompletionStreamOptions | NotGiven = NOT_GIVEN,
        tools: (
            list[
                Annotated[
                    Annotated[ChatCompletionTool, pydantic.Tag("ChatCompletionTool")]
                    | Annotated[
                        CustomToolChatCompletions,
                        pydantic.Tag("CustomToolChatCompletions"),
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "function": "ChatCompletionTool",
                            "custom": "CustomToolChatCompletions",
                        },
                    ),
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        tool_choice: ChatCompletionToolChoiceOption | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        function_call: (
            Literal["none", "auto"] | str | ChatCompletionFunctionCallOption | NotGiven
        ) = NOT_GIVEN,
        functions: list[ChatCompletionFunctions] | NotGiven = NOT_GIVEN,
        body: CreateChatCompletionRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncStream[CreateChatCompletionStreamResponse]:
        """Like `create_chat_completion`, but sends `stream: true` and returns the
        server-sent events as they arrive.

        Iterate over the result; the connection closes when the loop ends (`with`
        closes it early).
        """
        _response: ApiResponse[AsyncStream[CreateChatCompletionStreamResponse]] = (
            await self._client._stream(_CREATE_CHAT_COMPLETION_STREAM, locals())
        )
        return _response.data

    async def get_chat_completion(
        self,
        completion_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> CreateChatCompletionResponse:
        """Get a stored chat completion. Only Chat Completions that have been created
        with the `store` parameter set to `true` will be returned.

        Args:
            completion_id: The ID of the chat completion to retrieve.
        """
        _response: ApiResponse[CreateChatCompletionResponse] = (
            await self._client._request(_GET_CHAT_COMPLETION, locals())
        )
        return _response.data

    async def get_chat_completion_with_http_info(
        self,
        completion_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[CreateChatCompletionResponse]:
        """Like `get_chat_completion`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_GET_CHAT_COMPLETION, locals())

    @overload
    async def update_chat_completion(
        self,
        completion_id: str,
        *,
        body: UpdateChatCompletionRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> CreateChatCompletionResponse: ...

    @overload
    async def update_chat_completion(
        self,
        completion_id: str,
        *,
        metadata: Metadata,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> CreateChatCompletionResponse: ...

    async def update_chat_completion(
        self,
        completion_id: str,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        body: UpdateChatCompletionRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> CreateChatCompletionResponse:
        """Modify a stored chat completion. Only Chat Completions that have been
        created with the `store` parameter set to `true` can be modified. Currently,
        the only supported modification is to update the `metadata` field.

        Args:
            completion_id: The ID of the chat completion to update.
        """
        _response: ApiResponse[CreateChatCompletionResponse] = (
            await self._client._request(_UPDATE_CHAT_COMPLETION, locals())
        )
        return _response.data

    @overload
    async def update_chat_completion_with_http_info(
        self,
        completion_id: str,
        *,
        body: UpdateChatCompletionRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[CreateChatCompletionResponse]: ...

    @overload
    async def update_chat_completion_with_http_info(
        self,
        completion_id: str,
        *,
        metadata: Metadata,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[CreateChatCompletionResponse]: ...

    async def update_chat_completion_with_http_info(
        self,
        completion_id: str,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        body: UpdateChatCompletionRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[CreateChatCompletionResponse]:
        """Like `update_chat_completion`, but returns the status code and headers with
        the parsed body.
        """
        return await self._client._request(_UPDATE_CHAT_COMPLETION, locals())

    async def delete_chat_completion(
        self,
        completion_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ChatCompletionDeleted:
        """Delete a stored chat completion. Only Chat Completions that have been
        created with the `store` parameter set to `true` can be deleted.

        Args:
            completion_id: The ID of the chat completion to delete.
        """
        _response: ApiResponse[ChatCompletionDeleted] = await self._client._request(
            _DELETE_CHAT_COMPLETION, locals()
        )
        return _response.data

    async def delete_chat_completion_with_http_info(
        self,
        completion_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ChatCompletionDeleted]:
        """Like `delete_chat_completion`, but returns the status code and headers with
        the parsed body.
        """
        return await self._client._request(_DELETE_CHAT_COMPLETION, locals())

    async def get_chat_completion_messages(
        self,
        completion_id: str,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ChatCompletionMessageList:
        """Get the messages in a stored chat completion. Only Chat Completions that
        have been created with the `store` parameter set to `true` will be
        returned.

        Args:
            completion_id: The ID of the chat completion to retrieve messages from.
            after: Identifier for the last message from the previous pagination request.
            limit: Number of messages to retrieve.
            order: Sort order for messages by timestamp. Use `asc` for ascending order or `desc` for descending order. Defaults to `asc`.
        """
        _response: ApiResponse[ChatCompletionMessageList] = await self._client._request(
            _GET_CHAT_COMPLETION_MESSAGES, locals()
        )
        return _response.data

    async def get_chat_completion_messages_with_http_info(
        self,
        completion_id: str,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ChatCompletionMessageList]:
        """Like `get_chat_completion_messages`, but returns the status code and headers
        with the parsed body.
        """
        return await self._client._request(_GET_CHAT_COMPLETION_MESSAGES, locals())

    def get_chat_completion_messages_iter(
        self,
        completion_id: str,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncPaginator[ChatCompletionMessageListDataItem]:
        """Like `get_chat_completion_messages`, but `async for` goes over the items of
        every page, fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return AsyncPaginator(
            self._client,
            _GET_CHAT_COMPLETION_MESSAGES,
            locals(),
            _GET_CHAT_COMPLETION_MESSAGES_PAGES,
        )
