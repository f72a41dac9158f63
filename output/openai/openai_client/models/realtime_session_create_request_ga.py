"""RealtimeSessionCreateRequestGA: Realtime session object configuration."""

from typing import Annotated, Any, Literal

import pydantic

from .._base_model import BaseModel, discriminate
from .mcp_tool import MCPTool
from .prompt import Prompt
from .realtime_function_tool import RealtimeFunctionTool
from .realtime_reasoning import RealtimeReasoning
from .realtime_session_create_request_ga_audio import (
    RealtimeSessionCreateRequestGAAudio,
)
from .realtime_session_create_request_ga_tracing_tracing_configuration import (
    RealtimeSessionCreateRequestGATracingTracingConfiguration,
)
from .realtime_truncation import RealtimeTruncation
from .tool_choice_function import ToolChoiceFunction
from .tool_choice_mcp import ToolChoiceMCP
from .tool_choice_options import ToolChoiceOptions

__all__ = ["RealtimeSessionCreateRequestGA"]


class RealtimeSessionCreateRequestGA(BaseModel):
    """Realtime session object configuration."""

    type: Literal["realtime"]
    """The type of session to create. Always `realtime` for the Realtime API."""

    output_modalities: list[Literal["text", "audio"] | str] | None = None
    """The set of modalities the model can respond with. It defaults to `["audio"]`,
    indicating
    that the model will respond with audio plus a transcript. `["text"]` can be used
    to make
    the model respond with text only. It is not possible to request both `text` and
    `audio` at the same time.
    """

    model: (
        str
        | Literal[
            "gpt-realtime",
            "gpt-realtime-1.5",
            "gpt-realtime-2",
            "gpt-realtime-2.1",
            "gpt-realtime-2.1-mini",
            "gpt-realtime-2025-08-28",
            "gpt-4o-realtime-preview",
            "gpt-4o-realtime-preview-2024-10-01",
            "gpt-4o-realtime-preview-2024-12-17",
            "gpt-4o-realtime-preview-2025-06-03",
            "gpt-4o-mini-realtime-preview",
            "gpt-4o-mini-realtime-preview-2024-12-17",
            "gpt-realtime-mini",
            "gpt-realtime-mini-2025-10-06",
            "gpt-realtime-mini-2025-12-15",
            "gpt-audio-1.5",
            "gpt-audio-mini",
            "gpt-audio-mini-2025-10-06",
            "gpt-audio-mini-2025-12-15",
        ]
        | None
    ) = None
    """The Realtime model used for this session."""

    instructions: str | None = None
    """The default system instructions (i.e. system message) prepended to model calls.
    This field allows the client to guide the model on desired responses. The model
    can be instructed on response content and format, (e.g. "be extremely succinct",
    "act friendly", "here are examples of good responses") and on audio behavior
    (e.g. "talk quickly", "inject emotion into your voice", "laugh frequently"). The
    instructions are not guaranteed to be followed by the model, but they provide
    guidance to the model on the desired behavior.

    Note that the server sets default instructions which will be used if this field
    is not set and are visible in the `session.created` event at the start of the
    session.
    """

    audio: RealtimeSessionCreateRequestGAAudio | None = None
    """Configuration for input and output audio."""

    include: list[Literal["item.input_audio_transcription.logprobs"]] | None = None
    """Additional fields to include in server outputs.

    `item.input_audio_transcription.logprobs`: Include logprobs for input audio
    transcription.
    """

    tracing: (
        Literal["auto"]
        | RealtimeSessionCreateRequestGATracingTracingConfiguration
        | None
    ) = None
    """Realtime API can write session traces to the [Traces
    Dashboard](https://platform.openai.com/logs?api=traces). Set to null to disable
    tracing. Once
    tracing is enabled for a session, the configuration cannot be modified.

    `auto` will create a trace for the session with default values for the
    workflow name, group id, and metadata.
    """

    tools: (
        list[
            Annotated[
                Annotated[RealtimeFunctionTool, pydantic.Tag("RealtimeFunctionTool")]
                | Annotated[MCPTool, pydantic.Tag("MCPTool")]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {"function": "RealtimeFunctionTool", "mcp": "MCPTool"},
                ),
            ]
        ]
        | None
    ) = None
    """Tools available to the model."""

    tool_choice: ToolChoiceOptions | ToolChoiceFunction | ToolChoiceMCP | None = None
    """How the model chooses tools. Provide one of the string modes or force a specific
    function/MCP tool.
    """

    parallel_tool_calls: bool | None = None
    """Whether the model may call multiple tools in parallel. Only supported by
    reasoning Realtime models such as `gpt-realtime-2`.
    """

    reasoning: RealtimeReasoning | None = None
    """Configuration for reasoning-capable Realtime models such as `gpt-realtime-2`."""

    max_output_tokens: int | Literal["inf"] | None = None
    """Maximum number of output tokens for a single assistant response,
    inclusive of tool calls. Provide an integer between 1 and 4096 to
    limit output tokens, or `inf` for the maximum available tokens for a
    given model. Defaults to `inf`.
    """

    truncation: RealtimeTruncation | None = None
    """When the number of tokens in a conversation exceeds the model's input token
    limit, the conversation be truncated, meaning messages (starting from the oldest)
    will not be included in the model's context. A 32k context model with 4,096 max
    output tokens can only include 28,224 tokens in the context before truncation
    occurs.

    Clients can configure truncation behavior to truncate with a lower max token
    limit, which is an effective way to control token usage and cost.

    Truncation will reduce the number of cached tokens on the next turn (busting the
    cache), since messages are dropped from the beginning of the context. However,
    clients can also configure truncation to retain messages up to a fraction of the
    maximum context size, which will reduce the need for future truncations and thus
    improve the cache rate.

    Truncation can be disabled entirely, which means the server will never truncate
    but would instead return an error if the conversation exceeds the model's input
    token limit.
    """

    prompt: Prompt | None = None
