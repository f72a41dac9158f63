"""BetaResponsesServerEventBetaResponseAudioTranscriptWsDone: Emitted when the full
audio transcript is completed.
"""

from .beta_response_audio_transcript_done_event import (
    BetaResponseAudioTranscriptDoneEvent,
)

__all__ = ["BetaResponsesServerEventBetaResponseAudioTranscriptWsDone"]


class BetaResponsesServerEventBetaResponseAudioTranscriptWsDone(
    BetaResponseAudioTranscriptDoneEvent
):
    """Emitted when the full audio transcript is completed."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


# Imported last so that models referring to each other can load in any order.
from .beta_agent_tag import BetaAgentTag as BetaAgentTag  # noqa: E402
