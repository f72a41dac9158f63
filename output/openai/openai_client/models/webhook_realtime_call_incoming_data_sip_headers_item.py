"""WebhookRealtimeCallIncomingDataSipHeadersItem: A header from the SIP Invite."""

from .._base_model import BaseModel

__all__ = ["WebhookRealtimeCallIncomingDataSipHeadersItem"]


class WebhookRealtimeCallIncomingDataSipHeadersItem(BaseModel):
    """A header from the SIP Invite."""

    name: str
    """Name of the SIP Header."""

    value: str
    """Value of the SIP Header."""
