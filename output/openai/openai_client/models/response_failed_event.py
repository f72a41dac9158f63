"""ResponseFailedEvent: An event that is emitted when a response fails."""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ResponseFailedEvent"]


class ResponseFailedEvent(BaseModel):
    """An event that is emitted when a response fails."""

    type: Literal["response.failed"]
    """The type of the event. Always `response.failed`."""

    sequence_number: int
    """The sequence number of this event."""

    response: Response
    """The response that failed."""


# Imported last so that models referring to each other can load in any order.
from .response import Response  # noqa: E402
