"""RealtimeTranscriptionSessionCreateRequest: Realtime transcription session object
configuration.
"""

from typing import Literal

from .._base_model import BaseModel
from .audio_transcription import AudioTranscription
from .realtime_transcription_session_create_request_input_audio_noise_reduction import (
    RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction,
)
from .realtime_transcription_session_create_request_turn_detection import (
    RealtimeTranscriptionSessionCreateRequestTurnDetection,
)

__all__ = ["RealtimeTranscriptionSessionCreateRequest"]


class RealtimeTranscriptionSessionCreateRequest(BaseModel):
    """Realtime transcription session object configuration."""

    turn_detection: RealtimeTranscriptionSessionCreateRequestTurnDetection | None = None
    """Configuration for turn detection. Can be set to `null` to turn off. Server VAD
    means that the model will detect the start and end of speech based on audio
    volume and respond at the end of user speech.
    """

    input_audio_noise_reduction: (
        RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction | None
    ) = None
    """Configuration for input audio noise reduction. This can be set to `null` to turn
    off.
    Noise reduction filters audio added to the input audio buffer before it is sent
    to VAD and the model.
    Filtering the audio can improve VAD and turn detection accuracy (reducing false
    positives) and model performance by improving perception of the input audio.
    """

    input_audio_format: Literal["pcm16", "g711_ulaw", "g711_alaw"] | str | None = None
    """The format of input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
    For `pcm16`, input audio must be 16-bit PCM at a 24kHz sample rate,
    single channel (mono), and little-endian byte order.
    """

    input_audio_transcription: AudioTranscription | None = None
    """Configuration for input audio transcription. The client can optionally set the
    language and prompt for transcription, these offer additional guidance to the
    transcription service.
    """

    include: list[Literal["item.input_audio_transcription.logprobs"]] | None = None
    """The set of items to include in the transcription. Current available items are:
    `item.input_audio_transcription.logprobs`
    """
