"""ResponseFailedEvent: An event that is emitted when a response fails."""

from typing import Literal

from .._base_model import BaseModel
from .response import Response

__all__ = ["ResponseFailedEvent"]


class ResponseFailedEvent(BaseModel):
    """An event that is emitted when a response fails."""

    type: Literal["response.failed"]
    """The type of the event. Always `response.failed`."""

    sequence_number: int
    """The sequence number of this event."""

    response: Response
    """The response that failed."""
