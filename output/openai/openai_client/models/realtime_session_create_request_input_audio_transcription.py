"""RealtimeSessionCreateRequestInputAudioTranscription: Configuration for input audio
transcription, defaults to off and can be
set to `null` to turn off once on. Input audio transcription is not native
to the model, since the model consumes audio directly. Transcription runs
asynchronously and should be treated as rough guidance
rather than the representation understood by the model.
"""

from .._base_model import BaseModel

__all__ = ["RealtimeSessionCreateRequestInputAudioTranscription"]


class RealtimeSessionCreateRequestInputAudioTranscription(BaseModel):
    """Configuration for input audio transcription, defaults to off and can be
    set to `null` to turn off once on. Input audio transcription is not native
    to the model, since the model consumes audio directly. Transcription runs
    asynchronously and should be treated as rough guidance
    rather than the representation understood by the model.
    """

    model: str | None = None
    """The model to use for transcription."""
