"""ResponsesServerEventResponseImageGenCallWsGenerating: Emitted when an image
generation tool call is actively generating an image (intermediate state).
"""

from .response_image_gen_call_generating_event import (
    ResponseImageGenCallGeneratingEvent,
)

__all__ = ["ResponsesServerEventResponseImageGenCallWsGenerating"]


class ResponsesServerEventResponseImageGenCallWsGenerating(
    ResponseImageGenCallGeneratingEvent
):
    """Emitted when an image generation tool call is actively generating an image
    (intermediate state).
    """

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """
