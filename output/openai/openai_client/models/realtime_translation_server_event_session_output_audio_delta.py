"""RealtimeTranslationServerEventSessionOutputAudioDelta: Returned when translated
output audio is available. The `delta` contains a
PCM16 audio chunk whose length can vary. Clients should decode and queue the
complete delta instead of assuming a fixed byte or sample count.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["RealtimeTranslationServerEventSessionOutputAudioDelta"]


class RealtimeTranslationServerEventSessionOutputAudioDelta(BaseModel):
    """Returned when translated output audio is available. The `delta` contains a
    PCM16 audio chunk whose length can vary. Clients should decode and queue the
    complete delta instead of assuming a fixed byte or sample count.
    """

    event_id: str
    """The unique ID of the server event."""

    type: Literal["session.output_audio.delta"]
    """The event type, must be `session.output_audio.delta`."""

    delta: str
    """Base64-encoded translated audio data."""

    sample_rate: int | None = None
    """Sample rate of the audio delta."""

    channels: int | None = None
    """Number of audio channels."""

    format: Literal["pcm16"] | None = None
    """Audio encoding for `delta`."""

    elapsed_ms: int | None = None
