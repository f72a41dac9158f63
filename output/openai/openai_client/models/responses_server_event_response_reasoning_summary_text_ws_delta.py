"""ResponsesServerEventResponseReasoningSummaryTextWsDelta: Emitted when a delta is
added to a reasoning summary text.
"""

from .response_reasoning_summary_text_delta_event import (
    ResponseReasoningSummaryTextDeltaEvent,
)

__all__ = ["ResponsesServerEventResponseReasoningSummaryTextWsDelta"]


class ResponsesServerEventResponseReasoningSummaryTextWsDelta(
    ResponseReasoningSummaryTextDeltaEvent
):
    """Emitted when a delta is added to a reasoning summary text."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """
