"""WebhookRealtimeCallIncomingData: Event data payload."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["WebhookRealtimeCallIncomingData"]


class WebhookRealtimeCallIncomingData(BaseModel):
    """Event data payload."""

    call_id: str
    """The Transceiver `rtc_...` ID of the pending SIP session. The same
    value appears as `session_id` in `live.call.incoming`.
    """

    sip_headers: list[WebhookRealtimeCallIncomingDataSipHeadersItem]
    """Headers from the SIP Invite."""


# Imported last so that models referring to each other can load in any order.
from .webhook_realtime_call_incoming_data_sip_headers_item import (  # noqa: E402
    WebhookRealtimeCallIncomingDataSipHeadersItem,
)
