"""WebhookRealtimeCallIncomingData: Event data payload."""

from .._base_model import BaseModel
from .webhook_realtime_call_incoming_data_sip_headers_item import (
    WebhookRealtimeCallIncomingDataSipHeadersItem,
)

__all__ = ["WebhookRealtimeCallIncomingData"]


class WebhookRealtimeCallIncomingData(BaseModel):
    """Event data payload."""

    call_id: str
    """The Transceiver `rtc_...` ID of the pending SIP session. The same
    value appears as `session_id` in `live.call.incoming`.
    """

    sip_headers: list[WebhookRealtimeCallIncomingDataSipHeadersItem]
    """Headers from the SIP Invite."""
