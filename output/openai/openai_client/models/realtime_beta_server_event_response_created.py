"""RealtimeBetaServerEventResponseCreated: Returned when a new Response is created. The
first event of response creation,
where the response is in an initial state of `in_progress`.
"""

from typing import Literal

from .._base_model import BaseModel
from .realtime_beta_response import RealtimeBetaResponse

__all__ = ["RealtimeBetaServerEventResponseCreated"]


class RealtimeBetaServerEventResponseCreated(BaseModel):
    """Returned when a new Response is created. The first event of response creation,
    where the response is in an initial state of `in_progress`.
    """

    event_id: str
    """The unique ID of the server event."""

    type: Literal["response.created"]
    """The event type, must be `response.created`."""

    response: RealtimeBetaResponse
    """The response resource."""
