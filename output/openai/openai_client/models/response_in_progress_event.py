"""ResponseInProgressEvent: Emitted when the response is in progress."""

from typing import Literal

from .._base_model import BaseModel
from .response import Response

__all__ = ["ResponseInProgressEvent"]


class ResponseInProgressEvent(BaseModel):
    """Emitted when the response is in progress."""

    type: Literal["response.in_progress"]
    """The type of the event. Always `response.in_progress`."""

    response: Response
    """The response that is in progress."""

    sequence_number: int
    """The sequence number of this event."""
