"""ResponsesServerEventResponseReasoningSummaryPartWsDone: Emitted when a reasoning
summary part is completed.
"""

from .response_reasoning_summary_part_done_event import (
    ResponseReasoningSummaryPartDoneEvent,
)

__all__ = ["ResponsesServerEventResponseReasoningSummaryPartWsDone"]


class ResponsesServerEventResponseReasoningSummaryPartWsDone(
    ResponseReasoningSummaryPartDoneEvent
):
    """Emitted when a reasoning summary part is completed."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


# Imported last so that models referring to each other can load in any order.
from .response_reasoning_summary_part_done_event_part import (  # noqa: E402
    ResponseReasoningSummaryPartDoneEventPart as ResponseReasoningSummaryPartDoneEventPart,
)
