"""RealtimeCallReferRequest: Parameters required to transfer a SIP call to a new
destination using the
Realtime API.
"""

from .._base_model import BaseModel

__all__ = ["RealtimeCallReferRequest"]


class RealtimeCallReferRequest(BaseModel):
    """Parameters required to transfer a SIP call to a new destination using the
    Realtime API.
    """

    target_uri: str
    """URI that should appear in the SIP Refer-To header. Supports values like
    `tel:+14155550123` or `sip:agent@example.com`.
    """
