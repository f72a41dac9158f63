"""ResponsesServerEventResponseReasoningSummaryPartWsAdded: Emitted when a new reasoning
summary part is added.
"""

from .response_reasoning_summary_part_added_event import (
    ResponseReasoningSummaryPartAddedEvent,
)

__all__ = ["ResponsesServerEventResponseReasoningSummaryPartWsAdded"]


class ResponsesServerEventResponseReasoningSummaryPartWsAdded(
    ResponseReasoningSummaryPartAddedEvent
):
    """Emitted when a new reasoning summary part is added."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


# Imported last so that models referring to each other can load in any order.
from .response_reasoning_summary_part_added_event_part import (  # noqa: E402
    ResponseReasoningSummaryPartAddedEventPart as ResponseReasoningSummaryPartAddedEventPart,
)
