"""BetaResponsesServerEventBetaResponseOutputTextAnnotationWsAdded: Emitted when an
annotation is added to output text content.
"""

from .beta_response_output_text_annotation_added_event import (
    BetaResponseOutputTextAnnotationAddedEvent,
)

__all__ = ["BetaResponsesServerEventBetaResponseOutputTextAnnotationWsAdded"]


class BetaResponsesServerEventBetaResponseOutputTextAnnotationWsAdded(
    BetaResponseOutputTextAnnotationAddedEvent
):
    """Emitted when an annotation is added to output text content."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


# Imported last so that models referring to each other can load in any order.
from .beta_agent_tag import BetaAgentTag as BetaAgentTag  # noqa: E402
from .beta_annotation import BetaAnnotation as BetaAnnotation  # noqa: E402
