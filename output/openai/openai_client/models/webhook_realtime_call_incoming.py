"""WebhookRealtimeCallIncoming: Sent when an incoming API SIP session is available for
Realtime acceptance.
The same pending session can also emit `live.call.incoming`; the first
successful Realtime or Live accept endpoint selects the runtime surface.
"""

from typing import Literal

from .._base_model import BaseModel
from .webhook_realtime_call_incoming_data import WebhookRealtimeCallIncomingData

__all__ = ["WebhookRealtimeCallIncoming"]


class WebhookRealtimeCallIncoming(BaseModel):
    """Sent when an incoming API SIP session is available for Realtime acceptance.
    The same pending session can also emit `live.call.incoming`; the first
    successful Realtime or Live accept endpoint selects the runtime surface.
    """

    created_at: int
    """The Unix timestamp (in seconds) of when the model response was completed."""

    id: str
    """The unique ID of the event."""

    data: WebhookRealtimeCallIncomingData
    """Event data payload."""

    object: Literal["event"] | None = None
    """The object of the event. Always `event`."""

    type: Literal["realtime.call.incoming"]
    """The type of the event. Always `realtime.call.incoming`."""
