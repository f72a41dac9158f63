"""RealtimeSessionCreateRequest: A new Realtime session configuration, with an ephemeral
key. Default TTL
for keys is one minute.
"""

from typing import Literal

from .._base_model import BaseModel
from .prompt import Prompt
from .realtime_session_create_request_client_secret import (
    RealtimeSessionCreateRequestClientSecret,
)
from .realtime_session_create_request_input_audio_transcription import (
    RealtimeSessionCreateRequestInputAudioTranscription,
)
from .realtime_session_create_request_tools_item import (
    RealtimeSessionCreateRequestToolsItem,
)
from .realtime_session_create_request_tracing_tracing_configuration import (
    RealtimeSessionCreateRequestTracingTracingConfiguration,
)
from .realtime_session_create_request_turn_detection import (
    RealtimeSessionCreateRequestTurnDetection,
)
from .realtime_truncation import RealtimeTruncation
from .voice_ids_or_custom_voice import VoiceIdsOrCustomVoice

__all__ = ["RealtimeSessionCreateRequest"]


class RealtimeSessionCreateRequest(BaseModel):
    """A new Realtime session configuration, with an ephemeral key. Default TTL
    for keys is one minute.
    """

    client_secret: RealtimeSessionCreateRequestClientSecret
    """Ephemeral key returned by the API."""

    modalities: list[Literal["text", "audio"] | str] | None = None
    """The set of modalities the model can respond with. To disable audio,
    set this to ["text"].
    """

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

    voice: VoiceIdsOrCustomVoice | None = None
    """The voice the model uses to respond. Supported built-in voices are
    `alloy`, `ash`, `ballad`, `coral`, `echo`, `sage`, `shimmer`, `verse`,
    `marin`, and `cedar`. You may also provide a custom voice object with an
    `id`, for example `{ "id": "voice_1234" }`. Voice cannot be changed during
    the session once the model has responded with audio at least once.
    """

    input_audio_format: str | None = None
    """The format of input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`."""

    output_audio_format: str | None = None
    """The format of output audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`."""

    input_audio_transcription: (
        RealtimeSessionCreateRequestInputAudioTranscription | None
    ) = None
    """Configuration for input audio transcription, defaults to off and can be
    set to `null` to turn off once on. Input audio transcription is not native
    to the model, since the model consumes audio directly. Transcription runs
    asynchronously and should be treated as rough guidance
    rather than the representation understood by the model.
    """

    speed: float | None = None
    """The speed of the model's spoken response. 1.0 is the default speed. 0.25 is
    the minimum speed. 1.5 is the maximum speed. This value can only be changed
    in between model turns, not while a response is in progress.
    """

    tracing: (
        Literal["auto"] | RealtimeSessionCreateRequestTracingTracingConfiguration | None
    ) = None
    """Configuration options for tracing. Set to null to disable tracing. Once
    tracing is enabled for a session, the configuration cannot be modified.

    `auto` will create a trace for the session with default values for the
    workflow name, group id, and metadata.
    """

    turn_detection: RealtimeSessionCreateRequestTurnDetection | None = None
    """Configuration for turn detection. Can be set to `null` to turn off. Server
    VAD means that the model will detect the start and end of speech based on
    audio volume and respond at the end of user speech.
    """

    tools: list[RealtimeSessionCreateRequestToolsItem] | None = None
    """Tools (functions) available to the model."""

    tool_choice: str | None = None
    """How the model chooses tools. Options are `auto`, `none`, `required`, or
    specify a function.
    """

    temperature: float | None = None
    """Sampling temperature for the model, limited to [0.6, 1.2]. Defaults to 0.8."""

    max_response_output_tokens: int | Literal["inf"] | None = None
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
