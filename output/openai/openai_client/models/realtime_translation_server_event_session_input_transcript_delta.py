"""RealtimeTranslationServerEventSessionInputTranscriptDelta: Returned when optional
source-language transcript text is available. This event
is emitted only when `audio.input.transcription` is configured.

Transcript deltas are append-only text fragments. Clients should not insert
unconditional spaces between deltas.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["RealtimeTranslationServerEventSessionInputTranscriptDelta"]


class RealtimeTranslationServerEventSessionInputTranscriptDelta(BaseModel):
    """Returned when optional source-language transcript text is available. This event
    is emitted only when `audio.input.transcription` is configured.

    Transcript deltas are append-only text fragments. Clients should not insert
    unconditional spaces between deltas.
    """

    event_id: str
    """The unique ID of the server event."""

    type: Literal["session.input_transcript.delta"]
    """The event type, must be `session.input_transcript.delta`."""

    delta: str
    """Append-only source-language transcript text."""

    elapsed_ms: int | None = None
