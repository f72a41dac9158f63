"""ResponsesServerEventResponseTextWsDelta: Emitted when there is an additional text
delta.
"""

from .response_text_delta_event import ResponseTextDeltaEvent

__all__ = ["ResponsesServerEventResponseTextWsDelta"]


class ResponsesServerEventResponseTextWsDelta(ResponseTextDeltaEvent):
    """Emitted when there is an additional text delta."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


# Imported last so that models referring to each other can load in any order.
from .response_log_prob import ResponseLogProb as ResponseLogProb  # noqa: E402
