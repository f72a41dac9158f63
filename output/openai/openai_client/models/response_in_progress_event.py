"""ResponseInProgressEvent: Emitted when the response is in progress."""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ResponseInProgressEvent"]


class ResponseInProgressEvent(BaseModel):
    """Emitted when the response is in progress."""

    type: Literal["response.in_progress"]
    """The type of the event. Always `response.in_progress`."""

    response: Response
    """The response that is in progress."""

    sequence_number: int
    """The sequence number of this event."""


# Imported last so that models referring to each other can load in any order.
from .response import Response  # noqa: E402
