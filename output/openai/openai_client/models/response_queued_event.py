"""ResponseQueuedEvent: Emitted when a response is queued and waiting to be processed."""

from typing import Literal

from .._base_model import BaseModel
from .response import Response

__all__ = ["ResponseQueuedEvent"]


class ResponseQueuedEvent(BaseModel):
    """Emitted when a response is queued and waiting to be processed."""

    type: Literal["response.queued"]
    """The type of the event. Always 'response.queued'."""

    response: Response
    """The full response object that is queued."""

    sequence_number: int
    """The sequence number for this event."""
