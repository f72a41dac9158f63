"""ResponsesServerEventResponseTextWsDone: Emitted when text content is finalized."""

from .response_text_done_event import ResponseTextDoneEvent

__all__ = ["ResponsesServerEventResponseTextWsDone"]


class ResponsesServerEventResponseTextWsDone(ResponseTextDoneEvent):
    """Emitted when text content is finalized."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


# Imported last so that models referring to each other can load in any order.
from .response_log_prob import ResponseLogProb as ResponseLogProb  # noqa: E402
