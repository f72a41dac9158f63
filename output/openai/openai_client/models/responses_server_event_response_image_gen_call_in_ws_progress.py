"""ResponsesServerEventResponseImageGenCallInWsProgress: Emitted when an image
generation tool call is in progress.
"""

from .response_image_gen_call_in_progress_event import (
    ResponseImageGenCallInProgressEvent,
)

__all__ = ["ResponsesServerEventResponseImageGenCallInWsProgress"]


class ResponsesServerEventResponseImageGenCallInWsProgress(
    ResponseImageGenCallInProgressEvent
):
    """Emitted when an image generation tool call is in progress."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """
