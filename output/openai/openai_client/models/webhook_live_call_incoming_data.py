"""WebhookLiveCallIncomingData: Event data payload."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["WebhookLiveCallIncomingData"]


class WebhookLiveCallIncomingData(BaseModel):
    """Event data payload."""

    session_id: str
    """The Transceiver `rtc_...` ID of the pending SIP session. The same
    value appears as `call_id` in `realtime.call.incoming`.
    """

    sip_headers: list[WebhookLiveCallIncomingDataSipHeadersItem]
    """Headers from the SIP Invite."""


# Imported last so that models referring to each other can load in any order.
from .webhook_live_call_incoming_data_sip_headers_item import (  # noqa: E402
    WebhookLiveCallIncomingDataSipHeadersItem,
)
