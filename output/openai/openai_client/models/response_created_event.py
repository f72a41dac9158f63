"""ResponseCreatedEvent: An event that is emitted when a response is created."""

from typing import Literal

from .._base_model import BaseModel
from .response import Response

__all__ = ["ResponseCreatedEvent"]


class ResponseCreatedEvent(BaseModel):
    """An event that is emitted when a response is created."""

    type: Literal["response.created"]
    """The type of the event. Always `response.created`."""

    response: Response
    """The response that was created."""

    sequence_number: int
    """The sequence number for this event."""
