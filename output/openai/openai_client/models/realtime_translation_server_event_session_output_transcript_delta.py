"""RealtimeTranslationServerEventSessionOutputTranscriptDelta: Returned when translated
transcript text is available.

Transcript deltas are append-only text fragments. Clients should not insert
unconditional spaces between deltas.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["RealtimeTranslationServerEventSessionOutputTranscriptDelta"]


class RealtimeTranslationServerEventSessionOutputTranscriptDelta(BaseModel):
    """Returned when translated transcript text is available.

    Transcript deltas are append-only text fragments. Clients should not insert
    unconditional spaces between deltas.
    """

    event_id: str
    """The unique ID of the server event."""

    type: Literal["session.output_transcript.delta"]
    """The event type, must be `session.output_transcript.delta`."""

    delta: str
    """Append-only transcript text for the translated output audio."""

    elapsed_ms: int | None = None
