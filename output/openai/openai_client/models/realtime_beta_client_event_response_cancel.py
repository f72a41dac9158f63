"""RealtimeBetaClientEventResponseCancel: Send this event to cancel an in-progress
response. The server will respond
with a `response.done` event with a status of `response.status=cancelled`. If
there is no response to cancel, the server will respond with an error.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["RealtimeBetaClientEventResponseCancel"]


class RealtimeBetaClientEventResponseCancel(BaseModel):
    """Send this event to cancel an in-progress response. The server will respond
    with a `response.done` event with a status of `response.status=cancelled`. If
    there is no response to cancel, the server will respond with an error.
    """

    event_id: str | None = None
    """Optional client-generated ID used to identify this event."""

    type: Literal["response.cancel"]
    """The event type, must be `response.cancel`."""

    response_id: str | None = None
    """A specific response ID to cancel - if not provided, will cancel an
    in-progress response in the default conversation.
    """
