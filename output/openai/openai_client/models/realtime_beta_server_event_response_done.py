"""RealtimeBetaServerEventResponseDone: Returned when a Response is done streaming.
Always emitted, no matter the
final state. The Response object included in the `response.done` event will
include all output Items in the Response but will omit the raw audio data.
"""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["RealtimeBetaServerEventResponseDone"]


class RealtimeBetaServerEventResponseDone(BaseModel):
    """Returned when a Response is done streaming. Always emitted, no matter the
    final state. The Response object included in the `response.done` event will
    include all output Items in the Response but will omit the raw audio data.
    """

    event_id: str
    """The unique ID of the server event."""

    type: Literal["response.done"]
    """The event type, must be `response.done`."""

    response: RealtimeBetaResponse
    """The response resource."""


# Imported last so that models referring to each other can load in any order.
from .realtime_beta_response import RealtimeBetaResponse  # noqa: E402
