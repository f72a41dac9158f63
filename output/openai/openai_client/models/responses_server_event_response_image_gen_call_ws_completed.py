"""ResponsesServerEventResponseImageGenCallWsCompleted: Emitted when an image generation
tool call has completed and the final image is available.
"""

from .response_image_gen_call_completed_event import ResponseImageGenCallCompletedEvent

__all__ = ["ResponsesServerEventResponseImageGenCallWsCompleted"]


class ResponsesServerEventResponseImageGenCallWsCompleted(
    ResponseImageGenCallCompletedEvent
):
    """Emitted when an image generation tool call has completed and the final image is
    available.
    """

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """
