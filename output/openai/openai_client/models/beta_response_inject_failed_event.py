"""BetaResponseInjectFailedEvent: Emitted when injected input could not be committed to
a response. The event
returns the uncommitted raw input so the client can retry it in another
response when appropriate.
"""

from typing import Literal

from .._base_model import BaseModel
from .beta_input_item import BetaInputItem
from .beta_response_inject_failed_event_error import BetaResponseInjectFailedEventError

__all__ = ["BetaResponseInjectFailedEvent"]


class BetaResponseInjectFailedEvent(BaseModel):
    """Emitted when injected input could not be committed to a response. The event
    returns the uncommitted raw input so the client can retry it in another
    response when appropriate.
    """

    type: Literal["response.inject.failed"]
    """The event discriminator. Always `response.inject.failed`."""

    response_id: str
    """The ID of the response that rejected the input."""

    input: list[BetaInputItem]
    """The raw input items that were not committed."""

    error: BetaResponseInjectFailedEventError
    """Information about why the input was not committed."""

    sequence_number: int
    """The sequence number for this event."""

    stream_id: str | None = None
    """The multiplexed WebSocket stream that emitted the event. This field is
    present only when WebSocket multiplexing is enabled separately.
    """
