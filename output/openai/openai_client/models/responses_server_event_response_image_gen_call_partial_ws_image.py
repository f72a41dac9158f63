"""ResponsesServerEventResponseImageGenCallPartialWsImage: Emitted when a partial image
is available during image generation streaming.
"""

from .response_image_gen_call_partial_image_event import (
    ResponseImageGenCallPartialImageEvent,
)

__all__ = ["ResponsesServerEventResponseImageGenCallPartialWsImage"]


class ResponsesServerEventResponseImageGenCallPartialWsImage(
    ResponseImageGenCallPartialImageEvent
):
    """Emitted when a partial image is available during image generation streaming."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """
