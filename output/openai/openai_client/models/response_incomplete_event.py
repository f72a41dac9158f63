"""ResponseIncompleteEvent: An event that is emitted when a response finishes as
incomplete.
"""

from typing import Literal

from .._base_model import BaseModel
from .response import Response

__all__ = ["ResponseIncompleteEvent"]


class ResponseIncompleteEvent(BaseModel):
    """An event that is emitted when a response finishes as incomplete."""

    type: Literal["response.incomplete"]
    """The type of the event. Always `response.incomplete`."""

    response: Response
    """The response that was incomplete."""

    sequence_number: int
    """The sequence number of this event."""
