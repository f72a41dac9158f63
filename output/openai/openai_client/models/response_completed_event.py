"""ResponseCompletedEvent: Emitted when the model response is complete."""

from typing import Literal

from .._base_model import BaseModel
from .response import Response

__all__ = ["ResponseCompletedEvent"]


class ResponseCompletedEvent(BaseModel):
    """Emitted when the model response is complete."""

    type: Literal["response.completed"]
    """The type of the event. Always `response.completed`."""

    response: Response
    """Properties of the completed response."""

    sequence_number: int
    """The sequence number for this event."""
