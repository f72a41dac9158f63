from typing import Annotated, Any, Literal

import pydantic

from .._base_model import discriminate
from .chat_completion_function_call_option import ChatCompletionFunctionCallOption
from .chat_completion_functions import ChatCompletionFunctions
from .chat_completion_request_message import ChatCompletionRequestMessage
from .chat_completion_stream_options import ChatCompletionStreamOptions
from .chat_completion_tool import ChatCompletionTool
from .chat_completion_tool_choice_option import ChatCompletionToolChoiceOption
from .create_chat_completion_request_audio import CreateChatCompletionRequestAudio
from .create_chat_completion_request_web_search_options import (
    CreateChatCompletionRequestWebSearchOptions,
)
from .create_model_response_properties import CreateModelResponseProperties
from .custom_tool_chat_completions import CustomToolChatCompletions
from .model_ids_shared import ModelIdsShared
from .moderation_param import ModerationParam
from .prediction_content import PredictionContent
from .reasoning_effort import ReasoningEffort
from .response_format_json_object import ResponseFormatJsonObject
from .response_format_json_schema import ResponseFormatJsonSchema
from .response_format_text import ResponseFormatText
from .response_modalities import ResponseModalities
from .service_tier import ServiceTier
from .stop_configuration import StopConfiguration
from .verbosity import Verbosity

__all__ = ["CreateChatCompletionRequest"]


class CreateChatCompletionRequest(CreateModelResponseProperties):
    messages: list[ChatCompletionRequestMessage]
    """A list of messages comprising the conversation so far. Depending on the
    [model](https://api.openai.com/docs/models) you use, different message types
    (modalities) are
    supported, like [text](https://api.openai.com/docs/guides/text-generation),
    [images](https://api.openai.com/docs/guides/vision), and
    [audio](https://api.openai.com/docs/guides/audio).
    """

    model: ModelIdsShared
    """Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI
    offers a wide range of models with different capabilities, performance
    characteristics, and price points. Refer to the [model
    guide](https://api.openai.com/docs/models)
    to browse and compare available models.
    """

    service_tier: ServiceTier | None = None

    modalities: ResponseModalities | None = None

    verbosity: Verbosity | None = None

    reasoning_effort: ReasoningEffort | None = None

    max_completion_tokens: int | None = None
    """An upper bound for the number of tokens that can be generated for a completion,
    including visible output tokens and [reasoning
    tokens](https://api.openai.com/docs/guides/reasoning).
    """

    frequency_penalty: float | None = None
    """Number between -2.0 and 2.0. Positive values penalize new tokens based on
    their existing frequency in the text so far, decreasing the model's
    likelihood to repeat the same line verbatim.
    """

    presence_penalty: float | None = None
    """Number between -2.0 and 2.0. Positive values penalize new tokens based on
    whether they appear in the text so far, increasing the model's likelihood
    to talk about new topics.
    """

    web_search_options: CreateChatCompletionRequestWebSearchOptions | None = None
    """This tool searches the web for relevant results to use in a response.
    Learn more about the [web search
    tool](https://api.openai.com/docs/guides/tools-web-search?api-mode=chat).
    """

    top_logprobs: int | None = None
    """An integer between 0 and 20 specifying the maximum number of most likely
    tokens to return at each token position, each with an associated log
    probability. In some cases, the number of returned tokens may be fewer than
    requested.
    `logprobs` must be set to `true` if this parameter is used.
    """

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
        | None
    ) = None
    """An object specifying the format that the model must output.

    Setting to `{ "type": "json_schema", "json_schema": {...} }` enables
    Structured Outputs which ensures the model will match your supplied JSON
    schema. Learn more in the [Structured Outputs
    guide](https://api.openai.com/docs/guides/structured-outputs).

    Setting to `{ "type": "json_object" }` enables the older JSON mode, which
    ensures the message the model generates is valid JSON. Using `json_schema`
    is preferred for models that support it.
    """

    audio: CreateChatCompletionRequestAudio | None = None
    """Parameters for audio output. Required when audio output is requested with
    `modalities: ["audio"]`. [Learn more](https://api.openai.com/docs/guides/audio).
    """

    store: bool | None = None
    """Whether or not to store the output of this chat completion request for
    use in our [model distillation](https://api.openai.com/docs/guides/distillation)
    or
    [evals](https://api.openai.com/docs/guides/evals) products.

    Supports text and image inputs. Note: image inputs over 8MB will be dropped.
    """

    moderation: ModerationParam | None = None

    stream: bool | None = None
    """If set to true, the model response data will be streamed to the client
    as it is generated using [server-sent
    events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
    See the [Streaming section
    below](https://api.openai.com/docs/api-reference/chat/streaming)
    for more information, along with the [streaming
    responses](https://api.openai.com/docs/guides/streaming-responses)
    guide for more information on how to handle the streaming events.
    """

    stop: StopConfiguration | None = None
    """Not supported with latest reasoning models `o3` and `o4-mini`.

    Up to 4 sequences where the API will stop generating further tokens. The
    returned text will not contain the stop sequence.
    """

    logit_bias: dict[str, int] | None = None
    """Modify the likelihood of specified tokens appearing in the completion.

    Accepts a JSON object that maps tokens (specified by their token ID in the
    tokenizer) to an associated bias value from -100 to 100. Mathematically,
    the bias is added to the logits generated by the model prior to sampling.
    The exact effect will vary per model, but values between -1 and 1 should
    decrease or increase likelihood of selection; values like -100 or 100
    should result in a ban or exclusive selection of the relevant token.
    """

    logprobs: bool | None = None
    """Whether to return log probabilities of the output tokens or not. If true,
    returns the log probabilities of each output token returned in the
    `content` of `message`.
    """

    max_tokens: int | None = None
    """The maximum number of [tokens](https://api.openai.com/tokenizer) that can be
    generated in the
    chat completion. This value can be used to control
    [costs](https://openai.com/api/pricing/) for text generated via API.

    This value is now deprecated in favor of `max_completion_tokens`, and is
    not compatible with [o-series
    models](https://api.openai.com/docs/guides/reasoning).


    .. deprecated:: deprecated by the API.
    """

    n: int | None = None
    """How many chat completion choices to generate for each input message. Note that
    you will be charged based on the number of generated tokens across all of the
    choices. Keep `n` as `1` to minimize costs.
    """

    prediction: PredictionContent | None = None
    """Configuration for a [Predicted
    Output](https://api.openai.com/docs/guides/predicted-outputs),
    which can greatly improve response times when large parts of the model
    response are known ahead of time. This is most common when you are
    regenerating a file with only minor changes to most of the content.
    """

    seed: int | None = None
    """This feature is in Beta.
    If specified, our system will make a best effort to sample deterministically,
    such that repeated requests with the same `seed` and parameters should return the
    same result.
    Determinism is not guaranteed, and you should refer to the `system_fingerprint`
    response parameter to monitor changes in the backend.


    .. deprecated:: deprecated by the API.
    """

    stream_options: ChatCompletionStreamOptions | None = None

    tools: (
        list[
            Annotated[
                Annotated[ChatCompletionTool, pydantic.Tag("ChatCompletionTool")]
                | Annotated[
                    CustomToolChatCompletions, pydantic.Tag("CustomToolChatCompletions")
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
        | None
    ) = None
    """A list of tools the model may call. You can provide either
    [custom tools](https://api.openai.com/docs/guides/function-calling#custom-tools)
    or
    [function tools](https://api.openai.com/docs/guides/function-calling).
    """

    tool_choice: ChatCompletionToolChoiceOption | None = None
    """Controls which (if any) tool is called by the model.
    `none` means the model will not call any tool and instead generates a message.
    `auto` means the model can pick between generating a message or calling one or
    more tools.
    `required` means the model must call one or more tools.
    Specifying a particular tool via `{"type": "function", "function": {"name":
    "my_function"}}` forces the model to call that tool.

    `none` is the default when no tools are present. `auto` is the default if tools
    are present.
    """

    parallel_tool_calls: bool | None = None
    """Whether to enable [parallel function
    calling](https://api.openai.com/docs/guides/function-calling#configuring-parallel-function-calling)
    during tool use.
    """

    function_call: (
        Literal["none", "auto"] | str | ChatCompletionFunctionCallOption | None
    ) = None
    """Deprecated in favor of `tool_choice`.

    Controls which (if any) function is called by the model.

    `none` means the model will not call a function and instead generates a
    message.

    `auto` means the model can pick between generating a message or calling a
    function.

    Specifying a particular function via `{"name": "my_function"}` forces the
    model to call that function.

    `none` is the default when no functions are present. `auto` is the default
    if functions are present.


    .. deprecated:: deprecated by the API.
    """

    functions: list[ChatCompletionFunctions] | None = None
    """Deprecated in favor of `tools`.

    A list of functions the model may generate JSON inputs for.


    .. deprecated:: deprecated by the API.
    """


# Imported last so that models referring to each other can load in any order.
from .metadata import Metadata as Metadata  # noqa: E402
from .model_response_properties import (  # noqa: E402
    ModelResponseProperties as ModelResponseProperties,
)
from .prompt_cache_options_param import (  # noqa: E402
    PromptCacheOptionsParam as PromptCacheOptionsParam,
)
