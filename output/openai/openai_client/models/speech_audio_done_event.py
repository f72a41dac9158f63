"""SpeechAudioDoneEvent: Emitted when the speech synthesis is complete and all audio has
been streamed.
"""

from typing import Literal

from .._base_model import BaseModel
from .speech_audio_done_event_usage import SpeechAudioDoneEventUsage

__all__ = ["SpeechAudioDoneEvent"]


class SpeechAudioDoneEvent(BaseModel):
    """Emitted when the speech synthesis is complete and all audio has been streamed."""

    type: Literal["speech.audio.done"]
    """The type of the event. Always `speech.audio.done`."""

    usage: SpeechAudioDoneEventUsage
    """Token usage statistics for the request."""
