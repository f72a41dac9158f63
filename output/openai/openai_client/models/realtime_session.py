"""RealtimeSession: Realtime session object for the beta interface."""

from typing import Literal

from .._base_model import BaseModel
from .audio_transcription_response import AudioTranscriptionResponse
from .prompt import Prompt
from .realtime_function_tool import RealtimeFunctionTool
from .realtime_session_input_audio_noise_reduction import (
    RealtimeSessionInputAudioNoiseReduction,
)
from .realtime_session_tracing_tracing_configuration_tracing_configuration import (
    RealtimeSessionTracingTracingConfigurationTracingConfiguration,
)
from .realtime_turn_detection import RealtimeTurnDetection
from .voice_ids_shared import VoiceIdsShared

__all__ = ["RealtimeSession"]


class RealtimeSession(BaseModel):
    """Realtime session object for the beta interface."""

    id: str | None = None
    """Unique identifier for the session that looks like `sess_1234567890abcdef`."""

    object: Literal["realtime.session"] | None = None
    """The object type. Always `realtime.session`."""

    modalities: list[Literal["text", "audio"] | str] | None = None
    """The set of modalities the model can respond with. To disable audio,
    set this to ["text"].
    """

    model: (
        str
        | Literal[
            "gpt-realtime",
            "gpt-realtime-1.5",
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
    """The default system instructions (i.e. system message) prepended to model
    calls. This field allows the client to guide the model on desired
    responses. The model can be instructed on response content and format,
    (e.g. "be extremely succinct", "act friendly", "here are examples of good
    responses") and on audio behavior (e.g. "talk quickly", "inject emotion
    into your voice", "laugh frequently"). The instructions are not
    guaranteed to be followed by the model, but they provide guidance to the
    model on the desired behavior.


    Note that the server sets default instructions which will be used if this
    field is not set and are visible in the `session.created` event at the
    start of the session.
    """

    voice: VoiceIdsShared | None = None
    """The voice the model uses to respond. Voice cannot be changed during the
    session once the model has responded with audio at least once. Current
    voice options are `alloy`, `ash`, `ballad`, `coral`, `echo`, `sage`,
    `shimmer`, and `verse`.
    """

    input_audio_format: Literal["pcm16", "g711_ulaw", "g711_alaw"] | str | None = None
    """The format of input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
    For `pcm16`, input audio must be 16-bit PCM at a 24kHz sample rate,
    single channel (mono), and little-endian byte order.
    """

    output_audio_format: Literal["pcm16", "g711_ulaw", "g711_alaw"] | str | None = None
    """The format of output audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
    For `pcm16`, output audio is sampled at a rate of 24kHz.
    """

    input_audio_transcription: AudioTranscriptionResponse | None = None

    turn_detection: RealtimeTurnDetection | None = None

    input_audio_noise_reduction: RealtimeSessionInputAudioNoiseReduction | None = None
    """Configuration for input audio noise reduction. This can be set to `null` to turn
    off.
    Noise reduction filters audio added to the input audio buffer before it is sent
    to VAD and the model.
    Filtering the audio can improve VAD and turn detection accuracy (reducing false
    positives) and model performance by improving perception of the input audio.
    """

    speed: float | None = None
    """The speed of the model's spoken response. 1.0 is the default speed. 0.25 is
    the minimum speed. 1.5 is the maximum speed. This value can only be changed
    in between model turns, not while a response is in progress.
    """

    tracing: (
        Literal["auto"]
        | RealtimeSessionTracingTracingConfigurationTracingConfiguration
        | None
    ) = None

    tools: list[RealtimeFunctionTool] | None = None
    """Tools (functions) available to the model."""

    tool_choice: str | None = None
    """How the model chooses tools. Options are `auto`, `none`, `required`, or
    specify a function.
    """

    temperature: float | None = None
    """Sampling temperature for the model, limited to [0.6, 1.2]. For audio models a
    temperature of 0.8 is highly recommended for best performance.
    """

    max_response_output_tokens: int | Literal["inf"] | None = None
    """Maximum number of output tokens for a single assistant response,
    inclusive of tool calls. Provide an integer between 1 and 4096 to
    limit output tokens, or `inf` for the maximum available tokens for a
    given model. Defaults to `inf`.
    """

    expires_at: int | None = None
    """Expiration timestamp for the session, in seconds since epoch."""

    prompt: Prompt | None = None

    include: list[Literal["item.input_audio_transcription.logprobs"]] | None = None
