"""RealtimeCallRejectRequest: Parameters used to decline an incoming SIP call handled by
the Realtime API.
"""

from .._base_model import BaseModel

__all__ = ["RealtimeCallRejectRequest"]


class RealtimeCallRejectRequest(BaseModel):
    """Parameters used to decline an incoming SIP call handled by the Realtime API."""

    status_code: int | None = None
    """SIP response code to send back to the caller. Defaults to `603` (Decline)
    when omitted.
    """
