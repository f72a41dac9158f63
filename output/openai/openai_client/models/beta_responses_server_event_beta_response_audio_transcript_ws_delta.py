"""BetaResponsesServerEventBetaResponseAudioTranscriptWsDelta: Emitted when there is a
partial transcript of audio.
"""

from .beta_response_audio_transcript_delta_event import (
    BetaResponseAudioTranscriptDeltaEvent,
)

__all__ = ["BetaResponsesServerEventBetaResponseAudioTranscriptWsDelta"]


class BetaResponsesServerEventBetaResponseAudioTranscriptWsDelta(
    BetaResponseAudioTranscriptDeltaEvent
):
    """Emitted when there is a partial transcript of audio."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


# Imported last so that models referring to each other can load in any order.
from .beta_agent_tag import BetaAgentTag as BetaAgentTag  # noqa: E402
