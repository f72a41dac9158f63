"""ResponsesServerEventResponseOutputTextAnnotationWsAdded: Emitted when an annotation
is added to output text content.
"""

from .response_output_text_annotation_added_event import (
    ResponseOutputTextAnnotationAddedEvent,
)

__all__ = ["ResponsesServerEventResponseOutputTextAnnotationWsAdded"]


class ResponsesServerEventResponseOutputTextAnnotationWsAdded(
    ResponseOutputTextAnnotationAddedEvent
):
    """Emitted when an annotation is added to output text content."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


# Imported last so that models referring to each other can load in any order.
from .annotation import Annotation as Annotation  # noqa: E402
