"""ResponseIncompleteEvent: An event that is emitted when a response finishes as
incomplete.
"""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ResponseIncompleteEvent"]


class ResponseIncompleteEvent(BaseModel):
    """An event that is emitted when a response finishes as incomplete."""

    type: Literal["response.incomplete"]
    """The type of the event. Always `response.incomplete`."""

    response: Response
    """The response that was incomplete."""

    sequence_number: int
    """The sequence number of this event."""


# Imported last so that models referring to each other can load in any order.
from .response import Response  # noqa: E402
