"""ResponseQueuedEvent: Emitted when a response is queued and waiting to be processed."""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ResponseQueuedEvent"]


class ResponseQueuedEvent(BaseModel):
    """Emitted when a response is queued and waiting to be processed."""

    type: Literal["response.queued"]
    """The type of the event. Always 'response.queued'."""

    response: Response
    """The full response object that is queued."""

    sequence_number: int
    """The sequence number for this event."""


# Imported last so that models referring to each other can load in any order.
from .response import Response  # noqa: E402
