"""WebhookLiveCallIncomingData: Event data payload."""

from .._base_model import BaseModel
from .webhook_live_call_incoming_data_sip_headers_item import (
    WebhookLiveCallIncomingDataSipHeadersItem,
)

__all__ = ["WebhookLiveCallIncomingData"]


class WebhookLiveCallIncomingData(BaseModel):
    """Event data payload."""

    session_id: str
    """The Transceiver `rtc_...` ID of the pending SIP session. The same
    value appears as `call_id` in `realtime.call.incoming`.
    """

    sip_headers: list[WebhookLiveCallIncomingDataSipHeadersItem]
    """Headers from the SIP Invite."""
