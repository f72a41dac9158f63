"""BetaResponsesServerEventBetaResponseAudioWsDone: Emitted when the audio response is
complete.
"""

from .beta_response_audio_done_event import BetaResponseAudioDoneEvent

__all__ = ["BetaResponsesServerEventBetaResponseAudioWsDone"]


class BetaResponsesServerEventBetaResponseAudioWsDone(BetaResponseAudioDoneEvent):
    """Emitted when the audio response is complete."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


# Imported last so that models referring to each other can load in any order.
from .beta_agent_tag import BetaAgentTag as BetaAgentTag  # noqa: E402
