from .._base_model import BaseModel
from .audio_transcription_response import AudioTranscriptionResponse
from .realtime_audio_formats import RealtimeAudioFormats
from .realtime_session_create_response_ga_audio_input_noise_reduction import (
    RealtimeSessionCreateResponseGAAudioInputNoiseReduction,
)
from .realtime_turn_detection import RealtimeTurnDetection

__all__ = ["RealtimeSessionCreateResponseGAAudioInput"]


class RealtimeSessionCreateResponseGAAudioInput(BaseModel):
    format: RealtimeAudioFormats | None = None
    """The format of the input audio."""

    transcription: AudioTranscriptionResponse | None = None
    """Configuration for input audio transcription, defaults to off and can be set to
    `null` to turn off once on. Input audio transcription is not native to the model,
    since the model consumes audio directly. Transcription runs asynchronously
    through [the /audio/transcriptions
    endpoint](https://api.openai.com/docs/api-reference/audio/createTranscription)
    and should be treated as guidance of input audio content rather than precisely
    what the model heard. The client can optionally set the language and prompt for
    transcription, these offer additional guidance to the transcription service.
    """

    noise_reduction: RealtimeSessionCreateResponseGAAudioInputNoiseReduction | None = (
        None
    )
    """Configuration for input audio noise reduction. This can be set to `null` to turn
    off.
    Noise reduction filters audio added to the input audio buffer before it is sent
    to VAD and the model.
    Filtering the audio can improve VAD and turn detection accuracy (reducing false
    positives) and model performance by improving perception of the input audio.
    """

    turn_detection: RealtimeTurnDetection | None = None
