"""ResponsesServerEventResponseReasoningSummaryTextWsDone: Emitted when a reasoning
summary text is completed.
"""

from .response_reasoning_summary_text_done_event import (
    ResponseReasoningSummaryTextDoneEvent,
)

__all__ = ["ResponsesServerEventResponseReasoningSummaryTextWsDone"]


class ResponsesServerEventResponseReasoningSummaryTextWsDone(
    ResponseReasoningSummaryTextDoneEvent
):
    """Emitted when a reasoning summary text is completed."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """
