"""BetaResponseInjectCreatedEvent: Emitted when all injected input items were validated
and committed to the
active response.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["BetaResponseInjectCreatedEvent"]


class BetaResponseInjectCreatedEvent(BaseModel):
    """Emitted when all injected input items were validated and committed to the
    active response.
    """

    type: Literal["response.inject.created"]
    """The event discriminator. Always `response.inject.created`."""

    response_id: str
    """The ID of the response that accepted the input."""

    sequence_number: int
    """The sequence number for this event."""

    stream_id: str | None = None
    """The multiplexed WebSocket stream that emitted the event. This field is
    present only when WebSocket multiplexing is enabled separately.
    """
